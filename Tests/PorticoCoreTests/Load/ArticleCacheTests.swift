import Foundation
import PorticoTestSupport
import Testing
@testable import PorticoCore

/// The article cache lets a publish skip reading unchanged articles; each
/// test here fails if it serves an article other than the file's.
@Suite struct ArticleCacheTests {
    static let lateFees = "content/articles/policies/late-fees.md"

    /// Loads with the cache as a publish does; files count as settled at once.
    func load(_ folder: TemporaryFolder, cache: ArticleCache?, settleTime: Int64 = 0) throws -> SiteLoader.Result {
        try SiteLoader(contentPath: folder.path + "/content", jobs: 2, digests: true, articleCache: cache, settleTime: settleTime).load()
    }

    /// Everything an article is, its body's text included.
    func described(_ site: Site) throws -> [String] {
        try site.articles.map { a in
            "\(a.path)|\(a.url)|\(a.title)|\(a.summary ?? "-")|\(a.audience)|\(a.tags)|\(a.version ?? "-")|\(a.effective?.description ?? "-")|\(a.draft)|\(a.source.firstLine)|\(try a.source.body())"
        }
    }

    @Test func anUnchangedSiteComesWhollyFromTheCacheAndIsTheSameSite() throws {
        let folder = FixtureSite.make(FixtureSite.with(["content/articles/policies/odd.md": "---\ntitle: Odd\ncolour: blue\n---\n\nBody.\n"]))
        defer { folder.remove() }
        let first = try load(folder, cache: nil)
        let cache = try #require(first.articleCache)
        #expect(first.articlesFromCache == 0)
        #expect(cache.entries.count == first.site.articles.count)

        let second = try load(folder, cache: cache)
        #expect(second.articlesFromCache == first.site.articles.count)
        #expect(second.site.articles.allSatisfy { $0.source.bodyIsDeferred }, "no body is read before a parse asks for it")
        #expect(second.articleCache == nil, "nothing new to write")
        #expect(second.site.sourceDigests == first.site.sourceDigests)
        #expect(second.warnings == first.warnings, "the unknown key's warning is still reported")
        #expect(second.warnings.contains { $0.message.contains("colour") })
        let (cached, read) = (try described(second.site), try described(first.site))
        #expect(cached == read)
    }

    @Test func anEditedArticleIsReadAgainAndTheOthersAreNot() throws {
        let folder = FixtureSite.make()
        defer { folder.remove() }
        let cache = try #require(try load(folder, cache: nil).articleCache)
        folder.write([Self.lateFees: FixtureSite.files[Self.lateFees]!
            .replacingOccurrences(of: "title: Late fees", with: "title: Late charges")])

        let second = try load(folder, cache: cache)
        #expect(second.articlesFromCache == second.site.articles.count - 1)
        let fresh = try SiteLoader(contentPath: folder.path + "/content", digests: true).load()
        let (cached, read) = (try described(second.site), try described(fresh.site))
        #expect(cached == read)
        #expect(second.site.sourceDigests == fresh.site.sourceDigests)
        #expect(second.site.articles.contains { $0.title == "Late charges" })
        #expect(second.articleCache?.entries[Self.lateFees.replacingOccurrences(of: "content/", with: "")]?.title == "Late charges")
    }

    @Test func aFileChangedWithinTheSettleTimeIsNotKept() throws {
        let folder = FixtureSite.make()
        defer { folder.remove() }
        // Written a moment ago: a write in the same clock tick would leave the same stamp.
        let result = try load(folder, cache: nil, settleTime: ArticleCache.settleTime)
        #expect(result.articleCache?.entries.isEmpty == true)
        let stamp = try #require(FileStamp(path: folder.path + "/" + Self.lateFees))
        #expect(!ArticleCache.settled(stamp, readingStartedAt: FileStamp.now()))
        #expect(ArticleCache.settled(stamp, readingStartedAt: FileStamp.now() + 3 * ArticleCache.settleTime))
    }

    @Test func aCacheMadeWithOtherRolesIsNotUsed() throws {
        let folder = FixtureSite.make()
        defer { folder.remove() }
        let cache = try #require(try load(folder, cache: nil).articleCache)
        folder.write(["content/manifest.yml": FixtureSite.files["content/manifest.yml"]!
            .replacingOccurrences(of: "  customer: {}", with: "  customer: {}\n  auditor: {}")])
        let second = try load(folder, cache: cache)
        #expect(second.articlesFromCache == 0)
        #expect(second.articleCache?.context != cache.context)
    }

    @Test func aBodyEditedAfterTheLoadFailsItsParse() throws {
        let folder = FixtureSite.make()
        defer { folder.remove() }
        let cache = try #require(try load(folder, cache: nil).articleCache)
        let site = try load(folder, cache: cache).site
        let article = try #require(site.articles.first { $0.path == "articles/policies/late-fees.md" })
        folder.write([Self.lateFees: FixtureSite.files[Self.lateFees]!.replacingOccurrences(of: "8% a year", with: "9% a year")])
        #expect(throws: ContentError.self) { try article.source.body() }
    }

    @Test func theFileRoundTripsAndDamageIsRefused() throws {
        let folder = FixtureSite.make()
        defer { folder.remove() }
        let cache = try #require(try load(folder, cache: nil).articleCache)
        let bytes = cache.encoded()
        #expect(ArticleCache(decoding: bytes) == cache)
        #expect(ArticleCache(decoding: Array(bytes.dropLast())) == nil)
        #expect(ArticleCache(decoding: bytes + [0]) == nil)
        #expect(ArticleCache(decoding: Array(bytes.dropFirst())) == nil)
    }
}
