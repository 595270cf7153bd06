/// Why a portal receives an article: the first rule that granted it.
public enum Grant: Hashable, Sendable, CustomStringConvertible {
    case audience(RoleName)
    case allArticles(RoleName)
    case tags(RoleName, [String])
    case path(RoleName, String)

    public var role: RoleName {
        switch self {
        case .audience(let r), .allArticles(let r), .tags(let r, _), .path(let r, _): return r
        }
    }

    public var description: String {
        switch self {
        case .audience(let r): return "role '\(r)' is in the article's audience"
        case .allArticles(let r): return "role '\(r)' has articles: all"
        case .tags(let r, let t): return "role '\(r)' grants tag\(t.count == 1 ? "" : "s") \(t.joined(separator: ", "))"
        case .path(let r, let g): return "role '\(r)' grants paths matching \(g)"
        }
    }
}

/// Why a portal does not receive an article.
public enum Denial: Hashable, Sendable, CustomStringConvertible {
    case draft
    case excluded(String)
    case noRole

    public var description: String {
        switch self {
        case .draft: return "the article is a draft"
        case .excluded(let g): return "the portal excludes \(g)"
        case .noRole: return "no role of the portal grants it"
        }
    }
}

public enum AccessDecision: Hashable, Sendable {
    case granted(Grant)
    case denied(Denial)

    public var grant: Grant? {
        if case .granted(let g) = self { return g }
        return nil
    }
}

/// Why a portal holds a customer's data.
public enum CustomerGrant: Hashable, Sendable, CustomStringConvertible {
    case bound
    case allCustomers(RoleName)

    public var description: String {
        switch self {
        case .bound: return "the portal is bound to this customer"
        case .allCustomers(let r): return "role '\(r)' has customers: all"
        }
    }
}
