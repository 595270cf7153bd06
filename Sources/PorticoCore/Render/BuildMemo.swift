import Synchronization

/// Values computed once per build and reused by every portal that needs
/// the same one: an article's rendered content, a search index entry.
/// Built only when a build renders several portals.
final class BuildMemo<Key: Hashable & Sendable, Value: Sendable>: Sendable {
    private let values = Mutex<[Key: Value]>([:])

    /// The value for `key`, made with `make` the first time. Two portals
    /// asking at once may both make it; both get an equal value.
    func value(for key: Key, make: () -> Value) -> Value {
        if let known = values.withLock({ $0[key] }) { return known }
        let value = make()
        values.withLock { $0[key] = $0[key] ?? value }
        return value
    }
}
