/// BLAKE2b and BLAKE2s (RFC 7693) with a digest size, key, salt and
/// personalisation, as CPython's `_blake2` offers them (OpenSSL 3.0's EVP
/// digests have the default sizes only). Sequential mode: fanout 1, depth 1.
final class Blake2: HashState {
    /// The two variants: word size, rounds, rotations, IV.
    struct Variant {
        let wordBytes: Int
        let rounds: Int
        let rotations: (Int, Int, Int, Int)
        let iv: [UInt64]
        var blockBytes: Int { 16 * wordBytes }
        var maxDigest: Int { 8 * wordBytes }
        var mask: UInt64 { wordBytes == 8 ? .max : 0xffff_ffff }

        static let b = Variant(wordBytes: 8, rounds: 12, rotations: (32, 24, 16, 63), iv: [
            0x6a09e667f3bcc908, 0xbb67ae8584caa73b, 0x3c6ef372fe94f82b, 0xa54ff53a5f1d36f1,
            0x510e527fade682d1, 0x9b05688c2b3e6c1f, 0x1f83d9abfb41bd6b, 0x5be0cd19137e2179,
        ])
        static let s = Variant(wordBytes: 4, rounds: 10, rotations: (16, 12, 8, 7), iv: [
            0x6A09E667, 0xBB67AE85, 0x3C6EF372, 0xA54FF53A, 0x510E527F, 0x9B05688C, 0x1F83D9AB, 0x5BE0CD19,
        ])
    }

    private static let sigma: [[Int]] = [
        [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15],
        [14, 10, 4, 8, 9, 15, 13, 6, 1, 12, 0, 2, 11, 7, 5, 3],
        [11, 8, 12, 0, 5, 2, 15, 13, 10, 14, 3, 6, 7, 1, 9, 4],
        [7, 9, 3, 1, 13, 12, 11, 14, 2, 6, 5, 10, 4, 0, 15, 8],
        [9, 0, 5, 7, 2, 4, 10, 15, 14, 1, 11, 12, 6, 8, 3, 13],
        [2, 12, 6, 10, 0, 11, 8, 3, 4, 13, 7, 5, 15, 14, 1, 9],
        [12, 5, 1, 15, 14, 13, 4, 10, 0, 7, 6, 3, 9, 2, 8, 11],
        [13, 11, 7, 14, 12, 1, 3, 9, 5, 0, 15, 4, 8, 6, 2, 10],
        [6, 15, 14, 9, 11, 3, 0, 8, 12, 2, 13, 7, 1, 4, 10, 5],
        [10, 2, 8, 4, 7, 6, 1, 5, 15, 11, 9, 14, 3, 12, 13, 0],
    ]

    let variant: Variant
    let digestSize: Int
    private var h: [UInt64]
    private var buffer: [UInt8] = []
    private var counter: UInt64 = 0  // bytes compressed (inputs here stay far below 2**64)

    init(variant: Variant, digestSize: Int, key: [UInt8], salt: [UInt8], person: [UInt8]) {
        self.variant = variant
        self.digestSize = digestSize
        h = variant.iv
        h[0] ^= 0x0101_0000 ^ UInt64(key.count << 8) ^ UInt64(digestSize)
        let half = variant.wordBytes * 2
        func words(_ bytes: [UInt8]) -> (UInt64, UInt64) {
            let padded = bytes + [UInt8](repeating: 0, count: half - bytes.count)
            return (Blake2.load(padded, 0, variant.wordBytes), Blake2.load(padded, variant.wordBytes, variant.wordBytes))
        }
        let (s0, s1) = words(salt), (p0, p1) = words(person)
        h[4] ^= s0; h[5] ^= s1; h[6] ^= p0; h[7] ^= p1
        if !key.isEmpty { buffer = key + [UInt8](repeating: 0, count: variant.blockBytes - key.count) }
    }

    private init(copying other: Blake2) {
        variant = other.variant
        digestSize = other.digestSize
        h = other.h
        buffer = other.buffer
        counter = other.counter
    }

    func copy() -> Blake2 { Blake2(copying: self) }
    func copyState() -> HashState? { copy() }
    var blockSize: Int { variant.blockBytes }
    func digest(length: Int?) -> [UInt8] { digest() }

    private static func load(_ bytes: [UInt8], _ at: Int, _ n: Int) -> UInt64 {
        var w: UInt64 = 0
        for k in 0..<n { w |= UInt64(bytes[at + k]) << (8 * UInt64(k)) }
        return w
    }

    func update(_ data: [UInt8]) {
        let block = variant.blockBytes
        var i = 0
        // A full buffer is compressed only once more input follows: the last block is special.
        while i < data.count {
            if buffer.count == block {
                compress(buffer, last: false)
                buffer.removeAll(keepingCapacity: true)
            }
            let take = min(block - buffer.count, data.count - i)
            buffer.append(contentsOf: data[i..<i + take])
            i += take
        }
    }

    func digest() -> [UInt8] {
        let work = copy()
        work.compress(work.buffer + [UInt8](repeating: 0, count: variant.blockBytes - work.buffer.count),
                      last: true, length: work.buffer.count)
        var out: [UInt8] = []
        for w in work.h {
            for k in 0..<variant.wordBytes { out.append(UInt8(truncatingIfNeeded: w >> (8 * UInt64(k)))) }
        }
        return Array(out.prefix(digestSize))
    }

    private func rotr(_ x: UInt64, _ n: Int) -> UInt64 {
        let bits = variant.wordBytes * 8
        return ((x >> UInt64(n)) | (x << UInt64(bits - n))) & variant.mask
    }

    private func compress(_ block: [UInt8], last: Bool, length: Int? = nil) {
        let mask = variant.mask
        let n = variant.wordBytes
        counter &+= UInt64(length ?? block.count)
        var m = [UInt64](repeating: 0, count: 16)
        for i in 0..<16 { m[i] = Blake2.load(block, i * n, n) }
        var v = h + variant.iv
        if n == 8 {
            v[12] ^= counter
        } else {
            v[12] ^= counter & 0xffff_ffff
            v[13] ^= counter >> 32
        }
        if last { v[14] ^= mask }
        let (r1, r2, r3, r4) = variant.rotations
        func g(_ a: Int, _ b: Int, _ c: Int, _ d: Int, _ x: UInt64, _ y: UInt64) {
            v[a] = (v[a] &+ v[b] &+ x) & mask
            v[d] = rotr(v[d] ^ v[a], r1)
            v[c] = (v[c] &+ v[d]) & mask
            v[b] = rotr(v[b] ^ v[c], r2)
            v[a] = (v[a] &+ v[b] &+ y) & mask
            v[d] = rotr(v[d] ^ v[a], r3)
            v[c] = (v[c] &+ v[d]) & mask
            v[b] = rotr(v[b] ^ v[c], r4)
        }
        for round in 0..<variant.rounds {
            let s = Blake2.sigma[round % 10]
            g(0, 4, 8, 12, m[s[0]], m[s[1]])
            g(1, 5, 9, 13, m[s[2]], m[s[3]])
            g(2, 6, 10, 14, m[s[4]], m[s[5]])
            g(3, 7, 11, 15, m[s[6]], m[s[7]])
            g(0, 5, 10, 15, m[s[8]], m[s[9]])
            g(1, 6, 11, 12, m[s[10]], m[s[11]])
            g(2, 7, 8, 13, m[s[12]], m[s[13]])
            g(3, 4, 9, 14, m[s[14]], m[s[15]])
        }
        for i in 0..<8 { h[i] ^= v[i] ^ v[i + 8] }
    }
}
