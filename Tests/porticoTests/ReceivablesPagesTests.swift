import Foundation
import PorticoTestSupport
import Testing

/// The receivables pages of the example site, end to end through the binary.
@Suite struct ReceivablesPagesTests {
    static func build() throws -> TemporaryFolder {
        let out = TemporaryFolder("receivables")
        let result = try PorticoProcess.run(["build", "--as-of", "2026-11-23", "--out", out.path], in: BuildCommandTests.repositoryRoot)
        #expect(result.status == 0, "\(result.stderr)")
        return out
    }

    @Test func everyCustomerPortalHasBillingStatementsLedgerAndNotices() throws {
        let out = try Self.build()
        defer { out.remove() }
        for portal in ["acme", "globex", "hokuto", "gulfline"] {
            let files = out.files(under: portal)
            let billing = String(decoding: try #require(files["billing/index.html"]), as: UTF8.self)
            #expect(billing.contains("Account as of <time datetime=\"2026-11-23\">"))
            let statements = files.keys.filter { $0.hasPrefix("billing/statements/") }
            #expect(statements.count >= 6, "\(portal) has \(statements.count) statements")
            for path in statements { #expect(billing.contains(path.replacingOccurrences(of: "billing/", with: ""))) }
            let csv = String(decoding: try #require(files["billing/ledger.csv"]), as: UTF8.self)
            #expect(csv.hasPrefix("date,kind,reference,amount,currency,due,open,note\r\n"))
            #expect(files.keys.contains { $0.hasPrefix("notices/") && $0.hasSuffix("-overdue/index.html") })
            #expect(!files.keys.contains { $0.hasPrefix("receivables/") || $0.hasPrefix("customers/") })
        }
    }

    @Test func statementsChainMonthToMonth() throws {
        let out = try Self.build()
        defer { out.remove() }
        let files = out.files(under: "hokuto")
        let months = files.keys.filter { $0.hasPrefix("billing/statements/") }.sorted()
        var previousClosing: String?
        for path in months {
            let html = String(decoding: files[path]!, as: UTF8.self)
            let opening = try #require(Self.figure(after: "Opening balance</td><td class=\"num\">", in: html))
            let closing = try #require(Self.figure(after: "<strong>Closing balance</strong></td><td class=\"num\"><strong>", in: html))
            if let previousClosing { #expect(opening == previousClosing, "\(path)") }
            previousClosing = closing
            #expect(!closing.contains("."), "JPY has no decimals: \(path)")
        }
        let billing = String(decoding: files["billing/index.html"]!, as: UTF8.self)
        #expect(billing.contains(try #require(previousClosing)))
        // The early-payment discount in ACME's January has no note: no dangling separator.
        let january = String(decoding: try #require(out.files(under: "acme")["billing/statements/2026-01/index.html"]), as: UTF8.self)
        #expect(january.contains("<td>Early-payment discount</td>"))
        #expect(january.contains("Attn: Jane Roe"))
    }

    @Test func dashboardListsEveryOverdueInvoiceOnceInTheStaffPortalOnly() throws {
        let out = try Self.build()
        defer { out.remove() }
        let dashboard = String(decoding: try #require(out.files(under: "staff")["receivables/index.html"]), as: UTF8.self)
        for currency in ["USD", "GBP", "JPY", "BHD"] { #expect(dashboard.contains("<th scope=\"row\">\(currency)</th>")) }
        for ref in ["INV-1005", "GX-2007", "HK-3007", "GL-4008"] {
            #expect(dashboard.components(separatedBy: "<td class=\"nowrap\">\(ref)</td>").count == 2, "\(ref) should appear once")
        }
        #expect(dashboard.contains("refer to arbitration"))
        #expect(dashboard.contains("file a small-claims court claim"))
        #expect(dashboard.contains("start proceedings in court"))
        // Court actions come before letters still to send.
        let firstLetter = try #require(dashboard.range(of: "send the "))
        let lastCourt = try #require(dashboard.range(of: "start proceedings in court", options: .backwards))
        #expect(lastCourt.lowerBound < firstLetter.lowerBound)
    }

    static func figure(after marker: String, in html: String) -> String? {
        guard let start = html.range(of: marker) else { return nil }
        return String(html[start.upperBound...].prefix { $0 != "<" })
    }
}
