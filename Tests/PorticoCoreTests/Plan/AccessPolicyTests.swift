import Testing
@testable import PorticoCore

@Suite struct AccessPolicyTests {
    static let manifest = Manifest(roles: [
        RoleName("staff"): Role(name: RoleName("staff"), allArticles: true, allCustomers: true),
        RoleName("customer"): Role(name: RoleName("customer")),
        RoleName("legal"): Role(name: RoleName("legal"), tags: ["arbitration"]),
        RoleName("enterprise"): Role(name: RoleName("enterprise"), paths: [Glob("articles/enterprise/**")]),
    ], portals: [])
    let policy = AccessPolicy(manifest: manifest)

    func article(_ path: String, audience: [String] = [], tags: [String] = [], draft: Bool = false) -> Article {
        Article(source: MarkdownSource(path: path, displayPath: path, body: "", firstLine: 1), url: "x/", title: "T",
                audience: audience.map(RoleName.init), tags: tags, draft: draft)
    }

    func portal(_ roles: [String], customer: String? = nil, exclude: [String] = []) -> Portal {
        Portal(id: PortalID("p")!, title: "P", customer: customer.flatMap(CustomerID.init),
               roles: roles.map(RoleName.init), exclude: exclude.map { Glob($0) })
    }

    @Test func defaultDeny() {
        #expect(policy.decide(article("articles/a.md"), for: portal(["customer"])) == .denied(.noRole))
        #expect(policy.decide(article("articles/a.md", audience: ["staff"]), for: portal(["customer"])) == .denied(.noRole))
        #expect(policy.decide(article("articles/a.md"), for: portal([])) == .denied(.noRole))
    }

    @Test func eachRuleGrants() {
        #expect(policy.decide(article("articles/a.md", audience: ["customer"]), for: portal(["customer"])) == .granted(.audience(RoleName("customer"))))
        #expect(policy.decide(article("articles/a.md"), for: portal(["staff"])) == .granted(.allArticles(RoleName("staff"))))
        #expect(policy.decide(article("articles/a.md", tags: ["x", "arbitration"]), for: portal(["customer", "legal"]))
                == .granted(.tags(RoleName("legal"), ["arbitration"])))
        #expect(policy.decide(article("articles/enterprise/sla.md"), for: portal(["enterprise"]))
                == .granted(.path(RoleName("enterprise"), "articles/enterprise/**")))
    }

    @Test func draftsAndExcludesWinOverEveryGrant() {
        let draft = article("articles/a.md", audience: ["customer"], draft: true)
        #expect(policy.decide(draft, for: portal(["staff"])) == .denied(.draft))
        let old = article("articles/old.md", audience: ["customer"])
        #expect(policy.decide(old, for: portal(["customer", "staff"], exclude: ["articles/old.md"])) == .denied(.excluded("articles/old.md")))
    }

    @Test func customerDataGoesOnlyToItsPortalAndToAllCustomersRoles() {
        let alpha = CustomerID("alpha")!, beta = CustomerID("beta")!
        #expect(policy.customerGrant(alpha, for: portal(["customer"], customer: "alpha")) == .bound)
        #expect(policy.customerGrant(beta, for: portal(["customer"], customer: "alpha")) == nil)
        #expect(policy.customerGrant(beta, for: portal(["customer", "legal", "enterprise"])) == nil)
        #expect(policy.customerGrant(beta, for: portal(["staff"])) == .allCustomers(RoleName("staff")))
    }
}
