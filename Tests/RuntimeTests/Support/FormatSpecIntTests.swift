import BigInt
import XCTest
@testable import Runtime

/// Every expectation is `format(value, spec)` evaluated by CPython 3.11;
/// errors are `type(e).__name__` and `str(e)`.
final class FormatSpecIntTests: XCTestCase {

    func testIntegers() {
        let cases: [(BigInt, String, String, String)] = [
            (0, ",x", "ValueError", "Cannot specify ',' with 'x'."),
            (1, ",x", "ValueError", "Cannot specify ',' with 'x'."),
            (255, ",x", "ValueError", "Cannot specify ',' with 'x'."),
            (1, ",X", "ValueError", "Cannot specify ',' with 'X'."),
            (255, ",X", "ValueError", "Cannot specify ',' with 'X'."),
            (0, ",X", "ValueError", "Cannot specify ',' with 'X'."),
            (-1, ",o", "ValueError", "Cannot specify ',' with 'o'."),
            (-1234567, ",o", "ValueError", "Cannot specify ',' with 'o'."),
            (-1234567, ",o", "ValueError", "Cannot specify ',' with 'o'."),
            (7, ",b", "ValueError", "Cannot specify ',' with 'b'."),
            (65, ",b", "ValueError", "Cannot specify ',' with 'b'."),
            (7, ",b", "ValueError", "Cannot specify ',' with 'b'."),
            (255, "_o", "ok", "377"),
            (-1, "_o", "ok", "-1"),
            (65, "_o", "ok", "101"),
            (-255, "d", "ok", "-255"),
            (-255, "d", "ok", "-255"),
            (1234, "d", "ok", "1234"),
            (1234, "5d", "ok", " 1234"),
            (BigInt("100000000000000000000", radix: 10) ?? 0, "5d", "ok", "100000000000000000000"),
            (-1, "5d", "ok", "   -1"),
            (-1234567, "<5", "ok", "-1234567"),
            (0, "<5", "ok", "0    "),
            (BigInt("-1267650600228229401496703205376", radix: 10) ?? 0, "<5", "ok", "-1267650600228229401496703205376"),
            (BigInt("100000000000000000000", radix: 10) ?? 0, "^7", "ok", "100000000000000000000"),
            (7, "^7", "ok", "   7   "),
            (-255, "^7", "ok", " -255  "),
            (BigInt("-1267650600228229401496703205376", radix: 10) ?? 0, "=+8", "ok", "-1267650600228229401496703205376"),
            (1234, "=+8", "ok", "+   1234"),
            (1, "=+8", "ok", "+      1"),
            (65, "+", "ok", "+65"),
            (BigInt("-1267650600228229401496703205376", radix: 10) ?? 0, "+", "ok", "-1267650600228229401496703205376"),
            (BigInt("100000000000000000000", radix: 10) ?? 0, "+", "ok", "+100000000000000000000"),
            (0, "-", "ok", "0"),
            (1, "-", "ok", "1"),
            (255, "-", "ok", "255"),
            (1, " ", "ok", " 1"),
            (255, " ", "ok", " 255"),
            (0, " ", "ok", " 0"),
            (-1, "08", "ok", "-0000001"),
            (-1234567, "08", "ok", "-1234567"),
            (-1234567, "08", "ok", "-1234567"),
            (7, "08,", "ok", "0,000,007"),
            (65, "08,", "ok", "0,000,065"),
            (7, "08,", "ok", "0,000,007"),
            (255, "_", "ok", "255"),
            (-1, "_", "ok", "-1"),
            (65, "_", "ok", "65"),
            (-255, "_x", "ok", "-ff"),
            (-255, "_x", "ok", "-ff"),
            (1234, "_x", "ok", "4d2"),
            (1234, "#x", "ok", "0x4d2"),
            (BigInt("100000000000000000000", radix: 10) ?? 0, "#x", "ok", "0x56bc75e2d63100000"),
            (-1, "#x", "ok", "-0x1"),
            (-1234567, "#X", "ok", "-0X12D687"),
            (0, "#X", "ok", "0X0"),
            (BigInt("-1267650600228229401496703205376", radix: 10) ?? 0, "#X", "ok", "-0X10000000000000000000000000"),
            (BigInt("100000000000000000000", radix: 10) ?? 0, "#o", "ok", "0o12657072742654304000000"),
            (7, "#o", "ok", "0o7"),
            (-255, "#o", "ok", "-0o377"),
            (BigInt("-1267650600228229401496703205376", radix: 10) ?? 0, "#b", "ok", "-0b10000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000"),
            (1234, "#b", "ok", "0b10011010010"),
            (1, "#b", "ok", "0b1"),
            (65, "_b", "ok", "100_0001"),
            (BigInt("-1267650600228229401496703205376", radix: 10) ?? 0, "_b", "ok", "-1_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000"),
            (BigInt("100000000000000000000", radix: 10) ?? 0, "_b", "ok", "101_0110_1011_1100_0111_0101_1110_0010_1101_0110_0011_0001_0000_0000_0000_0000_0000"),
            (0, "#012_x", "ok", "0x0_0000_0000"),
            (1, "#012_x", "ok", "0x0_0000_0001"),
            (255, "#012_x", "ok", "0x0_0000_00ff"),
            (1, "x<10,", "ok", "1xxxxxxxxx"),
            (255, "x<10,", "ok", "255xxxxxxx"),
            (0, "x<10,", "ok", "0xxxxxxxxx"),
            (-1, "010,", "ok", "-0,000,001"),
            (-1234567, "010,", "ok", "-1,234,567"),
            (-1234567, "010,", "ok", "-1,234,567"),
            (7, "09,", "ok", "0,000,007"),
            (65, "09,", "ok", "0,000,065"),
            (7, "09,", "ok", "0,000,007"),
            (255, "c", "ok", "ÿ"),
            (-1, "c", "OverflowError", "%c arg not in range(0x110000)"),
            (65, "c", "ok", "A"),
            (-255, ">4c", "OverflowError", "%c arg not in range(0x110000)"),
            (-255, ">4c", "OverflowError", "%c arg not in range(0x110000)"),
            (1234, ">4c", "ok", "   Ӓ"),
            (1234, "n", "ok", "1234"),
            (BigInt("100000000000000000000", radix: 10) ?? 0, "n", "ok", "100000000000000000000"),
            (-1, "n", "ok", "-1"),
            (-1234567, "e", "ok", "-1.234567e+06"),
            (0, "e", "ok", "0.000000e+00"),
            (BigInt("-1267650600228229401496703205376", radix: 10) ?? 0, "e", "ok", "-1.267651e+30"),
            (BigInt("100000000000000000000", radix: 10) ?? 0, ".2f", "ok", "100000000000000000000.00"),
            (7, ".2f", "ok", "7.00"),
            (-255, ".2f", "ok", "-255.00"),
            (BigInt("-1267650600228229401496703205376", radix: 10) ?? 0, "%", "ok", "-126765060022822940149670320537600.000000%"),
            (1234, "%", "ok", "123400.000000%"),
            (1, "%", "ok", "100.000000%"),
            (65, "g", "ok", "65"),
            (BigInt("-1267650600228229401496703205376", radix: 10) ?? 0, "g", "ok", "-1.26765e+30"),
            (BigInt("100000000000000000000", radix: 10) ?? 0, "g", "ok", "1e+20"),
            (0, "x", "ok", "0"),
            (1, "x", "ok", "1"),
            (255, "x", "ok", "ff"),
            (1, "X", "ok", "1"),
            (255, "X", "ok", "FF"),
            (0, "X", "ok", "0"),
            (-1, "o", "ok", "-1"),
            (-1234567, "o", "ok", "-4553207"),
            (-1234567, "o", "ok", "-4553207"),
            (7, "b", "ok", "111"),
            (65, "b", "ok", "1000001"),
            (7, "b", "ok", "111"),
            (255, ".2", "ValueError", "Precision not allowed in integer format specifier"),
            (-1, ".2", "ValueError", "Precision not allowed in integer format specifier"),
            (65, ".2", "ValueError", "Precision not allowed in integer format specifier"),
            (-255, "+c", "ValueError", "Sign not allowed with integer format specifier 'c'"),
            (-255, "+c", "ValueError", "Sign not allowed with integer format specifier 'c'"),
            (1234, "+c", "ValueError", "Sign not allowed with integer format specifier 'c'"),
            (1234, "z", "ValueError", "Negative zero coercion (z) not allowed in integer format specifier"),
            (BigInt("100000000000000000000", radix: 10) ?? 0, "z", "ValueError", "Negative zero coercion (z) not allowed in integer format specifier"),
            (-1, "z", "ValueError", "Negative zero coercion (z) not allowed in integer format specifier"),
            (-1234567, "s", "ValueError", "Unknown format code 's' for object of type 'int'"),
            (0, "s", "ValueError", "Unknown format code 's' for object of type 'int'"),
            (BigInt("-1267650600228229401496703205376", radix: 10) ?? 0, "s", "ValueError", "Unknown format code 's' for object of type 'int'"),
            (BigInt("100000000000000000000", radix: 10) ?? 0, ",c", "ValueError", "Cannot specify ',' with 'c'."),
            (7, ",c", "ValueError", "Cannot specify ',' with 'c'."),
            (-255, ",c", "ValueError", "Cannot specify ',' with 'c'."),
            (BigInt("-1267650600228229401496703205376", radix: 10) ?? 0, "#10_o", "ok", "-0o20_0000_0000_0000_0000_0000_0000_0000_0000"),
            (1234, "#10_o", "ok", "    0o2322"),
            (1, "#10_o", "ok", "       0o1"),
            (65, "=10", "ok", "        65"),
            (BigInt("-1267650600228229401496703205376", radix: 10) ?? 0, "=10", "ok", "-1267650600228229401496703205376"),
            (BigInt("100000000000000000000", radix: 10) ?? 0, "=10", "ok", "100000000000000000000"),
            (0, "^+10,", "ok", "    +0    "),
            (1, "^+10,", "ok", "    +1    "),
            (255, "^+10,", "ok", "   +255   "),
            (1, "0>5", "ok", "00001"),
            (255, "0>5", "ok", "00255"),
            (0, "0>5", "ok", "00000"),
            (-1, "*^12_", "ok", "*****-1*****"),
            (-1234567, "*^12_", "ok", "*-1_234_567*"),
            (-1234567, "*^12_", "ok", "*-1_234_567*"),
            (7, "_d", "ok", "7"),
            (65, "_d", "ok", "65"),
            (7, "_d", "ok", "7"),
        ]
        for (value, spec, kind, text) in cases {
            assertPyResult({ try PyFormat.format(value, spec: spec) }, (kind, text), "format(\(value), \"\(spec)\")")
        }
    }

