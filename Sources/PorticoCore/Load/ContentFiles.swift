import Foundation

/// The on-disk shape of content YAML, decoded as typed values so a value
/// stays what the author wrote (`version: 010` stays "010", `NO` stays "NO"
/// where text is expected).
struct ArticleFrontMatterFile: Decodable, Equatable {
    static let keys: Set<String> = ["title", "summary", "audience", "tags", "version", "effective", "draft", "slug"]
    var title: String
    var summary: String? = nil
    var audience: [String]? = nil
    var tags: [String]? = nil
    var version: String? = nil
    var effective: String? = nil
    var draft: Bool? = nil
    var slug: String? = nil
}

struct DocumentFrontMatterFile: Decodable {
    static let keys: Set<String> = ["title", "summary", "date", "slug"]
    let title: String
    let summary: String?
    let slug: String?
}

struct SiteConfigFile: Decodable {
    static let keys: Set<String> = ["title", "base_url", "locale", "markdown", "receivables"]
    struct Markdown: Decodable { let unsafe: Bool? }
    let title: String
    let base_url: String?
    let locale: String?
    let markdown: Markdown?
    let receivables: ReceivablesFile?
}

struct ReceivablesFile: Decodable {
    struct LateFee: Decodable {
        struct Tier: Decodable {
            let below: Decimal?
            let amount: Decimal
        }
        let annual_rate_percent: Decimal
        let grace_days: Int?
        let fixed_compensation: [Tier]?
    }
    struct Reminder: Decodable {
        let days: Int
        let stage: String
        let letter: String
    }
    let aging_buckets: [Int]?
    let late_fee: LateFee?
    let reminders: [Reminder]?
    let small_claims_limit: [String: Decimal]?
}

struct ManifestFile: Decodable {
    struct RoleFile: Decodable {
        let articles: String?
        let customers: String?
        let tags: [String]?
        let paths: [String]?
    }
    struct PortalFile: Decodable {
        let title: String?
        let customer: String?
        let roles: [String]
        let exclude: [String]?
    }
    let roles: [String: RoleFile]
    let portals: [String: PortalFile]
}

struct CustomerFile: Decodable {
    static let keys: Set<String> = ["name", "currency", "terms", "arbitration", "contacts"]
    struct Terms: Decodable {
        struct Discount: Decodable {
            let percent: Decimal
            let days: Int
        }
        let net_days: Int
        let early_discount: Discount?
    }
    struct ContactFile: Decodable {
        let name: String
        let role: String?
        let email: String?
    }
    let name: String
    let currency: String
    let terms: Terms?
    let arbitration: Bool?
    let contacts: [ContactFile]?
}
