import Testing
@testable import PorticoCore

@Suite struct LedgerParserTests {
    let parser = LedgerParser(path: "ledger.csv", currency: Currency(code: "USD")!, netDays: 30)
    let header = "date,kind,reference,amount,due,note\n"

    @Test func parsesRowsIntoExactEntriesWithDefaultDue() throws {
        let (ledger, warnings) = try parser.parse(header + "2026-01-05,invoice,INV-1,1250.00,,\"Consulting, January\"\n2026-02-10,payment,INV-1,1250.00,,Bank\n")
        #expect(warnings.isEmpty)
        #expect(ledger.entries.count == 2)
        #expect(ledger.entries[0].due?.description == "2026-02-04")
        #expect(ledger.entries[0].note == "Consulting, January")
        #expect(ledger.entries[1].line == 3)
        #expect(ledger.balance.isZero)
    }

    @Test(arguments: [
        ("2026-01-05,refund,INV-1,1.00,,", 2, "unknown kind 'refund'"),
        ("2026-02-30,invoice,INV-1,1.00,,", 2, "bad date '2026-02-30'"),
        ("2026-01-05,invoice,INV-1,1.005,,", 2, "has 2 decimals"),
        ("2026-01-05,invoice,INV-1,\"1,250.00\",,", 2, "without thousands separators"),
        ("2026-01-05,invoice,INV-1,$5,,", 2, "without a currency sign"),
        ("2026-01-05,invoice,INV-1,5.00,2026-01-01,", 2, "before the invoice date"),
        ("2026-01-05,payment,INV-9,5.00,,", 2, "names invoice 'INV-9'"),
        ("2026-01-05,invoice,INV-1,5.00,,\n2026-01-06,invoice,INV-1,6.00,,", 3, "already used on line 2"),
        ("2026-01-05,invoice,INV-1,5.00", 2, "expected 6 fields"),
    ])
    func badRowsAreErrorsAtTheirLine(row: String, line: Int, message: String) {
        #expect {
            try parser.parse(header + row + "\n")
        } throws: { error in
            let d = (error as? ContentError)?.diagnostics ?? []
            return d.contains { $0.line == line && $0.message.contains(message) && $0.path == "ledger.csv" }
        }
    }

    @Test func headerMustBeExact() {
        #expect { try parser.parse("date,kind,reference,amount,note\n") } throws: {
            ($0 as? ContentError)?.diagnostics.first?.message.contains("missing column due") == true
        }
        #expect { try parser.parse("kind,date,reference,amount,due,note\n") } throws: {
            ($0 as? ContentError)?.diagnostics.first?.message.contains("out of order") == true
        }
    }
}
