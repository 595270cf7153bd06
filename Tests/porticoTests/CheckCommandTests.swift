import Foundation
import PorticoTestSupport
import Testing

@Suite struct CheckCommandTests {
    @Test func theExampleSiteIsClean() throws {
        let result = try PorticoProcess.run(["check", "--strict", "--as-of", "2026-11-23"], in: BuildCommandTests.repositoryRoot)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stderr.contains("0 errors, 0 warnings"))
    }

    @Test func reportsAnchorsDroppedLinksAndWritesNothing() throws {
        let folder = FixtureSite.make(FixtureSite.with([
            "content/articles/enterprise/sla.md": "---\ntitle: SLA\n---\n\nIntro.\n\nSee [fees](../policies/late-fees.md#intrest).\n",
        ]))
        defer { folder.remove() }
        let result = try PorticoProcess.run(["check", "--as-of", "2026-11-23"], in: folder.path)
        #expect(result.status == 0)
        #expect(result.stderr.contains("content/articles/enterprise/sla.md:7:5: warning: link to articles/policies/late-fees.md#intrest: no heading there has that anchor (anchors: interest)"))
        #expect(result.stderr.contains("content/articles/policies/late-fees.md:10:14: note: link to articles/policies/old-fees.md is shown as plain text in beta"))
        #expect(!FileManager.default.fileExists(atPath: folder.path + "/public"))

        let strict = try PorticoProcess.run(["check", "--strict", "--format", "json", "--as-of", "2026-11-23"], in: folder.path)
        #expect(strict.status == 1)
        let json = try JSONSerialization.jsonObject(with: Data(strict.stdout.utf8)) as? [String: Any]
        let summary = json?["summary"] as? [String: Int]
        #expect(summary?["errors"] == 1)
        let first = (json?["diagnostics"] as? [[String: Any]])?.first { ($0["severity"] as? String) == "error" }
        #expect(first?["path"] as? String == "content/articles/enterprise/sla.md")
        #expect(first?["line"] as? Int == 7)
    }

    @Test func contentErrorsExitOneWithTheirPlace() throws {
        let folder = FixtureSite.make(FixtureSite.with(["content/customers/beta/ledger.csv": "date,kind,reference,amount,due,note\n2026-03-01,bill,B-1,1,,\n"]))
        defer { folder.remove() }
        let result = try PorticoProcess.run(["check"], in: folder.path)
        #expect(result.status == 1)
        #expect(result.stderr.contains("content/customers/beta/ledger.csv:2:1: error: unknown kind 'bill'"))
    }
}
