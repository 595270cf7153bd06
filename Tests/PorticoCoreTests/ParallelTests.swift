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
}
