/// One customer's receivables on the as-of date: the settled ledger, the
/// figures of every open invoice, the monthly statements and the notices.
/// Computed once per build and shared by every portal that holds the customer.
public struct Receivables: Hashable, Sendable {
    public let customer: Customer
    public let account: AccountStatus
    /// Open invoices, in ledger order.
    public let open: [InvoiceFigures]
    public let asOf: CalendarDate
    /// One per month with movements, oldest first.
    public let statements: [Statement]
    /// One per reminder stage reached by each open invoice.
    public let notices: [Notice]

    public init(customer: Customer, asOf: CalendarDate, policy: ReceivablesPolicy) {
        self.customer = customer
        self.asOf = asOf
        account = AccountStatus(settling: customer, asOf: asOf)
        open = account.openInvoices.map { InvoiceFigures(status: $0, customer: customer, asOf: asOf, policy: policy) }
        statements = Statement.monthly(account, currency: customer.currency)
        notices = Notice.all(open, customer: customer.id)
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
