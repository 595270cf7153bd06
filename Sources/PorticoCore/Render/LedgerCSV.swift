/// `billing/ledger.csv`: the customer's ledger up to the as-of date, with
/// the open amount of each invoice. Text cells that a spreadsheet would run
/// as a formula (starting with =, +, -, @, tab, CR or LF) get a leading `'`.
enum LedgerCSV {
    static let header = ["date", "kind", "reference", "amount", "currency", "due", "open", "note"]

    static func text(_ receivables: Receivables) -> String {
        let open = Dictionary(uniqueKeysWithValues: receivables.account.invoices.map { ($0.reference, $0.open) })
        var rows = [header.joined(separator: ",")]
        for entry in receivables.account.entries {
            let fields = [
                entry.date.description, entry.kind.rawValue, neutralised(entry.reference), entry.amount.decimalString,
                entry.amount.currency.code, entry.due?.description ?? "",
                entry.kind == .invoice ? (open[entry.reference]?.decimalString ?? "") : "", neutralised(entry.note),
            ]
            rows.append(fields.map(quoted).joined(separator: ","))
        }
        return rows.joined(separator: "\r\n") + "\r\n"
    }

    static func neutralised(_ text: String) -> String {
        guard let first = text.unicodeScalars.first, "=+-@\t\r\n".unicodeScalars.contains(first) else { return text }
        return "'" + text
    }

    /// RFC 4180: quote fields holding a comma, quote or line break.
    static func quoted(_ field: String) -> String {
        guard field.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return field }
        return "\"" + field.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
