import Testing
@testable import PorticoCore

@Suite struct CSVTableTests {
    @Test func quotedFieldsKeepCommasQuotesAndNewlines() throws {
        let table = try CSVTable(parsing: "a,b\n\"x, y\",\"say \"\"hi\"\"\"\n\"two\nlines\",z\nlast,row")
        #expect(table.records.map(\.fields) == [["a", "b"], ["x, y", "say \"hi\""], ["two\nlines", "z"], ["last", "row"]])
        #expect(table.records.map(\.line) == [1, 2, 3, 5])
    }

    @Test func blankLinesAndCRLFAndBOMAreTolerated() throws {
        let table = try CSVTable(parsing: "\u{FEFF}a,b\r\n\r\n1,2\r\n")
        #expect(table.records.map(\.fields) == [["a", "b"], ["1", "2"]])
        #expect(table.records.map(\.line) == [1, 3])
    }

    @Test func malformedQuotingIsAnErrorWithItsLine() {
        #expect { try CSVTable(parsing: "a,b\n1,\"open") } throws: { ($0 as? CSVTable.ParseError)?.line == 2 }
        #expect { try CSVTable(parsing: "a,b\n1,x\"y\n") } throws: { ($0 as? CSVTable.ParseError)?.line == 2 }
        #expect { try CSVTable(parsing: "a\n\"q\"tail\n") } throws: { ($0 as? CSVTable.ParseError)?.line == 2 }
    }
}
