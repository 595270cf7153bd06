extension Money {
    public enum ParseError: Error, Equatable, CustomStringConvertible {
        case empty
        case tooManyDecimals(allowed: Int)
        case thousandsSeparator
        case currencySign
        case notANumber
        case tooLarge

        public var description: String {
            switch self {
            case .empty: return "the amount is empty"
            case .tooManyDecimals(let n):
                return n == 0 ? "this currency has no minor unit: write a whole number"
                    : "this currency has \(n) decimal\(n == 1 ? "" : "s"); the amount has more"
            case .thousandsSeparator:
                return "write the amount without thousands separators (1250.00, not 1,250.00)"
            case .currencySign:
                return "write the amount without a currency sign or code; the currency comes from customer.yml"
            case .notANumber: return "not an amount: use digits and an optional decimal point, like 1250.00"
            case .tooLarge: return "the amount is too large"
            }
        }
    }

    /// Parses a plain non-negative decimal (`1250`, `1250.5`, `1250.00`) into
    /// minor units. It never guesses: separators and signs are errors.
    public static func parse(_ raw: String, currency: Currency) throws(ParseError) -> Money {
        let text = raw.trimmingSpaces()
        guard !text.isEmpty else { throw .empty }
        var whole = 0
        var fraction = 0
        var fractionDigits = 0
        var seenPoint = false
        var seenDigit = false
        for ch in text.utf8 {
            switch ch {
            case UInt8(ascii: "0")...UInt8(ascii: "9"):
                seenDigit = true
                let d = Int(ch - UInt8(ascii: "0"))
                if seenPoint {
                    fractionDigits += 1
                    // "10.500" in a 2-digit currency is more decimals than allowed, zeros or not.
                    guard fractionDigits <= currency.minorUnitDigits else {
                        throw .tooManyDecimals(allowed: currency.minorUnitDigits)
                    }
                    fraction = fraction * 10 + d
                } else {
                    let (m, o1) = whole.multipliedReportingOverflow(by: 10)
                    let (s, o2) = m.addingReportingOverflow(d)
                    guard !o1, !o2, s < Int.max / 10_000 else { throw .tooLarge }
                    whole = s
                }
            case UInt8(ascii: "."):
                guard !seenPoint else { throw .notANumber }
                seenPoint = true
            case UInt8(ascii: ","), UInt8(ascii: "_"), UInt8(ascii: "'"):
                throw .thousandsSeparator
            case UInt8(ascii: "$"), UInt8(ascii: "A")...UInt8(ascii: "Z"), 0x80...0xFF:
                throw .currencySign  // $, £, €, ¥ or a code such as USD
            default:
                throw .notANumber
            }
        }
        guard seenDigit else { throw .notANumber }
        for _ in fractionDigits..<currency.minorUnitDigits { fraction *= 10 }
        return Money(minorUnits: whole * currency.scale + fraction, currency: currency)
    }
}

extension String {
    func trimmingSpaces() -> String {
        var s = Substring(self)
        while let f = s.first, f == " " || f == "\t" { s.removeFirst() }
        while let l = s.last, l == " " || l == "\t" { s.removeLast() }
        return String(s)
    }
}
