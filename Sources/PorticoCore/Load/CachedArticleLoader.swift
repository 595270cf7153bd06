import Foundation

/// Loads articles through the previous publish's `ArticleCache`: an article
/// whose file is unchanged comes from its entry, the file unread (its body
/// is read only if a parse asks for it); any other is read and decoded, and
/// gets an entry for the next publish once its file has settled.
struct CachedArticleLoader: Sendable {
    let loader: ArticleLoader
    let previous: [String: ArticleCache.Entry]
    /// Where the loader notes digests; a cached article's are noted from its entry.
    let reads: ContentReads
    /// When this load started, and how long before that a file must have
    /// last changed for its entry to be kept (`ArticleCache.settled`).
    let startedAt: Int64
    let settleTime: Int64

    struct Loaded: Sendable {
        let article: Article
        let warnings: [Diagnostic]
        /// For the next publish's cache; nil for a file that had not settled.
        let entry: ArticleCache.Entry?
        let fromCache: Bool
    }

    func load(_ path: String) throws(ContentError) -> Loaded {
        let directory = loader.directory
        let stamp = FileStamp(path: directory.display(path))
        if let stamp, let entry = previous[path], entry.stamp == stamp {
            reads.record("file/" + path, entry.fileDigest)
            reads.record("front/" + path, entry.frontDigest)
            reads.record("body/" + path, entry.bodyDigest)
            return Loaded(article: article(path, from: entry), warnings: entry.warnings, entry: entry, fromCache: true)
        }
        let (article, warnings) = try loader.load(path)
        guard let stamp, ArticleCache.settled(stamp, readingStartedAt: startedAt, settleTime: settleTime),
              let file = reads.digest("file/" + path), let front = reads.digest("front/" + path),
              let body = reads.digest("body/" + path) else {
            return Loaded(article: article, warnings: warnings, entry: nil, fromCache: false)
        }
        let entry = ArticleCache.Entry(
            stamp: stamp, fileDigest: file, frontDigest: front, bodyDigest: body, bodyFirstLine: article.source.firstLine,
            url: article.url, title: article.title, summary: article.summary, audience: article.audience.map(\.rawValue),
            tags: article.tags, version: article.version, effective: article.effective?.description, draft: article.draft,
            warnings: warnings)
        return Loaded(article: article, warnings: warnings, entry: entry, fromCache: false)
    }

    /// The article an entry describes, with a body read on demand: checked
    /// against the entry's digest, so a file edited since the load fails the
    /// parse instead of publishing text the version's digests do not describe.
    private func article(_ path: String, from entry: ArticleCache.Entry) -> Article {
        // Without the loader's digest notes: the digests are the entry's.
        let directory = ContentDirectory(root: loader.directory.root)
        let displayPath = directory.display(path)
        let expected = entry.bodyDigest
        let source = MarkdownSource(path: path, displayPath: displayPath, firstLine: entry.bodyFirstLine) { () throws(ContentError) in
            let body = try MarkdownFile(path, in: directory, what: "an article").source.body()
            guard SHA256Digest.hex(Data(body.utf8)) == expected else {
                throw ContentError([.error(displayPath, "this file changed while it was being published; publish again")])
            }
            return body
        }
        return Article(source: source, url: entry.url, title: entry.title, summary: entry.summary,
                       audience: entry.audience.map(RoleName.init), tags: entry.tags, version: entry.version,
                       effective: entry.effective.flatMap(CalendarDate.init(iso:)), draft: entry.draft)
    }
}
