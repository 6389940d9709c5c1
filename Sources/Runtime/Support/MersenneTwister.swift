import BigInt

/// CPython's `_random.Random` core, bit for bit: MT19937 seeded through
/// `init_by_array` from the absolute value of an int seed split into
/// little-endian 32-bit words (seed 0 → key `[0]`), `random()` built from
/// two draws (27 + 26 bits), and `getrandbits(k)` assembling 32-bit draws
/// little-endian with the last word's excess bits shifted off the top.
///
/// A value type: copying it is `getstate()`, assigning it back `setstate()`.
public struct MersenneTwister: Equatable {
    private static let n = 624
    private static let m = 397
    private static let matrixA: UInt32 = 0x9908_B0DF
    private static let upperMask: UInt32 = 0x8000_0000
    private static let lowerMask: UInt32 = 0x7FFF_FFFF

    private var state: [UInt32]
    private var index: Int
    /// The cached second value of `gauss()` (`Random.gauss_next`).
    public var gaussNext: Double?

    /// A generator seeded like `random.Random(seed)` for an int seed.
    public init(seed: BigInt) {
        state = Array(repeating: 0, count: Self.n)
        index = Self.n
        self.seed(seed)
    }

    /// A generator seeded like `random.Random(seed)` for an int seed.
    public init(seed: Int) { self.init(seed: BigInt(seed)) }

    /// `seed(n)` for an int: `init_by_array` over the words of `abs(n)`.
    public mutating func seed(_ seed: BigInt) {
        var key: [UInt32] = []
        var magnitude = seed.magnitude
        while !magnitude.isZero {
            key.append(UInt32(truncatingIfNeeded: magnitude.words.first ?? 0))
            magnitude >>= 32
        }
        if key.isEmpty { key = [0] }
        initByArray(key)
        gaussNext = nil
    }

    /// CPython's `_random.Random.getstate()`: the 624 state words, then the index.
    public var stateWords: [Int] { state.map { Int($0) } + [index] }

    /// `_random.Random.setstate(words)`: 624 words (each kept modulo 2**32,
    /// as CPython's C cast does) and an index in 0...624; false otherwise.
    public mutating func restore(words: [UInt64], index newIndex: Int) -> Bool {
        guard words.count == Self.n, newIndex >= 0, newIndex <= Self.n else { return false }
        state = words.map { UInt32(truncatingIfNeeded: $0) }
        index = newIndex
        return true
    }

    /// `seed(s)` for a str or bytes seed (version 2): the int
    /// `int.from_bytes(s + sha512(s).digest(), 'big')`.
    public mutating func seed(bytes: [UInt8]) {
        let material = bytes + SHA512.hash(bytes)
        seed(BigInt(BigUInt.fromBigEndian(material)))
    }

    /// `seed(s)` for a str seed: its UTF-8 bytes, as CPython encodes it.
    public mutating func seed(string: String) {
        seed(bytes: Array(string.utf8))
    }

    private mutating func initGenrand(_ s: UInt32) {
        state[0] = s
        for i in 1..<Self.n {
            let previous = state[i - 1]
            state[i] = 1_812_433_253 &* (previous ^ (previous >> 30)) &+ UInt32(i)
        }
        index = Self.n
    }

    private mutating func initByArray(_ key: [UInt32]) {
        initGenrand(19_650_218)
        var i = 1
        var j = 0
        for _ in 0..<max(Self.n, key.count) {
            let previous = state[i - 1]
            state[i] = (state[i] ^ ((previous ^ (previous >> 30)) &* 1_664_525)) &+ key[j] &+ UInt32(j)
            i += 1
            j += 1
            if i >= Self.n {
                state[0] = state[Self.n - 1]
                i = 1
            }
            if j >= key.count { j = 0 }
        }
        for _ in 0..<(Self.n - 1) {
            let previous = state[i - 1]
            state[i] = (state[i] ^ ((previous ^ (previous >> 30)) &* 1_566_083_941)) &- UInt32(i)
            i += 1
            if i >= Self.n {
                state[0] = state[Self.n - 1]
                i = 1
            }
        }
        state[0] = 0x8000_0000
    }

    private mutating func twist() {
        let n = Self.n, m = Self.m
        func mix(_ upper: UInt32, _ lower: UInt32) -> UInt32 {
            let y = (upper & Self.upperMask) | (lower & Self.lowerMask)
            return (y >> 1) ^ (y & 1 == 1 ? Self.matrixA : 0)
        }
        for k in 0..<(n - m) {
            state[k] = state[k + m] ^ mix(state[k], state[k + 1])
        }
        for k in (n - m)..<(n - 1) {
            state[k] = state[k + m - n] ^ mix(state[k], state[k + 1])
        }
        state[n - 1] = state[m - 1] ^ mix(state[n - 1], state[0])
        index = 0
    }

    /// One tempered 32-bit output (`genrand_uint32`).
    public mutating func next32() -> UInt32 {
        if index >= Self.n { twist() }
        var y = state[index]
        index += 1
        y ^= y >> 11
        y ^= (y << 7) & 0x9D2C_5680
        y ^= (y << 15) & 0xEFC6_0000
        y ^= y >> 18
        return y
    }

    /// `random()`: a float in [0, 1) with 53 random bits.
    public mutating func random() -> Double {
        let a = Double(next32() >> 5)
        let b = Double(next32() >> 6)
        return (a * 67_108_864.0 + b) * (1.0 / 9_007_199_254_740_992.0)
    }

    /// `getrandbits(k)` for `k` that fits a machine word (k ≤ 64).
    public mutating func getrandbits64(_ k: Int) throws -> UInt64 {
        if k < 0 { throw PyFailure.value("number of bits must be non-negative") }
        if k > 64 { throw PyFailure.value("getrandbits64 takes at most 64 bits; use getrandbits") }
        if k == 0 { return 0 }
        if k <= 32 { return UInt64(next32() >> (32 - k)) }
        let low = UInt64(next32())
        let high = UInt64(next32() >> (64 - k))
        return low | (high << 32)
    }

    /// `getrandbits(k)`: an int with `k` random bits, any `k ≥ 0`.
    public mutating func getrandbits(_ k: Int) throws -> BigInt {
        if k < 0 { throw PyFailure.value("number of bits must be non-negative") }
        if k <= 64 { return BigInt(BigUInt(try getrandbits64(k))) }
        var words: [UInt32] = []
        var remaining = k
        while remaining > 0 {
            var r = next32()
            if remaining < 32 { r >>= UInt32(32 - remaining) }
            words.append(r)
            remaining -= 32
        }
        var packed: [UInt] = []
        var i = 0
        while i < words.count {
            let low = UInt(words[i])
            let high = i + 1 < words.count ? UInt(words[i + 1]) : 0
            packed.append(low | (high << 32))
            i += 2
        }
        return BigInt(BigUInt(words: packed))
    }
}

extension BigUInt {
    /// The unsigned integer whose big-endian bytes are `bytes`
    /// (`int.from_bytes(bytes, 'big')`).
    static func fromBigEndian(_ bytes: [UInt8]) -> BigUInt {
        var words: [UInt] = []
        var word: UInt = 0
        var shift = 0
        for byte in bytes.reversed() {
            word |= UInt(byte) << UInt(shift)
            shift += 8
            if shift == UInt.bitWidth {
                words.append(word)
                word = 0
                shift = 0
            }
        }
        if shift > 0 { words.append(word) }
        return BigUInt(words: words)
    }
}
