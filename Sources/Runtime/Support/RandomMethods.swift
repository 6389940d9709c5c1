#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import BigInt

/// The pure-Python half of CPython 3.11's `random.Random` (`Lib/random.py`)
/// on top of `MersenneTwister`, consuming the generator exactly as CPython
/// does: `_randbelow` by `getrandbits(n.bit_length())` rejection,
/// `shuffle`'s backwards Fisher-Yates, `sample`'s pool or set algorithm
/// (chosen by the same `setsize` rule), `choices` by `floor(random() * n)`
/// or bisection over cumulative weights, and `gauss` with its cached value.
///
/// Sequence-valued methods return indices into the population so the VM
/// can apply them to any Python sequence.
extension MersenneTwister {
    /// `_randbelow(n)` for `n > 0`.
    public mutating func randbelow(_ n: BigInt) throws -> BigInt {
        // CPython never calls _randbelow(0) (it would loop forever); refuse it.
        if n.signum() <= 0 { throw PyFailure.value("_randbelow() requires n > 0") }
        if let small = Int(exactly: n), small > 0 { return BigInt(try randbelow(small)) }
        let k = n.magnitude.bitWidth
        var r = try getrandbits(k)
        while r >= n { r = try getrandbits(k) }
        return r
    }

    /// `_randbelow(n)` for a machine-sized `n > 0`.
    public mutating func randbelow(_ n: Int) throws -> Int {
        if n <= 0 { throw PyFailure.value("_randbelow() requires n > 0") }
        let k = Int.bitWidth - n.leadingZeroBitCount
        var r = try getrandbits64(k)
        while r >= UInt64(n) { r = try getrandbits64(k) }
        return Int(r)
    }

    /// `randrange(stop)` / `randrange(start, stop[, step])` (`stop` nil for
    /// the one-argument form, where `start` is the stop).
    public mutating func randrange(_ start: BigInt, _ stop: BigInt?, step: BigInt = 1) throws -> BigInt {
        guard let stop else {
            if start > 0 { return try randbelow(start) }
            throw PyFailure.value("empty range for randrange()")
        }
        let width = stop - start
        if step == 1 {
            if width > 0 { return start + (try randbelow(width)) }
            throw PyFailure.value("empty range for randrange() (\(start), \(stop), \(width))")
        }
        let count: BigInt
        if step > 0 {
            count = try IntegerArithmetic.floorDivide(width + step - 1, step)
        } else if step < 0 {
            count = try IntegerArithmetic.floorDivide(width + step + 1, step)
        } else {
            throw PyFailure.value("zero step for randrange()")
        }
        if count <= 0 { throw PyFailure.value("empty range for randrange()") }
        return start + step * (try randbelow(count))
    }

    /// `randint(a, b)`: `randrange(a, b + 1)`.
    public mutating func randint(_ a: BigInt, _ b: BigInt) throws -> BigInt {
        try randrange(a, b + 1)
    }

    /// `choice(seq)`: the index to pick from a sequence of `count` items.
    public mutating func choiceIndex(count: Int) throws -> Int {
        if count <= 0 { throw PyFailure(.indexError, "Cannot choose from an empty sequence") }
        return try randbelow(count)
    }

    /// `shuffle(x)` in place.
    public mutating func shuffle<T>(_ items: inout [T]) {
        var i = items.count - 1
        while i >= 1 {
            // randbelow cannot fail for a positive bound.
            let j = (try? randbelow(i + 1)) ?? 0
            items.swapAt(i, j)
            i -= 1
        }
    }

    /// `sample(population, k)`: the indices picked, in order.
    public mutating func sampleIndices(populationSize n: Int, k: Int) throws -> [Int] {
        guard k >= 0, k <= n else {
            throw PyFailure.value("Sample larger than population or is negative")
        }
        var setSize = 21
        if k > 5 {
            let exponent = Int(ceil(log(Double(k * 3)) / log(4.0)))
            setSize += 1 << (2 * exponent)
        }
        var result: [Int] = []
        result.reserveCapacity(k)
        if n <= setSize {
            var pool = Array(0..<n)
            for i in 0..<k {
                let j = try randbelow(n - i)
                result.append(pool[j])
                pool[j] = pool[n - i - 1]
            }
        } else {
            var selected = Set<Int>()
            for _ in 0..<k {
                var j = try randbelow(n)
                while selected.contains(j) { j = try randbelow(n) }
                selected.insert(j)
                result.append(j)
            }
        }
        return result
    }

