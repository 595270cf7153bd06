import Foundation
import PorticoTestSupport
import Testing
@testable import PorticoCore

/// Builds the fixture for real and scans every byte of every file of every
/// portal: a leak into any page, JSON, XML or asset fails here.
@Suite struct BuildIsolationTests {
    static let asOf = CalendarDate(iso: "2026-11-23")!

    func build(_ folder: TemporaryFolder, jobs: Int = 2, out: String = "public/preview") async throws -> BuildReport {
        try await Pipeline.build(BuildOptions(location: SiteLocation(content: folder.path + "/content",
                                                                     templates: folder.path + "/templates",
                                                                     out: folder.path + "/" + out),
                                              asOf: Self.asOf, jobs: jobs))
    }

    @Test func noPortalHoldsAnotherPortalsText() async throws {
        let folder = FixtureSite.make()
        defer { folder.remove() }
        _ = try await build(folder)
        typealias M = FixtureSite.Marker
        let forbidden: [String: [String]] = [
            "alpha": M.beta + [M.playbook, M.draft, M.enterprise],
            "beta": M.alpha + [M.playbook, M.draft, M.arbitration, M.oldFees, "Arbitration clause", "Old fee schedule"],
            "staff": [M.draft],
        ]
        let required: [String: [String]] = [
            "alpha": M.alpha + [M.arbitration, M.oldFees],
            "beta": M.beta + [M.enterprise],
            "staff": M.alpha + M.beta + [M.playbook, M.arbitration, M.enterprise, M.oldFees],
        ]
        for (portal, needles) in forbidden {
            let files = folder.files(under: "public/preview/\(portal)")
            #expect(files.count > 5)
            let all = files.values.map { String(decoding: $0, as: UTF8.self) }.joined(separator: "\n")
            for needle in needles {
                for (path, data) in files where String(decoding: data, as: UTF8.self).contains(needle) {
                    Issue.record("\(portal)/\(path) leaks '\(needle)'")
                }
            }
            for needle in required[portal] ?? [] {
                #expect(all.contains(needle), "\(portal) should show '\(needle)'")
            }
        }
    }

    @Test func everyPortalHasTheSpecifiedFiles() async throws {
        let folder = FixtureSite.make()
        defer { folder.remove() }
        let report = try await build(folder)
        let alpha = Set(folder.files(under: "public/preview/alpha").keys)
        for path in ["index.html", "404.html", "search.json", "sitemap.xml", "assets/portico.css", "billing/index.html",
                     "documents/contract/index.html", "articles/policies/late-fees/index.html"] {
            #expect(alpha.contains(path), "alpha lacks \(path)")
        }
        let billing = String(decoding: folder.files(under: "public/preview/alpha")["billing/index.html"]!, as: UTF8.self)
        #expect(billing.contains("USD\u{00A0}1,234.56"))
        #expect(!billing.contains("unapplied credit"), "an absent credit balance must hide its sentence")
        let staff = Set(folder.files(under: "public/preview/staff").keys)
        #expect(staff.contains("customers/alpha/billing/index.html"))
        #expect(staff.contains("customers/beta/documents/letter/index.html"))
        #expect(staff.contains("customers/index.html"))
        #expect(!staff.contains { $0.contains("drafts") })
        #expect(report.portals.map(\.portal.rawValue) == ["staff", "alpha", "beta"])
    }

