import Crypto
import Foundation

/// Writes files below one folder, creating parent folders as needed.
/// Paths come from the plan (validated slugs), and are checked again here
/// so nothing can be written outside the folder.
///
/// With `previous`, it hashes each file and hard-links those identical to
/// the previous version's instead of writing them again.
struct FileSink: Sendable {
    struct Previous: Sendable {
        let root: String
        /// Hashes by path below `root`; a sink for a subfolder looks its files up with `keyPrefix`.
        let hashes: [String: String]
        /// The previous files are this sink's own (a preview refreshed in place):
        /// an identical file is simply left as it is.
        var inPlace = false
        var keyPrefix = ""

        func hash(of path: String) -> String? { hashes[keyPrefix.isEmpty ? path : keyPrefix + path] }
    }

    let root: String
    var previous: Previous?
    var hashing = false

    init(root: String, previous: Previous? = nil, hashing: Bool = false) {
        self.root = root
        self.previous = previous
        self.hashing = hashing || previous != nil
    }

    func folder(_ name: String) -> FileSink {
        FileSink(root: root + "/" + name,
                 previous: previous.map {
                     Previous(root: $0.root + "/" + name, hashes: $0.hashes, inPlace: $0.inPlace, keyPrefix: $0.keyPrefix + name + "/")
                 },
                 hashing: hashing)
    }

    /// Writes (or links) the file; its record when hashing.
    @discardableResult
    func write(_ file: RenderedFile) throws(OutputError) -> FileRecord? {
        guard FileSink.isContained(file.path) else {
            throw OutputError(root + "/" + file.path, "refusing to write outside the output folder")
        }
        let full = root + "/" + file.path
        let record = hashing ? FileRecord(path: file.path, size: file.bytes.count, sha256: SHA256Digest.hex(file.bytes)) : nil
        if previous?.inPlace == true, reusesPrevious(record, at: full) { return record }
        try FileSink.makeFolders(FileSink.parent(of: full))
        if reusesPrevious(record, at: full) { return record }
        try FileSink.writeBytes(file.bytes, to: full)
        return record
    }

    /// Whether the previous version's identical copy serves for `record`:
    /// left where it is (in place), or hard-linked to `full`.
    func reusesPrevious(_ record: FileRecord?, at full: String) -> Bool {
        guard let previous, let record, previous.hash(of: record.path) == record.sha256 else { return false }
        return previous.inPlace || link(previous.root + "/" + record.path, full) == 0
    }

    /// Opens a file to be written in pieces (`StreamedFile`), for files too
    /// large to hold whole in memory. The result is the same as `write`'s.
    func stream(_ path: String) throws(OutputError) -> StreamedFile {
        guard FileSink.isContained(path) else {
            throw OutputError(root + "/" + path, "refusing to write outside the output folder")
        }
        let full = root + "/" + path
        try FileSink.makeFolders(FileSink.parent(of: full))
        return try StreamedFile(sink: self, path: path, partial: FileSink.parent(of: full) + "/.partial-" + path.split(separator: "/").last!)
    }

    /// A plain write: Foundation's createFile syncs every file to disk,
    /// which made writing a site I/O-bound. Publish syncs once per version.
    static func writeBytes(_ bytes: [UInt8], to path: String) throws(OutputError) {
        let fd = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
        guard fd >= 0 else { throw OutputError(path, "cannot write file: \(String(cString: strerror(errno)))") }
        defer { close(fd) }
        try writeAll(bytes, to: fd, path: path)
    }

    /// Writes every byte to an open file, however many calls it takes.
    static func writeAll(_ bytes: [UInt8], to fd: Int32, path: String) throws(OutputError) {
        var offset = 0
        while offset < bytes.count {
            let n = bytes.withUnsafeBytes { Foundation.write(fd, $0.baseAddress! + offset, $0.count - offset) }
            guard n > 0 else { throw OutputError(path, "cannot write file: \(String(cString: strerror(errno)))") }
            offset += n
        }
    }

    /// `mkdir -p`, touching the disk only for folders that do not exist yet.
    /// A relative `path` is taken from the folder open as `directory`, named `display` in errors.
    static func makeFolders(_ path: String, in directory: Int32 = AT_FDCWD, display: String? = nil) throws(OutputError) {
        if mkdirat(directory, path, 0o755) == 0 || errno == EEXIST { return }
        let shown = display.map { $0 + "/" + path } ?? path
        guard errno == ENOENT else { throw OutputError(shown, "cannot create folder: \(String(cString: strerror(errno)))") }
        try makeFolders(parent(of: path), in: directory, display: display)
        guard mkdirat(directory, path, 0o755) == 0 || errno == EEXIST else {
            throw OutputError(shown, "cannot create folder: \(String(cString: strerror(errno)))")
        }
    }

    /// The folder holding `path` (`a/b/c` → `a/b`), without bridging to NSString.
    static func parent(of path: String) -> String {
        guard let slash = path.utf8.lastIndex(of: UInt8(ascii: "/")) else { return "." }
        return slash == path.utf8.startIndex ? "/" : String(path[..<slash])
    }

    static func isContained(_ path: String) -> Bool {
        !path.isEmpty && !path.hasPrefix("/") && !path.split(separator: "/", omittingEmptySubsequences: false)
            .contains { $0 == ".." || $0 == "." || $0.isEmpty }
    }
}

/// A file written piece by piece into a hidden partial file, hashed as it
/// goes; `finish` moves it into place, or, when it is identical to the
/// previous version's, links (or keeps) that one instead, as `write` would.
final class StreamedFile {
    private let sink: FileSink
    private let path: String
    private let partial: String
    private var fd: Int32
    private var hasher = SHA256()
    private var size = 0

    fileprivate init(sink: FileSink, path: String, partial: String) throws(OutputError) {
        self.sink = sink
        self.path = path
        self.partial = partial
        fd = open(partial, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
        guard fd >= 0 else { throw OutputError(partial, "cannot write file: \(String(cString: strerror(errno)))") }
    }

    deinit {
        if fd >= 0 {
            close(fd)
            unlink(partial)
        }
    }

    func append(_ bytes: [UInt8]) throws(OutputError) {
        if sink.hashing { hasher.update(data: bytes) }
        size += bytes.count
        try FileSink.writeAll(bytes, to: fd, path: partial)
    }

    func finish() throws(OutputError) -> FileRecord? {
        close(fd)
        fd = -1
        let full = sink.root + "/" + path
        let record = sink.hashing ? FileRecord(path: path, size: size, sha256: SHA256Digest.hex(of: hasher.finalize())) : nil
        if sink.reusesPrevious(record, at: full) {
            unlink(partial)
            return record
        }
        guard rename(partial, full) == 0 else {
            let reason = String(cString: strerror(errno))
            unlink(partial)
            throw OutputError(full, "cannot write file: \(reason)")
        }
        return record
    }
}
