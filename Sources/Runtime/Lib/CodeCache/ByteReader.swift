/// Reads the primitives `ByteWriter` writes from borrowed memory; every
/// read is bounds-checked and throws `CodeCacheError` instead of trapping.
/// Only valid inside the `withUnsafeBytes` call that lent the buffer.
struct ByteReader {
    private let base: UnsafeRawBufferPointer
    /// Offset of the next unread byte.
    private(set) var offset: Int

    init(_ buffer: UnsafeRawBufferPointer, offset: Int = 0) {
        base = buffer
        self.offset = offset
    }

    /// Bytes not read yet.
    var remaining: Int { base.count - offset }

    /// One byte.
    @inline(__always)
    mutating func byte() throws -> UInt8 {
        guard offset < base.count else { throw CodeCacheError.truncated }
        let b = base[offset]
        offset += 1
        return b
    }

    /// An unsigned LEB128 varint of at most 10 bytes.
    @inline(__always)
    mutating func varint() throws -> UInt64 {
        // Most fields fit in one byte.
        if offset < base.count, base[offset] < 0x80 {
            offset += 1
            return UInt64(base[offset - 1])
        }
        return try longVarint()
    }

    /// A varint of more than one byte (or a truncated one).
    private mutating func longVarint() throws -> UInt64 {
        var result: UInt64 = 0
        var shift: UInt64 = 0
        while true {
            let b = try byte()
            guard shift < 64 else { throw CodeCacheError.malformed("varint too long") }
            result |= UInt64(b & 0x7F) << shift
            if b & 0x80 == 0 { return result }
            shift += 7
        }
    }

    /// A zigzag-encoded signed integer.
    mutating func signed() throws -> Int64 {
        let v = try varint()
        return Int64(bitPattern: (v >> 1) ^ (0 &- (v & 1)))
    }

    /// A signed integer that must fit in 32 bits.
    mutating func int32() throws -> Int32 {
        let v = try signed()
        guard let r = Int32(exactly: v) else { throw CodeCacheError.malformed("32-bit field out of range") }
        return r
    }

    /// A count of following items, each at least `minimumBytes` long: bounded
    /// by the bytes left, so a corrupt count never allocates beyond the file.
    mutating func count(minimumBytes: Int = 1) throws -> Int {
        let v = try varint()
        guard v <= UInt64(remaining / max(1, minimumBytes)) else { throw CodeCacheError.malformed("count \(v) too large") }
        return Int(v)
    }

    /// An index below `limit`.
    mutating func index(below limit: Int) throws -> Int {
        let v = try varint()
        guard v < UInt64(limit) else { throw CodeCacheError.malformed("index \(v) out of range") }
        return Int(v)
    }

    /// A little-endian 32-bit word.
    mutating func word32() throws -> UInt32 {
        guard remaining >= 4 else { throw CodeCacheError.truncated }
        let v = base.loadUnaligned(fromByteOffset: offset, as: UInt32.self)
        offset += 4
        return UInt32(littleEndian: v)
    }

    /// A little-endian 64-bit word.
    mutating func word64() throws -> UInt64 {
        guard remaining >= 8 else { throw CodeCacheError.truncated }
        let v = base.loadUnaligned(fromByteOffset: offset, as: UInt64.self)
        offset += 8
        return UInt64(littleEndian: v)
    }

    /// The next `length` bytes, borrowed.
    mutating func bytes(_ length: Int) throws -> UnsafeRawBufferPointer {
        guard length >= 0, length <= remaining else { throw CodeCacheError.truncated }
        let slice = UnsafeRawBufferPointer(rebasing: base[offset..<(offset + length)])
        offset += length
        return slice
    }
}
