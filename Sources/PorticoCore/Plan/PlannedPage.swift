/// One page a portal will hold, before rendering.
public struct PlannedPage: Hashable, Sendable {
    /// Indirect: a page is copied often while rendering, and an article or
    /// notice inline would make each copy retain every one of its fields.
    public indirect enum Kind: Hashable, Sendable {
        case home
        case article(Article, Grant)
        case customerIndex
        case billing(CustomerID)
        case statement(CustomerID, month: String)
        case ledgerCSV(CustomerID)
        case notices(CustomerID)
        case notice(Notice)
        case document(CustomerDocument)
        case receivables
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
        switch kind {
        case .notFound, .ledgerCSV: return false
        default: return true
        }
    }

    /// The customer whose data the page shows, if any.
    public var customer: CustomerID? {
        switch kind {
        case .billing(let id), .statement(let id, _), .ledgerCSV(let id), .notices(let id): return id
        case .notice(let n): return n.customer
        case .document(let d): return d.customer
        case .home, .article, .customerIndex, .receivables, .notFound: return nil
        }
    }
}
