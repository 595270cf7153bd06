/// Customer billing pages, statements, notices, and the staff views over
/// every customer the portal holds.
extension PageRenderer {
    func billing(_ id: CustomerID, page: PlannedPage) -> [String: Any] {
        guard let share = plan.share(of: id) else { return [:] }
        let customer = share.customer, r = share.receivables
        let prefix = plan.customerPrefix(id)
        let statements = r.statements
        return [
            "customer_name": customer.name,
            "terms": customer.terms.summary,
            "currency": customer.currency.code,
            "balance": r.balance.description,
            "credit_balance": TemplateValue.text(r.account.unappliedCredit.isZero ? nil : r.account.unappliedCredit.description),
            "open_count": r.open.count,
            "has_overdue": !r.overdue.isEmpty,
            "overdue_total": r.overdueTotal.description,
            "has_open": !r.open.isEmpty,
            "open_invoices": r.open.map { invoiceRow($0, prefix: prefix, page: page) },
            "aging": r.aging(site.config.receivables.agingBuckets).map { ["bucket": $0.bucket.label, "amount": $0.amount.description] },
            "history": r.account.entries.map { entry -> [String: Any] in
                ["date": entry.date.description, "kind": entry.kind.rawValue.capitalized,
                 "reference": entry.reference, "amount": entry.amount.description, "note": entry.note]
            },
            "statements": statements.reversed().map { s -> [String: Any] in
                ["month": s.month, "closing": s.closing.description,
                 "href": href(page, prefix + "billing/statements/\(s.month)/")]
            },
            "has_statements": !statements.isEmpty,
            "ledger_href": href(page, prefix + "billing/ledger.csv"),
            "notices_href": TemplateValue.text(plan.has(prefix + "notices/index.html")
                ? href(page, prefix + "notices/") : nil),
            "has_documents": !customer.documents.isEmpty,
            "documents": customer.documents.map { doc -> [String: Any] in
                ["title": doc.title, "summary": TemplateValue.text(doc.summary), "href": href(page, prefix + doc.url)]
            },
            "has_contacts": !customer.contacts.isEmpty,
            "contacts": customer.contacts.map {
                ["name": $0.name, "role": TemplateValue.text($0.role), "email": TemplateValue.text($0.email)] as [String: Any]
            },
        ]
    }

    func invoiceRow(_ f: InvoiceFigures, prefix: String, page: PlannedPage) -> [String: Any] {
        let days = f.daysPastDue
        let letters = f.stagesReached.last.map { _ in href(page, prefix + "notices/") }
        return [
            "reference": f.reference, "date": f.status.invoice.date.description, "due": f.status.due.description,
            "amount": f.status.invoice.amount.description, "open": f.status.open.description,
            "overdue": f.isOverdue, "days_past_due": max(days, 0), "bucket": f.bucket.label,
            "status": days > 0 ? "\(days) day\(days == 1 ? "" : "s") overdue"
                : days == 0 ? "Due today" : "Due in \(-days) day\(days == -1 ? "" : "s")",
            "stage": TemplateValue.text(f.stage?.stage),
            "interest": f.lateFee.interest.description,
            "compensation": f.lateFee.compensation.description,
            "has_fee": !f.lateFee.total.isZero,
            "total_due": f.totalDue.description,
            "next_action": f.nextAction.description,
            "notices_href": TemplateValue.text(letters),
        ]
    }

    func statement(_ id: CustomerID, month: String, page: PlannedPage) -> [String: Any] {
        guard let share = plan.share(of: id), let s = share.receivables.statements.first(where: { $0.month == month }) else { return [:] }
        return [
            "customer_name": share.customer.name,
            "month": month,
            "opening": s.opening.description,
            "closing": s.closing.description,
            "lines": s.lines.map { line -> [String: Any] in
                ["date": line.date.description, "kind": line.kind, "reference": line.reference, "note": TemplateValue.text(line.note),
                 "debit": TemplateValue.text(line.amount.isNegative ? nil : line.amount.description),
                 "credit": TemplateValue.text(line.amount.isNegative ? (-line.amount).description : nil),
                 "balance": line.balance.description]
            },
            "billing_href": href(page, plan.customerPrefix(id) + "billing/"),
            "contacts": TemplateValue.text(share.customer.contacts.first?.name),
        ]
    }

