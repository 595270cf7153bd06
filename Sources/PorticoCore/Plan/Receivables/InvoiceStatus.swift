/// Where one invoice stands on the as-of date.
public struct InvoiceStatus: Hashable, Sendable {
    /// A payment, credit or early-payment discount set against an invoice.
    public struct Application: Hashable, Sendable {
        public enum Kind: String, Hashable, Sendable { case payment, credit, discount }
        public let date: CalendarDate
        public let kind: Kind
        public let amount: Money
        /// The ledger line it came from.
        public let line: Int
    }

    public let invoice: LedgerEntry
    public let due: CalendarDate
    public internal(set) var applications: [Application] = []
    public internal(set) var open: Money
    /// The day the open amount reached zero.
    public internal(set) var settledOn: CalendarDate?

    init(invoice: LedgerEntry) {
        self.invoice = invoice
        due = invoice.due ?? invoice.date
        open = invoice.amount
    }

    public var reference: String { invoice.reference }
    public var isOpen: Bool { open.minorUnits > 0 }

    /// The principal still open at the end of `day`: what late interest accrues on.
    public func openAmount(atEndOf day: CalendarDate) -> Money {
        applications.filter { $0.date <= day }.reduce(invoice.amount) { $0 - $1.amount }
    }

    mutating func apply(_ amount: Money, kind: Application.Kind, date: CalendarDate, line: Int) {
        applications.append(Application(date: date, kind: kind, amount: amount, line: line))
        open = open - amount
        if open.isZero { settledOn = date }
    }
}
