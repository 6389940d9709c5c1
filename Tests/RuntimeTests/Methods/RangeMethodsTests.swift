import BigInt
import XCTest
@testable import Runtime

/// `range` beyond machine integers (Objects/RangeArithmetic.swift) and its
/// methods (Methods/RangeMethods.swift), checked against CPython 3.11.
final class RangeMethodsTests: BuiltinTestCase {
    private let big = Value.integer(BigInt(10).power(30))

    private func range(_ args: Value...) throws -> Value { try call("range", args) }

    func testWideRangeKeepsExactBounds() throws {
        let r = try range(big)
        XCTAssertEqual(try self.r(r), "range(0, 1000000000000000000000000000000)")
        XCTAssertEqual(try self.r(method(r, "__getattribute__", [s("stop")])), "1000000000000000000000000000000")
        XCTAssertEqual(try self.r(vm.getItem(r, .int(-1))), "999999999999999999999999999999")
        XCTAssertTrue(try vm.isTruthy(r))
        XCTAssertFalse(try vm.isTruthy(try range(big, .int(0))))
    }

    func testWideMembershipIsArithmetic() throws {
        let r = try range(.int(0), big, .int(5))
        XCTAssertTrue(try vm.contains(r, .integer(BigInt(10).power(29))))
        XCTAssertFalse(try vm.contains(r, .int(6)))
        XCTAssertFalse(try vm.contains(r, .int(-5)))
        XCTAssertTrue(try vm.contains(r, .bool(false)))
        XCTAssertEqual(try self.r(method(r, "index", [.int(25)])), "5")
        XCTAssertEqual(try self.r(method(r, "count", [.int(7)])), "0")
        assertRaises(BuiltinTypes.valueError, "-5 is not in range") { try self.method(r, "index", [.int(-5)]) }
    }

    func testLengthBeyondSsizeTIsOverflowError() throws {
        let r = try range(big)
        assertRaises(BuiltinTypes.overflowError, "Python int too large to convert to C ssize_t") {
            .int(try self.vm.length(r))
        }
        // A span that overflows Int but whose length fits.
        XCTAssertEqual(try vm.length(try range(.int(Int.min), .int(Int.max), .integer(BigInt(1) << 62))), 4)
        assertRaises(BuiltinTypes.indexError, "range object index out of range") { try self.vm.getItem(r, self.big) }
    }

    func testSlicingAndReversal() throws {
        let r = try range(big)
        let reversed = try vm.getItem(r, .object(PySlice(start: .none, stop: .none, step: .int(-1))))
        XCTAssertEqual(try self.r(reversed), "range(999999999999999999999999999999, -1, -1)")
        XCTAssertEqual(try self.r(vm.getItem(try range(.int(10)), .object(PySlice(start: .none, stop: .none, step: .int(-1))))),
                       "range(9, -1, -1)")
        XCTAssertEqual(try listRepr(call("reversed", [try range(big, big + 3)])),
                       "[1000000000000000000000000000002, 1000000000000000000000000000001, 1000000000000000000000000000000]")
        XCTAssertEqual(try listRepr(try range(.int(Int.max - 1), .integer(BigInt(Int.max) + 2))),
                       "[9223372036854775806, 9223372036854775807, 9223372036854775808]")
        XCTAssertEqual(try vm.iterator(r).type.name, "longrange_iterator")
        XCTAssertEqual(try vm.iterator(try range(.int(3))).type.name, "range_iterator")
    }

    func testEqualityAndHashFollowElements() throws {
        XCTAssertTrue(try vm.equals(try range(big), try range(.int(0), big)))
        XCTAssertTrue(try vm.equals(try range(.int(0), big, big), try range(.int(0), .int(1))))
        XCTAssertEqual(try vm.hash(try range(.int(0))), try vm.hash(try range(.int(5), .int(5))))
        XCTAssertEqual(try vm.hash(try range(big)), try vm.hash(try range(.int(0), big, .int(1))))
    }
}

private func + (a: Value, b: Int) -> Value { .integer(a.bigIntValue! + BigInt(b)) }
