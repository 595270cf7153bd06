/// A policy article: front matter plus a Markdown body.
///
/// A value with one shared, immutable storage: an article is copied into
/// every plan, share and page that shows it, and a copy costs one reference.
public struct Article: Hashable, Sendable {
    public var source: MarkdownSource { storage.source }
    /// The page folder, relative to a portal root: `articles/policies/late-fees/`.
    public var url: String { storage.url }
    public var title: String { storage.title }
    public var summary: String? { storage.summary }
    public var audience: [RoleName] { storage.audience }
    public var tags: [String] { storage.tags }
    public var version: String? { storage.version }
    public var effective: CalendarDate? { storage.effective }
    public var draft: Bool { storage.draft }

    private let storage: Storage

    public init(source: MarkdownSource, url: String, title: String, summary: String? = nil,
                audience: [RoleName] = [], tags: [String] = [], version: String? = nil,
                effective: CalendarDate? = nil, draft: Bool = false) {
        storage = Storage(source: source, url: url, title: title, summary: summary, audience: audience, tags: tags,
                          version: version, effective: effective, draft: draft)
    }

    /// `articles/policies/late-fees.md`: what manifest globs and `exclude` match.
    public var path: String { storage.source.path }

    public static func == (a: Article, b: Article) -> Bool { a.storage === b.storage || a.storage.fields == b.storage.fields }

    public func hash(into hasher: inout Hasher) { hasher.combine(storage.fields) }

    private final class Storage: Sendable {
        let source: MarkdownSource
        let url: String
        let title: String
        let summary: String?
        let audience: [RoleName]
        let tags: [String]
        let version: String?
        let effective: CalendarDate?
        let draft: Bool

        init(source: MarkdownSource, url: String, title: String, summary: String?, audience: [RoleName], tags: [String],
             version: String?, effective: CalendarDate?, draft: Bool) {
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

        var fields: Fields { Fields(source: source, url: url, title: title, summary: summary, audience: audience, tags: tags,
                                    version: version, effective: effective, draft: draft) }
    }

    /// What equality and hashing compare: every field, as the plain struct did.
    private struct Fields: Hashable {
        let source: MarkdownSource
        let url: String
        let title: String
        let summary: String?
        let audience: [RoleName]
        let tags: [String]
        let version: String?
        let effective: CalendarDate?
        let draft: Bool
    }
}
