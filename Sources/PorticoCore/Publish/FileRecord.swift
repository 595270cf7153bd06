/// One file of a version, as `files.json` lists it.
public struct FileRecord: Codable, Hashable, Sendable {
    /// Relative to the version folder: `acme/billing/index.html`.
    public let path: String
    public let size: Int
    public let sha256: String

    public init(path: String, size: Int, sha256: String) {
        self.path = path
        self.size = size
        self.sha256 = sha256
    }

    public func prefixed(_ folder: String) -> FileRecord {
        FileRecord(path: folder + "/" + path, size: size, sha256: sha256)
    }
}
