/// An ISO 4217 currency and the number of digits of its minor unit.
public struct Currency: Hashable, Comparable, Sendable, CustomStringConvertible {
    public let code: String
    public let minorUnitDigits: Int

    /// Known currencies only: a typo in `currency:` must not silently pick
    /// two decimals.
    public init?(code: String) {
        guard let digits = Currency.minorUnits[code] else { return nil }
        self.code = code
        minorUnitDigits = digits
    }

    public var description: String { code }
    public static func < (a: Self, b: Self) -> Bool { a.code < b.code }

    /// 10^digits: the number of minor units in one major unit.
    public var scale: Int {
        var s = 1
        for _ in 0..<minorUnitDigits { s *= 10 }
        return s
    }

    static let minorUnits: [String: Int] = [
        "AED": 2, "ARS": 2, "AUD": 2, "BGN": 2, "BHD": 3, "BRL": 2, "CAD": 2, "CHF": 2,
        "CLP": 0, "CNY": 2, "COP": 2, "CZK": 2, "DKK": 2, "EGP": 2, "EUR": 2, "GBP": 2,
        "HKD": 2, "HUF": 2, "IDR": 2, "ILS": 2, "INR": 2, "IQD": 3, "ISK": 0, "JOD": 3,
        "JPY": 0, "KRW": 0, "KWD": 3, "LYD": 3, "MAD": 2, "MXN": 2, "MYR": 2, "NOK": 2,
        "NZD": 2, "OMR": 3, "PHP": 2, "PLN": 2, "QAR": 2, "RON": 2, "SAR": 2, "SEK": 2,
        "SGD": 2, "THB": 2, "TND": 3, "TRY": 2, "TWD": 2, "UAH": 2, "UGX": 0, "USD": 2,
        "VND": 0, "XAF": 0, "XOF": 0, "ZAR": 2,
    ]
}
