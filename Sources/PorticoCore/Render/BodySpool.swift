import Foundation
import Synchronization

/// Where a build keeps the text of its parsed bodies: a temporary file,
/// unlinked as soon as it is created, so the process holds only offsets.
///
/// Between the parse and the render every parsed body would otherwise sit in
/// memory at once (for 10k articles, their HTML and search text come to
/// ~75 MB). Written and read back within one build, the file stays in the
/// page cache and is never written out; closing it (when the last body that
/// refers to it goes) frees it.
final class BodySpool: Sendable {
    struct Slice: Hashable, Sendable {
        let offset: Int
        let count: Int
    }

    private let fd: Int32
    private let end = Atomic<Int>(0)

    /// nil when no temporary file can be made: bodies then stay in memory.
    init?(directory: String = FileManager.default.temporaryDirectory.path) {
        var template = Array((directory + "/portico-spool-XXXXXX").utf8CString)
        let fd = template.withUnsafeMutableBufferPointer { mkstemp($0.baseAddress!) }
        guard fd >= 0 else { return nil }
        _ = fcntl(fd, F_SETFD, FD_CLOEXEC)
        template.withUnsafeBufferPointer { _ = unlink($0.baseAddress!) }
        self.fd = fd
    }

    deinit { close(fd) }

    /// Appends `bytes`; nil when the write fails (a full disk), and the caller keeps them.
    func append(_ bytes: [UInt8]) -> Slice? {
        let slice = Slice(offset: end.wrappingAdd(bytes.count, ordering: .relaxed).oldValue, count: bytes.count)
        let written = bytes.withUnsafeBytes { buffer in
            Self.whole(slice) { done in pwrite(fd, buffer.baseAddress! + done, slice.count - done, off_t(slice.offset + done)) }
        }
        return written ? slice : nil
    }

    /// The bytes `append` stored. They were written moments ago by this
    /// process; failing to read them back means the system lost them.
    func read(_ slice: Slice) -> [UInt8] {
        [UInt8](unsafeUninitializedCapacity: slice.count) { buffer, initialized in
            let read = Self.whole(slice) { done in pread(fd, buffer.baseAddress! + done, slice.count - done, off_t(slice.offset + done)) }
            guard read else { fatalError("could not read back the build's parsed bodies (errno \(errno))") }
            initialized = slice.count
        }
    }

    /// Repeats `transfer` (given the bytes done so far) until the whole slice
    /// is done, through interruptions and short counts; false on failure.
    private static func whole(_ slice: Slice, _ transfer: (Int) -> Int) -> Bool {
        var done = 0
        while done < slice.count {
            let n = transfer(done)
            if n < 0 && errno == EINTR { continue }
            guard n > 0 else { return false }
            done += n
        }
        return true
    }
}
