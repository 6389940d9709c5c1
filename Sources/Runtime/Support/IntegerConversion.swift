import BigInt

/// Conversions between Python ints (`BigInt`) and floats with CPython's
/// semantics: int → float correctly rounded (half-even) with
/// `OverflowError: int too large to convert to float`; float → int exact
/// (`int(1e20) == 100000000000000000000`).
public enum IntegerConversion {
    /// `float(n)`, correctly rounded; nil when the result would overflow.
    public static func toDouble(_ value: BigInt) -> Double? {
        if let small = Int(exactly: value) { return Double(small) }
        let magnitude = value.magnitude
        let bits = magnitude.bitWidth  // BigUInt.bitWidth is the significant bit count
        if bits > 1024 { return nil }
        let shift = bits - 54
        let top = magnitude >> shift
        let sticky = magnitude.trailingZeroBitCount < shift
        var kept = UInt64(top >> 1)
        if top & 1 == 1 && (sticky || kept & 1 == 1) { kept += 1 }
        let result = Double(sign: value.signum() < 0 ? .minus : .plus,
                            exponent: shift + 1, significand: Double(kept))
        return result.isFinite ? result : nil
    }

    /// `float(n)`, throwing CPython's `OverflowError` when too large.
    public static func toDoubleOrThrow(_ value: BigInt) throws -> Double {
        guard let result = toDouble(value) else {
            throw PyFailure.overflow("int too large to convert to float")
        }
        return result
    }

    /// `int(x)` for a float: truncation toward zero, exact for any size.
    public static func toInteger(_ x: Double) throws -> BigInt {
        if x.isNaN { throw PyFailure.value("cannot convert float NaN to integer") }
        if x.isInfinite { throw PyFailure.overflow("cannot convert float infinity to integer") }
        let truncated = x.rounded(.towardZero)
        if let small = Int(exactly: truncated) { return BigInt(small) }
        let magnitude = truncated.magnitude
        let mantissa = BigUInt(magnitude.significandBitPattern) | (BigUInt(1) << 52)
        let exponent = Int(magnitude.exponentBitPattern) - 1075
        let result = BigInt(mantissa << exponent)
        return truncated < 0 ? -result : result
    }
}
