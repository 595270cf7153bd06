/// A policy article: front matter plus a Markdown body.
///
/// A value with one shared, immutable storage: an article is copied into
/// every plan, share and page that shows it, and a copy costs one reference.
public struct Article: Hashable, Sendable {
    public var source: MarkdownSource { storage.fields.source }
    /// The page folder, relative to a portal root: `articles/policies/late-fees/`.
    public var url: String { storage.fields.url }
    public var title: String { storage.fields.title }
    public var summary: String? { storage.fields.summary }
    public var audience: [RoleName] { storage.fields.audience }
    public var tags: [String] { storage.fields.tags }
    public var version: String? { storage.fields.version }
    public var effective: CalendarDate? { storage.fields.effective }
    public var draft: Bool { storage.fields.draft }

    private let storage: Storage

    public init(source: MarkdownSource, url: String, title: String, summary: String? = nil,
                audience: [RoleName] = [], tags: [String] = [], version: String? = nil,
                effective: CalendarDate? = nil, draft: Bool = false) {
        storage = Storage(fields: Fields(source: source, url: url, title: title, summary: summary, audience: audience,
                                         tags: tags, version: version, effective: effective, draft: draft))
    }

    /// `articles/policies/late-fees.md`: what manifest globs and `exclude` match.
    public var path: String { storage.fields.source.path }

    /// Every field compared, as for a plain struct.
    public static func == (a: Article, b: Article) -> Bool { a.storage === b.storage || a.storage.fields == b.storage.fields }

    public func hash(into hasher: inout Hasher) { hasher.combine(storage.fields) }

    private final class Storage: Sendable {
        let fields: Fields
        init(fields: Fields) { self.fields = fields }
    }

    private struct Fields: Hashable, Sendable {
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
