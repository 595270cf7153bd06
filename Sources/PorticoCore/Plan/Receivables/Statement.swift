/// A monthly statement of account: opening balance, each movement with the
/// running balance, closing balance. Each closing is the next opening.
public struct Statement: Hashable, Sendable {
    public struct Line: Hashable, Sendable {
        public let date: CalendarDate
        public let kind: String
        public let reference: String
        public let note: String
        /// Positive for invoices; negative for payments, credits and discounts.
        public let amount: Money
        public let balance: Money
    }

    /// `YYYY-MM`.
    public let month: String
    public let opening: Money
    public let lines: [Line]
    public let closing: Money

    /// One statement per month that has movements, up to the as-of date.
    static func monthly(_ account: AccountStatus, currency: Currency) -> [Statement] {
        var movements: [(date: CalendarDate, order: Int, kind: String, reference: String, note: String, amount: Money)] = []
        for entry in account.entries {
            let signed = entry.kind == .invoice ? entry.amount : -entry.amount
            movements.append((entry.date, entry.line * 2, entry.kind.rawValue.capitalized, entry.reference, entry.note, signed))
        }
        for invoice in account.invoices {
            for application in invoice.applications where application.kind == .discount {
                movements.append((application.date, application.line * 2 + 1, "Early-payment discount", invoice.reference,
                                  "", -application.amount))
            }
        }
        movements.sort { ($0.date, $0.order) < ($1.date, $1.order) }
        var statements: [Statement] = []
        var balance = Money.zero(currency)
        var index = movements.startIndex
        while index < movements.endIndex {
            let month = movements[index].date.monthKey
            let opening = balance
            var lines: [Line] = []
            while index < movements.endIndex, movements[index].date.monthKey == month {
                let m = movements[index]
                balance = balance + m.amount
                lines.append(Line(date: m.date, kind: m.kind, reference: m.reference, note: m.note, amount: m.amount, balance: balance))
                index += 1
            }
            statements.append(Statement(month: month, opening: opening, lines: lines, closing: balance))
        }
        return statements
    }
}
