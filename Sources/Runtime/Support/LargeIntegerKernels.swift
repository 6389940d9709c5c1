import BigInt
import COpenSSL

#if _endian(big)
#error("LargeIntegerKernels passes BigUInt words to BIGNUM as little-endian bytes")
#endif

/// Products, quotients and powers of large integers on OpenSSL's BIGNUM.
///
/// DESIGN: the BigInt package is portable Swift; its word loops are 5-20x
/// slower than libcrypto's assembly kernels (Comba and Karatsuba
/// multiplication, word-level division, Montgomery exponentiation), which
/// made big-integer programs (a `pi` spigot, `math.comb(10**6, 5*10**5)`)
/// several times slower than CPython and let one operation run far past
/// the wall limit. Operands of at least `multiplyWords` words (both of a
/// product) or a divisor of at least `divideWords` words go through BIGNUM:
/// converting is a copy of the little-endian words each way (our words
/// are the bytes BIGNUM's `lebin` functions read and write), negligible
/// next to the operation. Smaller operands stay in the library, where a
/// call is cheaper than a conversion. Signs follow Swift's `BigInt`
/// (truncating division, remainder with the dividend's sign), which
/// `BN_div` shares. BIGNUM allocates with `malloc`, so the heap meter
/// counts its memory like ours; every BIGNUM made here is freed before
/// returning. Callers still estimate an operation's time against the wall
/// limit first (`Interpreter.estimatedSeconds`): nothing interrupts a
/// kernel once started.
enum LargeIntegerKernels {
    /// Both factors of a product must have this many words to use BIGNUM.
    static let multiplyWords = 12
    /// The divisor of a division must have this many words to use BIGNUM.
    static let divideWords = 4

    /// `a * b`.
    static func multiply(_ a: BigInt, _ b: BigInt) -> BigInt {
        let m = multiply(a.magnitude, b.magnitude)
        return BigInt(sign: a.sign == b.sign ? .plus : .minus, magnitude: m)
    }

    /// `a * b` of magnitudes.
    static func multiply(_ a: BigUInt, _ b: BigUInt) -> BigUInt {
        guard min(a.words.count, b.words.count) >= multiplyWords,
              let x = BigNumber(a), let y = BigNumber(b), let r = BigNumber(), let ctx = Context() else { return a * b }
        guard BN_mul(r.bn, x.bn, y.bn, ctx.ctx) == 1 else { return a * b }
        return r.magnitude
    }

    /// `a.quotientAndRemainder(dividingBy: b)` (truncating; `b` non-zero).
    static func quotientAndRemainder(_ a: BigInt, _ b: BigInt) -> (quotient: BigInt, remainder: BigInt) {
        let (q, r) = quotientAndRemainder(a.magnitude, b.magnitude)
        return (BigInt(sign: a.sign == b.sign ? .plus : .minus, magnitude: q), BigInt(sign: a.sign, magnitude: r))
    }

    /// Quotient and remainder of magnitudes (`b` non-zero).
    static func quotientAndRemainder(_ a: BigUInt, _ b: BigUInt) -> (quotient: BigUInt, remainder: BigUInt) {
        guard b.words.count >= divideWords, a.words.count >= b.words.count,
              let x = BigNumber(a), let y = BigNumber(b), let q = BigNumber(), let r = BigNumber(),
              let ctx = Context() else { return a.quotientAndRemainder(dividingBy: b) }
        guard BN_div(q.bn, r.bn, x.bn, y.bn, ctx.ctx) == 1 else { return a.quotientAndRemainder(dividingBy: b) }
        return (q.magnitude, r.magnitude)
    }

    /// `base ** exponent` (`exponent` >= 0).
    static func power(_ base: BigInt, _ exponent: Int) -> BigInt {
        let negative = base.sign == .minus && exponent & 1 == 1
        return BigInt(sign: negative ? .minus : .plus, magnitude: power(base.magnitude, exponent))
    }

