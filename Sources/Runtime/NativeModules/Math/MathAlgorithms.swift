import BigInt
import Foundation

/// The numerical algorithms behind the `math` module, as CPython 3.11's
/// `Modules/mathmodule.c` computes them, over plain Swift numbers so they can
/// be tested without an interpreter. Failures are `PyFailure`s carrying
/// CPython's exception class and message.
public enum MathAlgorithms {
    /// `ValueError: math domain error`.
    public static let domainError = PyFailure.value("math domain error")
    /// `OverflowError: math range error`.
    public static let rangeError = PyFailure.overflow("math range error")

    /// `math_1`: applies `f` and maps a NaN from non-NaN input to a domain
    /// error and an infinity from finite input to a range error (when the
    /// function can overflow, like `exp`) or a domain error (like `log(0)`).
    public static func checked(_ x: Double, canOverflow: Bool, _ f: (Double) -> Double) throws -> Double {
        let r = f(x)
        if r.isNaN && !x.isNaN { throw domainError }
        if r.isInfinite && x.isFinite { throw canOverflow ? rangeError : domainError }
        return r
    }

    /// `math_2` for two-argument functions (`atan2`, `copysign`, `fmod`…).
    public static func checked2(_ x: Double, _ y: Double, _ f: (Double, Double) -> Double) throws -> Double {
        let r = f(x, y)
        if r.isNaN && !x.isNaN && !y.isNaN { throw domainError }
        if r.isInfinite && x.isFinite && y.isFinite { throw rangeError }
        return r
    }

    /// `math.fsum`: Shewchuk's exactly rounded sum of floats (CPython's
    /// `msum` with its special handling of infinities, NaNs and the final
    /// half-way correction).
    public static func fsum<S: Sequence>(_ values: S) throws -> Double where S.Element == Double {
        var partials: [Double] = []
        var specialSum = 0.0
        var infSum = 0.0
        for value in values {
            var x = value
            var kept = 0
            for j in 0..<partials.count {
                var y = partials[j]
                if abs(x) < abs(y) { swap(&x, &y) }
                let hi = x + y
                let lo = y - (hi - x)
                if lo != 0 {
                    partials[kept] = lo
                    kept += 1
                }
                x = hi
            }
            partials.removeSubrange(kept...)
            if x != 0 {
                if !x.isFinite {
                    // Either an inf/nan summand, or an intermediate overflow.
                    if value.isFinite { throw PyFailure.overflow("intermediate overflow in fsum") }
                    if value.isInfinite { infSum += value }
                    specialSum += value
                    partials.removeAll()
                } else {
                    partials.append(x)
                }
            }
        }
        if specialSum != 0 {
            if infSum.isNaN { throw PyFailure.value("-inf + inf in fsum") }
            return specialSum
        }
        var n = partials.count
        guard n > 0 else { return 0.0 }
        n -= 1
        var hi = partials[n]
        var lo = 0.0
        while n > 0 {
            let x = hi
            n -= 1
            let y = partials[n]
            hi = x + y
            lo = y - (hi - x)
            if lo != 0 { break }
        }
        // Round half-even correctly when the remaining partials push the
        // half-way case one way.
        if n > 0 && ((lo < 0 && partials[n - 1] < 0) || (lo > 0 && partials[n - 1] > 0)) {
            let y = lo * 2
            let x = hi + y
            if y == x - hi { hi = x }
        }
        return hi
    }

    /// `vector_norm`: the Euclidean norm behind `hypot` and `dist`, computed
    /// in doubled precision so it is (almost always) correctly rounded.
    /// `values` are magnitudes (already `fabs`'d).
    public static func vectorNorm(_ values: [Double]) -> Double {
        var maxValue = 0.0
        var foundNaN = false
        for x in values {
            if x.isNaN { foundNaN = true }
            if x > maxValue { maxValue = x }
        }
        return vectorNorm(values, max: maxValue, foundNaN: foundNaN)
    }

    private static func vectorNorm(_ values: [Double], max maxValue: Double, foundNaN: Bool) -> Double {
        if maxValue.isInfinite { return maxValue }
        if foundNaN { return .nan }
        if maxValue == 0 || values.count <= 1 { return maxValue }
        let maxExponent = Int(maxValue.exponent) + 1  // frexp's exponent
        if maxExponent < -1023 {
            let scaled = values.map { $0 / Double.leastNormalMagnitude }
            return Double.leastNormalMagnitude
                * vectorNorm(scaled, max: maxValue / Double.leastNormalMagnitude, foundNaN: false)
        }
        let scale = Double(sign: .plus, exponent: -maxExponent, significand: 1)
        var csum = 1.0, frac1 = 0.0, frac2 = 0.0
        for value in values {
            let x = value * scale
            let (prHi, prLo) = exactProduct(x, x)
            let (smHi, smLo) = fastTwoSum(csum, prHi)
            csum = smHi
            frac1 += prLo
            frac2 += smLo
        }
        var h = (csum - 1.0 + (frac1 + frac2)).squareRoot()
        let (prHi, prLo) = exactProduct(-h, h)
        let (smHi, smLo) = fastTwoSum(csum, prHi)
        csum = smHi
        frac1 += prLo
        frac2 += smLo
        let x = csum - 1.0 + (frac1 + frac2)
        h += x / (2.0 * h)
        return h / scale
    }

