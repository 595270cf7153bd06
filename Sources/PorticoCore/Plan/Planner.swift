/// The `plan` stage: pure, no I/O. Decides per portal which pages exist.
public struct Planner: Sendable {
    public let site: Site
    public let policy: AccessPolicy

    public init(site: Site) {
        self.site = site
        policy = AccessPolicy(manifest: site.manifest)
    }

    public func plans(only ids: [PortalID] = []) -> [PortalPlan] {
        site.manifest.portals.filter { ids.isEmpty || ids.contains($0.id) }.map(plan)
    }

    public func plan(_ portal: Portal) -> PortalPlan {
        let articles = site.articles.compactMap { article in
            policy.decide(article, for: portal).grant.map { (article: article, grant: $0) }
        }
        let customers = site.customers.compactMap { customer in
            policy.customerGrant(customer.id, for: portal).map { (customer: customer, grant: $0) }
        }
        var pages = [
            PlannedPage(path: "index.html", title: portal.title, kind: .home),
            PlannedPage(path: "404.html", title: "Page not found", kind: .notFound),
        ]
        pages += articles.map { PlannedPage(path: $0.article.url + "index.html", title: $0.article.title,
                                            kind: .article($0.article, $0.grant)) }
        if customers.contains(where: { $0.customer.id != portal.customer }) {
            pages.append(PlannedPage(path: "customers/index.html", title: "Customers", kind: .customerIndex))
        }
        let plan = PortalPlan(portal: portal, articles: articles, customers: customers, pages: [])
        for (customer, _) in customers {
            let prefix = plan.customerPrefix(customer.id)
            pages.append(PlannedPage(path: prefix + "billing/index.html", title: "Billing — \(customer.name)",
                                     kind: .billing(customer.id)))
            pages += customer.documents.map {
                PlannedPage(path: prefix + $0.url + "index.html", title: $0.title, kind: .document($0))
            }
        }
        return PortalPlan(portal: portal, articles: articles, customers: customers, pages: pages)
    }
}
