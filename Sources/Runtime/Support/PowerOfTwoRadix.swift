import BigInt

/// Linear-time conversions between integers and their digits in a
/// power-of-two radix (2, 8, 16, 32), for `bin`/`oct`/`hex`, `int(s, 16)`
/// and `0x...` literals: each digit is a fixed run of bits, so the digits
/// are read from or written into the magnitude's words directly, instead
/// of one multiplication or division of the whole number per digit (which
/// made a million-digit `0x` literal or `oct()` take seconds).
public enum PowerOfTwoRadix {
    /// log2 of `radix` when it is a power of two from 2 to 32, else nil.
    public static func bitsPerDigit(_ radix: Int) -> Int? {
        guard radix >= 2, radix <= 32, radix & (radix - 1) == 0 else { return nil }
        return radix.trailingZeroBitCount
    }

    /// The magnitude whose digits (values, most significant first) are
    /// `digits`, each `bits` wide.
    public static func magnitude<C: Collection>(_ digits: C, bits: Int) -> BigUInt where C.Element == UInt8 {
        let totalBits = digits.count * bits
        var words = [UInt](repeating: 0, count: (totalBits + UInt.bitWidth - 1) / UInt.bitWidth)
        var bit = totalBits
        for d in digits {
            bit -= bits
            let w = bit / UInt.bitWidth, offset = bit % UInt.bitWidth
            words[w] |= UInt(d) << UInt(offset)
            if offset + bits > UInt.bitWidth { words[w + 1] |= UInt(d) >> UInt(UInt.bitWidth - offset) }
        }
        return BigUInt(words: words)
    }

    /// The number of digits of `m` in a radix of `bits`-bit digits (1 for 0).
    public static func digitCount(_ m: BigUInt, bits: Int) -> Int {
        max(1, (m.bitWidth + bits - 1) / bits)
    }

    /// The lowercase digits of `m` (most significant first), each `bits` wide.
    public static func digits(_ m: BigUInt, bits: Int) -> String {
        let words = Array(m.words)
        let count = digitCount(m, bits: bits)
        let symbols = Array("0123456789abcdefghijklmnopqrstuv".utf8)
        let mask = (UInt(1) << UInt(bits)) - 1
        return String(unsafeUninitializedCapacity: count) { buffer in
            for i in 0..<count {
                let bit = i * bits
                let w = bit / UInt.bitWidth, offset = bit % UInt.bitWidth
                var v = w < words.count ? words[w] >> UInt(offset) : 0
                if offset + bits > UInt.bitWidth, w + 1 < words.count {
                    v |= words[w + 1] << UInt(UInt.bitWidth - offset)
                }
                buffer[count - 1 - i] = symbols[Int(v & mask)]
            }
            return count
        }
    }
}
