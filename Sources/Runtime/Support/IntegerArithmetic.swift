import BigInt

/// Python int arithmetic with CPython 3.11's sign rules and messages:
/// floor division and modulo round toward negative infinity
/// (`-7 // 2 == -4`, `-7 % 2 == 1`), true division is correctly rounded
/// even for huge ints, `**` with a negative exponent gives a float, and
/// three-argument `pow` supports negative exponents (modular inverse).
///
/// The `Int` overloads return nil when the result does not fit in `Int`
/// (only `Int.min // -1` and friends) so the VM can redo it in `BigInt`.
public enum IntegerArithmetic {
    /// The result of `int ** int`: an int, or a float for negative exponents.
    public enum PowerResult: Equatable {
        /// Non-negative exponent: an exact int.
        case int(BigInt)
        /// Negative exponent: CPython computes it in floating point.
        case float(Double)
    }

    static let divisionByZero = PyFailure.zeroDivision("integer division or modulo by zero")
    static let moduloByZero = PyFailure.zeroDivision("integer modulo by zero")

    /// `a // b`; nil on `Int` overflow.
    public static func floorDivide(_ a: Int, _ b: Int) throws -> Int? {
        if b == 0 { throw divisionByZero }
        let (q, overflow) = a.dividedReportingOverflow(by: b)
        if overflow { return nil }
        return (a % b != 0 && (a < 0) != (b < 0)) ? q - 1 : q
    }

    /// `a % b` (the sign of `b`); never overflows.
    public static func modulo(_ a: Int, _ b: Int) throws -> Int {
        if b == 0 { throw moduloByZero }
        let r = a.remainderReportingOverflow(dividingBy: b).partialValue
        return (r != 0 && (r < 0) != (b < 0)) ? r + b : r
    }

    /// `divmod(a, b)`; nil on `Int` overflow.
    public static func divmod(_ a: Int, _ b: Int) throws -> (Int, Int)? {
        if b == 0 { throw divisionByZero }
        guard let q = try floorDivide(a, b) else { return nil }
        return (q, try modulo(a, b))
    }

    /// `a // b` for big ints.
    public static func floorDivide(_ a: BigInt, _ b: BigInt) throws -> BigInt {
        if b.isZero { throw divisionByZero }
        return floorDivmod(a, b).0
    }

    /// `a % b` for big ints.
    public static func modulo(_ a: BigInt, _ b: BigInt) throws -> BigInt {
        if b.isZero { throw moduloByZero }
        return floorDivmod(a, b).1
    }

    /// `divmod(a, b)` for big ints.
    public static func divmod(_ a: BigInt, _ b: BigInt) throws -> (BigInt, BigInt) {
        if b.isZero { throw divisionByZero }
        return floorDivmod(a, b)
    }

    private static func floorDivmod(_ a: BigInt, _ b: BigInt) -> (BigInt, BigInt) {
        let (q, r) = LargeIntegerKernels.quotientAndRemainder(a, b)
        if !r.isZero && (r.signum() < 0) != (b.signum() < 0) {
            return (q - 1, r + b)
        }
        return (q, r)
    }

    /// `a / b` for ints: the correctly rounded quotient, as CPython's
    /// `long_true_divide`, so `10**400 / 10**399 == 10.0`.
    public static func trueDivide(_ a: BigInt, _ b: BigInt) throws -> Double {
        if b.isZero { throw PyFailure.zeroDivision("division by zero") }
        let limit = BigInt(1) << 53
        if a.magnitude <= limit.magnitude && b.magnitude <= limit.magnitude,
           let x = Int(exactly: a), let y = Int(exactly: b) {
            return Double(x) / Double(y)
        }
        let negative = (a.signum() < 0) != (b.signum() < 0)
        guard let result = roundedQuotient(a.magnitude, b.magnitude, negative: negative) else {
            throw PyFailure.overflow("integer division result too large for a float")
        }
        return result
    }

