/// An exact amount: integer minor units of one currency. There is no
/// floating point anywhere money is parsed, computed or formatted.
public struct Money: Hashable, Sendable, CustomStringConvertible {
    public var minorUnits: Int
    public let currency: Currency

    public init(minorUnits: Int, currency: Currency) {
        self.minorUnits = minorUnits
        self.currency = currency
    }

    public static func zero(_ currency: Currency) -> Money { Money(minorUnits: 0, currency: currency) }

    public var isZero: Bool { minorUnits == 0 }
    public var isNegative: Bool { minorUnits < 0 }

    public static func + (a: Money, b: Money) -> Money {
        precondition(a.currency == b.currency, "adding \(a.currency) to \(b.currency)")
        return Money(minorUnits: a.minorUnits + b.minorUnits, currency: a.currency)
    }

    public static func - (a: Money, b: Money) -> Money {
        precondition(a.currency == b.currency, "subtracting \(b.currency) from \(a.currency)")
        return Money(minorUnits: a.minorUnits - b.minorUnits, currency: a.currency)
    }

    public static prefix func - (a: Money) -> Money { Money(minorUnits: -a.minorUnits, currency: a.currency) }

    /// The plain decimal, as in a CSV file: `1250.00`, `-3.500`, `480000`.
    public var decimalString: String {
        let digits = currency.minorUnitDigits
        let magnitude = minorUnits.magnitude
        let scale = UInt(currency.scale)
        var text = String(magnitude / scale)
        if digits > 0 {
            let fraction = String(magnitude % scale)
            text += "." + String(repeating: "0", count: digits - fraction.count) + fraction
        }
        return (minorUnits < 0 ? "-" : "") + text
    }

    /// For people: `USD 1,250.00`, `JPY 480,000`, `-BHD 3.500`.
    public var description: String {
        let plain = (minorUnits < 0 ? String(decimalString.dropFirst()) : decimalString)
        let parts = plain.split(separator: ".", maxSplits: 1)
        let grouped = Money.group(String(parts[0]))
        let body = parts.count > 1 ? grouped + "." + parts[1] : grouped
        return (minorUnits < 0 ? "−" : "") + currency.code + "\u{00A0}" + body
    }

    private static func group(_ digits: String) -> String {
        var out = ""
        for (i, ch) in digits.enumerated() {
            if i > 0, (digits.count - i) % 3 == 0 { out.append(",") }
            out.append(ch)
        }
        return out
    }
}
