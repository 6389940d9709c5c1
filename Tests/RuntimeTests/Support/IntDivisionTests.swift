import BigInt
import XCTest
@testable import Runtime

/// `a / b` on machine ints, fast and big paths (expectations: CPython 3.11).
final class IntDivisionTests: XCTestCase {
    func testMachineIntTrueDivision() throws {
        let cases: [(Int, Int, String)] = [
            (7, 2, "3.5"), (-7, 2, "-3.5"), (1, 3, "0.3333333333333333"),
            (1_152_921_504_606_846_977, 3, "3.843071682022823e+17"),  // (2**60 + 1) / 3
            (Int.min, 7, "-1.3176245766935393e+18"),  // -(2**63) / 7
            (9_007_199_254_740_993, 1, "9007199254740992.0"),  // (2**53 + 1) / 1
            (9_007_199_254_740_993, 9_007_199_254_740_992, "1.0"),
            (4_611_686_018_427_387_904, 2_305_843_009_213_693_953, "2.0"),  // 2**62 / (2**61 + 1)
        ]
        for (a, b, expected) in cases {
            XCTAssertEqual(FloatRepr.repr(try IntegerArithmetic.trueDivide(a, b)), expected, "\(a) / \(b)")
        }
        XCTAssertThrowsError(try IntegerArithmetic.trueDivide(1, 0)) { error in
            XCTAssertEqual(error as? PyFailure, .zeroDivision("division by zero"))  // 1 / 0
        }
    }
}

/// `int ** int` on machine ints (expectations: CPython 3.11).
final class IntPowerFastPathTests: XCTestCase {
    func testMachineIntPower() {
        XCTAssertEqual(IntegerArithmetic.powerIfFits(3, 4), 81)  // 3 ** 4
        XCTAssertEqual(IntegerArithmetic.powerIfFits(-2, 63), Int.min)  // (-2) ** 63 == -9223372036854775808
        XCTAssertNil(IntegerArithmetic.powerIfFits(2, 63))  // 2 ** 63 needs a big int
        XCTAssertEqual(IntegerArithmetic.powerIfFits(-1, 1_000_001), -1)  // (-1) ** 1000001
        XCTAssertEqual(IntegerArithmetic.powerIfFits(0, 0), 1)  // 0 ** 0
        XCTAssertEqual(IntegerArithmetic.powerIfFits(7, 0), 1)
        XCTAssertNil(IntegerArithmetic.powerIfFits(10, 19))  // 10 ** 19 > Int.max
        XCTAssertEqual(IntegerArithmetic.powerIfFits(10, 18), 1_000_000_000_000_000_000)
        XCTAssertNil(IntegerArithmetic.powerIfFits(2, -1))  // negative exponents go through the float path
    }
}

/// `round(int, -k)` far beyond the number's size (expectations: CPython 3.11).
final class IntRoundFarTests: XCTestCase {
    func testRoundingFarLeftIsZeroWithoutHugePowers() {
        XCTAssertEqual(PythonRound.round(BigInt(5), ndigits: -1_000_000), 0)  // round(5, -10**6)
        XCTAssertEqual(PythonRound.round(BigInt(10).power(30), ndigits: -31), 0)  // round(10**30, -31)
        XCTAssertEqual(PythonRound.round(5 * BigInt(10).power(30), ndigits: -31), 0)  // round(5*10**30, -31)
        XCTAssertEqual(PythonRound.round(6 * BigInt(10).power(30), ndigits: -31), BigInt(10).power(31))
        XCTAssertEqual(PythonRound.round(-6 * BigInt(10).power(30), ndigits: -31), -BigInt(10).power(31))
    }
}
