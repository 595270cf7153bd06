/// What `portico serve` remembers between rebuilds, to redo only what an
/// edit can change (the rule is `SourceDigest.articlesChanged`).
public struct PreviewState: Sendable {
    /// `portal/path` → SHA-256 of the file on disk.
    var hashes: [String: String] = [:]
    var digest: SourceDigest?
    var bodies: [String: ParsedMarkdown] = [:]
    /// The articles as the last refresh loaded them: the next one reads only edited files.
    var articleCache: ArticleCache?

    public init() {}
}
