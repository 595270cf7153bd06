import Crypto
import Foundation

/// One hash over everything a version is built from: every content file,
/// every theme file as the build saw it, and the options that change output.
/// Equal digests mean a publish would produce the same version.
enum SourceDigest {
    static func compute(contentPath: String, theme: Theme, options: BuildOptions, unsafe: Bool) -> String {
        var hasher = SHA256()
        func add(_ label: String, _ bytes: some DataProtocol) {
            hasher.update(data: Data("\(label)\u{0}\(bytes.count)\u{0}".utf8))
            hasher.update(data: bytes)
        }
        add("format", Data("portico-source-1".utf8))
        let content = ContentDirectory(root: contentPath)
        for path in content.files(under: "", suffix: "") {
            add("content/" + path, FileManager.default.contents(atPath: content.display(path)) ?? Data())
        }
        for (path, bytes) in theme.files.sorted(by: { $0.key < $1.key }) { add("theme/" + path, bytes) }
        add("as-of", Data(options.asOf.description.utf8))
        add("portals", Data(options.portals.sorted().joined(separator: ",").utf8))
        add("unsafe", Data((unsafe ? "1" : "0").utf8))
        return hasher.finalize().map { String(format: "%02x", $0) }.joined()
    }
}
