public import Foundation

public struct Contact: Hashable, Sendable {
    public let name: String
    public let role: String?
    public let email: String?
}

public struct PaymentTerms: Hashable, Sendable {
    public struct EarlyDiscount: Hashable, Sendable {
        public let percent: Decimal
        public let days: Int
    }

    public let netDays: Int
    public let earlyDiscount: EarlyDiscount?

    /// "2/10 net 30".
    public var summary: String {
        guard let d = earlyDiscount else { return "net \(netDays)" }
        return "\(d.percent)/\(d.days) net \(netDays)"
    }
}

/// A customer, with everything that is theirs alone.
public struct Customer: Hashable, Sendable {
    public let id: CustomerID
    public let name: String
    public let currency: Currency
    public let terms: PaymentTerms
    public let arbitration: Bool
    public let contacts: [Contact]
    public let ledger: Ledger
    public let documents: [CustomerDocument]

    public init(id: CustomerID, name: String, currency: Currency, terms: PaymentTerms,
                arbitration: Bool, contacts: [Contact], ledger: Ledger, documents: [CustomerDocument]) {
        self.id = id
        self.name = name
        self.currency = currency
        self.terms = terms
        self.arbitration = arbitration
        self.contacts = contacts
        self.ledger = ledger
        self.documents = documents
    }
}
