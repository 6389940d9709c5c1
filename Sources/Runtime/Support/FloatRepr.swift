/// Python's `repr(float)` / `str(float)` and `float.hex()`.
///
/// `repr` is the shortest digit string that round-trips (CPython's
/// `float_repr_style == 'short'`), laid out as CPython does: `1e+16`,
/// `1e-05`, `0.30000000000000004`, `100.0`, `-0.0`, `inf`, `nan`.
public enum FloatRepr {
    /// `repr(x)` for a Python float.
    public static func repr(_ x: Double) -> String {
        FloatToString.repr(x)
    }

    /// `float.hex(x)`, e.g. `0x1.8000000000000p+1` for 3.0.
    public static func hex(_ x: Double) -> String {
        if x.isNaN { return "nan" }
        if x.isInfinite { return x < 0 ? "-inf" : "inf" }
        let sign = x.sign == .minus ? "-" : ""
        if x == 0 { return sign + "0x0.0p+0" }
        let biased = Int(x.exponentBitPattern)
        let fraction = x.significandBitPattern
        let lead = biased == 0 ? "0" : "1"
        let exponent = biased == 0 ? -1022 : biased - 1023
        var digits = String(fraction, radix: 16)
        digits = String(repeating: "0", count: 13 - digits.count) + digits
        return "\(sign)0x\(lead).\(digits)p\(exponent < 0 ? "-" : "+")\(exponent.magnitude)"
    }

    /// `float.is_integer()`: finite with no fractional part.
    public static func isInteger(_ x: Double) -> Bool {
        x.isFinite && x.rounded(.towardZero) == x
    }
}
