/// Renders the pages of one portal plan. Everything it shows comes from the
/// plan (and the per-customer figures of customers the plan holds).
struct PageRenderer: Sendable {
    let site: Site
    let plan: PortalPlan
    let theme: Theme
    let bodies: [String: ParsedMarkdown]
    let accounts: [CustomerID: AccountStatus]
    let asOf: CalendarDate

    func render(_ page: PlannedPage) -> (file: RenderedFile, dropped: [DroppedLink]) {
        var context = common(page)
        var dropped: [DroppedLink] = []
        let template: String
        switch page.kind {
        case .home:
            template = "home"
            context.merge(home(page), uniquingKeysWith: { $1 })
        case .article(let article, _):
            template = "article"
            let (body, lost) = html(article.source, page: page)
            dropped = lost
            context.merge(articleContext(article, body: body), uniquingKeysWith: { $1 })
        case .document(let document):
            template = "document"
            let (body, lost) = html(document.source, page: page)
            dropped = lost
            context["body"] = body
            context["title"] = document.title
            context["summary"] = TemplateValue.text(document.summary)
            context["customer_name"] = site.customer(document.customer)?.name ?? ""
        case .billing(let id):
            template = "billing"
            context.merge(billing(id, page: page), uniquingKeysWith: { $1 })
        case .customerIndex:
            template = "customers"
            context["customers"] = plan.customers.map { entry -> [String: Any] in
                let account = accounts[entry.customer.id]
                return [
                    "name": entry.customer.name, "currency": entry.customer.currency.code,
                    "balance": account?.balance.description ?? "",
                    "overdue": account.map { overdueTotal($0).description } ?? "",
                    "document_count": entry.customer.documents.count,
                    "billing_href": RelativeURL.path(from: page.url, to: plan.customerPrefix(entry.customer.id) + "billing/"),
                ]
            }
        case .notFound:
            template = "not-found"
        }
        return (RenderedFile(path: page.path, text: theme.page(template, context)), dropped)
    }

    private func html(_ source: MarkdownSource, page: PlannedPage) -> (String, [DroppedLink]) {
        guard let parsed = bodies[source.path] else { return ("", []) }
        let (html, lost) = parsed.html(from: page.url) { target in
            if target.hasPrefix("customers/") {
                // A document linking to a sibling document of the same customer.
                return plan.pages.first { $0.kind.documentPath == target }.map(\.url)
            }
            return plan.url(ofArticle: target)
        }
        return (html, lost.map {
            DroppedLink(portal: plan.portal.id, source: source.displayPath, line: $0.line, column: $0.column, target: $0.target)
        })
    }

    private func common(_ page: PlannedPage) -> [String: Any] {
        let root = RelativeURL.root(from: page.url)
        var nav: [[String: Any]] = [["label": "Home", "href": root + "index.html", "current": page.path == "index.html"]]
        if let own = plan.portal.customer, plan.customers.contains(where: { $0.customer.id == own }) {
            nav.append(["label": "Billing", "href": root + "billing/index.html", "current": page.path == "billing/index.html"])
        }
        if plan.pages.contains(where: { $0.kind == .customerIndex }) {
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
            "nav": nav,
        ]
    }

    private func home(_ page: PlannedPage) -> [String: Any] {
        var sections: [(String, [[String: Any]])] = []
        for (article, _) in plan.articles {
            let section = PageRenderer.section(of: article)
            let entry: [String: Any] = ["title": article.title, "summary": TemplateValue.text(article.summary),
                                        "href": RelativeURL.path(from: page.url, to: article.url)]
            if let i = sections.firstIndex(where: { $0.0 == section }) {
                sections[i].1.append(entry)
            } else {
                sections.append((section, [entry]))
            }
        }
        var context: [String: Any] = [
            "sections": sections.map { ["title": $0.0, "articles": $0.1] as [String: Any] },
        ]
        if let own = plan.portal.customer, let customer = plan.customers.first(where: { $0.customer.id == own })?.customer,
           let account = accounts[own] {
            let overdue = overdueTotal(account)
            context["customer"] = [
                "name": customer.name,
                "balance": account.balance.description,
                "overdue": TemplateValue.text(overdue.isZero ? nil : overdue.description),
                "billing_href": "billing/index.html",
                "documents_href": TemplateValue.text(customer.documents.isEmpty ? nil : "billing/index.html#documents-heading"),
            ] as [String: Any]
        }
        if plan.pages.contains(where: { $0.kind == .customerIndex }) {
            context["customers_href"] = "customers/index.html"
        }
        return context
    }

