/// What `portico serve` remembers between rebuilds, to redo only what an
/// edit can change.
///
/// The dependency rule: an article page depends on its own body and on the
/// "shell" — site.yml, the manifest, every article's front matter, the
/// customers (ledgers and documents), the theme and the options. Every
/// other page depends on the shell alone; the search index on every body.
/// So when the shell is unchanged, only the pages of edited bodies and the
/// search index are rendered.
public struct PreviewState: Sendable {
    /// `portal/path` → SHA-256 of the file on disk.
    var hashes: [String: String] = [:]
    var shell: Int?
    var bodyDigests: [String: Int] = [:]
    var bodies: [String: ParsedMarkdown] = [:]

    public init() {}

    init(site: Site, theme: Theme, options: BuildOptions) {
        // Hasher is seeded per process; these values are only compared within one serve.
        var hasher = Hasher()
        hasher.combine(site.config)
        hasher.combine(site.manifest)
        for article in site.articles {
            hasher.combine(article.path)
            hasher.combine(article.url)
            hasher.combine(article.title)
            hasher.combine(article.summary)
            hasher.combine(article.audience)
            hasher.combine(article.tags)
            hasher.combine(article.version)
            hasher.combine(article.effective)
            hasher.combine(article.draft)
        }
        hasher.combine(site.customers)
        hasher.combine(theme.files.count)
        for (path, bytes) in theme.files.sorted(by: { $0.key < $1.key }) {
            hasher.combine(path)
            hasher.combine(bytes)
        }
        hasher.combine(options.asOf)
        hasher.combine(options.portals)
        hasher.combine(options.strict)
        shell = hasher.finalize()
        bodyDigests = Dictionary(uniqueKeysWithValues: site.articles.map { ($0.path, $0.source.body.hashValue) })
    }
}
