import Dispatch
import Synchronization

/// Order-preserving parallel maps over a fixed number of workers. Each
/// worker takes the next item not yet taken, so one slow item (a home page
/// listing 10,000 articles) does not leave the other workers idle behind a
/// fixed share; results go back by index, so they never depend on scheduling.
enum Parallel {
    static func map<T: Sendable, R: Sendable>(_ items: [T], jobs: Int, _ transform: @escaping @Sendable (T) -> R) async -> [R] {
        let workers = max(1, min(jobs, items.count))
        if workers == 1 { return items.map(transform) }
        let queue = Queue(count: items.count)
        return await withTaskGroup(of: [(Int, R)].self) { group in
            for _ in 0..<workers {
                group.addTask { queue.drain { transform(items[$0]) } }
            }
            var chunks: [[(Int, R)]] = []
            for await chunk in group { chunks.append(chunk) }
            return queue.ordered(chunks)
        }
    }

    /// The synchronous form, for stages that are not async (loading).
    static func blockingMap<T: Sendable, R: Sendable>(_ items: [T], jobs: Int, _ transform: @Sendable (T) -> R) -> [R] {
        let workers = max(1, min(jobs, items.count))
        if workers == 1 { return items.map(transform) }
        let queue = Queue(count: items.count)
        let chunks = Mutex<[[(Int, R)]]>([])
        DispatchQueue.concurrentPerform(iterations: workers) { _ in
            let chunk = queue.drain { transform(items[$0]) }
            chunks.withLock { $0.append(chunk) }
        }
        return queue.ordered(chunks.withLock { $0 })
    }

    /// `count` indices cut into `jobs` contiguous ranges of near equal size
    /// (fewer when there are fewer items), for work whose neighbours belong together.
    static func shares(of count: Int, jobs: Int) -> [Range<Int>] {
        let parts = max(1, min(jobs, count))
        return (0..<parts).map { part in (count * part / parts)..<(count * (part + 1) / parts) }
    }

    /// Hands out item indices, each once, to whichever worker asks next.
    private final class Queue: Sendable {
        let count: Int
        private let next = Atomic<Int>(0)

        init(count: Int) { self.count = count }

        /// Transforms items until none is left; the results with their indices.
        func drain<R>(_ transform: (Int) -> R) -> [(Int, R)] {
            var done: [(Int, R)] = []
            while case let i = next.wrappingAdd(1, ordering: .relaxed).oldValue, i < count {
                done.append((i, transform(i)))
            }
            return done
        }

        func ordered<R>(_ chunks: [[(Int, R)]]) -> [R] {
            var out = [R?](repeating: nil, count: count)
            for chunk in chunks {
                for (i, r) in chunk { out[i] = r }
            }
            return out.map { $0! }
        }
    }
}
