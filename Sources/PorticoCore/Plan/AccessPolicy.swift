/// The rules of SPEC §4, default deny. Every isolation guarantee rests on
/// these two functions, so they are small and exhaustively tested.
public struct AccessPolicy: Sendable {
    public let manifest: Manifest

    public init(manifest: Manifest) {
        self.manifest = manifest
    }

    public func decide(_ article: Article, for portal: Portal) -> AccessDecision {
        if article.draft { return .denied(.draft) }
        if let glob = portal.exclude.first(where: { $0.matches(article.path) }) {
            return .denied(.excluded(glob.pattern))
        }
        for name in portal.roles {
            guard let role = manifest.roles[name] else { continue }  // load refuses unknown roles
            if article.audience.contains(name) { return .granted(.audience(name)) }
            if role.allArticles { return .granted(.allArticles(name)) }
            let shared = article.tags.filter(role.tags.contains)
            if !shared.isEmpty { return .granted(.tags(name, shared)) }
            if let glob = role.paths.first(where: { $0.matches(article.path) }) {
                return .granted(.path(name, glob.pattern))
            }
        }
        return .denied(.noRole)
    }

    public func customerGrant(_ customer: CustomerID, for portal: Portal) -> CustomerGrant? {
        if portal.customer == customer { return .bound }
        if let role = portal.roles.first(where: { manifest.roles[$0]?.allCustomers == true }) {
            return .allCustomers(role)
        }
        return nil
    }
}
