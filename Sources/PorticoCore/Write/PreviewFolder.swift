import Foundation

/// The plain output of `portico build`: one folder per portal. Portals are
/// rendered into a staging folder and swapped in only when complete, so a
/// failed build leaves the previous preview as it was.
struct PreviewFolder: Sendable {
    static let marker = ".portico-preview"
    let path: String

    /// Builds into staging, then replaces the named portals. With `prune`,
    /// portal folders no longer in the manifest are removed too.
    func replace(portals: [PortalID], prune: Bool,
                 build: (FileSink) async throws -> Void) async throws {
        let fm = FileManager.default
        try prepare()
        let staging = path + "/.staging-\(ProcessInfo.processInfo.processIdentifier)"
        FolderRemoval.remove(staging)
        do {
            try fm.createDirectory(atPath: staging, withIntermediateDirectories: true)
            try await build(FileSink(root: staging))
        } catch {
            FolderRemoval.remove(staging)
            throw error
        }
        defer { FolderRemoval.remove(staging) }
        for id in portals {
            let target = path + "/" + id.rawValue
            let old = path + "/.old-\(ProcessInfo.processInfo.processIdentifier)-" + id.rawValue
            if fm.fileExists(atPath: target) { try move(target, to: old) }
            try move(staging + "/" + id.rawValue, to: target)
            FolderRemoval.remove(old)
        }
        if prune {
            let keep = Set(portals.map(\.rawValue))
            for name in (try? fm.contentsOfDirectory(atPath: path)) ?? [] where !name.hasPrefix(".") && !keep.contains(name) {
                FolderRemoval.remove(path + "/" + name)
            }
        }
    }

    /// The folder must be new, empty, or ours: never clear someone's files.
    private func prepare() throws(OutputError) {
        let fm = FileManager.default
        var isDirectory: ObjCBool = false
        if fm.fileExists(atPath: path, isDirectory: &isDirectory) {
            guard isDirectory.boolValue else { throw OutputError(path, "the output path is a file, not a folder") }
            let entries = (try? fm.contentsOfDirectory(atPath: path)) ?? []
            if !entries.isEmpty && !entries.contains(PreviewFolder.marker) {
                throw OutputError(path, "refusing to write here: the folder is not empty and was not made by portico build (choose another --out)")
            }
            // Leftovers of an interrupted build.
            for name in entries where name.hasPrefix(".staging-") || name.hasPrefix(".old-") {
                FolderRemoval.remove(path + "/" + name)
            }
        }
        do {
            try fm.createDirectory(atPath: path, withIntermediateDirectories: true)
        } catch {
            throw OutputError(path, "cannot create the output folder: \(error.localizedDescription)")
        }
        if !fm.fileExists(atPath: path + "/" + PreviewFolder.marker) {
            _ = fm.createFile(atPath: path + "/" + PreviewFolder.marker,
                          contents: Data("Made by portico build; portico may replace everything in this folder.\n".utf8))
        }
    }

    private func move(_ from: String, to: String) throws(OutputError) {
        guard rename(from, to) == 0 else {
            throw OutputError(to, "cannot move \(from) into place: \(String(cString: strerror(errno)))")
        }
    }
}
