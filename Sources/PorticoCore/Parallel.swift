import Dispatch
import Synchronization

/// Order-preserving parallel maps over a fixed number of workers. Each
/// worker works through a contiguous share and then helps with the others',
/// so one slow item (a home page listing 10,000 articles) does not leave the
/// other workers idle behind a fixed share; results go back by index, so
/// they never depend on scheduling.
enum Parallel {
    static func map<T: Sendable, R: Sendable>(_ items: [T], jobs: Int, _ transform: @escaping @Sendable (T) -> R) async -> [R] {
        let workers = max(1, min(jobs, items.count))
        if workers == 1 { return items.map(transform) }
        let queue = Queue(count: items.count, workers: workers)
        return await withTaskGroup(of: [(Int, R)].self) { group in
            for worker in 0..<workers {
                group.addTask { queue.drain(worker: worker) { transform(items[$0]) } }
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
        let queue = Queue(count: items.count, workers: workers)
        let chunks = Mutex<[[(Int, R)]]>([])
        DispatchQueue.concurrentPerform(iterations: workers) { worker in
            let chunk = queue.drain(worker: worker) { transform(items[$0]) }
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

    /// Hands out item indices, each once. Worker `w` starts on its own
    /// contiguous share, front to back, so workers are not writing side by
    /// side in one folder (a `mkdir` locks its parent); one that runs out
    /// takes from the back of the largest share left.
    final class Queue: Sendable {
        let count: Int
        private let left: Mutex<[Range<Int>]>

        init(count: Int, workers: Int) {
            self.count = count
            left = Mutex(Parallel.shares(of: count, jobs: workers))
        }

        func take(_ worker: Int) -> Int? {
            left.withLock { left in
                if !left[worker].isEmpty {
                    defer { left[worker] = left[worker].dropFirst() }
                    return left[worker].lowerBound
                }
                guard let victim = left.indices.max(by: { left[$0].count < left[$1].count }), !left[victim].isEmpty else { return nil }
                defer { left[victim] = left[victim].dropLast() }
                return left[victim].upperBound - 1
            }
        }

        /// Transforms items until none is left; the results with their indices.
        func drain<R>(worker: Int, _ transform: (Int) -> R) -> [(Int, R)] {
            var done: [(Int, R)] = []
            while let i = take(worker) {
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
