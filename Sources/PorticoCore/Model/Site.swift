/// Everything loaded and validated from a content folder: the value the
/// `plan` stage works on.
public struct Site: Sendable {
    public let config: SiteConfig
    public let manifest: Manifest
    /// Sorted by path.
    public let articles: [Article]
    /// Sorted by id.
    public let customers: [Customer]

    /// SHA-256 of each content file as it was read (see `ContentReads`),
    /// from which publish and serve tell what changed without reading again.
    public let sourceDigests: [String: String]

    public init(config: SiteConfig, manifest: Manifest, articles: [Article], customers: [Customer],
                sourceDigests: [String: String] = [:]) {
        self.sourceDigests = sourceDigests
        self.config = config
        self.manifest = manifest
        self.articles = articles.sorted { $0.path < $1.path }
        self.customers = customers.sorted { $0.id < $1.id }
    }

    public func customer(_ id: CustomerID) -> Customer? { customers.first { $0.id == id } }
    public func article(at path: String) -> Article? { articles.first { $0.path == path } }
}
