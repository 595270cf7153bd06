import Foundation
import Testing
@testable import PorticoCore

/// Each expected figure is worked out by hand in the comment beside it.
@Suite struct LateFeeTests {
    @Test func theWorkedExampleFromTheIssue() throws {
        // 2,500.00 due 2026-05-15, unpaid, 8%, as of 2026-07-01: 47 days;
        // 2500 × 0.08 × 47 / 365 = 25.7534… → 25.75; compensation tier below 10,000 → 70.
        let c = try Ledgers.customer(["2026-04-15,invoice,A,2500.00,2026-05-15,"])
        let f = try #require(Ledgers.figures(c, asOf: "2026-07-01").first)
        #expect(f.daysPastDue == 47)
        #expect(f.lateFee.interest.decimalString == "25.75")
        #expect(f.lateFee.compensation.decimalString == "70.00")
        #expect(f.totalDue.decimalString == "2595.75")
    }

    @Test(arguments: [("999.99", "40.00"), ("1000.00", "70.00"), ("9999.99", "70.00"), ("10000.00", "100.00")])
    func compensationTierBoundsAreExclusive(amount: String, compensation: String) throws {
        let c = try Ledgers.customer(["2026-01-01,invoice,A,\(amount),2026-01-31,"])
        #expect(try #require(Ledgers.figures(c, asOf: "2026-02-01").first).lateFee.compensation.decimalString == compensation)
    }

    @Test func partialPaymentReducesThePrincipalFromItsOwnDate() throws {
        // 1,000.00 due 2026-03-01; 400.00 paid 2026-03-11; as of 2026-03-31.
        // Mar 2–10: 9 days on 1,000 → 1.9726; Mar 11–31: 21 days on 600 → 2.7616; total 4.7342 → 4.73.
        let c = try Ledgers.customer(["2026-02-01,invoice,A,1000.00,2026-03-01,", "2026-03-11,payment,A,400.00,,"])
        let f = try #require(Ledgers.figures(c, asOf: "2026-03-31").first)
        #expect(f.status.open.decimalString == "600.00")
        #expect(f.lateFee.interest.decimalString == "4.73")
    }

    @Test func aCreditNoteCountsLikeAPayment() throws {
        let c = try Ledgers.customer(["2026-02-01,invoice,A,1000.00,2026-03-01,", "2026-03-11,credit,A,400.00,,"])
        #expect(try #require(Ledgers.figures(c, asOf: "2026-03-31").first).lateFee.interest.decimalString == "4.73")
    }

    @Test func graceDaysWaiveTheWholeFeeUntilPassed() throws {
        // grace 10: 10 days late → nothing; 11 days late → interest for all 11 days:
        // 2500 × 0.08 × 11 / 365 = 6.0274 → 6.03, plus 70.
        let c = try Ledgers.customer(["2026-04-15,invoice,A,2500.00,2026-05-15,"])
        let policy = Ledgers.policy(grace: 10)
        #expect(try #require(Ledgers.figures(c, asOf: "2026-05-25", policy: policy).first).lateFee.total.isZero)
        let late = try #require(Ledgers.figures(c, asOf: "2026-05-26", policy: policy).first).lateFee
        #expect(late.interest.decimalString == "6.03")
        #expect(late.compensation.decimalString == "70.00")
    }

    @Test func yenHasNoMinorUnit() throws {
        // ¥480,000 due 2026-01-31, 30 days: 480000 × 0.08 × 30 / 365 = 3156.16 → 3156; ¥480,000 ≥ 10,000 → ¥100.
        let c = try Ledgers.customer(["2026-01-01,invoice,A,480000,2026-01-31,"], currency: "JPY")
        let f = try #require(Ledgers.figures(c, asOf: "2026-03-02").first)
        #expect(f.lateFee.interest.minorUnits == 3156)
        #expect(f.lateFee.compensation.description == "JPY\u{00A0}100")
    }

    @Test func bahrainiDinarHasThreeDecimals() throws {
        // BHD 1,250.500, 60 days: 1250.5 × 0.08 × 60 / 365 = 16.44493 → 16.445; tier below 10,000 → 70.000.
        let c = try Ledgers.customer(["2026-01-01,invoice,A,1250.500,2026-01-31,"], currency: "BHD")
        let f = try #require(Ledgers.figures(c, asOf: "2026-04-01").first)
        #expect(f.daysPastDue == 60)
        #expect(f.lateFee.interest.decimalString == "16.445")
        #expect(f.lateFee.compensation.decimalString == "70.000")
    }

    @Test func interestRoundsHalfToEven() throws {
        // At 10%: 18.25 for 1 day = 1825 × 10 / 36500 = 0.5 minor unit → 0 (even);
        // 54.75 for 1 day = 1.5 → 2 (even).
        let policy = Ledgers.policy(rate: 10)
        let a = try Ledgers.customer(["2026-01-01,invoice,A,18.25,2026-01-31,"])
        #expect(try #require(Ledgers.figures(a, asOf: "2026-02-01", policy: policy).first).lateFee.interest.minorUnits == 0)
        let b = try Ledgers.customer(["2026-01-01,invoice,A,54.75,2026-01-31,"])
        #expect(try #require(Ledgers.figures(b, asOf: "2026-02-01", policy: policy).first).lateFee.interest.minorUnits == 2)
    }

    @Test func nothingIsChargedBeforeTheDueDate() throws {
        let c = try Ledgers.customer(["2026-01-01,invoice,A,500.00,2026-01-31,"])
        #expect(try #require(Ledgers.figures(c, asOf: "2026-01-31").first).lateFee.total.isZero)
    }
}
