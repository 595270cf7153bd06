import Foundation

/// Writes files below one folder, creating parent folders as needed.
/// Paths come from the plan (validated slugs), and are checked again here
/// so nothing can be written outside the folder.
struct FileSink: Sendable {
    let root: String

    func write(_ file: RenderedFile) throws(OutputError) {
        guard FileSink.isContained(file.path) else {
            throw OutputError(root + "/" + file.path, "refusing to write outside the output folder")
        }
        let full = root + "/" + file.path
        let folder = (full as NSString).deletingLastPathComponent
        do {
            try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        } catch {
            throw OutputError(folder, "cannot create folder: \(error.localizedDescription)")
        }
        guard FileManager.default.createFile(atPath: full, contents: Data(file.bytes)) else {
            throw OutputError(full, "cannot write file")
        }
    }

    static func isContained(_ path: String) -> Bool {
        !path.isEmpty && !path.hasPrefix("/") && !path.split(separator: "/", omittingEmptySubsequences: false)
            .contains { $0 == ".." || $0 == "." || $0.isEmpty }
    }
}
