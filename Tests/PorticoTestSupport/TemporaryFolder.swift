public import Foundation

/// A fresh folder under the system temp directory, removed on `remove()`.
public struct TemporaryFolder: Sendable {
    public let path: String

    public init(_ label: String = "portico") {
        path = NSTemporaryDirectory() + "/\(label)-\(UUID().uuidString)"
        try? FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    }

    public func remove() { try? FileManager.default.removeItem(atPath: path) }

    /// Writes `files` (relative path → text) below the folder.
    public func write(_ files: [String: String]) {
        for (relative, text) in files {
            let full = path + "/" + relative
            try? FileManager.default.createDirectory(atPath: (full as NSString).deletingLastPathComponent,
                                                     withIntermediateDirectories: true)
            _ = FileManager.default.createFile(atPath: full, contents: Data(text.utf8))
        }
    }

    /// Every file below `relative`, as path → bytes, for byte-level assertions.
    public func files(under relative: String) -> [String: Data] {
        let root = path + "/" + relative
        var found: [String: Data] = [:]
        guard let walker = FileManager.default.enumerator(atPath: root) else { return [:] }
        while let item = walker.nextObject() as? String {
            var isDirectory: ObjCBool = false
            if FileManager.default.fileExists(atPath: root + "/" + item, isDirectory: &isDirectory), !isDirectory.boolValue {
                found[item] = FileManager.default.contents(atPath: root + "/" + item)
            }
        }
        return found
    }
}
