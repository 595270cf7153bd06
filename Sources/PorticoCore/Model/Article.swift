/// A policy article: front matter plus a Markdown body.
public struct Article: Hashable, Sendable {
    public let source: MarkdownSource
    /// The page folder, relative to a portal root: `articles/policies/late-fees/`.
    public let url: String
    public let title: String
    public let summary: String?
    public let audience: [RoleName]
    public let tags: [String]
    public let version: String?
    public let effective: CalendarDate?
    public let draft: Bool

    public init(source: MarkdownSource, url: String, title: String, summary: String? = nil,
                audience: [RoleName] = [], tags: [String] = [], version: String? = nil,
                effective: CalendarDate? = nil, draft: Bool = false) {
        self.source = source
        self.url = url
        self.title = title
        self.summary = summary
        self.audience = audience
        self.tags = tags
        self.version = version
        self.effective = effective
        self.draft = draft
    }

    /// `articles/policies/late-fees.md`: what manifest globs and `exclude` match.
    public var path: String { source.path }
}
