import Foundation
import PorticoTestSupport
import Testing
@testable import PorticoCore

/// Every page of every portal is granted by the access rules, checked on
/// the fixture and on the example site, without touching the output.
@Suite struct PlannerIsolationTests {
    static var exampleContent: String {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("content").path
    }

    func plans(_ content: String) throws -> (Site, [PortalPlan]) {
        let site = try SiteLoader(contentPath: content).load().site
        return (site, Planner(site: site, asOf: CalendarDate(iso: "2026-11-23")!).plans())
    }

    @Test func fixturePortalsGetExactlyWhatTheRulesGrant() throws {
        let folder = FixtureSite.make()
        defer { folder.remove() }
        let (_, plans) = try plans(folder.path + "/content")
        func articles(_ id: String) -> Set<String> {
            Set(plans.first { $0.portal.id.rawValue == id }!.articles.map(\.article.path))
        }
        #expect(articles("alpha") == ["articles/policies/late-fees.md", "articles/policies/old-fees.md", "articles/contracts/arbitration.md"])
        #expect(articles("beta") == ["articles/policies/late-fees.md", "articles/enterprise/sla.md"])
        #expect(articles("staff").count == 5)
        #expect(!articles("staff").contains("articles/drafts/next.md"))
        let customers = Dictionary(uniqueKeysWithValues: plans.map { ($0.portal.id.rawValue, $0.customers.map(\.customer.id.rawValue)) })
        #expect(customers["alpha"] == ["alpha"])
        #expect(customers["beta"] == ["beta"])
        #expect(customers["staff"] == ["alpha", "beta"])
    }

    @Test(arguments: ["fixture", "example"])
    func everyPlannedPageIsGranted(which: String) throws {
        let folder = FixtureSite.make()
        defer { folder.remove() }
        let (site, plans) = try plans(which == "fixture" ? folder.path + "/content" : Self.exampleContent)
        let policy = AccessPolicy(manifest: site.manifest)
        for plan in plans {
            for page in plan.pages {
                switch page.kind {
                case .article(let article, _):
                    #expect(policy.decide(article, for: plan.portal).grant != nil, "\(plan.portal.id) holds \(article.path)")
                    #expect(!article.draft)
                case .billing, .statement, .ledgerCSV, .notices, .notice, .document:
                    let id = try #require(page.customer)
                    #expect(policy.customerGrant(id, for: plan.portal) != nil, "\(plan.portal.id) holds \(page.path) of \(id)")
                    if policy.customerGrant(id, for: plan.portal) == .bound { #expect(!page.path.hasPrefix("customers/")) }
                case .customerIndex, .receivables:
                    #expect(plan.portal.roles.contains { site.manifest.roles[$0]?.allCustomers == true })
                case .home, .notFound:
                    #expect(page.customer == nil)
                }
            }
            let expected = site.articles.filter { policy.decide($0, for: plan.portal).grant != nil }.map(\.path)
            #expect(plan.articles.map(\.article.path) == expected, "\(plan.portal.id) misses a granted article")
        }
    }
}
