import Foundation
import Synchronization

/// Read access to a content folder. Paths given to and returned by it are
/// relative to the folder, with `/` separators; listings are sorted so the
/// file system's order never shows in the output.
struct ContentDirectory: Sendable {
    let root: String
    /// Notes a digest of every file read, so nothing is read twice to tell what changed.
    var reads: ContentReads? = nil

    func display(_ relative: String) -> String {
        root == "." ? relative : (root.hasSuffix("/") ? root + relative : root + "/" + relative)
    }

    func exists(_ relative: String) -> Bool { FileManager.default.fileExists(atPath: display(relative)) }

    func isDirectory(_ relative: String) -> Bool {
        var dir: ObjCBool = false
        return FileManager.default.fileExists(atPath: display(relative), isDirectory: &dir) && dir.boolValue
    }

    func read(_ relative: String) throws(ContentError) -> String {
        guard let data = FileManager.default.contents(atPath: display(relative)) else {
            throw ContentError([.error(display(relative), "cannot read the file")])
        }
        guard let text = String(data: data, encoding: .utf8) else {
            throw ContentError([.error(display(relative), "the file is not valid UTF-8")])
        }
        reads?.note("file/" + relative, data)
        let hasCR = data.withUnsafeBytes { $0.baseAddress.map { memchr($0, 0x0D, data.count) != nil } ?? false }
        return hasCR ? text.replacingOccurrences(of: "\r\n", with: "\n") : text
    }

    /// Immediate children, hidden entries skipped.
    func children(of relative: String) -> [String] {
        entries(of: relative).map(\.name)
    }

    /// Every file below `relative` whose name ends with `suffix`, recursively.
    func files(under relative: String, suffix: String) -> [String] {
        var found: [String] = []
        for entry in entries(of: relative) {
            let child = relative.isEmpty ? entry.name : relative + "/" + entry.name
            if entry.isDirectory {
                found += files(under: child, suffix: suffix)
            } else if entry.name.hasSuffix(suffix) {
                found.append(child)
            }
        }
        return found
    }

    /// Immediate children, sorted by name, hidden ones skipped, each with
    /// whether it is a folder: from the listing's own entry types, so
    /// walking ten thousand articles costs no stat per file (a symbolic
    /// link, or a file system that does not say, is stat'ed as before).
    private func entries(of relative: String) -> [(name: String, isDirectory: Bool)] {
        guard let stream = opendir(display(relative)) else { return [] }
        defer { closedir(stream) }
        var found: [(name: String, isDirectory: Bool)] = []
        while let entry = readdir(stream) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { String(decoding: $0.prefix { $0 != 0 }, as: UTF8.self) }
            guard !name.hasPrefix(".") else { continue }
            let type = Int(entry.pointee.d_type)
            let isDirectory = type == Int(DT_DIR)
                || ((type == Int(DT_UNKNOWN) || type == Int(DT_LNK)) && self.isDirectory(relative.isEmpty ? name : relative + "/" + name))
            found.append((name, isDirectory))
        }
        return found.sorted { $0.name < $1.name }
    }
}

/// Digests of the content files as the loader read them (SHA-256 hex by
/// key: `file/<path>`, and for Markdown `front/<path>` and `body/<path>`).
final class ContentReads: Sendable {
    private let digests = Mutex<[String: String]>([:])

    func note(_ key: String, _ bytes: some DataProtocol & Sendable) {
        record(key, SHA256Digest.hex(bytes))
    }

    /// A digest known without reading: taken from the article cache.
    func record(_ key: String, _ digest: String) {
        digests.withLock { $0[key] = digest }
    }

    func digest(_ key: String) -> String? { digests.withLock { $0[key] } }

    var all: [String: String] { digests.withLock { $0 } }
}
