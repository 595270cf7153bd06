import Foundation

/// Keeps two publishes from writing at once. The kernel drops an flock when
/// its process dies, so a killed publish never leaves a stale lock.
final class PublishLock {
    private let fd: Int32

    init(path: String) throws(OutputError) {
        fd = open(path, O_RDWR | O_CREAT, 0o644)
        guard fd >= 0 else { throw OutputError(path, "cannot open the lock file: \(String(cString: strerror(errno)))") }
        guard flock(fd, LOCK_EX | LOCK_NB) == 0 else {
            close(fd)
            throw OutputError(path, "another portico publish is writing to this folder; wait for it to finish and try again")
        }
    }

    deinit {
        flock(fd, LOCK_UN)
        close(fd)
    }
}
