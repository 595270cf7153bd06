import Foundation

/// `log.jsonl`: one line per version, each carrying the hash of the line
/// before it, so editing or removing any line breaks every later link.
public struct VersionLog: Sendable {
    public struct Line: Codable, Hashable, Sendable {
        public let n: Int
        public let created: String
        public let as_of: String
        public let root_hash: String
        /// SHA-256 of the version's `version.json`.
        public let version_hash: String
        /// SHA-256 of the previous line's text; zeros for the first.
        public let prev: String
        public let message: String
    }

    public let path: String

    /// The raw lines, in order (a torn last line from a crash is left out).
    public func rawLines() -> [String] {
        guard let data = FileManager.default.contents(atPath: path) else { return [] }
        let text = String(decoding: data, as: UTF8.self)
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        if lines.last == "" { lines.removeLast() }
        if !text.hasSuffix("\n"), let last = lines.last, (try? decode(last)) == nil { lines.removeLast() }
        return lines
    }

    public func lines() -> [Line] { rawLines().compactMap { try? decode($0) } }

    public func decode(_ raw: String) throws -> Line {
        try JSONDecoder().decode(Line.self, from: Data(raw.utf8))
    }

    /// Drops a torn last line left by a crash, so the next append starts clean.
    func repair() throws(OutputError) {
        guard let data = FileManager.default.contents(atPath: path), !data.isEmpty, data.last != UInt8(ascii: "\n") else { return }
        let kept = rawLines().map { $0 + "\n" }.joined()
        guard FileManager.default.createFile(atPath: path, contents: Data(kept.utf8)) else {
            throw OutputError(path, "cannot repair the log")
        }
    }

    func append(_ line: Line) throws(OutputError) {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        guard let data = try? encoder.encode(line) else { throw OutputError(path, "cannot encode the log line") }
        let fd = open(path, O_WRONLY | O_APPEND | O_CREAT, 0o644)
        guard fd >= 0 else { throw OutputError(path, "cannot open the log: \(String(cString: strerror(errno)))") }
        defer { close(fd) }
        let bytes = data + Data("\n".utf8)
        // One write of a short line: it lands whole or, after a crash, is repaired.
        let written = bytes.withUnsafeBytes { Foundation.write(fd, $0.baseAddress, $0.count) }
        guard written == bytes.count, fsync(fd) == 0 else { throw OutputError(path, "cannot append to the log") }
    }
}
