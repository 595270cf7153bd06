/// A customer's ledger settled as of a date: which invoices are open, by
/// how much, and what credit is left unapplied. Entries dated after the
/// as-of date are not yet known and are left out.
public struct AccountStatus: Hashable, Sendable {
    public let customer: CustomerID
    public let asOf: CalendarDate
    /// In ledger order.
    public let invoices: [InvoiceStatus]
    /// Payments and credits beyond what their invoices owed.
    public let unappliedCredit: Money
    /// Entries up to the as-of date, in ledger order.
    public let entries: [LedgerEntry]
    public let warnings: [Diagnostic]

    /// What the customer owes: open invoices less unapplied credit.
    public var balance: Money {
        invoices.reduce(-unappliedCredit) { $0 + $1.open }
    }

    public var openInvoices: [InvoiceStatus] { invoices.filter(\.isOpen) }

    public init(settling customer: Customer, asOf: CalendarDate) {
        let ledger = customer.ledger
        let currency = ledger.currency
        var invoices: [InvoiceStatus] = []
        var index: [String: Int] = [:]
        var unapplied = Money.zero(currency)
        var warnings: [Diagnostic] = []
        let entries = ledger.entries.filter { $0.date <= asOf }

        for entry in entries.sorted(by: { ($0.date, $0.line) < ($1.date, $1.line) }) {
            let kind: InvoiceStatus.Application.Kind = entry.kind == .credit ? .credit : .payment
            switch entry.kind {
            case .invoice:
                index[entry.reference] = invoices.count
                invoices.append(InvoiceStatus(invoice: entry))
            case .payment, .credit:
                var left = entry.amount
                if !entry.reference.isEmpty {
                    if let i = index[entry.reference] {
                        left = AccountStatus.settle(&invoices[i], with: left, kind: kind, entry: entry, terms: customer.terms)
                    }
                } else {
                    // An unnamed payment settles the oldest open invoices first.
                    for i in invoices.indices where invoices[i].isOpen && left.minorUnits > 0 {
                        left = AccountStatus.settle(&invoices[i], with: left, kind: kind, entry: entry, terms: customer.terms)
                    }
                }
                if left.minorUnits > 0 {
                    unapplied = unapplied + left
                    warnings.append(.warning(ledger.path, line: entry.line,
                        "\(entry.kind.rawValue) of \(entry.amount) is \(left) more than \(entry.reference.isEmpty ? "the open invoices owe" : entry.reference + " owes"); the excess is kept as a credit balance"))
                }
            }
        }
        self.customer = customer.id
        self.asOf = asOf
        self.invoices = invoices
        self.unappliedCredit = unapplied
        self.entries = entries
        self.warnings = warnings
    }

    /// Applies up to `amount` to the invoice; returns what is left over. A
    /// payment within the discount window that equals the invoice less the
    /// early-payment discount settles it in full.
    private static func settle(_ status: inout InvoiceStatus, with amount: Money, kind: InvoiceStatus.Application.Kind,
                               entry: LedgerEntry, terms: PaymentTerms) -> Money {
        guard status.isOpen else { return amount }
        if kind == .payment, status.applications.isEmpty, let discount = terms.earlyDiscount,
           entry.date.days(since: status.invoice.date) <= discount.days {
            let off = status.invoice.amount.percentage(discount.percent)
            if amount == status.invoice.amount - off {
                status.apply(amount, kind: .payment, date: entry.date, line: entry.line)
                status.apply(off, kind: .discount, date: entry.date, line: entry.line)
                return .zero(amount.currency)
            }
        }
        let applied = amount.minorUnits <= status.open.minorUnits ? amount : status.open
        status.apply(applied, kind: kind, date: entry.date, line: entry.line)
        return amount - applied
    }
}
