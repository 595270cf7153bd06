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

    /// The canonical bytes, whose SHA-256 is the version's root hash: exactly what `VersionRecord.encoder()` writes
    /// (sorted keys, pretty-printed), written directly. A version of 30,000
    /// files made JSONEncoder a tenth of an incremental publish.
    public func encoded() -> Data {
        var out: [UInt8] = []
        out.reserveCapacity(files.count * 160 + 32)
        out += "{\n  \"files\" : [".utf8
        for (i, file) in files.enumerated() {
            out += (i == 0 ? "\n" : ",\n").utf8
            out += "    {\n      \"path\" : ".utf8
            JSONText.append(file.path, to: &out)
            out += ",\n      \"sha256\" : ".utf8
            JSONText.append(file.sha256, to: &out)
            out += ",\n      \"size\" : \(file.size)\n    }".utf8
        }
        out += (files.isEmpty ? "\n\n  ]\n}" : "\n  ]\n}").utf8
        return Data(out)
    }
}
