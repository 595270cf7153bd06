/// `portico explain`: what one portal receives and the rule behind each
/// page, and with `denied`, what it does not receive and why. Read straight
/// from the access policy and the plan, so it cannot disagree with a build.
public struct Explanation: Sendable, Encodable {
    public struct Page: Sendable, Encodable {
        public let page: String
        public let source: String?
        public let reason: String
    }

    public struct Denied: Sendable, Encodable {
        public let source: String
        public let reason: String
    }

    public let portal: String
    public let roles: [String]
    public let pages: [Page]
    public let denied: [Denied]

    public init(plan: PortalPlan, site: Site) {
        let policy = AccessPolicy(manifest: site.manifest)
        portal = plan.portal.id.rawValue
        roles = plan.portal.roles.map(\.rawValue)
        pages = plan.pages.map { page in
            switch page.kind {
            case .article(let article, let grant):
                return Page(page: page.path, source: article.path, reason: grant.description)
            case .document(let document):
                return Page(page: page.path, source: document.source.path,
                            reason: "document of customer '\(document.customer)': " + (plan.share(of: document.customer)?.grant.description ?? ""))
            case .billing, .statement, .ledgerCSV, .notices, .notice:
                let id = page.customer!
                return Page(page: page.path, source: "customers/\(id)/", reason: "billing of customer '\(id)': " + (plan.share(of: id)?.grant.description ?? ""))
            case .customerIndex, .receivables:
                let role = plan.customers.first.map { $0.grant.description } ?? ""
                return Page(page: page.path, source: nil, reason: "staff view over every customer the portal holds (\(role))")
            case .home, .notFound:
                return Page(page: page.path, source: nil, reason: "every portal has one")
            }
        }
        denied = site.articles.compactMap { article in
            guard case .denied(let why) = policy.decide(article, for: plan.portal) else { return nil }
            return Denied(source: article.path, reason: why.description)
        }
    }
}
