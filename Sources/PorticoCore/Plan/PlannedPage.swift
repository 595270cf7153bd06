/// One page a portal will hold, before rendering.
public struct PlannedPage: Hashable, Sendable {
    public enum Kind: Hashable, Sendable {
        case home
        case article(Article, Grant)
        case customerIndex
        case billing(CustomerID)
        case document(CustomerDocument)
        case notFound
    }

    /// Relative to the portal root: `articles/policies/late-fees/index.html`.
    public let path: String
    public let title: String
    public let kind: Kind

    public init(path: String, title: String, kind: Kind) {
        self.path = path
        self.title = title
        self.kind = kind
    }

    /// The folder URL of the page (`articles/policies/late-fees/`), "" for the home page.
    public var url: String {
        path.hasSuffix("index.html") ? String(path.dropLast("index.html".count)) : path
    }

    /// Listed in search and the sitemap: real content pages only.
    public var isIndexable: Bool {
        if case .notFound = kind { return false }
        return true
    }
}
