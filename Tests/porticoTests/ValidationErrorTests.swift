import Foundation
import PorticoTestSupport
import Testing

/// Each §4 validation error: exit 1, a compiler-style message naming the
/// file and the bad value, and the output folder exactly as it was.
@Suite struct ValidationErrorTests {
    static let manifest = FixtureSite.files["content/manifest.yml"]!

    static let cases: [(name: String, changes: [String: String?], file: String, line: Int, message: String)] = [
        ("unknown role in a portal", ["content/manifest.yml": manifest.replacingOccurrences(of: "roles: [customer, legal]", with: "roles: [customer, legl]")],
         "content/manifest.yml", 17, "names role 'legl', which the manifest does not define"),
        ("unknown role in an audience", ["content/articles/enterprise/sla.md": "---\ntitle: SLA\naudience: [customer, custmer]\n---\nx\n"],
         "content/articles/enterprise/sla.md", 3, "audience names role 'custmer'"),
        ("portal bound to a missing customer", ["content/manifest.yml": manifest.replacingOccurrences(of: "customer: beta", with: "customer: gamma")],
         "content/manifest.yml", 20, "bound to customer 'gamma'"),
        ("duplicate portal id", ["content/manifest.yml": manifest + "\n  alpha:\n    roles: [customer]\n"],
         "content/manifest.yml", 23, "duplicate key 'alpha' (first on line 14)"),
        ("bad portal id", ["content/manifest.yml": manifest.replacingOccurrences(of: "  beta:\n    title", with: "  Beta_Portal:\n    title")],
         "content/manifest.yml", 18, "portal id 'Beta_Portal' must match"),
        ("misspelt manifest key", ["content/manifest.yml": manifest.replacingOccurrences(of: "    exclude: [", with: "    excludes: [")],
         "content/manifest.yml", 22, "unknown portal key 'excludes'"),
        ("YAML alias", ["content/site.yml": "title: &t Fixture\nlocale: *t\n"],
         "content/site.yml", 1, "anchors and aliases"),
        ("missing title", ["content/articles/enterprise/sla.md": "---\nsummary: no title\n---\nx\n"],
         "content/articles/enterprise/sla.md", 2, "missing required key 'title'"),
        ("link to a missing file", ["content/articles/enterprise/sla.md": "---\ntitle: SLA\n---\n\nSee [x](../nowhere.md).\n"],
         "content/articles/enterprise/sla.md", 5, "no page articles/nowhere.md"),
        ("bad ledger row", ["content/customers/beta/ledger.csv": "date,kind,reference,amount,due,note\n2026-03-01,invoice,B-1,4800.5,,x\n"],
         "content/customers/beta/ledger.csv", 2, "bad amount '4800.5' (JPY)"),
    ]

    @Test(arguments: cases.indices)
    func errorStopsTheBuildAndLeavesOutputUntouched(index: Int) throws {
        let c = Self.cases[index]
        let folder = FixtureSite.make()
        defer { folder.remove() }
        let first = try PorticoProcess.run(["build", "--as-of", "2026-11-23"], in: folder.path)
        #expect(first.status == 0, "\(first.stderr)")
        let before = folder.files(under: "public")
        folder.write(c.changes.compactMapValues { $0 })

        let result = try PorticoProcess.run(["build", "--as-of", "2026-11-23"], in: folder.path)
        #expect(result.status == 1, "\(c.name): exit \(result.status)")
        let expected = "\(c.file):\(c.line):"
        let line = result.stderr.split(separator: "\n").first { $0.hasPrefix(expected) && $0.contains(": error: ") }
        #expect(line?.contains(c.message) == true, "\(c.name): wanted \(expected) … \(c.message) in:\n\(result.stderr)")
        #expect(result.stderr.contains("nothing was written"))
        #expect(folder.files(under: "public") == before, "\(c.name): output changed")
    }

    @Test func unmatchedGlobIsAWarningAndAnErrorWhenStrict() throws {
        let folder = FixtureSite.make(FixtureSite.with(["content/manifest.yml":
            Self.manifest.replacingOccurrences(of: "articles/enterprise/**", with: "articles/enterprize/**")]))
        defer { folder.remove() }
        let relaxed = try PorticoProcess.run(["build"], in: folder.path)
        #expect(relaxed.status == 0)
        #expect(relaxed.stderr.contains("content/manifest.yml:9:1: warning: role 'enterprise': 'articles/enterprize/**' matches no article"))
        let strict = try PorticoProcess.run(["build", "--strict"], in: folder.path)
        #expect(strict.status == 1)
        #expect(strict.stderr.contains("error: role 'enterprise'"))
    }

    @Test func customerWithoutPortalIsAWarning() throws {
        let folder = FixtureSite.make(FixtureSite.with([
            "content/customers/delta/customer.yml": "name: Delta\ncurrency: EUR\n",
        ]))
        defer { folder.remove() }
        let result = try PorticoProcess.run(["build"], in: folder.path)
        #expect(result.status == 0)
        #expect(result.stderr.contains("content/customers/delta:1:1: warning: customer 'delta' has no portal"))
    }
}
