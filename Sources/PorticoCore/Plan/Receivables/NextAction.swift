/// What collections should do next about an open invoice.
public enum NextAction: Hashable, Sendable, CustomStringConvertible {
    /// Send the next reminder letter when its day comes.
    case reminder(ReceivablesPolicy.Reminder, on: CalendarDate)
    /// Past the last stage: the contract has an arbitration clause.
    case arbitration
    /// Past the last stage: the open amount is under the small-claims limit.
    case smallClaims(limit: Money)
    /// Past the last stage: above the limit, or no limit set for the currency.
    case court

    /// Orders the dashboard: court actions first, then the nearest reminder.
    public var urgency: Int {
        switch self {
        case .court, .arbitration, .smallClaims: return 0
        case .reminder: return 1
        }
    }

    public var description: String {
        switch self {
        case .reminder(let r, let date): return "send the \(r.stage) letter (\(r.letter)) on \(date)"
        case .arbitration: return "refer to arbitration under the contract's clause"
        case .smallClaims(let limit): return "file a small-claims court claim (limit \(limit))"
        case .court: return "start proceedings in court"
        }
    }

    /// The words used inside letters: "our formal notice on 2026-12-03".
    public var letterPhrase: String {
        switch self {
        case .reminder(let r, let date): return "our \(r.stage) notice on \(date)"
        case .arbitration: return "referral to arbitration"
        case .smallClaims: return "a claim in the small-claims court"
        case .court: return "proceedings in court"
        }
    }

    public var date: CalendarDate? {
        if case .reminder(_, let date) = self { return date }
        return nil
    }

    static func after(stage: ReceivablesPolicy.Reminder?, due: CalendarDate, open: Money,
                      customer: Customer, policy: ReceivablesPolicy) -> NextAction {
        let upcoming = policy.reminders.first { stage == nil || $0.days > stage!.days }
        if let upcoming { return .reminder(upcoming, on: due.adding(days: upcoming.days)) }
        if customer.arbitration { return .arbitration }
        if let limit = policy.smallClaimsLimit[open.currency.code] {
            let cap = Money.major(limit, currency: open.currency)
            if open.minorUnits < cap.minorUnits { return .smallClaims(limit: cap) }
        }
        return .court
    }
}
