/// The theme compiled into the binary: page templates, letters and assets.
/// A site's `templates/` folder overrides it file by file; `portico init`
/// writes it out for editing.
public enum BuiltinTheme {
    /// Path inside a templates folder → contents. SwiftPM embeds each file
    /// under its bare name, so the folder layout is restated here (a test
    /// checks that every file under Theme/files is listed).
    public static let files: [String: [UInt8]] = [
        "layout.mustache": PackageResources.layout_mustache,
        "home.mustache": PackageResources.home_mustache,
        "article.mustache": PackageResources.article_mustache,
        "document.mustache": PackageResources.document_mustache,
        "billing.mustache": PackageResources.billing_mustache,
        "customers.mustache": PackageResources.customers_mustache,
        "not-found.mustache": PackageResources.not_found_mustache,
        "statement.mustache": PackageResources.statement_mustache,
        "notices.mustache": PackageResources.notices_mustache,
        "notice.mustache": PackageResources.notice_mustache,
        "receivables.mustache": PackageResources.receivables_mustache,
        "letters/courtesy.md": PackageResources.courtesy_md,
        "letters/due-today.md": PackageResources.due_today_md,
        "letters/overdue.md": PackageResources.overdue_md,
        "letters/formal-notice.md": PackageResources.formal_notice_md,
        "letters/final-notice.md": PackageResources.final_notice_md,
        "letters/escalation.md": PackageResources.escalation_md,
        "assets/portico.css": PackageResources.portico_css,
        "assets/search.js": PackageResources.search_js,
    ]
}
