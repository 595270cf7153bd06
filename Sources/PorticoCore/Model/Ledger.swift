/// One row of `ledger.csv`.
public struct LedgerEntry: Hashable, Sendable {
    public enum Kind: String, Sendable, CaseIterable {
        case invoice, payment, credit
    }

    public let line: Int
    public let date: CalendarDate
    public let kind: Kind
    public let reference: String
    public let amount: Money
    /// Invoices only; defaulted from the customer's terms when blank.
    public let due: CalendarDate?
    public let note: String

    public init(line: Int, date: CalendarDate, kind: Kind, reference: String, amount: Money,
                due: CalendarDate?, note: String) {
        self.line = line
        self.date = date
        self.kind = kind
        self.reference = reference
        self.amount = amount
        self.due = due
        self.note = note
    }
}

/// A customer's billing history, in file order.
public struct Ledger: Hashable, Sendable {
    public let path: String
    public let currency: Currency
    public let entries: [LedgerEntry]

    public init(path: String, currency: Currency, entries: [LedgerEntry]) {
        self.path = path
        self.currency = currency
        self.entries = entries
    }

    /// Invoices minus payments minus credits: what the customer owes.
    public var balance: Money {
        entries.reduce(.zero(currency)) { total, e in
            e.kind == .invoice ? total + e.amount : total - e.amount
        }
    }
}
