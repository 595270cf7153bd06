/// `content/site.yml`.
public struct SiteConfig: Hashable, Sendable {
    public let title: String
    /// Absolute base of the published site, for sitemaps and the 404 page: `https://portal.example.com`.
    public let baseURL: String
    public let locale: String
    /// Raw HTML and dangerous URLs are kept only when the site opts in.
    public let unsafeMarkdown: Bool
    public let receivables: ReceivablesPolicy

    public init(title: String, baseURL: String = "", locale: String = "en",
                unsafeMarkdown: Bool = false, receivables: ReceivablesPolicy = .standard) {
        self.title = title
        self.baseURL = baseURL
        self.locale = locale
        self.unsafeMarkdown = unsafeMarkdown
        self.receivables = receivables
    }

    /// Where a portal is published (`https://portal.example.com/acme/`), or nil without a `base_url`.
    public func url(of portal: PortalID) -> String? {
        baseURL.isEmpty ? nil : baseURL + "/" + portal.rawValue + "/"
    }
}
