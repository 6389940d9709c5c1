import BigInt
import XCTest
@testable import Runtime

final class MathAlgorithmsTests: XCTestCase {
    func testFsumIsExactlyRounded() throws {
        XCTAssertEqual(try MathAlgorithms.fsum(Array(repeating: 0.1, count: 10)), 1.0)
        XCTAssertEqual(try MathAlgorithms.fsum([1e100, 1.0, -1e100, 1e-100, 1e50, -1.0, -1e50]), 1e-100)
        XCTAssertEqual(try MathAlgorithms.fsum([]), 0.0)
        // Half-way case resolved by the later partials (CPython test_fsum).
        XCTAssertEqual(try MathAlgorithms.fsum([1e16, 1.0, 1e-16]), 1.0000000000000002e+16)
        XCTAssertEqual(try MathAlgorithms.fsum([.infinity, 1.0]), .infinity)
        XCTAssertThrowsError(try MathAlgorithms.fsum([.infinity, -.infinity])) { error in
            XCTAssertEqual(error as? PyFailure, PyFailure.value("-inf + inf in fsum"))
        }
        XCTAssertThrowsError(try MathAlgorithms.fsum([1.7e308, 1.7e308])) { error in
            XCTAssertEqual(error as? PyFailure, PyFailure.overflow("intermediate overflow in fsum"))
        }
    }

    func testHypotAndDomainErrors() throws {
        XCTAssertEqual(MathAlgorithms.vectorNorm([3, 4]), 5.0)
        XCTAssertEqual(MathAlgorithms.vectorNorm([1, 2, 2]), 3.0)
        XCTAssertEqual(MathAlgorithms.vectorNorm([7]), 7.0)
        XCTAssertThrowsError(try MathAlgorithms.checked(-1, canOverflow: false) { $0.squareRoot() }) { error in
            XCTAssertEqual(error as? PyFailure, MathAlgorithms.domainError)
        }
        XCTAssertThrowsError(try MathAlgorithms.checked(1000, canOverflow: true) { Foundation.exp($0) }) { error in
            XCTAssertEqual(error as? PyFailure, MathAlgorithms.rangeError)
        }
    }

    func testIntegerFunctions() throws {
        XCTAssertEqual(try MathAlgorithms.factorial(20), BigInt(2432902008176640000))
        XCTAssertEqual(try MathAlgorithms.factorial(30).description, "265252859812191058636308480000000")
        XCTAssertEqual(try MathAlgorithms.comb(10, 3), 120)
        XCTAssertEqual(try MathAlgorithms.comb(3, 10), 0)
        XCTAssertEqual(try MathAlgorithms.perm(5, 2), 20)
        XCTAssertEqual(try MathAlgorithms.isqrt(17), 4)
        XCTAssertEqual(try MathAlgorithms.isqrt(BigInt(10).power(40)), BigInt(10).power(20))
        XCTAssertEqual(try MathAlgorithms.gcd(12, -18), 6)
        XCTAssertEqual(try MathAlgorithms.lcm(4, 6), 12)
        XCTAssertThrowsError(try MathAlgorithms.factorial(-1))
    }

    func testFloatDecomposition() throws {
        XCTAssertTrue(MathAlgorithms.frexp(8.0) == (0.5, 4))
        XCTAssertTrue(MathAlgorithms.modf(3.75) == (0.75, 3.0))
        XCTAssertTrue(MathAlgorithms.modf(-3.75) == (-0.75, -3.0))
        XCTAssertEqual(try MathAlgorithms.ldexp(0.5, 4), 8.0)
        XCTAssertEqual(try MathAlgorithms.log(BigInt(10).power(400)), 400 * Foundation.log(10.0), accuracy: 1e-9)
        XCTAssertEqual(try MathAlgorithms.pow(2, 10), 1024)
        XCTAssertThrowsError(try MathAlgorithms.pow(0, -1))
    }

    func testLongProductsStopAtTheCheckpoint() {
        struct Stop: Error {}
        var calls = 0
        XCTAssertThrowsError(try MathAlgorithms.factorial(5000) { _, _ in
            calls += 1
            if calls > 10 { throw Stop() }
        }) { error in XCTAssertTrue(error is Stop) }
    }
}
