import BigInt

/// Python's `round()` with CPython 3.11's exact semantics:
/// `round(x)` rounds half to even to an int (`round(2.5) == 2`);
/// `round(x, n)` rounds the exact binary value correctly in decimal
/// (`round(2.675, 2) == 2.67`, like `double_round` via dtoa mode 3);
/// `round(int, n)` with negative `n` rounds half to even
/// (`round(1250, -2) == 1200`).
public enum PythonRound {
    /// `round(x)` for a float: nearest int, ties to even.
    public static func round(_ x: Double) throws -> BigInt {
        try IntegerConversion.toInteger(x.rounded(.toNearestOrEven))
    }

    /// `round(x, ndigits)` for a float.
    public static func round(_ x: Double, ndigits: Int) throws -> Double {
        if !x.isFinite || x == 0 { return x }
        // CPython's NDIGITS_MAX / NDIGITS_MIN: beyond them the answer is
        // x itself or a signed zero without any conversion.
        if ndigits > 323 { return x }
        if ndigits < -308 { return 0 * x }
        let decimal = DecimalDigits(exact: x).rounded(fractionDigits: ndigits)
        if decimal.isZero { return x < 0 ? -0.0 : 0.0 }
        var text = x < 0 ? "-0." : "0."
        text += String(decoding: decimal.digits.map { $0 + 48 }, as: UTF8.self)
        text += "e\(decimal.decimalPoint)"
        guard let result = Double(text), result.isFinite else {
            throw PyFailure.overflow("rounded value too large to represent")
        }
        return result
    }

    /// `round(n, ndigits)` for an int; only negative `ndigits` change it.
    public static func round(_ n: BigInt, ndigits: Int) -> BigInt {
        if ndigits >= 0 { return n }
        // |n| < 10^k / 2 rounds to 0; skip building a huge 10^k (round(5, -10**9)).
        let decimalDigitsBound = n.magnitude.bitWidth * 30103 / 100000 + 2
        if -ndigits > decimalDigitsBound { return 0 }
        let scale = LargeIntegerKernels.power(BigInt(10), -ndigits)
        let (q, r) = LargeIntegerKernels.quotientAndRemainder(n, scale)
        // Work with the magnitude so ties go to the even multiple.
        var quotient = q.magnitude
        let twice = r.magnitude * 2
        if twice > scale.magnitude || (twice == scale.magnitude && quotient[bitAt: 0]) {
            quotient += 1
        }
        let magnitude = LargeIntegerKernels.multiply(BigInt(quotient), scale)
        return n.signum() < 0 ? -magnitude : magnitude
    }
}
