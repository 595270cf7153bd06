import Foundation
import Testing
@testable import PorticoCore

/// Properties that must hold for any ledger: checked over seeded random ones.
@Suite struct LedgerPropertyTests {
    /// SplitMix64: small, seedable, the same sequence on every platform.
    struct Random {
        var state: UInt64
        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
        mutating func int(_ range: ClosedRange<Int>) -> Int {
            range.lowerBound + Int(next() % UInt64(range.count))
        }
    }

    static func randomLedger(seed: UInt64, currency: String) throws -> Customer {
        var rng = Random(state: seed)
        func amount(_ minor: Int) -> String { Money(minorUnits: minor, currency: Currency(code: currency)!).decimalString }
        var day = CalendarDate(iso: "2026-01-01")!
        var rows: [String] = []
        var invoices: [(ref: String, minor: Int)] = []
        for i in 0..<rng.int(5...40) {
            day = day.adding(days: rng.int(0...9))
            if invoices.isEmpty || rng.int(0...2) == 0 {
                let minor = rng.int(1...2_000_000)
                invoices.append(("R-\(i)", minor))
                rows.append("\(day),invoice,R-\(i),\(amount(minor)),,note \(i)")
            } else {
                let target = invoices[rng.int(0...(invoices.count - 1))]
                let kind = rng.int(0...3) == 0 ? "credit" : "payment"
                let ref = rng.int(0...4) == 0 ? "" : target.ref
                let minor = max(1, target.minor * rng.int(1...120) / 100)
                rows.append("\(day),\(kind),\(ref),\(amount(minor)),,")
            }
        }
        let discount = rng.int(0...1) == 0 ? PaymentTerms.EarlyDiscount(percent: 2, days: 10) : nil
        return try Ledgers.customer(rows, currency: currency, discount: discount)
    }

    @Test(arguments: Array(UInt64(1)...UInt64(60)))
    func balancesStatementsAndFeesAreConsistent(seed: UInt64) throws {
        let currency = ["USD", "JPY", "BHD"][Int(seed % 3)]
        let customer = try Self.randomLedger(seed: seed, currency: currency)
        let asOf = CalendarDate(iso: "2027-02-01")!
        let r = Receivables(customer: customer, asOf: asOf, policy: .standard)

        let c = Currency(code: currency)!
        func sum(_ kind: LedgerEntry.Kind) -> Money {
            customer.ledger.entries.filter { $0.kind == kind }.reduce(.zero(c)) { $0 + $1.amount }
        }
        let discounts = r.account.invoices.flatMap(\.applications).filter { $0.kind == .discount }.reduce(.zero(c)) { $0 + $1.amount }
        #expect(r.balance == sum(.invoice) - sum(.payment) - sum(.credit) - discounts)

        let statements = r.statements
        #expect(statements.first?.opening.isZero ?? true)
        for (a, b) in zip(statements, statements.dropFirst()) { #expect(a.closing == b.opening) }
        #expect(statements.last?.closing ?? .zero(c) == r.balance)

        for invoice in r.account.invoices {
            #expect(!invoice.open.isNegative)
            #expect(invoice.open.minorUnits <= invoice.invoice.amount.minorUnits)
        }
        for f in r.open {
            #expect(!f.lateFee.interest.isNegative && !f.lateFee.compensation.isNegative)
            // Never more than a full year's simple interest on the whole invoice per year late.
            let cap = f.status.invoice.amount.minorUnits * 8 * max(f.daysPastDue, 0) / 36_500 + 1
            #expect(f.lateFee.interest.minorUnits <= cap)
        }

        let csv = try CSVTable(parsing: LedgerCSV.text(r))
        #expect(csv.records.count == r.account.entries.count + 1)
    }
}
