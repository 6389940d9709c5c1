import BigInt
import XCTest
@testable import Runtime

/// The BIGNUM kernels give exactly the portable library's results, on both
/// sides of their size thresholds, for every sign combination.
final class LargeIntegerKernelsTests: XCTestCase {
    /// A deterministic generator (SplitMix64), so a failure reproduces.
    private struct Numbers {
        var state: UInt64 = 0x9E37_79B9_7F4A_7C15
        mutating func word() -> UInt {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return UInt(z ^ (z >> 31))
        }
        /// A magnitude of `count` words (top word may be small, never all zero).
        mutating func magnitude(words count: Int) -> BigUInt {
            var words = (0..<count).map { _ in word() }
            if let last = words.indices.last { words[last] = max(1, words[last] >> (word() % 63)) }
            return BigUInt(words: words)
        }
        mutating func signed(words count: Int) -> BigInt {
            BigInt(sign: word() & 1 == 0 ? .plus : .minus, magnitude: magnitude(words: count))
        }
    }

    private let sizes = [1, 2, 3, 4, 5, 11, 12, 13, 40, 130, 700]

    func testProductsMatchTheLibrary() {
        var n = Numbers()
        for a in sizes { for b in sizes {
            let x = n.signed(words: a), y = n.signed(words: b)
            XCTAssertEqual(LargeIntegerKernels.multiply(x, y), x * y, "\(a) x \(b) words")
        } }
        XCTAssertEqual(LargeIntegerKernels.multiply(BigInt(0), n.signed(words: 50)), 0)
    }

    func testTruncatingDivisionMatchesTheLibrary() {
        var n = Numbers()
        for a in sizes { for b in sizes where b <= a + 1 {
            let x = n.signed(words: a), y = n.signed(words: b)
            let (q, r) = LargeIntegerKernels.quotientAndRemainder(x, y)
            let (lq, lr) = x.quotientAndRemainder(dividingBy: y)
            XCTAssertEqual(q, lq, "\(a) / \(b) words")
            XCTAssertEqual(r, lr, "\(a) % \(b) words")
        } }
        // An exact multiple leaves a zero remainder with the plus sign.
        let y = n.signed(words: 20), q = n.signed(words: 30)
        XCTAssertEqual(LargeIntegerKernels.quotientAndRemainder(q * y, y).remainder.signum(), 0)
    }

    func testPowersMatchTheLibrary() {
        var n = Numbers()
        for words in [1, 2, 9] { for e in [0, 1, 2, 3, 17, 64, 255, 1000] {
            let x = n.signed(words: words)
            XCTAssertEqual(LargeIntegerKernels.power(x, e), x.power(e), "\(words) words ** \(e)")
        } }
        XCTAssertEqual(LargeIntegerKernels.power(BigInt(-3), 1001), BigInt(-3).power(1001))
    }

    func testModularPowersMatchTheLibrary() {
        var n = Numbers()
        for words in [1, 3, 4, 12, 40] {
            let base = n.magnitude(words: words + 2), exponent = n.magnitude(words: 3)
            var modulus = n.magnitude(words: words)
            if modulus <= 1 { modulus = 7 }
            XCTAssertEqual(LargeIntegerKernels.power(base, exponent, modulus: modulus),
                           base.power(exponent, modulus: modulus), "modulus of \(words) words")
        }
    }
}
