import Dispatch
import Synchronization

/// Order-preserving parallel maps over a fixed number of workers, each
/// taking every `jobs`-th item, so results never depend on scheduling.
enum Parallel {
    static func map<T: Sendable, R: Sendable>(_ items: [T], jobs: Int, _ transform: @escaping @Sendable (T) -> R) async -> [R] {
        let workers = max(1, min(jobs, items.count))
        if workers == 1 { return items.map(transform) }
        return await withTaskGroup(of: [(Int, R)].self) { group in
            for w in 0..<workers {
                group.addTask {
                    stride(from: w, to: items.count, by: workers).map { ($0, transform(items[$0])) }
                }
            }
            var out = [R?](repeating: nil, count: items.count)
            for await chunk in group {
                for (i, r) in chunk { out[i] = r }
            }
            return out.map { $0! }
        }
    }

    /// The synchronous form, for stages that are not async (loading).
    static func blockingMap<T: Sendable, R: Sendable>(_ items: [T], jobs: Int, _ transform: @Sendable (T) -> R) -> [R] {
        let workers = max(1, min(jobs, items.count))
        if workers == 1 { return items.map(transform) }
        let chunks = Mutex<[[(Int, R)]]>([])
        DispatchQueue.concurrentPerform(iterations: workers) { w in
            let chunk = stride(from: w, to: items.count, by: workers).map { ($0, transform(items[$0])) }
            chunks.withLock { $0.append(chunk) }
        }
        var out = [R?](repeating: nil, count: items.count)
        for chunk in chunks.withLock({ $0 }) {
            for (i, r) in chunk { out[i] = r }
        }
        return out.map { $0! }
    }
}
