import BigInt
import XCTest
@testable import Runtime

/// Every expectation is `format(value, spec)` evaluated by CPython 3.11;
/// errors are `type(e).__name__` and `str(e)`.
final class FormatSpecIntTests: XCTestCase {
    private func check(_ result: () throws -> String, _ expected: (String, String), _ label: String,
                       file: StaticString = #filePath, line: UInt = #line) {
        do {
            let got = try result()
            XCTAssertEqual("ok", expected.0, "\(label) gave \(got)", file: file, line: line)
            if expected.0 == "ok" { XCTAssertEqual(got, expected.1, label, file: file, line: line) }
        } catch let failure as PyFailure {
            XCTAssertEqual(failure.kind.rawValue, expected.0, "\(label): \(failure)", file: file, line: line)
            XCTAssertEqual(failure.message, expected.1, label, file: file, line: line)
        } catch {
            XCTFail("\(label): unexpected \(error)", file: file, line: line)
        }
    }

    func testIntegers() {
        let cases: [(BigInt, String, String, String)] = [
            (0, "", "ok", "0"),
            (1, "", "ok", "1"),
            (255, "", "ok", "255"),
            (1, "d", "ok", "1"),
            (255, "d", "ok", "255"),
            (0, "d", "ok", "0"),
            (-1, "5d", "ok", "   -1"),
            (-1234567, "5d", "ok", "-1234567"),
            (-1234567, "5d", "ok", "-1234567"),
            (7, "<5", "ok", "7    "),
            (65, "<5", "ok", "65   "),
            (7, "<5", "ok", "7    "),
            (255, "^7", "ok", "  255  "),
            (-1, "^7", "ok", "  -1   "),
            (65, "^7", "ok", "  65   "),
            (-255, "=+8", "ok", "-    255"),
            (-255, "=+8", "ok", "-    255"),
            (1234, "=+8", "ok", "+   1234"),
            (1234, "+", "ok", "+1234"),
            (BigInt("100000000000000000000", radix: 10) ?? 0, "+", "ok", "+100000000000000000000"),
            (-1, "+", "ok", "-1"),
            (-1234567, "-", "ok", "-1234567"),
            (0, "-", "ok", "0"),
            (BigInt("-1267650600228229401496703205376", radix: 10) ?? 0, "-", "ok", "-1267650600228229401496703205376"),
            (BigInt("100000000000000000000", radix: 10) ?? 0, " ", "ok", " 100000000000000000000"),
            (7, " ", "ok", " 7"),
            (-255, " ", "ok", "-255"),
            (BigInt("-1267650600228229401496703205376", radix: 10) ?? 0, "08", "ok", "-1267650600228229401496703205376"),
            (1234, "08", "ok", "00001234"),
            (1, "08", "ok", "00000001"),
            (65, "08,", "ok", "0,000,065"),
            (BigInt("-1267650600228229401496703205376", radix: 10) ?? 0, "08,", "ok", "-1,267,650,600,228,229,401,496,703,205,376"),
            (BigInt("100000000000000000000", radix: 10) ?? 0, "08,", "ok", "100,000,000,000,000,000,000"),
            (0, "_", "ok", "0"),
            (1, "_", "ok", "1"),
            (255, "_", "ok", "255"),
            (1, "_x", "ok", "1"),
            (255, "_x", "ok", "ff"),
            (0, "_x", "ok", "0"),
            (-1, "#x", "ok", "-0x1"),
            (-1234567, "#x", "ok", "-0x12d687"),
            (-1234567, "#x", "ok", "-0x12d687"),
            (7, "#X", "ok", "0X7"),
            (65, "#X", "ok", "0X41"),
            (7, "#X", "ok", "0X7"),
            (255, "#o", "ok", "0o377"),
            (-1, "#o", "ok", "-0o1"),
            (65, "#o", "ok", "0o101"),
            (-255, "#b", "ok", "-0b11111111"),
            (-255, "#b", "ok", "-0b11111111"),
            (1234, "#b", "ok", "0b10011010010"),
            (1234, "_b", "ok", "100_1101_0010"),
            (BigInt("100000000000000000000", radix: 10) ?? 0, "_b", "ok", "101_0110_1011_1100_0111_0101_1110_0010_1101_0110_0011_0001_0000_0000_0000_0000_0000"),
            (-1, "_b", "ok", "-1"),
            (-1234567, "#012_x", "ok", "-0x0012_d687"),
            (0, "#012_x", "ok", "0x0_0000_0000"),
            (BigInt("-1267650600228229401496703205376", radix: 10) ?? 0, "#012_x", "ok", "-0x10_0000_0000_0000_0000_0000_0000"),
            (BigInt("100000000000000000000", radix: 10) ?? 0, "x<10,", "ok", "100,000,000,000,000,000,000"),
            (7, "x<10,", "ok", "7xxxxxxxxx"),
            (-255, "x<10,", "ok", "-255xxxxxx"),
            (BigInt("-1267650600228229401496703205376", radix: 10) ?? 0, "010,", "ok", "-1,267,650,600,228,229,401,496,703,205,376"),
            (1234, "010,", "ok", "00,001,234"),
            (1, "010,", "ok", "00,000,001"),
            (65, "09,", "ok", "0,000,065"),
            (BigInt("-1267650600228229401496703205376", radix: 10) ?? 0, "09,", "ok", "-1,267,650,600,228,229,401,496,703,205,376"),
            (BigInt("100000000000000000000", radix: 10) ?? 0, "09,", "ok", "100,000,000,000,000,000,000"),
            (0, "c", "ok", "\u{0}"),
            (1, "c", "ok", "\u{1}"),
            (255, "c", "ok", "ÿ"),
            (1, ">4c", "ok", "   \u{1}"),
            (255, ">4c", "ok", "   ÿ"),
            (0, ">4c", "ok", "   \u{0}"),
            (-1, "n", "ok", "-1"),
            (-1234567, "n", "ok", "-1234567"),
            (-1234567, "n", "ok", "-1234567"),
            (7, "e", "ok", "7.000000e+00"),
            (65, "e", "ok", "6.500000e+01"),
            (7, "e", "ok", "7.000000e+00"),
            (255, ".2f", "ok", "255.00"),
            (-1, ".2f", "ok", "-1.00"),
            (65, ".2f", "ok", "65.00"),
            (-255, "%", "ok", "-25500.000000%"),
            (-255, "%", "ok", "-25500.000000%"),
            (1234, "%", "ok", "123400.000000%"),
            (1234, "g", "ok", "1234"),
            (BigInt("100000000000000000000", radix: 10) ?? 0, "g", "ok", "1e+20"),
            (-1, "g", "ok", "-1"),
            (-1234567, "x", "ok", "-12d687"),
            (0, "x", "ok", "0"),
            (BigInt("-1267650600228229401496703205376", radix: 10) ?? 0, "x", "ok", "-10000000000000000000000000"),
            (BigInt("100000000000000000000", radix: 10) ?? 0, "X", "ok", "56BC75E2D63100000"),
            (7, "X", "ok", "7"),
            (-255, "X", "ok", "-FF"),
            (BigInt("-1267650600228229401496703205376", radix: 10) ?? 0, "o", "ok", "-2000000000000000000000000000000000"),
            (1234, "o", "ok", "2322"),
            (1, "o", "ok", "1"),
            (65, "b", "ok", "1000001"),
            (BigInt("-1267650600228229401496703205376", radix: 10) ?? 0, "b", "ok", "-10000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000"),
            (BigInt("100000000000000000000", radix: 10) ?? 0, "b", "ok", "1010110101111000111010111100010110101100011000100000000000000000000"),
            (0, ".2", "ValueError", "Precision not allowed in integer format specifier"),
            (1, ".2", "ValueError", "Precision not allowed in integer format specifier"),
            (255, ".2", "ValueError", "Precision not allowed in integer format specifier"),
            (1, "+c", "ValueError", "Sign not allowed with integer format specifier 'c'"),
            (255, "+c", "ValueError", "Sign not allowed with integer format specifier 'c'"),
            (0, "+c", "ValueError", "Sign not allowed with integer format specifier 'c'"),
            (-1, "z", "ValueError", "Negative zero coercion (z) not allowed in integer format specifier"),
            (-1234567, "z", "ValueError", "Negative zero coercion (z) not allowed in integer format specifier"),
            (-1234567, "z", "ValueError", "Negative zero coercion (z) not allowed in integer format specifier"),
            (7, "s", "ValueError", "Unknown format code 's' for object of type 'int'"),
            (65, "s", "ValueError", "Unknown format code 's' for object of type 'int'"),
            (7, "s", "ValueError", "Unknown format code 's' for object of type 'int'"),
            (255, ",c", "ValueError", "Cannot specify ',' with 'c'."),
            (-1, ",c", "ValueError", "Cannot specify ',' with 'c'."),
            (65, ",c", "ValueError", "Cannot specify ',' with 'c'."),
            (-255, "#10_o", "ok", "    -0o377"),
            (-255, "#10_o", "ok", "    -0o377"),
            (1234, "#10_o", "ok", "    0o2322"),
            (1234, "=10", "ok", "      1234"),
            (BigInt("100000000000000000000", radix: 10) ?? 0, "=10", "ok", "100000000000000000000"),
            (-1, "=10", "ok", "-        1"),
            (-1234567, "^+10,", "ok", "-1,234,567"),
            (0, "^+10,", "ok", "    +0    "),
            (BigInt("-1267650600228229401496703205376", radix: 10) ?? 0, "^+10,", "ok", "-1,267,650,600,228,229,401,496,703,205,376"),
            (BigInt("100000000000000000000", radix: 10) ?? 0, "0>5", "ok", "100000000000000000000"),
            (7, "0>5", "ok", "00007"),
            (-255, "0>5", "ok", "0-255"),
            (BigInt("-1267650600228229401496703205376", radix: 10) ?? 0, "*^12_", "ok", "-1_267_650_600_228_229_401_496_703_205_376"),
            (1234, "*^12_", "ok", "***1_234****"),
            (1, "*^12_", "ok", "*****1******"),
            (65, "_d", "ok", "65"),
            (BigInt("-1267650600228229401496703205376", radix: 10) ?? 0, "_d", "ok", "-1_267_650_600_228_229_401_496_703_205_376"),
            (BigInt("100000000000000000000", radix: 10) ?? 0, "_d", "ok", "100_000_000_000_000_000_000"),
        ]
        for (value, spec, kind, text) in cases {
            check({ try PyFormat.format(value, spec: spec) }, (kind, text), "format(\(value), \"\(spec)\")")
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
            check({ try PyFormat.format(value, spec: spec, typeName: "bool") }, (kind, text), "format(\(value), \"\(spec)\")")
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