    @Test func theSearchIndexScriptCarriesTheSameDataAndCannotCloseItsScript() async throws {
        let folder = FixtureSite.make(FixtureSite.with([
            "content/articles/policies/tricky.md": "---\ntitle: \"Fees </script><script>alert(1)</script>\"\naudience: [customer]\n---\n\nx\n",
        ]))
        defer { folder.remove() }
        _ = try await build(folder)
        let files = folder.files(under: "public/preview/alpha")
        let json = String(decoding: try #require(files["search.json"]), as: UTF8.self)
        let script = String(decoding: try #require(files["search-index.js"]), as: UTF8.self)
        #expect(script.hasPrefix("window.PORTICO_SEARCH = {"))
        #expect(!script.contains("</script>"))
        #expect(script == "window.PORTICO_SEARCH = " + json.replacingOccurrences(of: "</", with: "<\\/") + ";\n")
    }

    /// Entries are shared between portals' indexes; each must still point
    /// into its own portal (a document sits at a different place in its
    /// customer's portal and in the staff portal).
    @Test func everySearchEntryLeadsToAPageOfItsPortal() async throws {
        let folder = FixtureSite.make()
        defer { folder.remove() }
        let report = try await build(folder)
        var documents = 0
        for portal in report.portals.map(\.portal.rawValue) {
            let files = folder.files(under: "public/preview/\(portal)")
            let index = try JSONSerialization.jsonObject(with: try #require(files["search.json"])) as? [String: Any]
            let pages = try #require(index?["pages"] as? [[String: Any]])
            #expect(!pages.isEmpty)
            for page in pages {
                let url = try #require(page["url"] as? String)
                #expect(files[url] != nil, "\(portal)/search.json lists \(url), which \(portal) does not have")
                if url.contains("documents/") { documents += 1 }
            }
        }
        #expect(documents >= 2, "the fixture's documents are listed in a customer portal and in staff")
    }

    @Test func theSearchIndexStreamedInPiecesIsTheWholeIndex() async throws {
        let folder = FixtureSite.make(FixtureSite.with([
            "content/articles/policies/tricky.md": "---\ntitle: \"Fees </script>\"\naudience: [customer]\n---\n\nx </b>\n",
        ]))
        defer { folder.remove() }
        let inputs = try await Pipeline.renderInputs(BuildOptions(
            location: SiteLocation(content: folder.path + "/content", templates: folder.path + "/templates", out: folder.path + "/out"),
            asOf: Self.asOf))
        for plan in inputs.plans {
            let index = SearchIndex(plan: plan, bodies: inputs.bodies)
            var pieces: [[UInt8]] = []
            index.json(every: 1) { pieces.append($0) }
            #expect(pieces.count == plan.pages.filter(\.isIndexable).count + 1, "the head, then one piece per entry")
            // Cut between entries only, so no `</` can straddle two pieces.
            for piece in pieces.dropLast() { #expect([UInt8(ascii: "["), UInt8(ascii: "}")].contains(piece.last)) }
            #expect(Array(pieces.joined()) == index.json())
            #expect(Array(pieces.map(SearchIndex.scriptSafe).joined()) == SearchIndex.scriptSafe(index.json()))
        }
    }

    @Test func linksFollowTheReceivingPortal() async throws {
        let folder = FixtureSite.make()
        defer { folder.remove() }
        let report = try await build(folder)
        func page(_ portal: String) -> String {
            String(decoding: folder.files(under: "public/preview/\(portal)")["articles/policies/late-fees/index.html"]!, as: UTF8.self)
        }
        #expect(page("alpha").contains("<a href=\"../../../articles/policies/old-fees/index.html#history\">link to old fees</a>"))
        #expect(page("beta").contains("Intro with a link to old fees and"))
        #expect(!page("beta").contains("old-fees/"))
        #expect(page("staff").contains("href=\"../../../articles/internal/playbook/index.html\""))
        #expect(!page("alpha").contains("playbook/"))
        #expect(report.droppedLinks.contains { $0.portal.rawValue == "beta" && $0.target == "articles/policies/old-fees.md" })
        // A customer document links to an article from its own depth in each portal.
        let staffDoc = String(decoding: folder.files(under: "public/preview/staff")["customers/alpha/documents/contract/index.html"]!, as: UTF8.self)
        #expect(staffDoc.contains("href=\"../../../../articles/policies/late-fees/index.html\""))
    }

    @Test func outputIsByteIdenticalWhateverTheJobs() async throws {
        let folder = FixtureSite.make()
        defer { folder.remove() }
        _ = try await build(folder, jobs: 1, out: "one")
        _ = try await build(folder, jobs: 4, out: "four")
        let one = folder.files(under: "one"), four = folder.files(under: "four")
        #expect(one.count > 20)
        #expect(one == four)
    }

    @Test func eachBodyIsParsedOnceHoweverManyPortals() async throws {
        let folder = FixtureSite.make()
        defer { folder.remove() }
        let counter = MarkdownParser.Counter()
        try await MarkdownParser.$counter.withValue(counter) {
            _ = try await build(folder, jobs: 4)
        }
        // 5 published articles (late-fees alone is in 3 portals) + 2 documents,
        // + 1 letter per notice: alpha's and beta's open invoices have reached every stage.
        let site = try SiteLoader(contentPath: folder.path + "/content").load().site
        let notices = Planner(site: site, asOf: Self.asOf).plans().flatMap(\.customers).map(\.customer.id)
        let letters = Set(notices).reduce(0) { total, id in
            total + Receivables(customer: site.customer(id)!, asOf: Self.asOf, policy: site.config.receivables).notices.count
        }
        #expect(counter.count == 7 + letters)
    }
}