    func testBoolNamesItsTypeInErrors() {
        let cases: [(BigInt, String, String, String)] = [
            (1, "d", "ok", "1"),
            (1, "s", "ValueError", "Unknown format code 's' for object of type 'bool'"),
            (1, "c", "ok", "\u{1}"),
            (1, "x", "ok", "1"),
            (1, "f", "ok", "1.000000"),
            (1, "+", "ok", "+1"),
        ]
        for (value, spec, kind, text) in cases {
            assertPyResult({ try PyFormat.format(value, spec: spec, typeName: "bool") }, (kind, text), "format(\(value), \"\(spec)\")")
        }
    }

    func testSpecErrors() {
        // format(1, '1.2.3')
        XCTAssertThrowsError(try PyFormat.format(1, spec: "1.2.3")) { error in
            XCTAssertEqual(error as? PyFailure, .value("Invalid format specifier '1.2.3' for object of type 'int'"))
        }
        // format(1, '.')
        XCTAssertThrowsError(try PyFormat.format(1, spec: ".")) { error in
            XCTAssertEqual(error as? PyFailure, .value("Format specifier missing precision"))
        }
        // format(1, '99999999999999999999')
        XCTAssertThrowsError(try PyFormat.format(1, spec: "99999999999999999999")) { error in
            XCTAssertEqual(error as? PyFailure, .value("Too many decimal digits in format string"))
        }
        // format(1, '_,')
        XCTAssertThrowsError(try PyFormat.format(1, spec: "_,")) { error in
            XCTAssertEqual(error as? PyFailure, .value("Cannot specify both ',' and '_'."))
        }
        // format(0x110000, 'c')
        XCTAssertThrowsError(try PyFormat.format(0x110000, spec: "c")) { error in
            XCTAssertEqual(error as? PyFailure, .overflow("%c arg not in range(0x110000)"))
        }
        // format(2**63, 'c') and format(2**63 - 1, 'c')
        XCTAssertThrowsError(try PyFormat.format(BigInt(1) << 63, spec: "c")) { error in
            XCTAssertEqual(error as? PyFailure, .overflow("Python int too large to convert to C long"))
        }
        XCTAssertThrowsError(try PyFormat.format((BigInt(1) << 63) - 1, spec: "c")) { error in
            XCTAssertEqual(error as? PyFailure, .overflow("%c arg not in range(0x110000)"))
        }
        // format(10**400, 'f')
        XCTAssertThrowsError(try PyFormat.format(BigInt(10).power(400), spec: "f")) { error in
            XCTAssertEqual(error as? PyFailure, .overflow("int too large to convert to float"))
        }
    }

    func testParsedSpecFields() throws {
        let spec = try FormatSpec.parse("*^+z#012_.3f", typeName: "float")
        XCTAssertEqual(spec.fill, "*")
        XCTAssertEqual(spec.align, .center)
        XCTAssertEqual(spec.sign, .plus)
        XCTAssertTrue(spec.coerceNegativeZero)
        XCTAssertTrue(spec.alternate)
        XCTAssertFalse(spec.zeroPadding)  // an explicit fill makes the 0 part of the width
        XCTAssertEqual(spec.width, 12)
        XCTAssertEqual(spec.grouping, .underscore)
        XCTAssertEqual(spec.precision, 3)
        XCTAssertEqual(spec.type, "f")
    }

    func testUnicodeWidthAndFill() throws {
        XCTAssertEqual(try PyFormat.format(1, spec: "\u{665}"), "    1")  // format(1, '\u0665')
        XCTAssertEqual(try PyFormat.format("é", spec: "→^5"), "→→é→→")  // format('é', '→^5')
    }
}
