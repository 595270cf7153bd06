/// The `plan` stage: pure, no I/O. Decides per portal which pages exist,
/// and computes each customer's receivables once for every portal.
public struct Planner: Sendable {
    public let site: Site
    public let policy: AccessPolicy
    public let asOf: CalendarDate
    private let receivables: [CustomerID: Receivables]

    public init(site: Site, asOf: CalendarDate) {
        self.site = site
        self.asOf = asOf
        policy = AccessPolicy(manifest: site.manifest)
        receivables = Dictionary(uniqueKeysWithValues: site.customers.map {
            ($0.id, Receivables(customer: $0, asOf: asOf, policy: site.config.receivables))
        })
    }

    public func plans(only ids: [PortalID] = []) -> [PortalPlan] {
        site.manifest.portals.filter { ids.isEmpty || ids.contains($0.id) }.map(plan)
    }

    public func plan(_ portal: Portal) -> PortalPlan {
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
