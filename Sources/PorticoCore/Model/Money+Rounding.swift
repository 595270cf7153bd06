public import Foundation

extension Money {
    /// `amount × percent / 100`, rounded half-even to the minor unit, once.
    public func percentage(_ percent: Decimal) -> Money {
        Money.rounding(Decimal(minorUnits) * percent / 100, currency: currency)
    }

    /// A major-unit figure from a policy (`70`, `10000`) in minor units of `currency`.
    public static func major(_ amount: Decimal, currency: Currency) -> Money {
        rounding(amount * Decimal(currency.scale), currency: currency)
    }

    /// Rounds a figure in minor units half-even (banker's rounding) to a whole minor unit.
    public static func rounding(_ minorUnits: Decimal, currency: Currency) -> Money {
        var value = minorUnits
        var rounded = Decimal()
        NSDecimalRound(&rounded, &value, 0, .bankers)
        return Money(minorUnits: NSDecimalNumber(decimal: rounded).intValue, currency: currency)
    }
}
