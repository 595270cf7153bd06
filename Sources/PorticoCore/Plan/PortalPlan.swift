/// An article a portal receives, with the rule that granted it.
public struct ArticleShare: Hashable, Sendable {
    public let article: Article
    public let grant: Grant
}

/// A customer whose data a portal holds, with why, and its figures.
public struct CustomerShare: Hashable, Sendable {
    public let customer: Customer
    public let grant: CustomerGrant
    public let receivables: Receivables
}

/// Everything one portal will hold, decided before anything is rendered.
/// Renderers draw only from a plan, so what is not in the plan cannot leak.
public struct PortalPlan: Sendable {
    public let portal: Portal
    /// Articles the portal receives, by path.
    public let articles: [ArticleShare]
    /// Customers whose data the portal holds, by id.
    public let customers: [CustomerShare]
    /// Sorted by output path.
    public let pages: [PlannedPage]
    private let articleURLs: [String: String]
    private let pagePaths: Set<String>
    private let documentURLs: [String: String]

    init(portal: Portal, articles: [ArticleShare], customers: [CustomerShare], pages: [PlannedPage]) {
        self.portal = portal
        self.articles = articles
        self.customers = customers
        self.pages = pages.sorted { $0.path < $1.path }
        articleURLs = Dictionary(uniqueKeysWithValues: articles.map { ($0.article.path, $0.article.url) })
        pagePaths = Set(pages.map(\.path))
        documentURLs = Dictionary(uniqueKeysWithValues: pages.compactMap { page in page.kind.documentPath.map { ($0, page.url) } })
    }

    /// Whether the portal has a page at this path: O(1), for per-page checks.
    public func has(_ path: String) -> Bool { pagePaths.contains(path) }

    /// Whether the portal carries the staff views over all its customers.
    public var hasStaffViews: Bool { has("receivables/index.html") }

    /// The page URL of a customer document (`customers/acme/documents/x.md`) in this portal.
    public func url(ofDocument path: String) -> String? { documentURLs[path] }

    public func share(of id: CustomerID) -> CustomerShare? { customers.first { $0.customer.id == id } }

    /// The page URL of a content path (`articles/x.md`) in this portal, or
    /// nil when the portal does not receive it.
    public func url(ofArticle path: String) -> String? { articleURLs[path] }

    /// Where a customer's pages live: the portal root for its own customer,
    /// `customers/<id>/` for portals that hold many.
    public func customerPrefix(_ id: CustomerID) -> String {
        portal.customer == id ? "" : "customers/\(id.rawValue)/"
    }
}
