/// A reminder letter due for one open invoice: one per stage reached.
public struct Notice: Hashable, Sendable {
    public let customer: CustomerID
    public let figures: InvoiceFigures
    public let reminder: ReceivablesPolicy.Reminder
    /// The day the stage was reached: the letter's date.
    public let date: CalendarDate
    /// Path-safe and unique within the customer: `inv-1005-overdue`.
    public let slug: String

    /// Every notice of a customer's open invoices, oldest invoice first.
    static func all(_ open: [InvoiceFigures], customer: CustomerID) -> [Notice] {
        var used: Set<String> = []
        var notices: [Notice] = []
        for figures in open {
            var base = Slug.anchor(for: figures.reference.replacingOccurrences(of: "_", with: "-"))
                .filter { $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "-") }
            if base.isEmpty || base.first == "-" { base = "invoice" + base }
            for reminder in figures.stagesReached {
                var slug = base + "-" + reminder.stage
                var n = 2
                while used.contains(slug) {
                    slug = base + "-\(n)-" + reminder.stage
                    n += 1
                }
                used.insert(slug)
                // A courtesy reminder cannot predate the invoice it is about.
                let date = max(figures.status.due.adding(days: reminder.days), figures.status.invoice.date)
                notices.append(Notice(customer: customer, figures: figures, reminder: reminder,
                                      date: date, slug: slug))
            }
        }
        return notices
    }
}
