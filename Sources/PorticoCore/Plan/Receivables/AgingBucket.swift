/// Where an invoice sits in the aging report: `current`, then one bucket
/// per `aging_buckets` bound (1–30, 31–60, 61–90), then `over 90`.
public struct AgingBucket: Hashable, Comparable, Sendable, CustomStringConvertible {
    /// 0 is current; i is the i-th bucket; `bounds.count + 1` is the last.
    public let index: Int
    public let label: String

    public static func < (a: Self, b: Self) -> Bool { a.index < b.index }
    public var description: String { label }

    /// Every bucket the policy defines, in order.
    public static func all(_ bounds: [Int]) -> [AgingBucket] {
        var buckets = [AgingBucket(index: 0, label: "current")]
        var lower = 1
        for (i, upper) in bounds.enumerated() {
            buckets.append(AgingBucket(index: i + 1, label: "\(lower)–\(upper)"))
            lower = upper + 1
        }
        buckets.append(AgingBucket(index: bounds.count + 1, label: "over \(bounds.last ?? 0)"))
        return buckets
    }

    public static func of(daysPastDue: Int, bounds: [Int]) -> AgingBucket {
        let buckets = all(bounds)
        guard daysPastDue > 0 else { return buckets[0] }
        for (i, upper) in bounds.enumerated() where daysPastDue <= upper { return buckets[i + 1] }
        return buckets[buckets.count - 1]
    }
}
