import Foundation
import PorticoTestSupport
import Testing

@Suite struct ExplainAndNewCommandTests {
    @Test func explainNamesTheRuleForEachPageAndWhyOthersAreDenied() throws {
        let folder = FixtureSite.make()
        defer { folder.remove() }
        let result = try PorticoProcess.run(["explain", "beta", "--denied", "--format", "json", "--as-of", "2026-11-23"], in: folder.path)
        #expect(result.status == 0, "\(result.stderr)")
        let json = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        let pages = try #require(json["pages"] as? [[String: Any]])
        func reason(_ page: String) -> String? { pages.first { $0["page"] as? String == page }?["reason"] as? String }
        #expect(reason("articles/enterprise/sla/index.html") == "role 'enterprise' grants paths matching articles/enterprise/**")
        #expect(reason("articles/policies/late-fees/index.html") == "role 'customer' is in the article's audience")
        #expect(reason("billing/index.html") == "billing of customer 'beta': the portal is bound to this customer")
        #expect(!pages.contains { ($0["page"] as? String)?.contains("alpha") == true })
        let denied = try #require(json["denied"] as? [[String: String]])
        let why = Dictionary(uniqueKeysWithValues: denied.map { ($0["source"]!, $0["reason"]!) })
        #expect(why["articles/policies/old-fees.md"] == "the portal excludes articles/policies/old-fees.md")
        #expect(why["articles/drafts/next.md"] == "the article is a draft")
        #expect(why["articles/internal/playbook.md"] == "no role of the portal grants it")
        #expect(why["articles/contracts/arbitration.md"] == "no role of the portal grants it")
    }

    @Test func explainAnUnknownPortalListsTheKnownOnes() throws {
        let folder = FixtureSite.make()
        defer { folder.remove() }
        let result = try PorticoProcess.run(["explain", "gamma"], in: folder.path)
        #expect(result.status == 1)
        #expect(result.stderr.contains("no portal 'gamma' in the manifest (portals: staff, alpha, beta)"))
    }

    @Test func newArticleWritesADraftAndRefusesToOverwrite() throws {
        let folder = FixtureSite.make()
        defer { folder.remove() }
        let first = try PorticoProcess.run(["new", "article", "policies/refunds", "--title", "Refund \"policy\"",
                                            "--audience", "customer", "--tags", "policy"], in: folder.path)
        #expect(first.status == 0, "\(first.stderr)")
        let text = try String(contentsOfFile: folder.path + "/content/articles/policies/refunds.md", encoding: .utf8)
        #expect(text.contains("title: \"Refund \\\"policy\\\"\""))
        #expect(text.contains("audience: [customer]"))
        #expect(text.contains("draft: true"))
        #expect(try PorticoProcess.run(["check"], in: folder.path).status == 0)
        let again = try PorticoProcess.run(["new", "article", "policies/refunds", "--title", "X"], in: folder.path)
        #expect(again.status == 3)
        #expect(again.stderr.contains("never overwrites"))
        let badRole = try PorticoProcess.run(["new", "article", "policies/other", "--title", "X", "--audience", "custmer"], in: folder.path)
        #expect(badRole.status == 1)
        #expect(badRole.stderr.contains("role 'custmer' is not in the manifest"))
        #expect(try PorticoProcess.run(["new", "article", "Bad Name", "--title", "X"], in: folder.path).status == 1)
    }
}