    private static func exactProduct(_ x: Double, _ y: Double) -> (Double, Double) {
        let z = x * y
        return (z, (-z).addingProduct(x, y))  // fused: exact low part
    }

    private static func fastTwoSum(_ a: Double, _ b: Double) -> (Double, Double) {
        let s = a + b
        return (s, (a - s) + b)
    }

    /// `math.isclose(a, b, rel_tol, abs_tol)`.
    public static func isClose(_ a: Double, _ b: Double, relTol: Double = 1e-9, absTol: Double = 0) throws -> Bool {
        if relTol < 0 || absTol < 0 { throw PyFailure.value("tolerances must be non-negative") }
        if a == b { return true }
        if a.isInfinite || b.isInfinite { return false }
        let diff = abs(b - a)
        return (diff <= abs(relTol * b)) || (diff <= abs(relTol * a)) || diff <= absTol
    }

    /// `math.isqrt(n)`: the floor of the exact square root.
    public static func isqrt(_ n: BigInt) throws -> BigInt {
        if n.signum() < 0 { throw PyFailure.value("isqrt() argument must be nonnegative") }
        return BigInt(n.magnitude.squareRoot())
    }

    /// Called between partial products so a caller can stop a long
    /// computation (the sandbox's wall-clock limit), with the bit widths of
    /// the product about to be computed (zeros when none is).
    public typealias Checkpoint = (_ leftBits: Int, _ rightBits: Int) throws -> Void

    /// `math.factorial(n)`, by binary splitting of the product.
    public static func factorial(_ n: Int, checkpoint: Checkpoint = { _, _ in }) throws -> BigInt {
        if n < 0 { throw PyFailure.value("factorial() not defined for negative values") }
        return BigInt(try product(from: 2, through: n, checkpoint: checkpoint))
    }

    /// The product `lo * (lo+1) * ... * hi` (1 when empty), balanced so big
    /// operands are multiplied together only at the end.
    public static func product(from lo: Int, through hi: Int, checkpoint: Checkpoint = { _, _ in }) throws -> BigUInt {
        if hi < lo { return 1 }
        if hi - lo < 16 {
            try checkpoint(0, 0)
            var r = BigUInt(1)
            var i = lo
            while i <= hi { r *= BigUInt(i); i += 1 }
            return r
        }
        let mid = lo + (hi - lo) / 2
        let left = try product(from: lo, through: mid, checkpoint: checkpoint)
        let right = try product(from: mid + 1, through: hi, checkpoint: checkpoint)
        try checkpoint(left.bitWidth, right.bitWidth)
        return LargeIntegerKernels.multiply(left, right)
    }

    /// `math.perm(n, k)`: `n! / (n-k)!`, 0 when `k > n`.
    public static func perm(_ n: BigInt, _ k: BigInt, checkpoint: Checkpoint = { _, _ in }) throws -> BigInt {
        if n.signum() < 0 { throw PyFailure.value("n must be a non-negative integer") }
        if k.signum() < 0 { throw PyFailure.value("k must be a non-negative integer") }
        if k > n { return 0 }
        guard let ni = Int(exactly: n), let ki = Int(exactly: k) else {
            throw PyFailure.overflow("n must not exceed \(Int.max)")
        }
        return BigInt(try product(from: ni - ki + 1, through: ni, checkpoint: checkpoint))
    }

    /// `math.comb(n, k)`: the binomial coefficient, 0 when `k > n`.
    public static func comb(_ n: BigInt, _ k: BigInt, checkpoint: Checkpoint = { _, _ in }) throws -> BigInt {
        if n.signum() < 0 { throw PyFailure.value("n must be a non-negative integer") }
        if k.signum() < 0 { throw PyFailure.value("k must be a non-negative integer") }
        if k > n { return 0 }
        let kk = min(k, n - k)
        guard let ni = Int(exactly: n), let ki = Int(exactly: kk) else {
            throw PyFailure.overflow("min(n - k, k) must not exceed \(Int.max)")
        }
        let numerator = try product(from: ni - ki + 1, through: ni, checkpoint: checkpoint)
        let denominator = try product(from: 2, through: ki, checkpoint: checkpoint)
        // The exact division costs about one product of the quotient by the denominator.
        try checkpoint(max(0, numerator.bitWidth - denominator.bitWidth), denominator.bitWidth)
        return BigInt(LargeIntegerKernels.quotientAndRemainder(numerator, denominator).quotient)
    }

