import Foundation

/// Removes a folder tree with plain readdir/unlink calls. Foundation's
/// removeItem spent seconds of system time on a preview of a few thousand
/// pages. Symbolic links are removed, never followed.
enum FolderRemoval {
    static func remove(_ path: String) {
        var info = stat()
        guard lstat(path, &info) == 0 else { return }
        // A link (such as public/current) is removed itself; its target is left alone.
        guard (info.st_mode & S_IFMT) == S_IFDIR, let dir = opendir(path) else {
            unlink(path)
            return
        }
        while let entry = readdir(dir) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
                String(decoding: raw.prefix { $0 != 0 }, as: UTF8.self)
            }
            if name == "." || name == ".." { continue }
            let child = path + "/" + name
            var isFolder = entry.pointee.d_type == UInt8(DT_DIR)
            if entry.pointee.d_type == UInt8(DT_UNKNOWN) {
                var info = stat()
                isFolder = lstat(child, &info) == 0 && (info.st_mode & S_IFMT) == S_IFDIR
            }
            if isFolder { remove(child) } else { unlink(child) }
        }
        closedir(dir)
        rmdir(path)
    }
}
