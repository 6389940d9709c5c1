/// Appends the cache format's primitives to a byte array: LEB128 varints,
/// zigzag-encoded signed integers, fixed-width little-endian words.
struct ByteWriter {
    /// The bytes written so far.
    private(set) var bytes: [UInt8] = []

    /// An unsigned LEB128 varint.
    @inline(__always)
    mutating func varint(_ value: UInt64) {
        if value < 0x80 {
            bytes.append(UInt8(truncatingIfNeeded: value))
            return
        }
        var v = value
        while v >= 0x80 {
            bytes.append(UInt8(truncatingIfNeeded: v) | 0x80)
            v >>= 7
        }
        bytes.append(UInt8(v))
    }

    /// A non-negative count or index as a varint.
    @inline(__always)
    mutating func count(_ value: Int) { varint(UInt64(UInt(bitPattern: value))) }

    /// A signed integer, zigzag-encoded so small magnitudes stay short.
    @inline(__always)
    mutating func signed(_ value: Int64) {
        varint(UInt64(bitPattern: (value << 1) ^ (value >> 63)))
    }

    /// Reserves room for `count` more bytes.
    mutating func reserve(_ count: Int) { bytes.reserveCapacity(bytes.count + count) }

    /// One byte.
    mutating func byte(_ value: UInt8) { bytes.append(value) }

    /// A little-endian 32-bit word.
    mutating func word32(_ value: UInt32) {
        for i in 0..<4 { bytes.append(UInt8(truncatingIfNeeded: value >> (8 * UInt32(i)))) }
    }

    /// A little-endian 64-bit word.
    mutating func word64(_ value: UInt64) {
        for i in 0..<8 { bytes.append(UInt8(truncatingIfNeeded: value >> (8 * UInt64(i)))) }
    }

    /// Raw bytes.
    mutating func append<S: Sequence>(contentsOf data: S) where S.Element == UInt8 { bytes.append(contentsOf: data) }
}
