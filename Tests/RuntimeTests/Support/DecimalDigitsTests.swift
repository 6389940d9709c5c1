import XCTest
@testable import Runtime

/// The 64/128-bit fast paths must agree digit for digit with the exact
/// big-integer expansion (which the format tables check against CPython).
final class DecimalDigitsTests: XCTestCase {
    private func samples() -> [Double] {
        var rng = MersenneTwister(seed: 2024)
        var values: [Double] = [0.5, 1.5, 2.5, 0.125, 0.375, 2.675, 9.995, 999.5, 1e15, 8.9e18, 1e-18, 0.1, 5e-324]
        for i in 0..<1500 {
            switch i % 3 {
            case 0: values.append(rng.random() * 1000)
            case 1: values.append(Double(bitPattern: (try? rng.getrandbits64(64)) ?? 0))
            default:
                // Exact binary ties at some decimal position: k / 2^j.
                let k = Double((try? rng.randbelow(1 << 20)) ?? 1)
                values.append(k / Double(1 << ((try? rng.randbelow(12)) ?? 1)))
            }
        }
        return values.filter { $0.isFinite }
    }

    func testFastFixedMatchesExactRounding() {
        for x in samples() {
            let exact = DecimalDigits(exact: x)
            for places in [0, 1, 2, 3, 6, 10, 17, 19] {
                guard let fast = DecimalDigits.fastFixed(x, places: places) else { continue }
                XCTAssertEqual(fast, exact.rounded(fractionDigits: places), "\(x) places \(places)")
            }
        }
    }

    func testFastSignificantMatchesExactRounding() {
        for x in samples() {
            let exact = DecimalDigits(exact: x)
            for count in [1, 2, 3, 6, 12, 15, 17, 18] {
                guard let fast = DecimalDigits.fastSignificant(x, count: count) else { continue }
                XCTAssertEqual(fast, exact.rounded(significantDigits: count), "\(x) digits \(count)")
            }
        }
    }

    func testExactExpansion() {
        // Decimal('0.1') == 0.1000000000000000055511151231257827021181583404541015625
        let tenth = DecimalDigits(exact: 0.1)
        XCTAssertEqual(tenth.decimalPoint, 0)
        XCTAssertEqual(tenth.digits.map(String.init).joined(), "1000000000000000055511151231257827021181583404541015625")
        XCTAssertEqual(DecimalDigits(exact: 2.675).rounded(fractionDigits: 2), DecimalDigits(digits: [2, 6, 7], decimalPoint: 1))
        XCTAssertEqual(DecimalDigits(exact: 0.5).rounded(fractionDigits: 0), DecimalDigits(digits: [0], decimalPoint: 1))
        XCTAssertEqual(DecimalDigits(exact: 1.5).rounded(fractionDigits: 0), DecimalDigits(digits: [2], decimalPoint: 1))
    }
}