    func notices(_ id: CustomerID, page: PlannedPage) -> [String: Any] {
        guard let share = plan.share(of: id) else { return [:] }
        let prefix = plan.customerPrefix(id)
        return [
            "customer_name": share.customer.name,
            "notices": share.receivables.notices.reversed().map { n -> [String: Any] in
                ["date": n.date.description, "stage": n.reminder.stage.capitalized, "reference": n.figures.reference,
                 "href": href(page, prefix + "notices/\(n.slug)/")]
            },
        ]
    }

    func noticeContext(_ notice: Notice, page: PlannedPage) -> [String: Any] {
        let letter = letters[NoticeDrafter.Key(customer: notice.customer, slug: notice.slug)]
        return [
            "customer_name": plan.share(of: notice.customer)?.customer.name ?? "",
            "stage": notice.reminder.stage.capitalized,
            "date": notice.date.description,
            "reference": notice.figures.reference,
            "body": letter?.html(from: page.url) { _ in nil }.html ?? "",
            "notices_href": href(page, plan.customerPrefix(notice.customer) + "notices/"),
        ]
    }

    func customerIndex(_ page: PlannedPage) -> [String: Any] {
        ["customers": plan.customers.map { share -> [String: Any] in
            let r = share.receivables
            return [
                "name": share.customer.name, "currency": share.customer.currency.code,
                "balance": r.balance.description, "overdue": r.overdueTotal.description,
                "open_count": r.open.count, "document_count": share.customer.documents.count,
                "billing_href": href(page, plan.customerPrefix(share.customer.id) + "billing/"),
            ]
        }]
    }

    /// The staff receivables dashboard: totals per currency and bucket, and
    /// every overdue invoice sorted by the action it needs.
    func dashboard(_ page: PlannedPage) -> [String: Any] {
        let bounds = site.config.receivables.agingBuckets
        let buckets = AgingBucket.all(bounds)
        let byCurrency = Dictionary(grouping: plan.customers, by: { $0.customer.currency })
        let totals = byCurrency.keys.sorted().map { currency -> [String: Any] in
            let shares = byCurrency[currency]!
            let amounts = buckets.map { bucket in
                shares.flatMap(\.receivables.open).filter { $0.bucket == bucket }
                    .reduce(Money.zero(currency)) { $0 + $1.status.open }
            }
            let fees = shares.flatMap(\.receivables.overdue).reduce(Money.zero(currency)) { $0 + $1.lateFee.total }
            return ["currency": currency.code, "cells": amounts.map { ["amount": $0.description] },
                    "total": amounts.reduce(Money.zero(currency), +).description, "fees": fees.description]
        }
        let overdue = plan.customers.flatMap { share in share.receivables.overdue.map { (share, $0) } }
            .sorted { a, b in
                (a.1.nextAction.urgency, -a.1.daysPastDue, a.0.customer.id.rawValue, a.1.reference)
                    < (b.1.nextAction.urgency, -b.1.daysPastDue, b.0.customer.id.rawValue, b.1.reference)
            }
        return [
            "buckets": buckets.map { ["label": $0.label] },
            "totals": totals,
            "has_overdue": !overdue.isEmpty,
            "overdue": overdue.map { share, f -> [String: Any] in
                var row = invoiceRow(f, prefix: plan.customerPrefix(share.customer.id), page: page)
                row["customer_name"] = share.customer.name
                row["billing_href"] = href(page, plan.customerPrefix(share.customer.id) + "billing/")
                return row
            },
        ]
    }
}
