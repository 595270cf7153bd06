import PorticoTestSupport
import Testing
@testable import PorticoCore

@Suite struct BodySpoolTests {
    func parse(_ body: String, path: String) throws -> ParsedMarkdown {
        try MarkdownParser().parse(MarkdownSource(path: path, displayPath: "content/" + path, body: body, firstLine: 1),
                                   linkable: ["articles/a.md", "articles/b.md"]).0
    }

    @Test func aSpooledBodyRendersAndSearchesExactlyAsInMemory() throws {
        let spool = try #require(BodySpool())
        let a = try parse("# Zahlung — 支払い\n\nSee [B](b.md#fees) and *[A](a.md)*.\n\n```csv\nx,y\n1,2\n```\n", path: "articles/a.md")
        let b = try parse("Plain words only, café.", path: "articles/b.md")
        let spooledA = a.spooled(into: spool), spooledB = b.spooled(into: spool)
        for (memory, spooled) in [(a, spooledA), (b, spooledB)] {
            #expect(spooled == memory)
            #expect(spooled.searchWords == memory.searchWords)
            for resolve in [{ (_: String) in String?.none }, { (path: String) in String?("\(path.dropLast(3))/") }] {
                let (html, dropped) = spooled.html(from: "articles/a/", resolve: resolve)
                let expected = memory.html(from: "articles/a/", resolve: resolve)
                #expect(html == expected.html)
                #expect(dropped == expected.dropped)
            }
        }
        #expect(spooledA.searchWords.contains("支払い"))
        #expect(spooledB.searchWords.hasPrefix("plain words only, café."))
    }

    @Test func bodiesSpooledFromManyWorkersComeBackEachItsOwn() async throws {
        let spool = try #require(BodySpool())
        let bodies = (0..<400).map { i in String(repeating: "body \(i) ", count: 1 + i % 37) }
        let slices = await Parallel.map(bodies, jobs: 4) { spool.append(Array($0.utf8))! }
        #expect(Set(slices.map(\.offset)).count == bodies.count)
        for (body, slice) in zip(bodies, slices) {
            #expect(String(decoding: spool.read(slice), as: UTF8.self) == body)
        }
    }

    @Test func aBuildsParseLetsGoOfEachSourceAndKeepsEveryBodyIntact() async throws {
        let folder = FixtureSite.make()
        defer { folder.remove() }
        let site = try SiteLoader(contentPath: folder.path + "/content").load().site
        let plans = Planner(site: site, asOf: CalendarDate(iso: "2026-11-23")!).plans()
        let (lean, _) = try await BodyParser(site: site, jobs: 2).parse(for: plans)

        let fresh = try SiteLoader(contentPath: folder.path + "/content").load().site
        let (inMemory, _) = try await BodyParser(site: fresh, jobs: 2).parseAll()
        #expect(lean.count >= 5)
        for (path, body) in lean {
            #expect(body == inMemory[path], "\(path)")
        }
        let parsedSources = site.articles.map(\.source).filter { lean[$0.path] != nil }
        #expect(parsedSources.count >= 5)
        #expect(parsedSources.allSatisfy { $0.bodyIsReleased })
        #expect(lean.values.allSatisfy { $0.isSpooled })
        #expect(fresh.articles.allSatisfy { !$0.source.bodyIsReleased })
    }

    /// `serve` re-parses only edited bodies: those stay in memory, or every
    /// edit would keep one more spool file open for the rest of the session.
    @Test func aPartialParseKeepsItsBodiesInMemory() async throws {
        let folder = FixtureSite.make()
        defer { folder.remove() }
        let site = try SiteLoader(contentPath: folder.path + "/content").load().site
        let plans = Planner(site: site, asOf: CalendarDate(iso: "2026-11-23")!).plans()
        let (all, _) = try await BodyParser(site: site, jobs: 2).parseAll()
        let kept = all.filter { $0.key != "articles/policies/late-fees.md" }
        let (bodies, _) = try await BodyParser(site: site, jobs: 2).parse(for: plans, reusing: kept)
        let reparsed = try #require(bodies["articles/policies/late-fees.md"])
        #expect(!reparsed.isSpooled)
        #expect(reparsed == all["articles/policies/late-fees.md"])
        #expect(site.articles.allSatisfy { !$0.source.bodyIsReleased })
    }
}
