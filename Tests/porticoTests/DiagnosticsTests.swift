import Foundation
import PorticoTestSupport
import Testing

/// Each diagnostic kind `check` reports, with its exact place and wording.
@Suite struct DiagnosticsTests {
    static let cases: [(name: String, changes: [String: String], expected: String)] = [
        ("unknown front-matter key",
         ["content/articles/enterprise/sla.md": "---\ntitle: SLA\nauthor: Ann\n---\nx\n"],
         "content/articles/enterprise/sla.md:3:1: warning: unknown front-matter key 'author' (known keys: audience, draft, effective, slug, summary, tags, title, version)"),
        ("bad effective date",
         ["content/articles/enterprise/sla.md": "---\ntitle: SLA\neffective: 2026-02-30\n---\nx\n"],
         "content/articles/enterprise/sla.md:3:12: error: '2026-02-30' is not a date; write YYYY-MM-DD"),
        ("bad slug",
         ["content/articles/enterprise/sla.md": "---\ntitle: SLA\nslug: Service_Levels\n---\nx\n"],
         "content/articles/enterprise/sla.md:3:7: error: slug 'Service_Levels' must match [a-z0-9][a-z0-9-]*"),
        ("two articles at one URL",
         ["content/articles/enterprise/other.md": "---\ntitle: Other\nslug: sla\n---\nx\n"],
         "content/articles/enterprise/sla.md:1:1: error: this article and content/articles/enterprise/other.md would both be published at articles/enterprise/sla/; change one's slug"),
        ("pipe table",
         ["content/articles/enterprise/sla.md": "---\ntitle: SLA\n---\n\n| a | b |\n|---|---|\n| 1 | 2 |\n"],
         "content/articles/enterprise/sla.md:5:1: warning: this looks like a pipe table, which CommonMark does not support; write it as a fenced ```csv block (first row is the header)"),
        ("broken csv block",
         ["content/articles/enterprise/sla.md": "---\ntitle: SLA\n---\n\n```csv\na,b\n\"open,2\n```\n"],
         "content/articles/enterprise/sla.md:7:1: error: in csv block: a quoted field is never closed"),
        ("unknown currency",
         ["content/customers/beta/customer.yml": "name: Beta Kabushiki\ncurrency: YEN\n"],
         "content/customers/beta/customer.yml:2:11: error: unknown currency 'YEN': use an ISO 4217 code such as USD, EUR, GBP, JPY"),
        ("letter without template",
         ["content/site.yml": "title: Fixture Co\nreceivables:\n  reminders:\n    - { days: 7, stage: overdue, letter: nudge }\n"],
         "content/site.yml:1:1: error: reminder stage 'overdue' uses letter 'nudge', but there is no templates/letters/nudge.md"),
        ("letter linking a page",
         ["templates/letters/overdue.md": "See [our policy](../articles/policies/late-fees.md).\n"],
         "templates/letters/overdue.md:1:5: error: link to '../articles/policies/late-fees.md': a letter cannot link to a page: it is drafted once for the customer's portal and staff's alike, and sent outside both; name the page in words, or link to a full https:// address"),
        ("misspelt receivables key",
         ["content/site.yml": "title: Fixture Co\nreceivables:\n  late_fees:\n    annual_rate_percent: 9\n"],
         "content/site.yml:3:3: warning: unknown receivables key 'late_fees' (known keys: aging_buckets, late_fee, reminders, small_claims_limit)"),
        ("misspelt terms key",
         ["content/customers/beta/customer.yml": "name: Beta Kabushiki\ncurrency: JPY\nterms: { net_days: 30, discount: 2 }\n"],
         "content/customers/beta/customer.yml:3:24: warning: unknown terms key 'discount' (known keys: early_discount, net_days)"),
        ("role with articles: some",
         ["content/manifest.yml": FixtureSite.files["content/manifest.yml"]!.replacingOccurrences(of: "articles: all", with: "articles: some")],
         "content/manifest.yml:3:15: error: 'articles' may only be 'all' (got 'some'); leave it out to grant nothing"),
    ]

    @Test(arguments: cases.indices)
    func checkReportsItExactly(index: Int) throws {
        let c = Self.cases[index]
        let folder = FixtureSite.make(FixtureSite.with(c.changes))
        defer { folder.remove() }
        let result = try PorticoProcess.run(["check", "--as-of", "2026-11-23"], in: folder.path)
        #expect(result.stderr.contains(c.expected), "\(c.name): wanted\n\(c.expected)\nin:\n\(result.stderr)")
        #expect(result.status == (c.expected.contains(": error: ") ? 1 : 0), "\(c.name)")
    }
}
