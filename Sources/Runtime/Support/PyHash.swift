import BigInt

/// CPython 3.11's deterministic `hash()` algorithms (64-bit builds):
/// ints reduce modulo the Mersenne prime 2**61 - 1 (`hash(-1) == -2`),
/// floats hash as the exact rational they are (so `hash(2.0) == hash(2)`,
/// `hash(inf) == 314159`), tuples combine item hashes with the xxHash-based
/// `tuplehash`. Set iteration order depends on these values.
/// (str hashes are randomised per process in CPython and are not here.)
public enum PyHash {
    /// `sys.hash_info.modulus`: 2**61 - 1.
    public static let modulus: UInt64 = (1 << 61) - 1

    /// `hash(n)` for an int.
    public static func hash(_ n: BigInt) -> Int {
        let reduced = n.magnitude % BigUInt(modulus)
        let value = Int(UInt64(reduced))
        return finish(n.signum() < 0 ? -value : value)
    }

    /// `hash(n)` for a machine int.
    public static func hash(_ n: Int) -> Int {
        let reduced = Int(UInt64(n.magnitude) % modulus)
        return finish(n < 0 ? -reduced : reduced)
    }

    /// `hash(x)` for a float; nil for NaN, whose hash is its object identity
    /// in CPython 3.11.
    public static func hash(_ x: Double) -> Int? {
        if x.isNaN { return nil }
        if x.isInfinite { return x > 0 ? 314_159 : -314_159 }
        if x == 0 { return 0 }
        let magnitude = x.magnitude
        let biased = Int(magnitude.exponentBitPattern)
        let fraction = magnitude.significandBitPattern
        let mantissa = biased == 0 ? fraction : fraction | (1 << 52)
        let exponent = biased == 0 ? -1074 : biased - 1075
        // 2**61 ≡ 1 (mod 2**61 - 1), so a power of two is a 61-bit rotation.
        let shift = UInt64(((exponent % 61) + 61) % 61)
        var value = mantissa % modulus
        if shift > 0 {
            value = ((value << shift) & modulus) | (value >> (61 - shift))
        }
        let signed = Int(value)
        return finish(x < 0 ? -signed : signed)
    }

    /// `hash(b)` for a bool.
    public static func hash(_ b: Bool) -> Int { b ? 1 : 0 }

    /// `hash(t)` for a tuple, given its items' hashes (`tuplehash`).
    public static func hash(tupleOf itemHashes: [Int]) -> Int {
        let prime1: UInt64 = 11_400_714_785_074_694_791
        let prime2: UInt64 = 14_029_467_366_897_019_727
        let prime5: UInt64 = 2_870_177_450_012_600_261
        var acc = prime5
        for item in itemHashes {
            acc = acc &+ UInt64(bitPattern: Int64(item)) &* prime2
            acc = (acc << 31) | (acc >> 33)
            acc = acc &* prime1
        }
        acc = acc &+ (UInt64(itemHashes.count) ^ (prime5 ^ 3_527_539))
        if acc == UInt64.max { return 1_546_275_796 }
        return Int(Int64(bitPattern: acc))
    }

    private static func finish(_ value: Int) -> Int { value == -1 ? -2 : value }
}
