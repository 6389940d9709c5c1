/// One cache file: a fixed header, then the `CodeEncoder` payload.
///
///     offset  0  magic "ILVCODE\0"             8 bytes
///             8  CodeFormat.version            u32
///            12  zero                          u32
///            16  CacheKey.words                8 x u64
///            80  payload length                u64
///            88  payload checksum (Checksum)   u64
///            96  payload
///
/// All words are little-endian.
enum CacheEntry {
    static let magic: [UInt8] = Array("ILVCODE\u{0}".utf8)
    /// Offset of the format version.
    static let versionOffset = 8
    /// Offset of the first key word.
    static let keyOffset = 16
    /// Bytes before the payload.
    static let headerSize = 96

    /// The file bytes of `payload` under `key`.
    static func encode(payload: [UInt8], key: CacheKey) -> [UInt8] {
        var w = ByteWriter()
        w.append(contentsOf: magic)
        w.word32(CodeFormat.version)
        w.word32(0)
        for word in key.words { w.word64(word) }
        w.word64(UInt64(payload.count))
        w.word64(Checksum.of(payload))
        w.append(contentsOf: payload)
        return w.bytes
    }

    /// The code tree in `file`, after checking its magic, version, key,
    /// length and checksum.
    static func decode(_ file: [UInt8], key: CacheKey) throws -> CodeObject {
        try file.withUnsafeBytes { buffer in
            var r = ByteReader(buffer)
            let head = try r.bytes(magic.count)
            guard head.elementsEqual(magic) else { throw CodeCacheError.badMagic }
            let version = try r.word32()
            guard version == CodeFormat.version else { throw CodeCacheError.wrongVersion(version) }
            guard try r.word32() == 0 else { throw CodeCacheError.malformed("reserved word") }
            for expected in key.words {
                guard try r.word64() == expected else { throw CodeCacheError.staleKey }
            }
            let length = try r.word64()
            let checksum = try r.word64()
            guard length == UInt64(r.remaining) else { throw CodeCacheError.truncated }
            let payload = try r.bytes(Int(length))
            guard Checksum.of(payload) == checksum else { throw CodeCacheError.badChecksum }
            return try CodeDecoder.decode(payload)
        }
    }
}
