/// Reads one article: front matter, URL, body.
struct ArticleLoader: Sendable {
    let directory: ContentDirectory
    /// The manifest's roles; nil when the manifest itself failed to load.
    let roles: Set<RoleName>?

    func load(_ path: String) throws(ContentError) -> (Article, [Diagnostic]) {
        let markdown = try MarkdownFile(path, in: directory, what: "an article")
        let doc: YAMLDocument
        let file: ArticleFrontMatterFile
        if let untagged = markdown.untaggedFrontMatter(), let plain = PlainFrontMatter.article(untagged.root) {
            (doc, file) = (untagged, plain)
        } else {
            doc = try markdown.frontMatter()
            file = try doc.decode(ArticleFrontMatterFile.self)
        }
        var diagnostics = doc.unknownKeys(known: ArticleFrontMatterFile.keys, what: "front-matter")

        if let roles {
            for (i, name) in (file.audience ?? []).enumerated() where !roles.contains(RoleName(name)) {
                let defined = roles.sorted().map(\.rawValue).joined(separator: ", ")
                diagnostics.append(doc.error("audience names role '\(name)', which the manifest does not define (defined: \(defined))",
                                             at: "audience", String(i)))
            }
        }
        if file.title.trimmingSpaces().isEmpty { diagnostics.append(doc.error("the title is empty", at: "title")) }
        var effective: CalendarDate?
        if let raw = file.effective {
            effective = CalendarDate(iso: raw)
            if effective == nil { diagnostics.append(doc.error("'\(raw)' is not a date; write YYYY-MM-DD", at: "effective")) }
        }
        let url = pageURL(for: path, slug: file.slug, doc: doc, diagnostics: &diagnostics)
        guard !diagnostics.hasErrors else { throw ContentError(diagnostics) }

        let article = Article(source: markdown.source, url: url, title: file.title, summary: file.summary,
                              audience: (file.audience ?? []).map(RoleName.init), tags: file.tags ?? [],
                              version: file.version, effective: effective, draft: file.draft ?? false)
        return (article, diagnostics)
    }

    /// `articles/policies/late-fees.md` → `articles/policies/late-fees/`.
    private func pageURL(for path: String, slug: String?, doc: YAMLDocument, diagnostics: inout [Diagnostic]) -> String {
        var segments = String(path.dropLast(3)).split(separator: "/").map(String.init)
        if let slug {
            if !Slug.isValid(slug) {
                diagnostics.append(doc.error("slug '\(slug)' must match [a-z0-9][a-z0-9-]*", at: "slug"))
            }
            segments[segments.count - 1] = slug
        }
        for segment in segments.dropLast(slug == nil ? 0 : 1) where !Slug.isValid(segment) {
            diagnostics.append(.error(doc.path, "'\(segment)' in the path cannot be part of a page URL: rename it using lowercase letters, digits and hyphens (\(Slug.anchor(for: segment))), or set 'slug:'"))
        }
        return segments.joined(separator: "/") + "/"
    }
}
