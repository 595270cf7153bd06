import Foundation
import Testing
@testable import PorticoCore

@Suite struct CollectionsTests {
    @Test(arguments: [(0, "current"), (1, "1–30"), (30, "1–30"), (31, "31–60"), (60, "31–60"), (90, "61–90"), (91, "over 90"), (-5, "current")])
    func agingBuckets(days: Int, label: String) {
        #expect(AgingBucket.of(daysPastDue: days, bounds: [30, 60, 90]).label == label)
    }

    @Test(arguments: [
        ("2026-05-07", nil as String?), ("2026-05-08", "courtesy"), ("2026-05-15", "due"), ("2026-05-21", "due"),
        ("2026-05-22", "overdue"), ("2026-05-29", "formal"), ("2026-06-14", "final"), ("2026-07-14", "escalation"),
    ])
    func reminderStageIsTheLastReached(asOf: String, stage: String?) throws {
        let c = try Ledgers.customer(["2026-04-15,invoice,A,2500.00,2026-05-15,"])
        #expect(try #require(Ledgers.figures(c, asOf: asOf).first).stage?.stage == stage)
    }

    @Test func nextActionIsTheNextLetterThenTheRightForum() throws {
        let rows = ["2026-01-01,invoice,A,2500.00,2026-01-31,"]
        let soon = try #require(Ledgers.figures(try Ledgers.customer(rows), asOf: "2026-02-08").first)
        #expect(soon.nextAction == .reminder(ReceivablesPolicy.standard.reminders[3], on: Ledgers.date("2026-02-14")))

        let late = "2026-06-01"
        let arbitration = try #require(Ledgers.figures(try Ledgers.customer(rows, arbitration: true), asOf: late).first)
        #expect(arbitration.nextAction == .arbitration)
        let limits = Ledgers.policy(limits: ["USD": 10000])
        let small = try #require(Ledgers.figures(try Ledgers.customer(rows), asOf: late, policy: limits).first)
        #expect(small.nextAction == .smallClaims(limit: Money(minorUnits: 1_000_000, currency: Currency(code: "USD")!)))
        let big = try Ledgers.customer(["2026-01-01,invoice,A,12000.00,2026-01-31,"])
        #expect(try #require(Ledgers.figures(big, asOf: late, policy: limits).first).nextAction == .court)
        let yen = try Ledgers.customer(["2026-01-01,invoice,A,5000,2026-01-31,"], currency: "JPY")
        #expect(try #require(Ledgers.figures(yen, asOf: late, policy: limits).first).nextAction == .court)
    }

    @Test func earlyPaymentDiscountSettlesInFull() throws {
        // 4,815.00 less 2% (96.30) = 4,718.70 paid 8 days after the invoice: settled.
        let discount = PaymentTerms.EarlyDiscount(percent: 2, days: 10)
        let c = try Ledgers.customer(["2026-01-06,invoice,A,4815.00,,", "2026-01-14,payment,A,4718.70,,"], discount: discount)
        let r = Receivables(customer: c, asOf: Ledgers.date("2026-03-01"), policy: .standard)
        #expect(r.open.isEmpty)
        #expect(r.balance.isZero)
        #expect(r.account.invoices[0].applications.map(\.kind) == [.payment, .discount])
        // Outside the window the same payment leaves 96.30 open.
        let late = try Ledgers.customer(["2026-01-06,invoice,A,4815.00,,", "2026-01-20,payment,A,4718.70,,"], discount: discount)
        #expect(Receivables(customer: late, asOf: Ledgers.date("2026-03-01"), policy: .standard).balance.decimalString == "96.30")
    }

    @Test func unnamedPaymentsSettleTheOldestFirstAndOverpaymentIsACredit() throws {
        let c = try Ledgers.customer([
            "2026-01-01,invoice,A,100.00,,", "2026-02-01,invoice,B,100.00,,",
            "2026-03-01,payment,,150.00,,", "2026-03-02,payment,B,80.00,,",
        ])
        let r = Receivables(customer: c, asOf: Ledgers.date("2026-03-31"), policy: .standard)
        #expect(r.account.invoices.map(\.open.decimalString) == ["0.00", "0.00"])
        #expect(r.account.unappliedCredit.decimalString == "30.00")
        #expect(r.balance.decimalString == "-30.00")
        #expect(r.account.warnings.count == 1)
        #expect(r.account.warnings.first?.line == 5)
    }

    @Test func entriesAfterTheAsOfDateAreNotYetKnown() throws {
        let c = try Ledgers.customer(["2026-01-01,invoice,A,100.00,,", "2026-02-15,payment,A,100.00,,"])
        #expect(Receivables(customer: c, asOf: Ledgers.date("2026-02-14"), policy: .standard).balance.decimalString == "100.00")
        #expect(Receivables(customer: c, asOf: Ledgers.date("2026-02-15"), policy: .standard).balance.isZero)
    }

    @Test func statementsChainAndSumToTheBalance() throws {
        let discount = PaymentTerms.EarlyDiscount(percent: 2, days: 10)
        let c = try Ledgers.customer([
            "2026-01-06,invoice,A,4815.00,,", "2026-01-14,payment,A,4718.70,,", "2026-02-03,invoice,B,300.00,,",
            "2026-03-05,credit,B,50.00,,", "2026-03-20,invoice,C,99.99,,",
        ], discount: discount)
        let r = Receivables(customer: c, asOf: Ledgers.date("2026-04-30"), policy: .standard)
        let statements = r.statements
        #expect(statements.map(\.month) == ["2026-01", "2026-02", "2026-03"])
        #expect(statements[0].lines.map(\.kind) == ["Invoice", "Payment", "Early-payment discount"])
        #expect(statements[0].closing.isZero)
        for (a, b) in zip(statements, statements.dropFirst()) { #expect(a.closing == b.opening) }
        #expect(statements.last?.closing == r.balance)
    }

    @Test func ledgerCSVNeutralisesFormulas() throws {
        let c = try Ledgers.customer(["2026-01-01,invoice,=HYPERLINK(1),100.00,,\"+cmd, x\"", "2026-01-02,payment,,10.00,,@SUM(A1)"])
        let csv = LedgerCSV.text(Receivables(customer: c, asOf: Ledgers.date("2026-02-01"), policy: .standard))
        let rows = csv.components(separatedBy: "\r\n")
        #expect(rows[0] == "date,kind,reference,amount,currency,due,open,note")
        #expect(rows[1] == "2026-01-01,invoice,'=HYPERLINK(1),100.00,USD,2026-01-31,90.00,\"'+cmd, x\"")
        #expect(rows[2] == "2026-01-02,payment,,10.00,USD,,,'@SUM(A1)")
        for bad in ["=", "+", "-", "@", "\t", "\r", "\n"] { #expect(LedgerCSV.neutralised(bad + "x").hasPrefix("'")) }
        #expect(LedgerCSV.neutralised("plain") == "plain")
    }
}