    /// `a / b` for machine ints.
    public static func trueDivide(_ a: Int, _ b: Int) throws -> Double {
        if b == 0 { throw PyFailure.zeroDivision("division by zero") }
        // Both exactly representable: one IEEE division is correctly rounded.
        if a.magnitude <= 1 << 53 && b.magnitude <= 1 << 53 { return Double(a) / Double(b) }
        return try trueDivide(BigInt(a), BigInt(b))
    }

    /// The double nearest to `n / d` (ties to even, subnormals included);
    /// nil if it overflows.
    static func roundedQuotient(_ n: BigUInt, _ d: BigUInt, negative: Bool) -> Double? {
        if n.isZero { return negative ? -0.0 : 0.0 }
        // Scale so the integer quotient has 55 or 56 bits, then round once.
        let shift = 55 - (n.bitWidth - d.bitWidth)
        let (q, r) = shift >= 0 ? (n << shift).quotientAndRemainder(dividingBy: d)
            : n.quotientAndRemainder(dividingBy: d << -shift)
        let bits = q.bitWidth
        let topExponent = bits - 1 - shift
        if topExponent > 1023 { return nil }
        let keep = topExponent >= -1022 ? 53 : 53 - (-1022 - topExponent)
        let drop = bits - keep
        var kept = drop >= bits ? BigUInt(0) : q >> drop
        let halfBitSet = drop - 1 < bits && drop >= 1 && q[bitAt: drop - 1]
        let lowerBitsSet = !r.isZero || (drop >= 2 && q.trailingZeroBitCount < drop - 1)
        if halfBitSet && (lowerBitsSet || kept[bitAt: 0]) { kept += 1 }
        let result = Double(sign: negative ? .minus : .plus, exponent: drop - shift,
                            significand: Double(UInt64(kept)))
        return result.isFinite ? result : nil
    }

    /// `base ** exponent`; a negative exponent yields a float like CPython.
    public static func power(_ base: BigInt, _ exponent: BigInt) throws -> PowerResult {
        if exponent.signum() < 0 {
            let b = try IntegerConversion.toDoubleOrThrow(base)
            let e = try IntegerConversion.toDoubleOrThrow(exponent)
            return .float(try FloatArithmetic.power(b, e))
        }
        if base.isZero { return .int(exponent.isZero ? 1 : 0) }
        if base.magnitude == 1 {
            return .int(base.signum() < 0 && exponent[bitAt: 0] ? -1 : 1)
        }
        guard let e = Int(exactly: exponent) else {
            throw PyFailure(.memoryError, "exponent too large")
        }
        return .int(LargeIntegerKernels.power(base, e))
    }

    /// `base ** exponent` for machine ints with `exponent >= 0`; nil when the
    /// result does not fit in `Int` (redo it with `BigInt`).
    public static func powerIfFits(_ base: Int, _ exponent: Int) -> Int? {
        guard exponent >= 0 else { return nil }
        var result = 1
        var factor = base
        var e = exponent
        while e > 0 {
            if e & 1 == 1 {
                let (product, overflow) = result.multipliedReportingOverflow(by: factor)
                if overflow { return nil }
                result = product
            }
            e >>= 1
            if e > 0 {
                let (square, overflow) = factor.multipliedReportingOverflow(by: factor)
                if overflow { return nil }
                factor = square
            }
        }
        return result
    }

    /// Upper bound on the bit length of `base ** exponent`, so a sandbox can
    /// refuse `2 ** 10**9` before computing it.
    public static func powerBitLengthBound(_ base: BigInt, _ exponent: Int) -> Int {
        let (product, overflow) = base.magnitude.bitWidth.multipliedReportingOverflow(by: max(exponent, 0))
        return overflow ? Int.max : product
    }

