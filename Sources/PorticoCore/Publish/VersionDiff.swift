/// Files added, removed and changed between two versions, per portal.
public struct VersionDiff: Sendable, Encodable {
    public struct PortalChanges: Sendable, Encodable {
        public let portal: String
        public var added: [String] = []
        public var removed: [String] = []
        public var changed: [String] = []
        public var isEmpty: Bool { added.isEmpty && removed.isEmpty && changed.isEmpty }
    }

    public let from: Int
    public let to: Int
    public let portals: [PortalChanges]

    public init(from a: Int, _ old: FileList, to b: Int, _ new: FileList, portal: String?) {
        from = a
        to = b
        let before = Dictionary(uniqueKeysWithValues: old.files.map { ($0.path, $0.sha256) })
        let after = Dictionary(uniqueKeysWithValues: new.files.map { ($0.path, $0.sha256) })
        var byPortal: [String: PortalChanges] = [:]
        func note(_ path: String, _ update: (inout PortalChanges, String) -> Void) {
            let parts = path.split(separator: "/", maxSplits: 1).map(String.init)
            guard parts.count == 2, portal == nil || parts[0] == portal else { return }
            update(&byPortal[parts[0], default: PortalChanges(portal: parts[0])], parts[1])
        }
        for path in Set(before.keys).union(after.keys).sorted() {
            switch (before[path], after[path]) {
            case (nil, _?): note(path) { $0.added.append($1) }
            case (_?, nil): note(path) { $0.removed.append($1) }
            case let (x?, y?) where x != y: note(path) { $0.changed.append($1) }
            default: break
            }
        }
        portals = byPortal.values.filter { !$0.isEmpty }.sorted { $0.portal < $1.portal }
    }
}
