import Foundation

/// Notices saved files under the content and templates folders by comparing
/// modification times and sizes a few times a second.
struct SourceWatcher {
    let folders: [String]

    func snapshot() -> [String: String] {
        var seen: [String: String] = [:]
        for folder in folders {
            guard let walker = FileManager.default.enumerator(atPath: folder) else { continue }
            while let item = walker.nextObject() as? String {
                let path = folder + "/" + item
                guard let attributes = try? FileManager.default.attributesOfItem(atPath: path) else { continue }
                let modified = (attributes[.modificationDate] as? Date)?.timeIntervalSince1970 ?? 0
                seen[path] = "\(modified)/\(attributes[.size] as? Int ?? 0)"
            }
        }
        return seen
    }

    /// Calls `changed` after each batch of edits, until the task is cancelled.
    func watch(every interval: Duration = .milliseconds(200), changed: @Sendable () async -> Void) async {
        var last = snapshot()
        while !Task.isCancelled {
            try? await Task.sleep(for: interval)
            let now = snapshot()
            if now != last {
                // Let an editor finish writing (save-to-temp-and-rename) before rebuilding.
                try? await Task.sleep(for: .milliseconds(50))
                last = snapshot()
                await changed()
            }
        }
    }
}
