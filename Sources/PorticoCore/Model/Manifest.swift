/// What a role grants. Default deny: a role with nothing set grants only
/// the articles whose `audience` names it.
public struct Role: Hashable, Sendable {
    public let name: RoleName
    public let allArticles: Bool
    public let allCustomers: Bool
    public let tags: Set<String>
    public let paths: [Glob]

    public init(name: RoleName, allArticles: Bool = false, allCustomers: Bool = false,
                tags: Set<String> = [], paths: [Glob] = []) {
        self.name = name
        self.allArticles = allArticles
        self.allCustomers = allCustomers
        self.tags = tags
        self.paths = paths
    }
}

/// One static site: the staff portal, or one customer's.
public struct Portal: Hashable, Sendable {
    public let id: PortalID
    public let title: String
    public let customer: CustomerID?
    public let roles: [RoleName]
    public let exclude: [Glob]

    public init(id: PortalID, title: String, customer: CustomerID? = nil, roles: [RoleName], exclude: [Glob] = []) {
        self.id = id
        self.title = title
        self.customer = customer
        self.roles = roles
        self.exclude = exclude
    }
}

public struct Manifest: Hashable, Sendable {
    /// Where it was read from, for diagnostics.
    public let path: String
    public let roles: [RoleName: Role]
    /// In the order the manifest lists them.
    public let portals: [Portal]

    public init(path: String = "manifest.yml", roles: [RoleName: Role], portals: [Portal]) {
        self.path = path
        self.roles = roles
        self.portals = portals
    }

    public func portal(_ id: PortalID) -> Portal? { portals.first { $0.id == id } }
}
