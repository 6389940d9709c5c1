import BigInt
import XCTest
@testable import Runtime

final class NumericBuiltinsTests: BuiltinTestCase {
    func testDivmodPowRound() throws {
        XCTAssertEqual(try r(call("divmod", [.int(-17), .int(5)])), "(-4, 3)")
        XCTAssertEqual(try r(call("divmod", [.float(-7.5), .int(2)])), "(-4.0, 0.5)")
        XCTAssertEqual(try r(call("pow", [.int(3), .int(200), .int(1000)])), "1")
        XCTAssertEqual(try r(call("pow", [.int(2), .int(-1), .int(7)])), "4")
        XCTAssertEqual(try r(call("round", [.float(2.675), .int(2)])), "2.67")
        XCTAssertEqual(try r(call("round", [.float(-3.5)])), "-4")
        XCTAssertEqual(try r(call("round", [.int(1234), .int(-2)])), "1200")
        assertRaises(BuiltinTypes.zeroDivisionError, "integer division or modulo by zero") {
            try self.call("divmod", [.int(1), .int(0)])
        }
        assertRaises(BuiltinTypes.valueError, "pow() 3rd argument cannot be 0") {
            try self.call("pow", [.int(2), .int(3), .int(0)])
        }
        assertRaises(BuiltinTypes.typeError, "type str doesn't define __round__ method") {
            try self.call("round", [self.s("x")])
        }
    }

    func testSumAbs() throws {
        XCTAssertEqual(try r(call("sum", [list(.int(1), .int(2), .int(3)), .int(10)])), "16")
        XCTAssertEqual(try r(call("sum", [.object(PyList(Array(repeating: .float(0.1), count: 10)))])),
                       "0.9999999999999999")
        XCTAssertEqual(try r(call("sum", [list(.int(Int.max), .int(1))])), "9223372036854775808")
        XCTAssertEqual(try r(call("abs", [.int(Int.min)])), "9223372036854775808")
        XCTAssertEqual(try r(call("abs", [.float(-7.5)])), "7.5")
        assertRaises(BuiltinTypes.typeError, "sum() can't sum strings [use ''.join(seq) instead]") {
            try self.call("sum", [self.list(), self.s("")])
        }
        assertRaises(BuiltinTypes.typeError, "bad operand type for abs(): 'str'") { try self.call("abs", [self.s("x")]) }
    }

    func testCharactersAndRadix() throws {
        XCTAssertEqual(try r(call("chr", [.int(0x4e2d)])), "'中'")
        XCTAssertEqual(try r(call("ord", [s("€")])), "8364")
        XCTAssertEqual(try r(call("hex", [.int(-1)])), "'-0x1'")
        XCTAssertEqual(try r(call("bin", [.int(10)])), "'0b1010'")
        XCTAssertEqual(try r(call("oct", [.int(8)])), "'0o10'")
        XCTAssertEqual(try r(call("ascii", [list(s("é"), s("😀"))])), "\"['\\\\xe9', '\\\\U0001f600']\"")
        assertRaises(BuiltinTypes.valueError, "chr() arg not in range(0x110000)") { try self.call("chr", [.int(-1)]) }
        assertRaises(BuiltinTypes.typeError, "ord() expected a character, but string of length 2 found") {
            try self.call("ord", [self.s("ab")])
        }
        assertRaises(BuiltinTypes.typeError, "'float' object cannot be interpreted as an integer") {
            try self.call("hex", [.float(1.5)])
        }
    }

    func testFormat() throws {
        XCTAssertEqual(try r(call("format", [.float(1234.5678), s(",.2f")])), "'1,234.57'")
        XCTAssertEqual(try r(call("format", [.int(7), s("03")])), "'007'")
        XCTAssertEqual(try r(call("format", [.bool(true)])), "'True'")
        assertRaises(BuiltinTypes.typeError, "format() argument 2 must be str, not int") {
            try self.call("format", [.int(1), .int(5)])
        }
    }
}