    /// `math.gcd` of two integers (non-negative result). Numbers of
    /// thousands of bits go by Euclid's remainders, with `checkpoint`
    /// between steps: the library's binary GCD cannot be interrupted and
    /// takes minutes on million-bit operands.
    public static func gcd(_ a: BigInt, _ b: BigInt, checkpoint: Checkpoint = { _, _ in }) throws -> BigInt {
        var x = a.magnitude, y = b.magnitude
        if x < y { swap(&x, &y) }
        while !y.isZero && x.bitWidth > 4096 {
            try checkpoint(0, 0)
            (x, y) = (y, LargeIntegerKernels.quotientAndRemainder(x, y).remainder)
        }
        return BigInt(LargeIntegerKernels.gcd(x, y))
    }

    /// `math.lcm` of two integers (non-negative result, 0 if either is 0).
    public static func lcm(_ a: BigInt, _ b: BigInt, checkpoint: Checkpoint = { _, _ in }) throws -> BigInt {
        if a.isZero || b.isZero { return 0 }
        let g = try gcd(a, b, checkpoint: checkpoint).magnitude
        return BigInt((a.magnitude / g) * b.magnitude)
    }

    /// A logarithm of a positive int of any size (`loghelper`): `f` of the
    /// exact double when it fits, else `f(m) + e*f(2)` from the top bits.
    public static func log(_ n: BigInt, _ f: (Double) -> Double = { Foundation.log($0) }) throws -> Double {
        if n.signum() <= 0 { throw domainError }
        if let d = IntegerConversion.toDouble(n), d.isFinite { return f(d) }
        // frexp of the int: mantissa in [0.5, 1), exponent = bit length.
        let bits = n.magnitude.bitWidth
        let top = UInt64(n.magnitude >> (bits - 64))
        let mantissa = Double(top) * 0x1p-64
        return f(mantissa) + f(2.0) * Double(bits)
    }

    /// `math.frexp(x)`: mantissa in [0.5, 1) and exponent.
    public static func frexp(_ x: Double) -> (Double, Int) {
        if x == 0 || !x.isFinite { return (x, 0) }
        let e = Int(x.exponent) + 1
        let m = x.significand / 2
        return (x.sign == .minus ? -m : m, e)
    }

    /// `math.ldexp(x, i)` with CPython's overflow error.
    public static func ldexp(_ x: Double, _ exponent: BigInt) throws -> Double {
        if x == 0 || !x.isFinite { return x }
        let e: Int
        if let small = Int(exactly: exponent) { e = Swift.max(-2200, Swift.min(2200, small)) }
        else { e = exponent.signum() < 0 ? -2200 : 2200 }
        let r = Foundation.scalbn(x, e)
        if r.isInfinite { throw PyFailure.overflow("math range error") }
        return r
    }

    /// `math.modf(x)`: fractional and integral parts, both with x's sign.
    public static func modf(_ x: Double) -> (Double, Double) {
        if x.isInfinite { return (Double(signOf: x, magnitudeOf: 0), x) }
        let integral = x.rounded(.towardZero)
        return (Double(signOf: x, magnitudeOf: (x - integral).magnitude), integral)
    }

    /// `math.pow(x, y)` with C99 special cases and CPython's errors.
    public static func pow(_ x: Double, _ y: Double) throws -> Double {
        if !x.isFinite || !y.isFinite {
            if x.isNaN { return y == 0 ? 1 : x }
            if y.isNaN { return x == 1 ? 1 : y }
            if x.isInfinite {
                let oddY = y.isFinite && Foundation.fmod(abs(y), 2.0) == 1.0
                if y > 0 { return oddY ? x : abs(x) }
                if y == 0 { return 1 }
                return oddY ? Double(signOf: x, magnitudeOf: 0) : 0
            }
            // y is infinite
            if abs(x) == 1 { return 1 }
            if (y > 0) == (abs(x) > 1) { return y.magnitude }
            return 0
        }
        let r = Foundation.pow(x, y)
        if r.isNaN { throw domainError }
        if r.isInfinite {
            if x == 0 { throw domainError }
            throw rangeError
        }
        return r
    }

    /// `math.fmod(x, y)` (C fmod: result has x's sign).
    public static func fmod(_ x: Double, _ y: Double) throws -> Double {
        if y.isInfinite && x.isFinite { return x }
        let r = Foundation.fmod(x, y)
        if r.isNaN && !x.isNaN && !y.isNaN { throw domainError }
        return r
    }
}
