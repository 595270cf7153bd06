import Foundation

/// What the file system says about a file without reading it: which file
/// it is, its size, and when its content (mtime) and its inode (ctime)
/// last changed. Any write to a file moves its ctime to the current time,
/// and no program can set ctime back, so an equal stamp means an unchanged
/// file, except for a write in the same clock tick as the stamp was taken
/// (see `ArticleCache.settled`).
struct FileStamp: Equatable, Sendable {
    var device: UInt64
    var inode: UInt64
    var size: Int64
    /// Nanoseconds since 1970.
    var modified: Int64
    var changed: Int64

    init(device: UInt64, inode: UInt64, size: Int64, modified: Int64, changed: Int64) {
        self.device = device
        self.inode = inode
        self.size = size
        self.modified = modified
        self.changed = changed
    }

    /// nil when the file cannot be stat'ed.
    init?(path: String) {
        var info = stat()
        guard stat(path, &info) == 0 else { return nil }
        device = UInt64(info.st_dev)
        inode = UInt64(info.st_ino)
        size = Int64(info.st_size)
        modified = Int64(info.st_mtim.tv_sec) * 1_000_000_000 + Int64(info.st_mtim.tv_nsec)
        changed = Int64(info.st_ctim.tv_sec) * 1_000_000_000 + Int64(info.st_ctim.tv_nsec)
    }

    /// The five numbers in order (device, inode, size, mtime, ctime), as a
    /// cache stores them; `init(numbers:)` takes them back.
    var numbers: [Int64] { [Int64(bitPattern: device), Int64(bitPattern: inode), size, modified, changed] }

    init?(numbers: [Int64]) {
        guard numbers.count == 5 else { return nil }
        self.init(device: UInt64(bitPattern: numbers[0]), inode: UInt64(bitPattern: numbers[1]),
                  size: numbers[2], modified: numbers[3], changed: numbers[4])
    }

    /// The later of the two times: when the file last changed in any way.
    var latest: Int64 { max(modified, changed) }

    /// The current time in the same terms.
    static func now() -> Int64 {
        var time = timespec()
        clock_gettime(CLOCK_REALTIME, &time)
        return Int64(time.tv_sec) * 1_000_000_000 + Int64(time.tv_nsec)
    }
}
