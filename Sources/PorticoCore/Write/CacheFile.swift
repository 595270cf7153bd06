import Foundation

/// The caches kept beside the versions (`.article-cache`, `.render-cache`):
/// written aside and renamed into place, so a reader sees a whole file or
/// the previous one. A cache that cannot be written is simply not kept.
/// Nor is it synced to the disk: after a crash a torn or empty cache is
/// refused when read (its format checks its own length), and the next
/// publish reads or renders everything.
enum CacheFile {
    static func write(_ bytes: [UInt8], to path: String) {
        let temporary = temporary(for: path)
        if (try? FileSink.writeBytes(bytes, to: temporary)) != nil {
            rename(temporary, path)
        } else {
            unlink(temporary)
        }
    }

    /// Where `write` puts the bytes before renaming them over `path`.
    static func temporary(for path: String) -> String {
        path + ".tmp-\(ProcessInfo.processInfo.processIdentifier)"
    }

    static func read(_ path: String) -> [UInt8]? {
        FileManager.default.contents(atPath: path).map(Array.init)
    }
}
