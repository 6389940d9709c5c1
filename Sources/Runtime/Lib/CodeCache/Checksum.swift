/// A fast 64-bit checksum for cache payloads and embedded sources: eight
/// bytes per step, each step a bijection of the running state for a given
/// word, so any change confined to one word always changes the result.
/// Not cryptographic: it detects corruption, not tampering.
enum Checksum {
    private static let k1: UInt64 = 0x9E37_79B9_7F4A_7C15
    private static let k2: UInt64 = 0xC2B2_AE3D_27D4_EB4F

    /// The checksum of `bytes`.
    static func of(_ bytes: UnsafeRawBufferPointer) -> UInt64 {
        var h: UInt64 = 0x2545_F491_4F6C_DD1D ^ (UInt64(bytes.count) &* k2)
        var i = 0
        let n = bytes.count
        while i + 8 <= n {
            let w = UInt64(littleEndian: bytes.loadUnaligned(fromByteOffset: i, as: UInt64.self))
            h = mix(h, w)
            i += 8
        }
        if i < n {
            var tail: UInt64 = 0
            var shift: UInt64 = 0
            while i < n {
                tail |= UInt64(bytes[i]) << shift
                shift += 8
                i += 1
            }
            h = mix(h, tail)
        }
        h ^= h >> 33
        h = h &* k2
        h ^= h >> 29
        return h
    }

    /// The checksum of a byte array.
    static func of(_ bytes: [UInt8]) -> UInt64 {
        bytes.withUnsafeBytes { of($0) }
    }

    /// The checksum of a string's UTF-8 bytes.
    static func of(_ text: String) -> UInt64 {
        var text = text
        return text.withUTF8 { of(UnsafeRawBufferPointer($0)) }
    }

    @inline(__always)
    private static func mix(_ h: UInt64, _ w: UInt64) -> UInt64 {
        let x = (h ^ (w &* k1))
        return ((x << 31) | (x >> 33)) &* k2
    }
}
