import Foundation

/// The caches kept beside the versions (`.article-cache`, `.render-cache`):
/// written aside and renamed into place, so a reader sees a whole file or
/// the previous one. A cache that cannot be written is simply not kept.
enum CacheFile {
    static func write(_ bytes: [UInt8], to path: String) {
        let temporary = path + ".tmp-\(ProcessInfo.processInfo.processIdentifier)"
        if FileManager.default.createFile(atPath: temporary, contents: Data(bytes)) { rename(temporary, path) }
    }

    static func read(_ path: String) -> [UInt8]? {
        FileManager.default.contents(atPath: path).map(Array.init)
    }
}
