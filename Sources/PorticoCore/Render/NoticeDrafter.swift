import Foundation
import Mustache

/// Drafts each reminder letter once: the letter template's Mustache fields
/// filled from the invoice's figures, then the Markdown through libcmark.
/// Portals that show the notice (the customer's, staff) share the draft.
struct NoticeDrafter: Sendable {
    let site: Site
    let theme: Theme
    let jobs: Int

    struct Key: Hashable, Sendable {
        let customer: CustomerID
        let slug: String
    }

    /// A letter name in the policy with no `letters/<name>.md` in the theme is an error.
    static func check(_ policy: ReceivablesPolicy, theme: Theme, sitePath: String) throws(ContentError) {
        let missing = policy.reminders.filter { theme.letters[$0.letter] == nil }
        guard missing.isEmpty else {
            throw ContentError(missing.map {
                .error(sitePath, "reminder stage '\($0.stage)' uses letter '\($0.letter)', but there is no templates/letters/\($0.letter).md (built-in letters: \(BuiltinTheme.files.keys.filter { $0.hasPrefix("letters/") }.sorted().joined(separator: ", ")))")
            })
        }
    }

    func draft(for plans: [PortalPlan]) async throws(ContentError) -> [Key: ParsedMarkdown] {
        var work: [Key: (Notice, Customer)] = [:]
        for plan in plans {
            for share in plan.customers {
                for notice in share.receivables.notices {
                    work[Key(customer: notice.customer, slug: notice.slug)] = (notice, share.customer)
                }
            }
        }
        let items = work.sorted { ($0.key.customer, $0.key.slug) < ($1.key.customer, $1.key.slug) }
        let parser = MarkdownParser(unsafe: false)
        let results = await Parallel.map(items, jobs: jobs) { item in
            Result { () throws(ContentError) in try self.letter(item.value.0, customer: item.value.1, parser: parser) }
        }
        var drafts: [Key: ParsedMarkdown] = [:]
        var errors: [Diagnostic] = []
        for (item, result) in zip(items, results) {
            switch result {
            case .success(let parsed): drafts[item.key] = parsed
            case .failure(let error): errors += error.diagnostics
            }
        }
        guard errors.isEmpty else { throw ContentError(errors) }
        return drafts
    }

    private func letter(_ notice: Notice, customer: Customer, parser: MarkdownParser) throws(ContentError) -> ParsedMarkdown {
        let name = notice.reminder.letter
        let markdown = theme.letters[name]?.render(fields(notice, customer: customer)) ?? ""
        let source = MarkdownSource(path: "letters/\(name).md", displayPath: "templates/letters/\(name).md", body: markdown, firstLine: 1)
        return try parser.parse(source, linkable: [], noPageLinks: Self.noPageLinks).0
    }

    static let noPageLinks = "a letter cannot link to a page: it is drafted once for the customer's portal and staff's alike, and sent outside both; name the page in words, or link to a full https:// address"

    /// The letter states the figures as they stood on its own date.
    func fields(_ notice: Notice, customer: Customer) -> [String: Any] {
        let policy = site.config.receivables
        let f = AccountStatus(settling: customer, asOf: notice.date).invoices
            .first { $0.reference == notice.figures.reference && $0.isOpen }
            .map { InvoiceFigures(status: $0, customer: customer, asOf: notice.date, policy: policy) } ?? notice.figures
        let fee = f.lateFee
        return [
            "company": site.config.title,
            "customer_name": customer.name,
            "contact_name": customer.contacts.first?.name ?? "Accounts Payable",
            "letter_date": notice.date.description,
            "as_of": notice.date.description,
            "invoice_reference": f.reference,
            "invoice_date": f.status.invoice.date.description,
            "due_date": f.status.due.description,
            "invoice_amount": f.status.invoice.amount.description,
            "open_amount": f.status.open.description,
            "days_past_due": String(max(f.daysPastDue, 0)),
            "days_until_due": String(max(-notice.date.days(since: f.status.due), 0)),
            "late_fee": !fee.total.isZero,
            "interest": fee.interest.description,
            "annual_rate_percent": "\(policy.annualRatePercent)",
            "fixed_compensation": fee.compensation.description,
            "total_due": f.totalDue.description,
            "payment_terms": customer.terms.summary,
            "next_step": f.nextAction.letterPhrase,
            "next_step_date": TemplateValue.text(f.nextAction.date?.description),
            "arbitration": customer.arbitration,
            "stage": notice.reminder.stage,
        ]
    }
}