    /// `sample(population, k, counts=counts)`: population indices picked.
    public mutating func sampleIndices(counts: [Int], populationSize n: Int, k: Int) throws -> [Int] {
        var cumulative: [Int] = []
        var total = 0
        for count in counts {
            total += count
            cumulative.append(total)
        }
        if cumulative.count != n {
            throw PyFailure.value("The number of counts does not match the population")
        }
        if cumulative.isEmpty {
            throw PyFailure(.indexError, "pop from empty list")
        }
        cumulative.removeLast()
        if total <= 0 { throw PyFailure.value("Total of counts must be greater than zero") }
        let selections = try sampleIndices(populationSize: total, k: k)
        return selections.map { s in bisectRight(cumulative, s) }
    }

    /// `choices(population, k=k)` without weights: indices picked.
    ///
    /// An empty population fails on the first pick, after one `random()`,
    /// as CPython's indexing does.
    public mutating func choicesIndices(populationSize n: Int, k: Int) throws -> [Int] {
        var result: [Int] = []
        for _ in 0..<max(k, 0) {
            let index = Int((random() * Double(n)).rounded(.down))
            if index >= n { throw PyFailure(.indexError, "list index out of range") }
            result.append(index)
        }
        return result
    }

    /// `choices(population, cum_weights=cumulativeWeights, k=k)`; for
    /// `weights=` pass `accumulate(weights)`. Returns indices picked.
    public mutating func choicesIndices(cumulativeWeights: [Double], populationSize n: Int, k: Int) throws -> [Int] {
        if cumulativeWeights.count != n {
            throw PyFailure.value("The number of weights does not match the population")
        }
        guard let total = cumulativeWeights.last else {
            throw PyFailure(.indexError, "list index out of range")
        }
        if total <= 0 { throw PyFailure.value("Total of weights must be greater than zero") }
        if !total.isFinite { throw PyFailure.value("Total of weights must be finite") }
        var result: [Int] = []
        for _ in 0..<max(k, 0) {
            result.append(bisectRight(cumulativeWeights, random() * total, high: n - 1))
        }
        return result
    }

    /// `itertools.accumulate(weights)` in floating point.
    public static func accumulate(_ weights: [Double]) -> [Double] {
        var sum = 0.0
        return weights.map { sum += $0; return sum }
    }

    /// `uniform(a, b)`.
    public mutating func uniform(_ a: Double, _ b: Double) -> Double {
        a + (b - a) * random()
    }

    /// `gauss(mu, sigma)`, caching the second value like CPython.
    public mutating func gauss(mu: Double = 0, sigma: Double = 1) -> Double {
        var z: Double
        if let cached = gaussNext {
            z = cached
            gaussNext = nil
        } else {
            let x2pi = random() * 2 * Double.pi
            let g2rad = (-2.0 * log(1.0 - random())).squareRoot()
            z = cos(x2pi) * g2rad
            gaussNext = sin(x2pi) * g2rad
        }
        return mu + z * sigma
    }

    /// `normalvariate(mu, sigma)` (Kinderman and Monahan).
    public mutating func normalvariate(mu: Double = 0, sigma: Double = 1) -> Double {
        let magic = 4 * exp(-0.5) / 2.0.squareRoot()
        var z: Double
        while true {
            let u1 = random()
            let u2 = 1.0 - random()
            z = magic * (u1 - 0.5) / u2
            if z * z / 4.0 <= -log(u2) { break }
        }
        return mu + z * sigma
    }

    /// `expovariate(lambd)`.
    public mutating func expovariate(_ lambd: Double) throws -> Double {
        let u = random()
        if lambd == 0 { throw PyFailure.zeroDivision("float division by zero") }
        return -log(1.0 - u) / lambd
    }

    /// `triangular(low, high, mode)`.
    public mutating func triangular(low: Double = 0, high: Double = 1, mode: Double? = nil) -> Double {
        var u = random()
        var low = low, high = high
        var c = 0.5
        if let mode {
            if high == low { return low }
            c = (mode - low) / (high - low)
        }
        if u > c {
            u = 1.0 - u
            c = 1.0 - c
            swap(&low, &high)
        }
        return low + (high - low) * (u * c).squareRoot()
    }

    /// `randbytes(n)`: `getrandbits(n * 8).to_bytes(n, 'little')`.
    public mutating func randbytes(_ n: Int) throws -> [UInt8] {
        if n < 0 { throw PyFailure.value("number of bits must be non-negative") }
        var value = try getrandbits(n * 8).magnitude
        var bytes: [UInt8] = []
        for _ in 0..<n {
            bytes.append(UInt8(truncatingIfNeeded: value.words.first ?? 0))
            value >>= 8
        }
        return bytes
    }
}

/// `bisect.bisect_right(a, x, 0, high)`.
func bisectRight<T: Comparable>(_ a: [T], _ x: T, high: Int? = nil) -> Int {
    var lo = 0
    var hi = high ?? a.count
    while lo < hi {
        let mid = (lo + hi) / 2
        if x < a[mid] { hi = mid } else { lo = mid + 1 }
    }
    return lo
}
