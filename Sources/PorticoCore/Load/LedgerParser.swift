/// Reads `ledger.csv` into exact entries, reporting every bad row at its line.
struct LedgerParser {
    static let header = ["date", "kind", "reference", "amount", "due", "note"]

    let path: String
    let currency: Currency
    let netDays: Int

    func parse(_ text: String) throws(ContentError) -> (Ledger, [Diagnostic]) {
        let table: CSVTable
        do {
            table = try CSVTable(parsing: text)
        } catch {
            throw ContentError([.error(path, line: error.line, column: error.column, error.message)])
        }
        guard let head = table.records.first else {
            throw ContentError([.error(path, "the ledger is empty; it needs the header \(LedgerParser.header.joined(separator: ","))")])
        }
        let names = head.fields.map { $0.trimmingSpaces().lowercased() }
        guard names == LedgerParser.header else {
            let missing = LedgerParser.header.filter { !names.contains($0) }
            let detail = missing.isEmpty ? "the columns are out of order" : "missing column\(missing.count == 1 ? "" : "s") \(missing.joined(separator: ", "))"
            throw ContentError([.error(path, line: head.line,
                "\(detail): the header must be exactly \(LedgerParser.header.joined(separator: ","))")])
        }

        var diagnostics: [Diagnostic] = []
        var entries: [LedgerEntry] = []
        var invoiceLines: [String: Int] = [:]
        for record in table.records.dropFirst() {
            if let entry = row(record, into: &diagnostics) {
                if entry.kind == .invoice {
                    if let first = invoiceLines[entry.reference] {
                        diagnostics.append(.error(path, line: record.line,
                            "invoice reference '\(entry.reference)' is already used on line \(first); each invoice needs its own reference"))
                    } else {
                        invoiceLines[entry.reference] = record.line
                    }
                }
                entries.append(entry)
            }
        }
        for entry in entries where entry.kind != .invoice && !entry.reference.isEmpty && invoiceLines[entry.reference] == nil {
            diagnostics.append(.error(path, line: entry.line, column: 1,
                "\(entry.kind.rawValue) names invoice '\(entry.reference)', which this ledger does not have"))
        }
        guard !diagnostics.hasErrors else { throw ContentError(diagnostics) }
        return (Ledger(path: path, currency: currency, entries: entries), diagnostics)
    }

    private func row(_ record: CSVTable.Record, into diagnostics: inout [Diagnostic]) -> LedgerEntry? {
        let line = record.line
        guard record.fields.count == LedgerParser.header.count else {
            diagnostics.append(.error(path, line: line,
                "expected \(LedgerParser.header.count) fields (\(LedgerParser.header.joined(separator: ","))), found \(record.fields.count); quote fields that contain commas"))
            return nil
        }
        let f = record.fields.map { $0.trimmingSpaces() }
        let before = diagnostics.count
        let date = CalendarDate(iso: f[0])
        if date == nil { diagnostics.append(.error(path, line: line, "bad date '\(f[0])': write YYYY-MM-DD")) }
        let kind = LedgerEntry.Kind(rawValue: f[1])
        if kind == nil {
            diagnostics.append(.error(path, line: line, "unknown kind '\(f[1])': use invoice, payment or credit"))
        }
        if kind == .invoice, f[2].isEmpty {
            diagnostics.append(.error(path, line: line, "an invoice needs a reference"))
        }
        var amount: Money?
        do {
            amount = try Money.parse(f[3], currency: currency)
            if amount?.isZero == true { diagnostics.append(.error(path, line: line, "the amount is zero")) }
        } catch {
            diagnostics.append(.error(path, line: line, "bad amount '\(f[3])' (\(currency.code)): \(error)"))
        }
        var due: CalendarDate?
        if !f[4].isEmpty {
            due = CalendarDate(iso: f[4])
            if due == nil {
                diagnostics.append(.error(path, line: line, "bad due date '\(f[4])': write YYYY-MM-DD"))
            } else if kind != .invoice {
                diagnostics.append(.error(path, line: line, "only invoices have a due date"))
            } else if let due, let date, due < date {
                diagnostics.append(.error(path, line: line, "due date \(due) is before the invoice date \(date)"))
            }
        }
        guard diagnostics.count == before, let date, let kind, let amount else { return nil }
        if kind == .invoice, due == nil { due = date.adding(days: netDays) }
        return LedgerEntry(line: line, date: date, kind: kind, reference: f[2], amount: amount, due: due, note: f[5])
    }
}
