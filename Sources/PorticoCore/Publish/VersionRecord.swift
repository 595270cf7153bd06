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

extension FileList {
    /// Reads `files.json`. The canonical form (what `encoded()` writes, so
    /// every file Portico wrote) is read straight from the bytes, and only
    /// accepted when encoding the result gives those bytes back; anything
    /// else goes through `JSONDecoder`. For 30,000 files `JSONDecoder` was
    /// most of the time an incremental publish spent reading the previous version.
    public static func decode(_ data: Data) throws -> FileList {
        if let list = canonical(data) { return list }
        return try JSONDecoder().decode(FileList.self, from: data)
    }

    static func canonical(_ data: Data) -> FileList? {
        let files: [FileRecord]? = data.withUnsafeBytes { raw in
            var reader = CanonicalReader(bytes: raw.bindMemory(to: UInt8.self))
            var files: [FileRecord] = []
            guard reader.skip("{\n  \"files\" : [") else { return nil }
            if reader.skip("\n\n  ]\n}") { return reader.atEnd ? files : nil }
            repeat {
                guard reader.skip(files.isEmpty ? "\n    {\n      \"path\" : " : ",\n    {\n      \"path\" : "),
                      let path = reader.string(), reader.skip(",\n      \"sha256\" : "),
                      let sha256 = reader.string(), reader.skip(",\n      \"size\" : "),
                      let size = reader.integer(), reader.skip("\n    }") else { return nil }
                files.append(FileRecord(path: path, size: size, sha256: sha256))
            } while !reader.skip("\n  ]\n}")
            return reader.atEnd ? files : nil
        }
        guard let files else { return nil }
        let list = FileList(files)
        return list.encoded() == data ? list : nil
    }

    /// Just enough of a reader for `encoded()`'s output: strings without escapes, plain integers.
    private struct CanonicalReader {
        let bytes: UnsafeBufferPointer<UInt8>
        var at = 0

        var atEnd: Bool { at == bytes.count }

        mutating func skip(_ literal: StaticString) -> Bool {
            let count = literal.utf8CodeUnitCount
            guard bytes.count - at >= count,
                  memcmp(bytes.baseAddress! + at, literal.utf8Start, count) == 0 else { return false }
            at += count
            return true
        }

        mutating func string() -> String? {
            guard at < bytes.count, bytes[at] == UInt8(ascii: "\"") else { return nil }
            let start = at + 1
            var end = start
            while end < bytes.count, bytes[end] != UInt8(ascii: "\"") {
                if bytes[end] == UInt8(ascii: "\\") { return nil }
                end += 1
            }
            guard end < bytes.count else { return nil }
            at = end + 1
            return String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<end]), as: UTF8.self)
        }

        mutating func integer() -> Int? {
            var value = 0
            let start = at
            while at < bytes.count, bytes[at] >= UInt8(ascii: "0"), bytes[at] <= UInt8(ascii: "9"), at - start < 18 {
                value = value * 10 + Int(bytes[at] - UInt8(ascii: "0"))
                at += 1
            }
            return at > start ? value : nil
        }
    }
}
