/// What `portico serve` remembers between rebuilds, to redo only what an
/// edit can change (the rule is `SourceDigest.articlesChanged`).
public struct PreviewState: Sendable {
    /// `portal/path` → SHA-256 of the file on disk.
    var hashes: [String: String] = [:]
    var digest: SourceDigest?
    var bodies: [String: ParsedMarkdown] = [:]

    public init() {}
}
