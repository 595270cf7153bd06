/// The `load` stage: reads a content folder once and returns a validated
/// `Site`, or throws every error found (with the warnings seen so far).
public struct SiteLoader: Sendable {
    public let contentPath: String
    /// Articles are read and decoded on this many workers.
    public let jobs: Int
    /// Whether `Site.sourceDigests` is filled: publish and serve compare
    /// versions by it; a plain build has no use for hashing every file.
    public let digests: Bool
    /// The previous publish's articles (with `digests` only): those whose
    /// files are unchanged are taken from it instead of being read.
    let articleCache: ArticleCache?
    /// See `ArticleCache.settled`.
    let settleTime: Int64

    public init(contentPath: String, jobs: Int = 1, digests: Bool = true) {
        self.init(contentPath: contentPath, jobs: jobs, digests: digests, articleCache: nil)
    }

    init(contentPath: String, jobs: Int = 1, digests: Bool = true, articleCache: ArticleCache?,
         settleTime: Int64 = ArticleCache.settleTime) {
        self.contentPath = contentPath
        self.jobs = jobs
        self.digests = digests
        self.articleCache = articleCache
        self.settleTime = settleTime
    }

    public struct Result: Sendable {
        public let site: Site
        public let warnings: [Diagnostic]
        /// The articles as this load found them, for the next publish (with
        /// `digests` only); nil too when that is the cache it was given.
        var articleCache: ArticleCache? = nil
        /// How many articles came from `SiteLoader.articleCache` unread.
        var articlesFromCache = 0
    }

    public func load() throws(ContentError) -> Result {
        let startedAt = FileStamp.now()
        let reads = digests ? ContentReads() : nil
        let directory = ContentDirectory(root: contentPath, reads: reads)
        guard directory.isDirectory("") else {
            throw ContentError([.error(contentPath, "no content folder here (use --content or --site to point at one)")])
        }
        var diagnostics: [Diagnostic] = []
        func collect<T>(_ body: () throws(ContentError) -> (T, [Diagnostic])) -> T? {
            do {
                let (value, found) = try body()
                diagnostics += found
                return value
            } catch {
                diagnostics += error.diagnostics
                return nil
            }
        }

        let config = collect { () throws(ContentError) in
            try SiteConfigLoader(doc: yaml(directory, "site.yml")).load()
        }
        let manifest = collect { () throws(ContentError) in
            try ManifestLoader(doc: yaml(directory, "manifest.yml"), directory: directory).load()
        }
        let roles = manifest.map { Set($0.roles.keys) }
        let loader = ArticleLoader(directory: directory, roles: roles)
        // A load that keeps digests (publish, serve) goes through the article cache.
        let cacheContext = reads == nil ? nil : roles.flatMap { ArticleCache.context(contentPath: contentPath, roles: $0) }
        let cached: CachedArticleLoader?
        if let reads, let cacheContext {
            let usable = articleCache?.context == cacheContext ? articleCache?.entries ?? [:] : [:]
            cached = CachedArticleLoader(loader: loader, previous: usable, reads: reads, startedAt: startedAt, settleTime: settleTime)
        } else {
            cached = nil
        }
        let loaded = Parallel.blockingMap(directory.files(under: "articles", suffix: ".md"), jobs: jobs) { path in
            Swift.Result { () throws(ContentError) -> CachedArticleLoader.Loaded in
                if let cached { return try cached.load(path) }
                let (article, warnings) = try loader.load(path)
                return .init(article: article, warnings: warnings, entry: nil, fromCache: false)
            }
        }
        let articles = loaded.compactMap { result in
            collect { () throws(ContentError) in
                let loaded = try result.get()
                return (loaded.article, loaded.warnings)
            }
        }
        let customers = directory.children(of: "customers").filter { directory.isDirectory("customers/" + $0) }
            .compactMap { name -> Customer? in
                guard let id = CustomerID(name) else {
                    diagnostics.append(.error(directory.display("customers/" + name),
                        "customer folder '\(name)' must be named with lowercase letters, digits and hyphens"))
                    return nil
                }
                return collect { () throws(ContentError) in try CustomerLoader(directory: directory).load(id) }
            }
        diagnostics += duplicateURLs(articles, directory: directory)
        if let manifest {
            diagnostics += unmatchedGlobs(manifest, articles: articles)
            diagnostics += customersWithoutPortal(manifest, customers: customers, directory: directory)
        }

        guard !diagnostics.hasErrors, let config, let manifest else {
            throw ContentError(diagnostics.sortedByPlace())
        }
        let site = Site(config: config, manifest: manifest, articles: articles, customers: customers, sourceDigests: reads?.all ?? [:])
        var newCache: ArticleCache?
        if let cacheContext {
            var entries: [String: ArticleCache.Entry] = [:]
            for case .success(let one) in loaded { entries[one.article.path] = one.entry }
            let fresh = ArticleCache(context: cacheContext, entries: entries)
            newCache = fresh == articleCache ? nil : fresh
        }
        let fromCache = loaded.count { (try? $0.get().fromCache) == true }
        return Result(site: site, warnings: diagnostics.sortedByPlace(), articleCache: newCache, articlesFromCache: fromCache)
    }

    private func yaml(_ directory: ContentDirectory, _ name: String) throws(ContentError) -> YAMLDocument {
        guard directory.exists(name) else {
            throw ContentError([.error(directory.display(name), "missing \(name): every content folder needs one (portico init writes a starter)")])
        }
        return try YAMLDocument(text: directory.read(name), path: directory.display(name))
    }

    private func unmatchedGlobs(_ manifest: Manifest, articles: [Article]) -> [Diagnostic] {
        let roleGlobs = manifest.roles.values.flatMap { role in role.paths.map { ($0, "role '\(role.name)'") } }
        let excludeGlobs = manifest.portals.flatMap { p in p.exclude.map { ($0, "portal '\(p.id)' exclude") } }
        return (roleGlobs + excludeGlobs).filter { glob, _ in !articles.contains { glob.matches($0.path) } }
            .map { glob, owner in
                .warning(manifest.path, line: glob.line, "\(owner): '\(glob.pattern)' matches no article (paths are relative to the content folder, like articles/policies/**)")
            }
    }

    private func customersWithoutPortal(_ manifest: Manifest, customers: [Customer], directory: ContentDirectory) -> [Diagnostic] {
        let bound = Set(manifest.portals.compactMap(\.customer))
        return customers.filter { !bound.contains($0.id) }.map {
            .warning(directory.display("customers/\($0.id)"), "customer '\($0.id)' has no portal of its own in the manifest")
        }
    }

    private func duplicateURLs(_ articles: [Article], directory: ContentDirectory) -> [Diagnostic] {
        var seen: [String: Article] = [:]
        var found: [Diagnostic] = []
        for article in articles {
            if let other = seen[article.url] {
                found.append(.error(article.source.displayPath,
                    "this article and \(other.source.displayPath) would both be published at \(article.url); change one's slug"))
            } else {
                seen[article.url] = article
            }
        }
        return found
    }
}
