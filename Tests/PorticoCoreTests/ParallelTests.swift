import Synchronization
import Testing
@testable import PorticoCore

@Suite struct ParallelTests {
    /// Uneven work (every seventh item slow) still gives every result once,
    /// in the items' order, from both forms.
    @Test(arguments: [1, 2, 3, 8])
    func resultsKeepTheItemsOrderHoweverTheWorkIsShared(_ jobs: Int) async {
        let items = Array(0..<200)
        let calls = Mutex<[Int]>([])
        let transform: @Sendable (Int) -> String = { i in
            calls.withLock { $0.append(i) }
            var spin = 0
            for k in 0..<(i % 7 == 0 ? 200_000 : 10) { spin &+= k }
            return "\(i):\(spin % 2)"
        }
        let expected = items.map { i in "\(i):\((0..<(i % 7 == 0 ? 200_000 : 10)).reduce(0, &+) % 2)" }
        #expect(await Parallel.map(items, jobs: jobs, transform) == expected)
        #expect(Parallel.blockingMap(items, jobs: jobs, transform) == expected)
        #expect(calls.withLock { $0.sorted() } == (items + items).sorted(), "each item transformed once per map")
    }

    /// Workers start on contiguous shares, front to back; one done with
    /// its own takes from the back of the largest share left, so every
    /// index is handed out once and none waits behind a slow item.
    @Test func aWorkerDoneWithItsShareTakesFromTheBackOfAnother() {
        let queue = Parallel.Queue(count: 10, workers: 2)
        #expect(queue.take(0) == 0)
        #expect((0..<5).map { _ in queue.take(1) } == [5, 6, 7, 8, 9])
        #expect(queue.take(1) == 4, "worker 1 takes from the back of worker 0's share")
        #expect(queue.take(0) == 1)
        #expect([queue.take(1), queue.take(1), queue.take(1)] == [3, 2, nil])
        #expect(queue.take(0) == nil)
    }
}
