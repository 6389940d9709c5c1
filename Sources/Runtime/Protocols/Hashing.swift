import BigInt

/// CPython's numeric hash: values reduced modulo the Mersenne prime 2**61-1
/// so that equal numbers of different types hash alike.
public enum NumericHash {
    /// 2**61 - 1.
    public static let modulus = (1 << 61) - 1

    /// `hash(int)` for a machine integer.
    @inline(__always)
    public static func hash(_ i: Int) -> Int {
        if i >= 0 && i < modulus { return i }
        var h: Int
        if i == Int.min {
            h = -(Int((UInt(1) << 63) % UInt(modulus)))
        } else {
            let m = abs(i) % modulus
            h = i < 0 ? -m : m
        }
        if h == -1 { h = -2 }
        return h
    }

    /// `hash(int)` for a big integer.
    public static func hash(_ b: BigInt) -> Int {
        let m = BigInt(modulus)
        var r = b.magnitude % m.magnitude
        var h = Int(r)
        if b.signum() < 0 { h = -h }
        if h == -1 { h = -2 }
        r = 0
        return h
    }

    /// `hash(float)` (CPython's `_Py_HashDouble`).
    public static func hash(_ d: Double) -> Int {
        if d.isNaN { return 0 }
        if d.isInfinite { return d > 0 ? 314159 : -314159 }
        if d == d.rounded(.towardZero), abs(d) < 9.2e18 { return hash(Int(d)) }
        var m = frexp(abs(d))
        var mant = m.0
        var e = m.1
        var x: UInt64 = 0
        let bits = 61
        while mant != 0 {
            x = ((x << 28) & UInt64(modulus)) | (x >> UInt64(bits - 28))
            mant *= 268435456.0
            e -= 28
            let y = UInt64(mant)
            mant -= Double(y)
            x += y
            if x >= UInt64(modulus) { x -= UInt64(modulus) }
        }
        e = e >= 0 ? e % bits : bits - 1 - ((-1 - e) % bits)
        x = ((x << UInt64(e)) & UInt64(modulus)) | (x >> UInt64(bits - e))
        var h = Int(x)
        if d < 0 { h = -h }
        if h == -1 { h = -2 }
        m = (0, 0)
        return h
    }

    private static func frexp(_ d: Double) -> (Double, Int) {
        if d == 0 { return (0, 0) }
        let e = d.exponent + 1
        return (d / Double(sign: .plus, exponent: e, significand: 1.0), e)
    }
}
