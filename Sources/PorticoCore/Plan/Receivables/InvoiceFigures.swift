/// The collections view of one open invoice on the as-of date.
public struct InvoiceFigures: Hashable, Sendable {
    public let status: InvoiceStatus
    public let daysPastDue: Int
    public let bucket: AgingBucket
    /// The last reminder whose day has come, if any.
    public let stage: ReceivablesPolicy.Reminder?
    /// Every reminder whose day has come, in order: each has its letter.
    public let stagesReached: [ReceivablesPolicy.Reminder]
    public let lateFee: LateFee
    public let nextAction: NextAction

    public var reference: String { status.reference }
    public var isOverdue: Bool { daysPastDue > 0 }
    /// Open amount plus late fees.
    public var totalDue: Money { status.open + lateFee.total }

    init(status: InvoiceStatus, customer: Customer, asOf: CalendarDate, policy: ReceivablesPolicy) {
        self.status = status
        daysPastDue = asOf.days(since: status.due)
        bucket = AgingBucket.of(daysPastDue: daysPastDue, bounds: policy.agingBuckets)
        stagesReached = policy.reminders.filter { status.due.adding(days: $0.days) <= asOf }
        stage = stagesReached.last
        lateFee = LateFee.accrued(on: status, asOf: asOf, policy: policy)
        nextAction = NextAction.after(stage: stage, due: status.due, open: status.open, customer: customer, policy: policy)
    }
}
