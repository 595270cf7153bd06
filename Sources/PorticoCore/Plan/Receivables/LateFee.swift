import Foundation

/// Late-payment charges on one invoice: simple interest, actual/365, on the
/// principal open at the end of each day past due, rounded once; plus a
/// fixed compensation chosen by the invoice's original amount.
public struct LateFee: Hashable, Sendable {
    public let interest: Money
    public let compensation: Money

    public var total: Money { interest + compensation }

    public init(interest: Money, compensation: Money) {
        self.interest = interest
        self.compensation = compensation
    }

    public static func accrued(on status: InvoiceStatus, asOf: CalendarDate, policy: ReceivablesPolicy) -> LateFee {
        let currency = status.invoice.amount.currency
        let daysLate = asOf.days(since: status.due)
        guard daysLate > 0, daysLate > policy.graceDays else { return LateFee(interest: .zero(currency), compensation: .zero(currency)) }
        // Σ (principal open at the end of day d) over each day past due, in
        // minor-unit-days: exact integers until the single rounding below.
        var principalDays = 0
        var day = status.due.adding(days: 1)
        var applications = status.applications.sorted { $0.date < $1.date }[...]
        var open = status.invoice.amount.minorUnits
        // Payments made on or before the due date reduce the principal from the start.
        while let next = applications.first, next.date < day {
            open -= next.amount.minorUnits
            applications.removeFirst()
        }
        while day <= asOf {
            while let next = applications.first, next.date == day {
                open -= next.amount.minorUnits
                applications.removeFirst()
            }
            principalDays += max(open, 0)
            day = day.adding(days: 1)
        }
        let interest = Money.rounding(Decimal(principalDays) * policy.annualRatePercent / 36_500, currency: currency)
        return LateFee(interest: interest, compensation: compensation(for: status.invoice.amount, policy: policy))
    }

    /// The first tier whose `below` the invoice amount is under (`below` is exclusive).
    static func compensation(for amount: Money, policy: ReceivablesPolicy) -> Money {
        for tier in policy.fixedCompensation {
            if let below = tier.below, amount.minorUnits >= Money.major(below, currency: amount.currency).minorUnits { continue }
            return Money.major(tier.amount, currency: amount.currency)
        }
        return .zero(amount.currency)
    }
}
