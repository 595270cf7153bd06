/// The pages that hold one customer's data: billing, statements, the ledger
/// download, notices and documents. Only ever planned for a portal that
/// `AccessPolicy.customerGrant` lets hold the customer.
enum CustomerPages {
    static func plan(_ share: CustomerShare, prefix: String) -> [PlannedPage] {
        let customer = share.customer
        let id = customer.id
        var pages = [
            PlannedPage(path: prefix + "billing/index.html", title: "Billing — \(customer.name)", kind: .billing(id)),
            PlannedPage(path: prefix + "billing/ledger.csv", title: "Ledger — \(customer.name)", kind: .ledgerCSV(id)),
        ]
        for statement in share.receivables.statements {
            pages.append(PlannedPage(path: prefix + "billing/statements/\(statement.month)/index.html",
                                     title: "Statement \(statement.month) — \(customer.name)",
                                     kind: .statement(id, month: statement.month)))
        }
        let notices = share.receivables.notices
        if !notices.isEmpty {
            pages.append(PlannedPage(path: prefix + "notices/index.html", title: "Notices — \(customer.name)", kind: .notices(id)))
        }
        for notice in notices {
            pages.append(PlannedPage(path: prefix + "notices/\(notice.slug)/index.html",
                                     title: "\(notice.reminder.stage.capitalized) notice — \(notice.figures.reference)",
                                     kind: .notice(notice)))
        }
        pages += customer.documents.map {
            PlannedPage(path: prefix + $0.url + "index.html", title: $0.title, kind: .document($0))
        }
        return pages
    }
}
