import Foundation
import PorticoTestSupport
import Testing
@testable import PorticoCore

@Suite struct IncrementalPublishTests {
    static let sla = "content/articles/enterprise/sla.md"
    static let lateFees = "content/articles/policies/late-fees.md"

    func publish(_ folder: TemporaryFolder, counter: MarkdownParser.Counter) async throws -> (Publisher.Outcome, [Diagnostic]) {
        let options = BuildOptions(location: SiteLocation(site: folder.path), asOf: CalendarDate(iso: "2026-11-23")!, jobs: 2)
        return try await MarkdownParser.$counter.withValue(counter) {
            try await Publisher(options: options, publicPath: folder.path + "/public", message: "", signKeyPath: nil).publish()
        }
    }

    /// A body edit parses that body alone: the other bodies' search words
    /// come from the previous version, their warnings from the render cache.
    /// Publishing again with nothing changed parses nothing and still warns.
    @Test func onlyChangedBodiesAreParsedAndEveryWarningIsStillReported() async throws {
        let folder = FixtureSite.make(FixtureSite.with([Self.sla: "---\ntitle: Service levels\n---\n\n| uptime | credit |\n|---|---|\n| 99% | 5% |\n"]))
        defer { folder.remove() }
        func tableWarning(_ warnings: [Diagnostic]) -> Bool {
            warnings.contains { $0.path.hasSuffix("enterprise/sla.md") && $0.message.contains("```csv") }
        }

        let first = MarkdownParser.Counter()
        let (_, warnings1) = try await publish(folder, counter: first)
        #expect(tableWarning(warnings1))
        #expect(first.count > 5)

        folder.write([Self.lateFees: FixtureSite.files[Self.lateFees]!.replacingOccurrences(of: "8% a year", with: "9% a year")])
        let second = MarkdownParser.Counter()
        let (outcome2, warnings2) = try await publish(folder, counter: second)
        guard case .published(let record, _, _, let rendered) = outcome2 else { Issue.record("no new version"); return }
        #expect(record.n == 2)
        #expect(rendered == 3, "late-fees in staff, alpha and beta")
        #expect(second.count == 1, "late-fees alone is parsed again")
        #expect(tableWarning(warnings2), "the SLA's warning is carried over")
        #expect(warnings2 == warnings1, "the same warnings as a full parse")

        let third = MarkdownParser.Counter()
        let (outcome3, warnings3) = try await publish(folder, counter: third)
        guard case .unchanged(2) = outcome3 else { Issue.record("expected no new version"); return }
        #expect(third.count == 0)
        #expect(warnings3 == warnings1)
    }
}
