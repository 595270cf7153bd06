public import Foundation

/// `version.json`: what a version is and where it sits in the chain.
public struct VersionRecord: Codable, Hashable, Sendable {
    public struct PortalEntry: Codable, Hashable, Sendable {
        public let id: String
        public let pages: Int
        public let files: Int
    }

    public let n: Int
    /// Wall-clock time of the publish, ISO 8601 UTC. Never inside a portal.
    public let created: String
    public let as_of: String
    /// Digest of everything the version was built from: content, templates, theme, options.
    public let source_digest: String
    public let parent_root_hash: String?
    /// SHA-256 of `files.json`: one hash that stands for every byte of every portal.
    public let root_hash: String
    public let portals: [PortalEntry]
    public let message: String

    static func encoder() -> JSONEncoder {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
        return encoder
    }
}

/// `files.json`: every file of a version, sorted by path.
public struct FileList: Codable, Hashable, Sendable {
    public let files: [FileRecord]

    public init(_ files: [FileRecord]) {
        self.files = files.sorted { $0.path < $1.path }
    }

    public func encoded() -> Data {
        (try? VersionRecord.encoder().encode(self)) ?? Data()
    }

    /// The root hash: SHA-256 of the canonical `files.json` bytes.
    public var rootHash: String { SHA256Digest.hex(encoded()) }
}