    private func articleContext(_ article: Article, body: String) -> [String: Any] {
        let toc = (bodies[article.path]?.headings ?? []).filter { $0.level <= 3 && $0.level >= 2 }
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
            "has_toc": toc.count >= 3,
        ]
    }

    private func billing(_ id: CustomerID, page: PlannedPage) -> [String: Any] {
        guard let customer = site.customer(id), let account = accounts[id] else { return [:] }
        let open = account.openInvoices
        let overdue = open.filter { $0.due < asOf }
        let prefix = plan.customerPrefix(id)
        return [
            "customer_name": customer.name,
            "terms": customer.terms.summary,
            "currency": customer.currency.code,
            "balance": account.balance.description,
            "credit_balance": TemplateValue.text(account.unappliedCredit.isZero ? nil : account.unappliedCredit.description),
            "open_count": open.count,
            "has_overdue": !overdue.isEmpty,
            "overdue_total": overdueTotal(account).description,
            "has_open": !open.isEmpty,
            "open_invoices": open.map { status -> [String: Any] in
                let late = asOf.days(since: status.due)
                return [
                    "reference": status.reference, "date": status.invoice.date.description,
                    "due": status.due.description, "amount": status.invoice.amount.description,
                    "open": status.open.description, "overdue": late > 0,
                    "status": late > 0 ? "\(late) day\(late == 1 ? "" : "s") overdue"
                        : late == 0 ? "Due today" : "Due in \(-late) day\(late == -1 ? "" : "s")",
                ]
            },
            "history": account.entries.map { entry -> [String: Any] in
                ["date": entry.date.description, "kind": entry.kind.rawValue.capitalized,
                 "reference": entry.reference, "amount": entry.amount.description, "note": entry.note]
            },
            "has_documents": !customer.documents.isEmpty,
            "documents": customer.documents.map { doc -> [String: Any] in
                ["title": doc.title, "summary": TemplateValue.text(doc.summary),
                 "href": RelativeURL.path(from: page.url, to: prefix + doc.url)]
            },
            "has_contacts": !customer.contacts.isEmpty,
            "contacts": customer.contacts.map { ["name": $0.name, "role": TemplateValue.text($0.role), "email": TemplateValue.text($0.email)] as [String: Any] },
        ]
    }

    private func overdueTotal(_ account: AccountStatus) -> Money {
        account.openInvoices.filter { $0.due < asOf }.reduce(.zero(site.customer(account.customer)!.currency)) { $0 + $1.open }
    }

    /// `articles/policies/late-fees.md` → "Policies".
    static func section(of article: Article) -> String {
        let parts = article.path.split(separator: "/")
        guard parts.count > 2 else { return "General" }
        return parts[1].split(separator: "-").map { $0.prefix(1).uppercased() + $0.dropFirst() }.joined(separator: " ")
    }
}

extension PlannedPage.Kind {
    var name: String {
        switch self {
        case .home: return "home"
        case .article: return "article"
        case .customerIndex: return "customers"
        case .billing: return "billing"
        case .document: return "document"
        case .notFound: return "not-found"
        }
    }

    var documentPath: String? {
        if case .document(let d) = self { return d.source.path }
        return nil
    }
}
