import Foundation
import PorticoTestSupport
import Testing
@testable import PorticoCore

@Suite struct PreviewRefreshTests {
    static let lateFees = "content/articles/policies/late-fees.md"

    @Test func aBodyEditRendersOnlyThatArticlesPagesAndAShellEditRendersAll() async throws {
        let folder = FixtureSite.make()
        defer { folder.remove() }
        let options = BuildOptions(location: SiteLocation(site: folder.path), asOf: CalendarDate(iso: "2026-11-23")!)
        let (full, state) = try await Pipeline.refresh(options, state: PreviewState())
        let everything = full.portals.reduce(0) { $0 + $1.pages }
        #expect(everything > 20)

        folder.write([Self.lateFees: FixtureSite.files[Self.lateFees]!.replacingOccurrences(of: "8% a year", with: "9% a year")])
        let (partial, next) = try await Pipeline.refresh(options, state: state)
        // late-fees is in staff, alpha and beta: three pages, nothing else.
        #expect(partial.portals.reduce(0) { $0 + $1.pages } == 3)
        let page = folder.files(under: "public/preview/alpha")["articles/policies/late-fees/index.html"]!
        #expect(String(decoding: page, as: UTF8.self).contains("9% a year"))
        let search = folder.files(under: "public/preview/beta")["search.json"]!
        #expect(String(decoding: search, as: UTF8.self).contains(" 9% "), "the search index follows the body")
        #expect(!String(decoding: search, as: UTF8.self).contains(" 8% "))

        folder.write([Self.lateFees: FixtureSite.files[Self.lateFees]!.replacingOccurrences(of: "title: Late fees", with: "title: Late charges")])
        let (again, _) = try await Pipeline.refresh(options, state: next)
        #expect(again.portals.reduce(0) { $0 + $1.pages } == everything, "a title shows on the home page and in navigation")
        let home = folder.files(under: "public/preview/beta")["index.html"]!
        #expect(String(decoding: home, as: UTF8.self).contains("Late charges"))
    }
}
