import BigInt
import XCTest
@testable import Runtime

/// Expectations are CPython 3.11's `hash()` on a 64-bit build.
final class PyHashTests: XCTestCase {
    func testIntHashes() {
        XCTAssertEqual(PyHash.hash(0), 0)
        XCTAssertEqual(PyHash.hash(-1), -2)  // hash(-1)
        XCTAssertEqual(PyHash.hash(-2), -2)  // hash(-2)
        XCTAssertEqual(PyHash.hash(BigInt(2).power(61) - 1), 0)  // hash(2**61 - 1)
        XCTAssertEqual(PyHash.hash(BigInt(2).power(61)), 1)  // hash(2**61)
        XCTAssertEqual(PyHash.hash(BigInt(2).power(100)), 549_755_813_888)  // hash(2**100)
        XCTAssertEqual(PyHash.hash(-BigInt(2).power(100)), -549_755_813_888)  // hash(-2**100)
        XCTAssertEqual(PyHash.hash(BigInt("12345678901234567890", radix: 10) ?? 0), 816_463_855_166_098_135)
        XCTAssertEqual(PyHash.hash(Int.min), PyHash.hash(BigInt(Int.min)))
    }

    func testFloatHashes() {
        let cases: [(Double, Int)] = [
            (0.0, 0), (-0.0, 0), (1.0, 1), (-1.0, -2), (0.5, 1_152_921_504_606_846_976),
            (1.5, 1_152_921_504_606_846_977), (-2.5, -1_152_921_504_606_846_978),
            (1e300, 1_224_995_262_755_759_164), (.leastNonzeroMagnitude, 16_777_216), (.infinity, 314_159),
            (-.infinity, -314_159), (3.14159, 326_484_311_674_566_659), (0x1p61, 1), (0x1p62, 2),
            (1e-10, 2_124_533_198_426_632_172),
        ]
        for (value, expected) in cases {
            XCTAssertEqual(PyHash.hash(value), expected, "hash(\(value))")
        }
        XCTAssertNil(PyHash.hash(Double.nan))
    }

    func testTupleHashes() {
        XCTAssertEqual(PyHash.hash(tupleOf: []), 5_740_354_900_026_072_187)  // hash(())
        XCTAssertEqual(PyHash.hash(tupleOf: [1]), -6_644_214_454_873_602_895)  // hash((1,))
        XCTAssertEqual(PyHash.hash(tupleOf: [1, 2]), -3_550_055_125_485_641_917)  // hash((1, 2))
        let inner = PyHash.hash(tupleOf: [2, 3])
        XCTAssertEqual(PyHash.hash(tupleOf: [1, inner]), 7_267_574_591_690_527_098)  // hash((1, (2, 3)))
        XCTAssertEqual(PyHash.hash(tupleOf: [PyHash.hash(-1)]), 8_078_679_518_589_016_365)  // hash((-1,))
        let half = PyHash.hash(0.5) ?? 0
        XCTAssertEqual(PyHash.hash(tupleOf: [half, 2]), 4_981_211_117_337_784_684)  // hash((0.5, 2))
    }
}
