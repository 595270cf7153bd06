/// The home page and article pages.
extension PageRenderer {
    func home(_ page: PlannedPage) -> [String: Any] {
        var sections: [(title: String, articles: [[String: Any]])] = []
        for share in plan.articles {
            let article = share.article
            let section = PageRenderer.section(of: article)
            let entry: [String: Any] = ["title": article.title, "summary": TemplateValue.text(article.summary),
                                        "href": href(page, article.url)]
            if let i = sections.firstIndex(where: { $0.title == section }) {
                sections[i].articles.append(entry)
            } else {
                sections.append((section, [entry]))
            }
        }
        var context: [String: Any] = ["sections": sections.map { ["title": $0.title, "articles": $0.articles] as [String: Any] }]
        if let own = plan.portal.customer, let share = plan.share(of: own) {
            let r = share.receivables
            context["customer"] = [
                "name": share.customer.name,
                "balance": r.balance.description,
                "overdue": TemplateValue.text(r.overdueTotal.isZero ? nil : r.overdueTotal.description),
                "billing_href": "billing/index.html",
                "notices_href": TemplateValue.text(plan.has("notices/index.html") ? "notices/index.html" : nil),
                "documents_href": TemplateValue.text(share.customer.documents.isEmpty ? nil : "billing/index.html#documents-heading"),
            ] as [String: Any]
        }
        if plan.hasStaffViews {
            context["staff_links"] = ["receivables_href": "receivables/index.html", "customers_href": "customers/index.html"]
        }
        return context
    }

    func articleContext(_ article: Article, body: String) -> [String: Any] {
        let toc = (bodies[article.path]?.headings ?? []).filter { (2...3).contains($0.level) }
        return [
            "title": article.title,
            "summary": TemplateValue.text(article.summary),
            "version": TemplateValue.text(article.version),
            "effective": TemplateValue.text(article.effective?.description),
            "tags": article.tags,
            "has_tags": !article.tags.isEmpty,
            "section": PageRenderer.section(of: article),
            "body": body,
            "toc": toc.map { ["level": $0.level, "text": $0.text, "anchor": $0.anchor] as [String: Any] },
            "toc_html": PageRenderer.tocHTML(toc),
            "has_toc": toc.count >= 3,
        ]
    }

    /// `toc` as the built-in article template shows it, one `<li>` per
    /// heading: written here, like `nav_html`, because a `{{#toc}}` section
    /// costs Mustache a context and several casts per heading.
    static func tocHTML(_ toc: [ParsedMarkdown.Heading]) -> String {
        var html = ""
        for heading in toc {
            html += "<li class=\"toc-\(heading.level)\"><a href=\"#" + HTML.escape(heading.anchor) + "\">"
                + HTML.escape(heading.text) + "</a></li>"
        }
        return html
    }

    /// `articles/policies/late-fees.md` → "Policies".
    static func section(of article: Article) -> String {
        let parts = article.path.split(separator: "/")
        guard parts.count > 2 else { return "General" }
        return parts[1].split(separator: "-").map(capitalized).joined(separator: " ")
    }

    /// Folder names are slugs, so their first letter is ASCII: no Unicode case mapping needed.
    private static func capitalized(_ word: Substring) -> String {
        guard let first = word.utf8.first, (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(first) else {
            return word.prefix(1).uppercased() + word.dropFirst()
        }
        return String(UnicodeScalar(first - 32)) + word.dropFirst()
    }
}
