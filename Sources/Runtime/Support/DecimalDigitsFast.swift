/// Fast paths for `DecimalDigits` on doubles of everyday size: the exact
/// binary value is rounded half-even with 64/128-bit integer arithmetic
/// instead of a big-integer expansion. They return nil (and the caller
/// takes the exact path) whenever the result would not fit a `UInt64`.
extension DecimalDigits {
    private static let powersOfTen: [UInt64] = {
        var table: [UInt64] = [1]
        for _ in 1...19 { table.append(table[table.count - 1] &* 10) }
        return table
    }()

    /// `|x|` rounded half-even to `places` decimal places (negative: to tens,
    /// hundreds, ...), as the integer `q` meaning `q × 10^-places`.
    static func roundedInteger(_ x: Double, places: Int) -> UInt64? {
        let x = x.magnitude
        guard x.isFinite, x < 9e18, places >= -18, places <= 19 else { return nil }
        if x == 0 { return 0 }
        let biased = Int(x.exponentBitPattern)
        let mantissa = x.significandBitPattern | (biased == 0 ? 0 : 1 << 52)
        let exponent = biased == 0 ? -1074 : biased - 1075
        if places >= 0 {
            let scale = powersOfTen[places]
            guard x * Double(scale) < 9e18 else { return nil }
            if exponent >= 0 { return (mantissa << UInt64(exponent)) * scale }
            let product = mantissa.multipliedFullWidth(by: scale)
            return shiftRoundingHalfEven(high: product.high, low: product.low, by: -exponent)
        }
        let divisor = powersOfTen[-places]
        let integerPart: UInt64
        var fractionNonZero = false
        if exponent >= 0 {
            integerPart = mantissa << UInt64(exponent)
        } else if -exponent >= 64 {
            integerPart = 0
            fractionNonZero = true
        } else {
            integerPart = mantissa >> UInt64(-exponent)
            fractionNonZero = mantissa & ((1 << UInt64(-exponent)) - 1) != 0
        }
        var q = integerPart / divisor
        let twiceRemainder = (integerPart % divisor) * 2
        if twiceRemainder > divisor || (twiceRemainder == divisor && (fractionNonZero || q & 1 == 1)) {
            q += 1
        }
        return q
    }

    /// `(high:low) / 2^shift` rounded half to even; nil if it overflows.
    private static func shiftRoundingHalfEven(high: UInt64, low: UInt64, by shift: Int) -> UInt64? {
        if shift >= 128 { return 0 }  // the product is below 2^117, so under one half
        var q: UInt64
        var halfBit: Bool
        var below: Bool
        if shift >= 64 {
            let s = UInt64(shift - 64)
            q = high >> s
            halfBit = s == 0 ? low >> 63 == 1 : (high >> (s - 1)) & 1 == 1
            below = s == 0 ? low << 1 != 0 : (high & ((1 << (s - 1)) - 1)) != 0 || low != 0
        } else {
            let s = UInt64(shift)
            guard s == 0 || high >> s == 0 else { return nil }
            q = s == 0 ? low : (low >> s) | (high << (64 - s))
            halfBit = s == 0 ? false : (low >> (s - 1)) & 1 == 1
            below = s <= 1 ? false : low & ((1 << (s - 1)) - 1) != 0
        }
        if halfBit && (below || q & 1 == 1) {
            let (sum, overflow) = q.addingReportingOverflow(1)
            if overflow { return nil }
            q = sum
        }
        return q
    }

    /// Digits of `q × 10^-places`.
    static func fromScaled(_ q: UInt64, places: Int) -> DecimalDigits {
        if q == 0 { return DecimalDigits(digits: [0], decimalPoint: 1) }
        var digits = Array(String(q).utf8).map { $0 - 48 }
        let point = digits.count - places
        while digits.last == 0 { digits.removeLast() }
        return DecimalDigits(digits: digits, decimalPoint: point)
    }

    /// `|x|` rounded to `places` digits after the point, if cheap.
    static func fastFixed(_ x: Double, places: Int) -> DecimalDigits? {
        roundedInteger(x, places: places).map { fromScaled($0, places: places) }
    }

    /// `|x|` rounded to `count` significant digits, if cheap.
    static func fastSignificant(_ x: Double, count: Int) -> DecimalDigits? {
        let x = x.magnitude
        guard count >= 1, count <= 18, x.isFinite else { return nil }
        if x == 0 { return DecimalDigits(digits: [0], decimalPoint: 1) }
        guard x >= 1e-18, x < 9e18 else { return nil }
        // The exact decimal exponent E with 10^E <= x < 10^(E+1): a guess
        // from the binary exponent, corrected by exact comparisons.
        var exponent = Int(((Double(x.exponent) + (x.significand - 1)) * 0.30102999566398120).rounded(.down))
        for _ in 0..<3 {
            guard let atLeast = atLeastPowerOfTen(x, exponent) else { return nil }
            if !atLeast {
                exponent -= 1
                continue
            }
            guard let above = atLeastPowerOfTen(x, exponent + 1) else { return nil }
            if above {
                exponent += 1
                continue
            }
            let places = count - 1 - exponent
            return roundedInteger(x, places: places).map { fromScaled($0, places: places) }
        }
        return nil
    }

    /// Whether `x >= 10^power`, decided exactly (nil outside the table).
    private static func atLeastPowerOfTen(_ x: Double, _ power: Int) -> Bool? {
        if power >= 0 {
            guard power <= 19 else { return nil }
            return x >= Double(powersOfTen[power])  // exact: 10^19 < 2^64 and 10^k is exact for k <= 22
        }
        guard -power <= 19 else { return nil }
        let biased = Int(x.exponentBitPattern)
        let mantissa = x.significandBitPattern | (biased == 0 ? 0 : 1 << 52)
        let exponent = biased == 0 ? -1074 : biased - 1075
        if exponent >= 0 { return true }
        // x * 10^-power >= 1  <=>  mantissa * 10^-power >= 2^-exponent
        let product = mantissa.multipliedFullWidth(by: powersOfTen[-power])
        let shift = -exponent
        if shift >= 128 { return false }
        if shift >= 64 { return product.high >> UInt64(shift - 64) != 0 }
        return product.high != 0 || product.low >> UInt64(shift) != 0
    }
}
