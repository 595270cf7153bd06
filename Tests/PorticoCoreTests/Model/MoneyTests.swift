import Testing
@testable import PorticoCore

@Suite struct MoneyTests {
    static let usd = Currency(code: "USD")!
    static let jpy = Currency(code: "JPY")!
    static let bhd = Currency(code: "BHD")!

    @Test(arguments: [
        ("1250.00", usd, 125_000, "USD\u{00A0}1,250.00"),
        ("1250", usd, 125_000, "USD\u{00A0}1,250.00"),
        ("0.5", usd, 50, "USD\u{00A0}0.50"),
        ("1234567.89", usd, 123_456_789, "USD\u{00A0}1,234,567.89"),
        ("480000", jpy, 480_000, "JPY\u{00A0}480,000"),
        ("1250.500", bhd, 1_250_500, "BHD\u{00A0}1,250.500"),
        ("0.001", bhd, 1, "BHD\u{00A0}0.001"),
    ])
    func parsesAndFormats(text: String, currency: Currency, minor: Int, shown: String) throws {
        let money = try Money.parse(text, currency: currency)
        #expect(money.minorUnits == minor)
        #expect(money.description == shown)
    }

    @Test(arguments: [
        ("10.500", usd, Money.ParseError.tooManyDecimals(allowed: 2)),
        ("1.5", jpy, .tooManyDecimals(allowed: 0)),
        ("1.0005", bhd, .tooManyDecimals(allowed: 3)),
        ("1,250.00", usd, .thousandsSeparator),
        ("$1250", usd, .currencySign),
        ("£12", usd, .currencySign),
        ("USD 12", usd, .currencySign),
        ("12a", usd, .notANumber),
        ("", usd, .empty),
        ("1.2.3", usd, .notANumber),
    ])
    func refusesToGuess(text: String, currency: Currency, expected: Money.ParseError) {
        #expect(throws: expected) { try Money.parse(text, currency: currency) }
    }

    @Test func negativeAndDecimalStrings() {
        #expect(Money(minorUnits: -3500, currency: Self.bhd).decimalString == "-3.500")
        #expect(Money(minorUnits: -5, currency: Self.usd).description == "−USD\u{00A0}0.05")
        #expect(Money(minorUnits: 7, currency: Self.usd).decimalString == "0.07")
    }

    @Test func percentageRoundsHalfEvenOnce() {
        // 2% of 12.25 = 0.245 → 0.24 (half-even), of 12.75 = 0.255 → 0.26.
        #expect(Money(minorUnits: 1225, currency: Self.usd).percentage(2).minorUnits == 24)
        #expect(Money(minorUnits: 1275, currency: Self.usd).percentage(2).minorUnits == 26)
        #expect(Money.major(70, currency: Self.bhd).minorUnits == 70_000)
        #expect(Money.major(100, currency: Self.jpy).minorUnits == 100)
    }

    @Test func unknownCurrencyIsRefused() {
        #expect(Currency(code: "XYZ") == nil)
        #expect(Currency(code: "usd") == nil)
        #expect(Currency(code: "KWD")?.minorUnitDigits == 3)
        #expect(Currency(code: "KRW")?.minorUnitDigits == 0)
    }
}
