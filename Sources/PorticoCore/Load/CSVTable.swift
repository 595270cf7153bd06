/// RFC 4180 CSV: quoted fields may hold commas, quotes (doubled) and line
/// breaks. Each record remembers the line it starts on.
struct CSVTable {
    struct Record {
        let line: Int
        let fields: [String]
    }

    struct ParseError: Error {
        let line: Int
        let column: Int
        let message: String
    }

    let records: [Record]

    init(parsing text: String) throws(ParseError) {
        var records: [Record] = []
        var fields: [String] = []
        var field: [UInt8] = []
        var line = 1
        var recordLine = 1
        var column = 0
        var inQuotes = false
        var fieldWasQuoted = false
        var bytes = Array(text.utf8)
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes.removeFirst(3) }  // BOM from spreadsheet exports
        var i = 0

        func endField() {
            fields.append(String(decoding: field, as: UTF8.self))
            field.removeAll(keepingCapacity: true)
            fieldWasQuoted = false
        }
        func endRecord() {
            endField()
            // A blank line is no record.
            if !(fields.count == 1 && fields[0].isEmpty) { records.append(Record(line: recordLine, fields: fields)) }
            fields.removeAll(keepingCapacity: true)
        }

        while i < bytes.count {
            let b = bytes[i]
            column += 1
            if inQuotes {
                if b == UInt8(ascii: "\"") {
                    if i + 1 < bytes.count, bytes[i + 1] == UInt8(ascii: "\"") {
                        field.append(b)
                        i += 1
                    } else {
                        inQuotes = false
                    }
                } else {
                    if b == UInt8(ascii: "\n") { line += 1; column = 0 }
                    field.append(b)
                }
            } else {
                switch b {
                case UInt8(ascii: ","):
                    endField()
                case UInt8(ascii: "\""):
                    guard field.isEmpty, !fieldWasQuoted else {
                        throw ParseError(line: line, column: column, message: "a quote inside an unquoted field; quote the whole field and double the inner quotes")
                    }
                    inQuotes = true
                    fieldWasQuoted = true
                case UInt8(ascii: "\r"):
                    break
                case UInt8(ascii: "\n"):
                    endRecord()
                    line += 1
                    column = 0
                    recordLine = line
                default:
                    guard !fieldWasQuoted else {
                        throw ParseError(line: line, column: column, message: "text after a closing quote; quote the whole field")
                    }
                    field.append(b)
                }
            }
            i += 1
        }
        if inQuotes { throw ParseError(line: recordLine, column: 1, message: "a quoted field is never closed") }
        if !field.isEmpty || !fields.isEmpty || fieldWasQuoted { endRecord() }
        self.records = records
    }
}
