import Crypto
import Foundation

/// Digests of everything a version is built from, in one pass over the files.
///
/// - `source`: every content file, every theme file as the build saw it, and
///   the options that change output. Equal means publish would make the same version.
/// - `shell`: the same without article bodies (front matter included), so an
///   equal shell means only bodies changed (see `PreviewState` for the rule).
/// - `bodies`: each article body, by content path.
struct SourceDigest: Codable, Equatable {
    let source: String
    let shell: String
    let bodies: [String: String]

    static func compute(contentPath: String, theme: Theme, options: BuildOptions, unsafe: Bool) -> SourceDigest {
        var source = SHA256(), shell = SHA256()
        var bodies: [String: String] = [:]
        func add(_ label: String, _ bytes: some DataProtocol, toShell: Bool = true) {
            let head = Data("\(label)\u{0}\(bytes.count)\u{0}".utf8)
            source.update(data: head)
            source.update(data: bytes)
            if toShell {
                shell.update(data: head)
                shell.update(data: bytes)
            }
        }
        add("format", Data("portico-source-1".utf8))
        let content = ContentDirectory(root: contentPath)
        for path in content.files(under: "", suffix: "") {
            let data = FileManager.default.contents(atPath: content.display(path)) ?? Data()
            add("content/" + path, data, toShell: false)
            if path.hasPrefix("articles/"), path.hasSuffix(".md"),
               let split = FrontMatter(splitting: String(decoding: data, as: UTF8.self)) {
                shell.update(data: Data("front/\(path)\u{0}".utf8) + Data(split.yaml.utf8) + Data("\u{0}\(split.bodyFirstLine)".utf8))
                bodies[path] = SHA256Digest.hex(split.body)
            } else {
                shell.update(data: Data("content/\(path)\u{0}".utf8) + data)
            }
        }
        for (path, bytes) in theme.files.sorted(by: { $0.key < $1.key }) { add("theme/" + path, bytes) }
        add("as-of", Data(options.asOf.description.utf8))
        add("portals", Data(options.portals.sorted().joined(separator: ",").utf8))
        add("unsafe", Data((unsafe ? "1" : "0").utf8))
        func hex(_ h: SHA256) -> String { h.finalize().map { String(format: "%02x", $0) }.joined() }
        return SourceDigest(source: hex(source), shell: hex(shell), bodies: bodies)
    }
}

extension SourceDigest {
    /// The articles whose bodies changed since `earlier`, when nothing else
    /// did; nil when anything in the shell changed and every page may differ.
    /// The rule `serve` and `publish` both follow: an article page depends on
    /// its own body and the shell, every other page on the shell alone, and
    /// the search index on every body.
    func articlesChanged(since earlier: SourceDigest, in site: Site) -> [Article]? {
        guard shell == earlier.shell else { return nil }
        return site.articles.filter { bodies[$0.path] != earlier.bodies[$0.path] }
    }
}

/// `public/.render-cache.json`: the digests of the version it names, so the
/// next publish can tell whether only article bodies changed. Trusted only
/// when it names the previous version; anything else means a full render.
struct RenderCache: Codable {
    let n: Int
    let digest: SourceDigest

    static func path(_ store: VersionStore) -> String { store.root + "/.render-cache.json" }

    static func read(_ store: VersionStore) -> RenderCache? {
        FileManager.default.contents(atPath: path(store)).flatMap { try? JSONDecoder().decode(RenderCache.self, from: $0) }
    }

    func write(_ store: VersionStore) {
        guard let data = try? JSONEncoder().encode(self) else { return }
        let temporary = Self.path(store) + ".tmp"
        if FileManager.default.createFile(atPath: temporary, contents: data) { rename(temporary, Self.path(store)) }
    }
}
