import Foundation

/// The published side of `public/`: `versions/<n>/`, `log.jsonl` and the
/// `current` link. Versions are only ever added; nothing here edits one.
public struct VersionStore: Sendable {
    public let root: String

    public init(root: String) {
        self.root = root
    }

    var versionsPath: String { root + "/versions" }
    public var log: VersionLog { VersionLog(path: root + "/log.jsonl") }
    func path(of n: Int) -> String { versionsPath + "/\(n)" }

    /// Complete version folders, by number.
    public func numbers() -> [Int] {
        ((try? FileManager.default.contentsOfDirectory(atPath: versionsPath)) ?? []).compactMap(Int.init).sorted()
    }

    public func record(_ n: Int) -> VersionRecord? {
        FileManager.default.contents(atPath: path(of: n) + "/version.json").flatMap { try? JSONDecoder().decode(VersionRecord.self, from: $0) }
    }

    public func files(_ n: Int) -> FileList? {
        FileManager.default.contents(atPath: path(of: n) + "/files.json").flatMap { try? FileList.decode($0) }
    }

    /// The version `current` points at.
    public func current() -> Int? {
        guard let target = try? FileManager.default.destinationOfSymbolicLink(atPath: root + "/current") else { return nil }
        return Int(target.split(separator: "/").last ?? "")
    }

    /// Undoes what a killed publish left: temporary folders, a torn log
    /// line, a version folder the log never recorded, a `current` that is
    /// not the last logged version.
    func recover() throws(OutputError) {
        let fm = FileManager.default
        for name in (try? fm.contentsOfDirectory(atPath: versionsPath)) ?? [] where name.hasPrefix(".tmp-") {
            FolderRemoval.remove(versionsPath + "/" + name)
        }
        for name in (try? fm.contentsOfDirectory(atPath: root)) ?? [] where name.hasPrefix(".current-") {
            FolderRemoval.remove(root + "/" + name)
        }
        try log.repair()
        let logged = log.lines().last?.n ?? 0
        for n in numbers() where n > logged { FolderRemoval.remove(path(of: n)) }
        // `current` is the last logged version. A crash can leave it ahead of
        // the log (a version renamed into place, never logged) or behind it
        // (the log line synced, the switch of `current` not); a logged
        // version was complete before it was logged.
        let live = current()
        if logged == 0 {
            if live != nil { FolderRemoval.remove(root + "/current") }
        } else if live != logged, fm.fileExists(atPath: path(of: logged) + "/files.json") {
            try switchCurrent(to: logged)
        }
    }

    /// Points `current` at version n: a new link renamed over the old one, atomically.
    func switchCurrent(to n: Int) throws(OutputError) {
        let temporary = root + "/.current-\(ProcessInfo.processInfo.processIdentifier)"
        FolderRemoval.remove(temporary)
        guard symlink("versions/\(n)", temporary) == 0 else {
            throw OutputError(temporary, "cannot create link: \(String(cString: strerror(errno)))")
        }
        guard rename(temporary, root + "/current") == 0 else {
            throw OutputError(root + "/current", "cannot switch current: \(String(cString: strerror(errno)))")
        }
    }
}
