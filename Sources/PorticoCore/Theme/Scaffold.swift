import Foundation

/// `portico init`: writes the built-in theme out for editing and, when
/// there is no content yet, a starter site. Never overwrites a file.
public enum Scaffold {
    static let starter: [String: [UInt8]] = [
        "site.yml": PackageResources.site_yml,
        "manifest.yml": PackageResources.manifest_yml,
        "articles/welcome.md": PackageResources.welcome_md,
    ]

    public struct Result: Sendable {
        public var written: [String] = []
        public var kept: [String] = []
    }

    public static func run(location: SiteLocation) throws(OutputError) -> Result {
        var result = Result()
        let fm = FileManager.default
        let files = BuiltinTheme.files.map { (location.templates + "/" + $0.key, $0.value) }
            + (fm.fileExists(atPath: location.content) ? [] : starter.map { (location.content + "/" + $0.key, $0.value) })
        for (path, bytes) in files.sorted(by: { $0.0 < $1.0 }) {
            if fm.fileExists(atPath: path) {
                result.kept.append(path)
                continue
            }
            do {
                try fm.createDirectory(atPath: (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
            } catch {
                throw OutputError(path, "cannot create folder: \(error.localizedDescription)")
            }
            guard fm.createFile(atPath: path, contents: Data(bytes)) else { throw OutputError(path, "cannot write file") }
            result.written.append(path)
        }
        return result
    }
}