    /// `pow(base, exponent, modulus)` with CPython's rules: the result has
    /// the sign of `modulus`; a negative exponent uses the modular inverse.
    ///
    /// A modulus of more than `stepwiseBits` bits goes one exponent bit at
    /// a time (and the inverse one Euclid step at a time) with `checkpoint`
    /// between steps, so a caller can stop it at its wall limit: the
    /// library's own loops cannot be interrupted.
    public static func power(_ base: BigInt, _ exponent: BigInt, modulus: BigInt,
                             checkpoint: () throws -> Void = {}) throws -> BigInt {
        if modulus.isZero { throw PyFailure.value("pow() 3rd argument cannot be 0") }
        let m = BigInt(modulus.magnitude)
        let stepwise = m.magnitude.bitWidth > stepwiseBits
        var b = try modulo(base, m)
        var e = exponent
        if e.signum() < 0 {
            guard let inverse = stepwise ? try inverse(b.magnitude, m.magnitude, checkpoint: checkpoint)
                                         : b.inverse(m) else {
                throw PyFailure.value("base is not invertible for the given modulus")
            }
            b = inverse
            e = -e
        }
        if stepwise {
            // The library's power on windows of the exponent, top first:
            // r = r^(2^w) * b^window, so about twice its cost, with a
            // checkpoint after each window.
            let mm = m.magnitude, bm = b.magnitude
            let words = Array(e.magnitude.words)
            let window = max(1, min(64, (1 << 22) / mm.bitWidth))
            var r = BigUInt(1) % mm
            var top = e.magnitude.bitWidth
            while top > 0 {
                let width = min(window, top)
                top -= width
                let bits = windowBits(words, from: top, width: width)
                if !r.isZero && r != 1 { r = LargeIntegerKernels.power(r, BigUInt(1) << width, modulus: mm) }
                if bits != 0 { r = LargeIntegerKernels.quotientAndRemainder(LargeIntegerKernels.multiply(r, LargeIntegerKernels.power(bm, BigUInt(bits), modulus: mm)), mm).remainder }
                try checkpoint()
            }
            var result = BigInt(r)
            if modulus.signum() < 0 && !result.isZero { result += modulus }
            return result
        }
        var result = m == 1 ? BigInt(0) : BigInt(LargeIntegerKernels.power(b.magnitude, e.magnitude, modulus: m.magnitude))
        if modulus.signum() < 0 && !result.isZero { result += modulus }
        return result
    }

    /// Bits `from..<from + width` (width at most 64) of a magnitude's words.
    static func windowBits(_ words: [UInt], from: Int, width: Int) -> UInt {
        let w = from / UInt.bitWidth, offset = from % UInt.bitWidth
        var v = w < words.count ? words[w] >> UInt(offset) : 0
        if offset + width > UInt.bitWidth, w + 1 < words.count { v |= words[w + 1] << UInt(UInt.bitWidth - offset) }
        return width == UInt.bitWidth ? v : v & ((1 << UInt(width)) - 1)
    }

    /// Moduli above this many bits are exponentiated stepwise.
    static let stepwiseBits = 4096

    /// The inverse of `a` modulo `m` (nil when they share a factor), by the
    /// extended Euclidean algorithm with `checkpoint` between steps.
    static func inverse(_ a: BigUInt, _ m: BigUInt, checkpoint: () throws -> Void) throws -> BigInt? {
        var (r0, r1) = (BigInt(m), BigInt(a % m))
        var (s0, s1) = (BigInt(0), BigInt(1))
        while !r1.isZero {
            try checkpoint()
            let (q, r) = r0.quotientAndRemainder(dividingBy: r1)
            (r0, r1) = (r1, r)
            (s0, s1) = (s1, s0 - q * s1)
        }
        guard r0 == 1 else { return nil }
        return s0.signum() < 0 ? s0 + BigInt(m) : s0
    }

    /// `int.bit_length()`.
    public static func bitLength(_ value: BigInt) -> Int { value.magnitude.bitWidth }
}

extension BigUInt {
    /// Bit `index` of the magnitude (false beyond the top).
    subscript(bitAt index: Int) -> Bool {
        guard index >= 0 else { return false }
        return (self >> index) & 1 == 1
    }
}

extension BigInt {
    /// Bit `index` of the magnitude.
    subscript(bitAt index: Int) -> Bool { magnitude[bitAt: index] }
}
