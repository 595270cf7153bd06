/// The `plan` stage: pure, no I/O. Decides per portal which pages exist,
/// and computes each customer's receivables once for every portal.
public struct Planner: Sendable {
    public let site: Site
    public let policy: AccessPolicy
    public let asOf: CalendarDate
    /// Portals are planned side by side on this many workers.
    public let jobs: Int

    public init(site: Site, asOf: CalendarDate, jobs: Int = 1) {
        self.site = site
        self.asOf = asOf
        self.jobs = jobs
        policy = AccessPolicy(manifest: site.manifest)
    }

    /// Each customer's receivables are computed once, and only for customers
    /// that one of the chosen portals holds.
    public func plans(only ids: [PortalID] = []) -> [PortalPlan] {
        let portals = site.manifest.portals.filter { ids.isEmpty || ids.contains($0.id) }
        let held = site.customers.filter { customer in portals.contains { policy.customerGrant(customer.id, for: $0) != nil } }
        let figures = Parallel.blockingMap(held, jobs: jobs) { Receivables(customer: $0, asOf: asOf, policy: site.config.receivables) }
        let receivables = Dictionary(uniqueKeysWithValues: zip(held.map(\.id), figures))
        return Parallel.blockingMap(portals, jobs: jobs) { plan($0, receivables: receivables) }
    }

    private func plan(_ portal: Portal, receivables: [CustomerID: Receivables]) -> PortalPlan {
        let articles = site.articles.compactMap { article in
            policy.decide(article, for: portal).grant.map { ArticleShare(article: article, grant: $0) }
        }
        let customers = site.customers.compactMap { customer in
            policy.customerGrant(customer.id, for: portal).map {
                CustomerShare(customer: customer, grant: $0, receivables: receivables[customer.id]!)
            }
        }
        var pages = [
            PlannedPage(path: "index.html", title: portal.title, kind: .home),
            PlannedPage(path: "404.html", title: "Page not found", kind: .notFound),
        ]
        pages += articles.map { PlannedPage(path: $0.article.url + "index.html", title: $0.article.title,
                                            kind: .article($0.article, $0.grant)) }
        if customers.contains(where: { $0.customer.id != portal.customer }) {
            pages.append(PlannedPage(path: "customers/index.html", title: "Customers", kind: .customerIndex))
            pages.append(PlannedPage(path: "receivables/index.html", title: "Receivables", kind: .receivables))
        }
        let shell = PortalPlan(portal: portal, articles: articles, customers: customers, pages: [])
        for share in customers {
            pages += CustomerPages.plan(share, prefix: shell.customerPrefix(share.customer.id))
        }
        return PortalPlan(portal: portal, articles: articles, customers: customers, pages: pages)
    }
}