    /// `base ** exponent` of a magnitude. A large result is computed in
    /// BIGNUM from the exponent's top bit down (square, then multiply by
    /// the base where the bit is set): every squaring is balanced, which
    /// is where BIGNUM's Karatsuba applies (it multiplies factors of
    /// different lengths by schoolbook), and nothing is converted between
    /// steps.
    static func power(_ base: BigUInt, _ exponent: Int) -> BigUInt {
        let resultBits = base.bitWidth.multipliedReportingOverflow(by: exponent)
        guard exponent > 1, !resultBits.overflow, resultBits.partialValue >= multiplyWords * UInt.bitWidth * 2,
              let b = BigNumber(base), let r = BigNumber(base), let ctx = Context() else { return base.power(exponent) }
        var bit = Int.bitWidth - exponent.leadingZeroBitCount - 2
        while bit >= 0 {
            guard BN_sqr(r.bn, r.bn, ctx.ctx) == 1 else { return base.power(exponent) }
            if (exponent >> bit) & 1 == 1 {
                guard BN_mul(r.bn, r.bn, b.bn, ctx.ctx) == 1 else { return base.power(exponent) }
            }
            bit -= 1
        }
        return r.magnitude
    }

    /// `base ** exponent % modulus` of magnitudes (`modulus` > 1).
    static func power(_ base: BigUInt, _ exponent: BigUInt, modulus: BigUInt) -> BigUInt {
        guard modulus.words.count >= divideWords,
              let b = BigNumber(base), let e = BigNumber(exponent), let m = BigNumber(modulus),
              let r = BigNumber(), let ctx = Context() else { return base.power(exponent, modulus: modulus) }
        guard BN_mod_exp(r.bn, b.bn, e.bn, m.bn, ctx.ctx) == 1 else { return base.power(exponent, modulus: modulus) }
        return r.magnitude
    }

    /// The greatest common divisor of magnitudes. The library's binary GCD
    /// shifts and subtracts whole numbers once per bit (a `Fraction` sum
    /// over 2,000-bit integers took 30x CPython's time); BIGNUM's runs on
    /// words. Callers bound the operands' size (`MathAlgorithms.gcd`).
    static func gcd(_ a: BigUInt, _ b: BigUInt) -> BigUInt {
        guard min(a.words.count, b.words.count) >= 2,
              let x = BigNumber(a), let y = BigNumber(b), let r = BigNumber(), let ctx = Context()
        else { return a.greatestCommonDivisor(with: b) }
        guard BN_gcd(r.bn, x.bn, y.bn, ctx.ctx) == 1 else { return a.greatestCommonDivisor(with: b) }
        return r.magnitude
    }

    /// One BIGNUM, freed with its owner.
    private final class BigNumber {
        let bn: OpaquePointer

        /// Zero.
        init?() {
            guard let bn = BN_new() else { return nil }
            self.bn = bn
        }

        /// The value of `magnitude` (nil when it is too large for BIGNUM's
        /// 32-bit byte counts or OpenSSL is out of memory).
        init?(_ magnitude: BigUInt) {
            let words = Array(magnitude.words)
            let bytes = words.count * MemoryLayout<UInt>.size
            guard bytes < Int(Int32.max) else { return nil }
            let made = words.withUnsafeBytes { raw -> OpaquePointer? in
                BN_lebin2bn(raw.bindMemory(to: UInt8.self).baseAddress, Int32(bytes), nil)
            }
            guard let made else { return nil }
            bn = made
        }

        deinit { BN_free(bn) }

        /// The (non-negative) value as a magnitude.
        var magnitude: BigUInt {
            let bits = Int(BN_num_bits(bn))
            if bits == 0 { return 0 }
            let count = (bits + UInt.bitWidth - 1) / UInt.bitWidth
            var words = [UInt](repeating: 0, count: count)
            words.withUnsafeMutableBytes { raw in
                _ = BN_bn2lebinpad(bn, raw.bindMemory(to: UInt8.self).baseAddress, Int32(raw.count))
            }
            return BigUInt(words: words)
        }
    }

    /// A BIGNUM scratch context, freed with its owner.
    private final class Context {
        let ctx: OpaquePointer

        init?() {
            guard let ctx = BN_CTX_new() else { return nil }
            self.ctx = ctx
        }

        deinit { BN_CTX_free(ctx) }
    }
}
