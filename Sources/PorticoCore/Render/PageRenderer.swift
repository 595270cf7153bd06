/// Renders the pages of one portal plan. Everything it shows comes from the
/// plan: its articles, and the customers (with their figures) it holds.
struct PageRenderer: Sendable {
    let site: Site
    let plan: PortalPlan
    let theme: Theme
    let bodies: [String: ParsedMarkdown]
    let letters: [NoticeDrafter.Key: ParsedMarkdown]
    let asOf: CalendarDate
    /// Article contents (`article.mustache` alone) shared with the other
    /// portals of the build, by article path and body as this portal
    /// resolves it; only when the theme's article template reads no `portalKeys`.
    var shared: BuildMemo<[String], String>? = nil

    /// The names of a page's context whose values differ from one portal to
    /// another for the same article page. Every other name is the article's
    /// own or the same for a given page URL; sharing article contents depends on it.
    static let portalKeys: Set<String> = ["portal_title", "portal_id", "nav", "nav_html"]

    func render(_ page: PlannedPage) -> (file: RenderedFile, dropped: [DroppedLink]) {
        var context = common(page)
        var dropped: [DroppedLink] = []
        let template: String
        switch page.kind {
        case .home:
            template = "home"
            context.merge(home(page)) { $1 }
        case .article(let article, _):
            template = "article"
            let (body, lost) = html(article.source, page: page)
            dropped = lost
            context.merge(articleContext(article, body: body)) { $1 }
            if let shared {
                let content = shared.value(for: [article.path, body]) { theme.content("article", context) }
                return (RenderedFile(path: page.path, text: theme.layout(context, content: content)), dropped)
            }
        case .document(let document):
            template = "document"
            let (body, lost) = html(document.source, page: page)
            dropped = lost
            context.merge(["body": body, "title": document.title, "summary": TemplateValue.text(document.summary),
                           "customer_name": plan.share(of: document.customer)?.customer.name ?? ""]) { $1 }
        case .billing(let id):
            template = "billing"
            context.merge(billing(id, page: page)) { $1 }
        case .statement(let id, let month):
            template = "statement"
            context.merge(statement(id, month: month, page: page)) { $1 }
        case .ledgerCSV(let id):
            return (RenderedFile(path: page.path, text: plan.share(of: id).map { LedgerCSV.text($0.receivables) } ?? ""), [])
        case .notices(let id):
            template = "notices"
            context.merge(notices(id, page: page)) { $1 }
        case .notice(let notice):
            template = "notice"
            context.merge(noticeContext(notice, page: page)) { $1 }
        case .customerIndex:
            template = "customers"
            context.merge(customerIndex(page)) { $1 }
        case .receivables:
            template = "receivables"
            context.merge(dashboard(page)) { $1 }
        case .notFound:
            template = "not-found"
        }
        return (RenderedFile(path: page.path, text: theme.page(template, context)), dropped)
    }

    /// A parsed body with its internal links resolved for this portal.
    func html(_ source: MarkdownSource, page: PlannedPage) -> (String, [DroppedLink]) {
        guard let parsed = bodies[source.path] else { return ("", []) }
        let (html, lost) = parsed.html(from: page.url) { target in
            if target.hasPrefix("customers/") {
                // A document linking to a sibling document of the same customer.
                return plan.url(ofDocument: target)
            }
            return plan.url(ofArticle: target)
        }
        return (html, lost.map {
            DroppedLink(portal: plan.portal.id, source: source.displayPath, line: $0.line, column: $0.column, target: $0.target)
        })
    }

    private func showsFigures(_ page: PlannedPage) -> Bool {
        switch page.kind {
        case .home: return plan.portal.customer != nil
        case .customerIndex, .receivables: return true
        case .article, .notFound: return false
        default: return page.customer != nil
        }
    }

    /// A link from `page` to a path relative to the portal root.
    func href(_ page: PlannedPage, _ target: String) -> String { RelativeURL.path(from: page.url, to: target) }

    func common(_ page: PlannedPage) -> [String: Any] {
        let root = RelativeURL.root(from: page.url)
        var nav: [[String: Any]] = [["label": "Home", "href": root + "index.html", "current": page.path == "index.html"]]
        if let own = plan.portal.customer, plan.share(of: own) != nil {
            nav.append(["label": "Billing", "href": root + "billing/index.html", "current": page.path.hasPrefix("billing/")])
            if plan.has("notices/index.html") {
                nav.append(["label": "Notices", "href": root + "notices/index.html", "current": page.path.hasPrefix("notices/")])
            }
        }
        if plan.hasStaffViews {
            nav.append(["label": "Receivables", "href": root + "receivables/index.html", "current": page.path.hasPrefix("receivables/")])
            nav.append(["label": "Customers", "href": root + "customers/index.html", "current": page.path.hasPrefix("customers/")])
        }
        return [
            "site_title": site.config.title,
            "portal_title": plan.portal.title,
            "portal_id": plan.portal.id.rawValue,
            "page_title": page.title,
            "page_kind": page.kind.name,
            "root": root,
            "lang": site.config.locale,
            "as_of": asOf.description,
            // Only pages with figures carry the date, so articles stay byte-identical
            // from one day's publish to the next (and stay hard links).
            "figures_as_of": TemplateValue.text(showsFigures(page) ? asOf.description : nil),
            "nav": nav,
            "nav_html": PageRenderer.navHTML(nav),
            "summary": TemplateValue.text(nil),
            // A server shows 404.html at whatever URL was missing, however deep,
            // where relative links would miss; `<base>` anchors them to the portal.
            "base_href": TemplateValue.text(page.kind == .notFound ? site.config.url(of: plan.portal.id) : nil),
        ]
    }

    /// `nav` as the built-in layout shows it: one `<li>` per link, the
    /// current one marked. Written here rather than with `{{#nav}}` in the
    /// layout, which took a fifth of a many-portal build's time.
    static func navHTML(_ nav: [[String: Any]]) -> String {
        var html = ""
        for item in nav {
            html += "<li><a href=\"" + HTML.escape(item["href"] as? String ?? "") + "\""
            if item["current"] as? Bool == true { html += " aria-current=\"page\"" }
            html += ">" + HTML.escape(item["label"] as? String ?? "") + "</a></li>"
        }
        return html
    }
}

extension PlannedPage.Kind {
    var name: String {
        switch self {
        case .home: return "home"
        case .article: return "article"
        case .customerIndex: return "customers"
        case .billing: return "billing"
        case .statement: return "statement"
        case .ledgerCSV: return "ledger"
        case .notices: return "notices"
        case .notice: return "notice"
        case .document: return "document"
        case .receivables: return "receivables"
        case .notFound: return "not-found"
        }
    }

    /// The pages whose size grows with the whole site: the home page, the
    /// customer index and the receivables dashboard.
    var listsEverything: Bool {
        switch self {
        case .home, .customerIndex, .receivables: return true
        default: return false
        }
    }

    /// The Markdown body an article or document page shows.
    var bodySource: String? {
        switch self {
        case .article(let article, _): return article.path
        case .document(let document): return document.source.path
        default: return nil
        }
    }

    /// Where that body came from, as diagnostics name it.
    var bodyDisplayPath: String? {
        switch self {
        case .article(let article, _): return article.source.displayPath
        case .document(let document): return document.source.displayPath
        default: return nil
        }
    }

    var documentPath: String? {
        if case .document(let d) = self { return d.source.path }
        return nil
    }
}
