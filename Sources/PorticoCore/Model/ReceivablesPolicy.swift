public import Foundation

/// How overdue invoices are aged, charged and chased (`receivables:` in site.yml).
public struct ReceivablesPolicy: Hashable, Sendable {
    public struct CompensationTier: Hashable, Sendable {
        /// Applies to invoices whose amount is below this, in major units; nil for the last tier.
        public let below: Decimal?
        public let amount: Decimal
    }

    public struct Reminder: Hashable, Sendable {
        /// Days relative to the due date: -7 is a week before.
        public let days: Int
        public let stage: String
        public let letter: String
    }

    public let agingBuckets: [Int]
    public let annualRatePercent: Decimal
    public let graceDays: Int
    public let fixedCompensation: [CompensationTier]
    public let reminders: [Reminder]
    /// Per currency code, in major units.
    public let smallClaimsLimit: [String: Decimal]

    public init(agingBuckets: [Int], annualRatePercent: Decimal, graceDays: Int,
                fixedCompensation: [CompensationTier], reminders: [Reminder], smallClaimsLimit: [String: Decimal]) {
        self.agingBuckets = agingBuckets
        self.annualRatePercent = annualRatePercent
        self.graceDays = graceDays
        self.fixedCompensation = fixedCompensation
        self.reminders = reminders
        self.smallClaimsLimit = smallClaimsLimit
    }

    /// Used when site.yml has no `receivables:` block.
    public static let standard = ReceivablesPolicy(
        agingBuckets: [30, 60, 90],
        annualRatePercent: 8,
        graceDays: 0,
        fixedCompensation: [
            CompensationTier(below: 1000, amount: 40),
            CompensationTier(below: 10000, amount: 70),
            CompensationTier(below: nil, amount: 100),
        ],
        reminders: [
            Reminder(days: -7, stage: "courtesy", letter: "courtesy"),
            Reminder(days: 0, stage: "due", letter: "due-today"),
            Reminder(days: 7, stage: "overdue", letter: "overdue"),
            Reminder(days: 14, stage: "formal", letter: "formal-notice"),
            Reminder(days: 30, stage: "final", letter: "final-notice"),
            Reminder(days: 60, stage: "escalation", letter: "escalation"),
        ],
        smallClaimsLimit: [:]
    )
}
