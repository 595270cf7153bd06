@testable import PorticoCore

/// Builds customers from ledger rows in the CSV format, for receivables math.
enum Ledgers {
    static func customer(_ rows: [String], currency: String = "USD", netDays: Int = 30,
                         discount: PaymentTerms.EarlyDiscount? = nil, arbitration: Bool = false) throws -> Customer {
        let currency = Currency(code: currency)!
        let text = "date,kind,reference,amount,due,note\n" + rows.joined(separator: "\n") + "\n"
        let (ledger, _) = try LedgerParser(path: "ledger.csv", currency: currency, netDays: netDays).parse(text)
        return Customer(id: CustomerID("c")!, name: "C", currency: currency,
                        terms: PaymentTerms(netDays: netDays, earlyDiscount: discount),
                        arbitration: arbitration, contacts: [], ledger: ledger, documents: [])
    }

    static func date(_ s: String) -> CalendarDate { CalendarDate(iso: s)! }

    static func policy(rate: Decimal = 8, grace: Int = 0, limits: [String: Decimal] = [:]) -> ReceivablesPolicy {
        let p = ReceivablesPolicy.standard
        return ReceivablesPolicy(agingBuckets: p.agingBuckets, annualRatePercent: rate, graceDays: grace,
                                 fixedCompensation: p.fixedCompensation, reminders: p.reminders, smallClaimsLimit: limits)
    }

    static func figures(_ customer: Customer, asOf: String, policy: ReceivablesPolicy = policy()) -> [InvoiceFigures] {
        Receivables(customer: customer, asOf: date(asOf), policy: policy).open
    }
}

import Foundation
