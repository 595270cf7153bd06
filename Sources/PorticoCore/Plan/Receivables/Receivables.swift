/// One customer's receivables on the as-of date: the settled ledger, the
/// figures of every open invoice, and the aging totals.
public struct Receivables: Hashable, Sendable {
    public let customer: Customer
    public let account: AccountStatus
    /// Open invoices, in ledger order.
    public let open: [InvoiceFigures]
    public let asOf: CalendarDate

    public init(customer: Customer, asOf: CalendarDate, policy: ReceivablesPolicy) {
        self.customer = customer
        self.asOf = asOf
        account = AccountStatus(settling: customer, asOf: asOf)
        open = account.openInvoices.map { InvoiceFigures(status: $0, customer: customer, asOf: asOf, policy: policy) }
    }

    public var balance: Money { account.balance }
    public var overdue: [InvoiceFigures] { open.filter(\.isOverdue) }
    public var overdueTotal: Money { overdue.reduce(.zero(customer.currency)) { $0 + $1.status.open } }

    /// Open amounts per aging bucket, every bucket listed.
    public func aging(_ bounds: [Int]) -> [(bucket: AgingBucket, amount: Money)] {
        AgingBucket.all(bounds).map { bucket in
            (bucket, open.filter { $0.bucket == bucket }.reduce(.zero(customer.currency)) { $0 + $1.status.open })
        }
    }
}
