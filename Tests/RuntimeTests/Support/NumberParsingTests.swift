import BigInt
import XCTest
@testable import Runtime

/// Expectations are CPython 3.11's `str(int(s, base))` / `repr(float(s))`
/// or `type(e).__name__` and `str(e)` of the error.
final class NumberParsingTests: XCTestCase {
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

    func testIntFromString() {
        let cases: [(String, Int, String, String)] = [
            ("xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx", 0, "ValueError", "invalid literal for int() with base 0: 'xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"),
            ("xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx", 10, "ValueError", "invalid literal for int() with base 10: 'xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"),
            ("xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx", 16, "ValueError", "invalid literal for int() with base 16: 'xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"),
            ("xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx", 2, "ValueError", "invalid literal for int() with base 2: 'xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"),
            ("xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx", 36, "ok", "73315554861000859122872114860382168404290538844785478376309184203254883125617779694868914230987493012339190059985620167837725864740809933753814589318173457636815169630530683811832321694901810996315232483540125870670082131501236032610875562458235657004853098444559429280421756425745807189697915635270558288217199398762096169955031116540898095735777971011259724676544789545698648602051626711936660238680743153346331785090373448761239271308200965071828427779553543413525"),
            ("١٢٣", 0, "ok", "123"),
            ("١٢٣", 10, "ok", "123"),
            ("١٢٣", 16, "ok", "291"),
            ("١٢٣", 2, "ValueError", "invalid literal for int() with base 2: '١٢٣'"),
            ("١٢٣", 36, "ok", "1371"),
            (" 12 ", 0, "ok", "12"),
            (" 12 ", 10, "ok", "12"),
            (" 12 ", 16, "ok", "18"),
            (" 12 ", 2, "ValueError", "invalid literal for int() with base 2: ' 12 '"),
            (" 12 ", 36, "ok", "38"),
            ("0x_1f", 0, "ok", "31"),
            ("0x_1f", 10, "ValueError", "invalid literal for int() with base 10: '0x_1f'"),
            ("0x_1f", 16, "ok", "31"),
            ("0x_1f", 2, "ValueError", "invalid literal for int() with base 2: '0x_1f'"),
            ("0x_1f", 36, "ok", "42819"),
            ("0_0", 0, "ok", "0"),
            ("0_0", 10, "ok", "0"),
            ("0_0", 16, "ok", "0"),
            ("0_0", 2, "ok", "0"),
            ("0_0", 36, "ok", "0"),
            ("00", 0, "ok", "0"),
            ("00", 10, "ok", "0"),
            ("00", 16, "ok", "0"),
            ("00", 2, "ok", "0"),
            ("00", 36, "ok", "0"),
            ("010", 0, "ValueError", "invalid literal for int() with base 0: '010'"),
            ("010", 10, "ok", "10"),
            ("010", 16, "ok", "16"),
            ("010", 2, "ok", "2"),
            ("010", 36, "ok", "36"),
            ("1__0", 0, "ValueError", "invalid literal for int() with base 0: '1__0'"),
            ("1__0", 10, "ValueError", "invalid literal for int() with base 10: '1__0'"),
            ("1__0", 16, "ValueError", "invalid literal for int() with base 16: '1__0'"),
            ("1__0", 2, "ValueError", "invalid literal for int() with base 2: '1__0'"),
            ("1__0", 36, "ValueError", "invalid literal for int() with base 36: '1__0'"),
            ("1_", 0, "ValueError", "invalid literal for int() with base 0: '1_'"),
            ("1_", 10, "ValueError", "invalid literal for int() with base 10: '1_'"),
            ("1_", 16, "ValueError", "invalid literal for int() with base 16: '1_'"),
            ("1_", 2, "ValueError", "invalid literal for int() with base 2: '1_'"),
            ("1_", 36, "ValueError", "invalid literal for int() with base 36: '1_'"),
            ("_1", 0, "ValueError", "invalid literal for int() with base 0: '_1'"),
            ("_1", 10, "ValueError", "invalid literal for int() with base 10: '_1'"),
            ("_1", 16, "ValueError", "invalid literal for int() with base 16: '_1'"),
            ("_1", 2, "ValueError", "invalid literal for int() with base 2: '_1'"),
            ("_1", 36, "ValueError", "invalid literal for int() with base 36: '_1'"),
            ("0b", 0, "ValueError", "invalid literal for int() with base 0: '0b'"),
            ("0b", 10, "ValueError", "invalid literal for int() with base 10: '0b'"),
            ("0b", 16, "ok", "11"),
            ("0b", 2, "ValueError", "invalid literal for int() with base 2: '0b'"),
            ("0b", 36, "ok", "11"),
            ("12\u{3000}", 0, "ok", "12"),
            ("12\u{3000}", 10, "ok", "12"),
            ("12\u{3000}", 16, "ok", "18"),
            ("12\u{3000}", 2, "ValueError", "invalid literal for int() with base 2: '12\\u3000'"),
            ("12\u{3000}", 36, "ok", "38"),
            ("+_1", 0, "ValueError", "invalid literal for int() with base 0: '+_1'"),
            ("+_1", 10, "ValueError", "invalid literal for int() with base 10: '+_1'"),
            ("+_1", 16, "ValueError", "invalid literal for int() with base 16: '+_1'"),
            ("+_1", 2, "ValueError", "invalid literal for int() with base 2: '+_1'"),
            ("+_1", 36, "ValueError", "invalid literal for int() with base 36: '+_1'"),
            ("0x", 0, "ValueError", "invalid literal for int() with base 0: '0x'"),
            ("0x", 10, "ValueError", "invalid literal for int() with base 10: '0x'"),
            ("0x", 16, "ValueError", "invalid literal for int() with base 16: '0x'"),
            ("0x", 2, "ValueError", "invalid literal for int() with base 2: '0x'"),
            ("0x", 36, "ok", "33"),
            ("-0o17", 0, "ok", "-15"),
            ("-0o17", 10, "ValueError", "invalid literal for int() with base 10: '-0o17'"),
            ("-0o17", 16, "ValueError", "invalid literal for int() with base 16: '-0o17'"),
            ("-0o17", 2, "ValueError", "invalid literal for int() with base 2: '-0o17'"),
            ("-0o17", 36, "ok", "-31147"),
            ("ⅷ", 0, "ValueError", "invalid literal for int() with base 0: 'ⅷ'"),
            ("ⅷ", 10, "ValueError", "invalid literal for int() with base 10: 'ⅷ'"),
            ("ⅷ", 16, "ValueError", "invalid literal for int() with base 16: 'ⅷ'"),
            ("ⅷ", 2, "ValueError", "invalid literal for int() with base 2: 'ⅷ'"),
            ("ⅷ", 36, "ValueError", "invalid literal for int() with base 36: 'ⅷ'"),
            ("１２", 0, "ok", "12"),
            ("１２", 10, "ok", "12"),
            ("１２", 16, "ok", "18"),
            ("１２", 2, "ValueError", "invalid literal for int() with base 2: '１２'"),
            ("１２", 36, "ok", "38"),
            ("", 0, "ValueError", "invalid literal for int() with base 0: ''"),
            ("", 10, "ValueError", "invalid literal for int() with base 10: ''"),
            ("", 16, "ValueError", "invalid literal for int() with base 16: ''"),
            ("", 2, "ValueError", "invalid literal for int() with base 2: ''"),
            ("", 36, "ValueError", "invalid literal for int() with base 36: ''"),
            ("abc", 0, "ValueError", "invalid literal for int() with base 0: 'abc'"),
            ("abc", 10, "ValueError", "invalid literal for int() with base 10: 'abc'"),
            ("abc", 16, "ok", "2748"),
            ("abc", 2, "ValueError", "invalid literal for int() with base 2: 'abc'"),
            ("abc", 36, "ok", "13368"),
            ("-42", 0, "ok", "-42"),
            ("-42", 10, "ok", "-42"),
            ("-42", 16, "ok", "-66"),
            ("-42", 2, "ValueError", "invalid literal for int() with base 2: '-42'"),
            ("-42", 36, "ok", "-146"),
            ("+7", 0, "ok", "7"),
            ("+7", 10, "ok", "7"),
            ("+7", 16, "ok", "7"),
            ("+7", 2, "ValueError", "invalid literal for int() with base 2: '+7'"),
            ("+7", 36, "ok", "7"),
            ("0XfF", 0, "ok", "255"),
            ("0XfF", 10, "ValueError", "invalid literal for int() with base 10: '0XfF'"),
            ("0XfF", 16, "ok", "255"),
            ("0XfF", 2, "ValueError", "invalid literal for int() with base 2: '0XfF'"),
            ("0XfF", 36, "ok", "43323"),
            ("0B101", 0, "ok", "5"),
            ("0B101", 10, "ValueError", "invalid literal for int() with base 10: '0B101'"),
            ("0B101", 16, "ok", "45313"),
            ("0B101", 2, "ok", "5"),
            ("0B101", 36, "ok", "514513"),
            ("0o777", 0, "ok", "511"),
            ("0o777", 10, "ValueError", "invalid literal for int() with base 10: '0o777'"),
            ("0o777", 16, "ValueError", "invalid literal for int() with base 16: '0o777'"),
            ("0o777", 2, "ValueError", "invalid literal for int() with base 2: '0o777'"),
            ("0o777", 36, "ok", "1129075"),
            ("1_000_000", 0, "ok", "1000000"),
            ("1_000_000", 10, "ok", "1000000"),
            ("1_000_000", 16, "ok", "16777216"),
            ("1_000_000", 2, "ok", "64"),
            ("1_000_000", 36, "ok", "2176782336"),
            ("z", 0, "ValueError", "invalid literal for int() with base 0: 'z'"),
            ("z", 10, "ValueError", "invalid literal for int() with base 10: 'z'"),
            ("z", 16, "ValueError", "invalid literal for int() with base 16: 'z'"),
            ("z", 2, "ValueError", "invalid literal for int() with base 2: 'z'"),
            ("z", 36, "ok", "35"),
            ("Z", 0, "ValueError", "invalid literal for int() with base 0: 'Z'"),
            ("Z", 10, "ValueError", "invalid literal for int() with base 10: 'Z'"),
            ("Z", 16, "ValueError", "invalid literal for int() with base 16: 'Z'"),
            ("Z", 2, "ValueError", "invalid literal for int() with base 2: 'Z'"),
            ("Z", 36, "ok", "35"),
            ("  -  1", 0, "ValueError", "invalid literal for int() with base 0: '  -  1'"),
            ("  -  1", 10, "ValueError", "invalid literal for int() with base 10: '  -  1'"),
            ("  -  1", 16, "ValueError", "invalid literal for int() with base 16: '  -  1'"),
            ("  -  1", 2, "ValueError", "invalid literal for int() with base 2: '  -  1'"),
            ("  -  1", 36, "ValueError", "invalid literal for int() with base 36: '  -  1'"),
            ("- 1", 0, "ValueError", "invalid literal for int() with base 0: '- 1'"),
            ("- 1", 10, "ValueError", "invalid literal for int() with base 10: '- 1'"),
            ("- 1", 16, "ValueError", "invalid literal for int() with base 16: '- 1'"),
            ("- 1", 2, "ValueError", "invalid literal for int() with base 2: '- 1'"),
            ("- 1", 36, "ValueError", "invalid literal for int() with base 36: '- 1'"),
            ("12a", 0, "ValueError", "invalid literal for int() with base 0: '12a'"),
            ("12a", 10, "ValueError", "invalid literal for int() with base 10: '12a'"),
            ("12a", 16, "ok", "298"),
            ("12a", 2, "ValueError", "invalid literal for int() with base 2: '12a'"),
            ("12a", 36, "ok", "1378"),
            ("999999999999999999999999999999", 0, "ok", "999999999999999999999999999999"),
            ("999999999999999999999999999999", 10, "ok", "999999999999999999999999999999"),
            ("999999999999999999999999999999", 16, "ok", "797536797470949523742284236168206745"),
            ("999999999999999999999999999999", 2, "ValueError", "invalid literal for int() with base 2: '999999999999999999999999999999'"),
            ("999999999999999999999999999999", 36, "ok", "12567517195034380497254422013256326708312790045"),
            ("-7777777777777777777777777", 0, "ok", "-7777777777777777777777777"),
            ("-7777777777777777777777777", 10, "ok", "-7777777777777777777777777"),
            ("-7777777777777777777777777", 16, "ok", "-591570280106507054031794829175"),
            ("-7777777777777777777777777", 2, "ValueError", "invalid literal for int() with base 2: '-7777777777777777777777777'"),
            ("-7777777777777777777777777", 36, "ok", "-161656255492952812128627920091307258675"),
            ("0xffffffffffffffffffff", 0, "ok", "1208925819614629174706175"),
            ("0xffffffffffffffffffff", 10, "ValueError", "invalid literal for int() with base 10: '0xffffffffffffffffffff'"),
            ("0xffffffffffffffffffff", 16, "ok", "1208925819614629174706175"),
            ("0xffffffffffffffffffff", 2, "ValueError", "invalid literal for int() with base 2: '0xffffffffffffffffffff'"),
            ("0xffffffffffffffffffff", 36, "ok", "446856246012776253124898565502683"),
            ("\t\n 5 \u{b}", 0, "ok", "5"),
            ("\t\n 5 \u{b}", 10, "ok", "5"),
            ("\t\n 5 \u{b}", 16, "ok", "5"),
            ("\t\n 5 \u{b}", 2, "ValueError", "invalid literal for int() with base 2: '\\t\\n 5 \\x0b'"),
            ("\t\n 5 \u{b}", 36, "ok", "5"),
            ("1 2", 0, "ValueError", "invalid literal for int() with base 0: '1 2'"),
            ("1 2", 10, "ValueError", "invalid literal for int() with base 10: '1 2'"),
            ("1 2", 16, "ValueError", "invalid literal for int() with base 16: '1 2'"),
            ("1 2", 2, "ValueError", "invalid literal for int() with base 2: '1 2'"),
            ("1 2", 36, "ValueError", "invalid literal for int() with base 36: '1 2'"),
            ("٣_٤", 0, "ok", "34"),
            ("٣_٤", 10, "ok", "34"),
            ("٣_٤", 16, "ok", "52"),
            ("٣_٤", 2, "ValueError", "invalid literal for int() with base 2: '٣_٤'"),
            ("٣_٤", 36, "ok", "112"),
            ("0_", 0, "ValueError", "invalid literal for int() with base 0: '0_'"),
            ("0_", 10, "ValueError", "invalid literal for int() with base 10: '0_'"),
            ("0_", 16, "ValueError", "invalid literal for int() with base 16: '0_'"),
            ("0_", 2, "ValueError", "invalid literal for int() with base 2: '0_'"),
            ("0_", 36, "ValueError", "invalid literal for int() with base 36: '0_'"),
            ("0__0", 0, "ValueError", "invalid literal for int() with base 0: '0__0'"),
            ("0__0", 10, "ValueError", "invalid literal for int() with base 10: '0__0'"),
            ("0__0", 16, "ValueError", "invalid literal for int() with base 16: '0__0'"),
            ("0__0", 2, "ValueError", "invalid literal for int() with base 2: '0__0'"),
            ("0__0", 36, "ValueError", "invalid literal for int() with base 36: '0__0'"),
            ("-0", 0, "ok", "0"),
            ("-0", 10, "ok", "0"),
            ("-0", 16, "ok", "0"),
            ("-0", 2, "ok", "0"),
            ("-0", 36, "ok", "0"),
            ("+0x10", 0, "ok", "16"),
            ("+0x10", 10, "ValueError", "invalid literal for int() with base 10: '+0x10'"),
            ("+0x10", 16, "ok", "16"),
            ("+0x10", 2, "ValueError", "invalid literal for int() with base 2: '+0x10'"),
            ("+0x10", 36, "ok", "42804"),
        ]
        for (text, base, kind, expected) in cases {
            check({ try IntParsing.parseInt(text, base: base).description }, (kind, expected), "int(\(text), \(base))")
        }
    }

    func testFloatFromString() {
        let cases: [(String, String, String)] = [
            ("xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx", "ValueError", "could not convert string to float: 'xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx'"),
            ("1_000.5", "ok", "1000.5"),
            ("1_000._5", "ValueError", "could not convert string to float: '1_000._5'"),
            ("1e1_0", "ok", "10000000000.0"),
            (".5", "ok", "0.5"),
            ("5.", "ok", "5.0"),
            (".", "ValueError", "could not convert string to float: '.'"),
            ("1e", "ValueError", "could not convert string to float: '1e'"),
            ("inf", "ok", "inf"),
            ("-Infinity", "ok", "-inf"),
            ("nAn", "ok", "nan"),
            ("+nan", "ok", "nan"),
            ("infinit", "ValueError", "could not convert string to float: 'infinit'"),
            ("1.5e+300", "ok", "1.5e+300"),
            (" 12 ", "ok", "12.0"),
            ("١.٥", "ok", "1.5"),
            ("0x10", "ValueError", "could not convert string to float: '0x10'"),
            ("1__0", "ValueError", "could not convert string to float: '1__0'"),
            ("1e500", "ok", "inf"),
            ("-1e-500", "ok", "-0.0"),
            ("", "ValueError", "could not convert string to float: ''"),
            ("  ", "ValueError", "could not convert string to float: '  '"),
            ("1_e5", "ValueError", "could not convert string to float: '1_e5'"),
            ("1.e5", "ok", "100000.0"),
            ("1 2", "ValueError", "could not convert string to float: '1 2'"),
            ("\u{0}", "ValueError", "could not convert string to float: '\\x00'"),
            ("-0", "ok", "-0.0"),
            ("0.1", "ok", "0.1"),
            ("2.675", "ok", "2.675"),
            ("1e-320", "ok", "1e-320"),
            ("123456789012345678901234567890", "ok", "1.2345678901234568e+29"),
            ("1E5", "ok", "100000.0"),
            ("+.5e-3", "ok", "0.0005"),
            ("e5", "ValueError", "could not convert string to float: 'e5'"),
            ("1.5.5", "ValueError", "could not convert string to float: '1.5.5'"),
            ("--1", "ValueError", "could not convert string to float: '--1'"),
            ("in f", "ValueError", "could not convert string to float: 'in f'"),
            ("\u{3000}-2.5\n", "ok", "-2.5"),
            ("0.30000000000000004", "ok", "0.30000000000000004"),
            ("4.9406564584124654e-324", "ok", "5e-324"),
            ("1.7976931348623157e308", "ok", "1.7976931348623157e+308"),
            ("1.7976931348623159e308", "ok", "inf"),
            ("9999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999", "ok", "inf"),
        ]
        for (text, kind, expected) in cases {
            check({ FloatRepr.repr(try FloatParsing.parseFloat(text)) }, (kind, expected), "float(\(text))")
        }
    }

    func testBaseAndDigitLimitErrors() {
        // int('1', 1)
        XCTAssertThrowsError(try IntParsing.parseInt("1", base: 1)) { error in
            XCTAssertEqual(error as? PyFailure, .value("int() base must be >= 2 and <= 36, or 0"))
        }
        // int('1' * 5000)
        XCTAssertThrowsError(try IntParsing.parseInt(String(repeating: "1", count: 5000))) { error in
            XCTAssertEqual(error as? PyFailure, .value("Exceeds the limit (4300 digits) for integer string conversion: value has 5000 digits; use sys.set_int_max_str_digits() to increase the limit"))
        }
        // int('1' * 5000, 16) has no limit (power-of-two base)
        XCTAssertEqual(try IntParsing.parseInt(String(repeating: "1", count: 5000), base: 16).magnitude.bitWidth, 19997)  // .bit_length()
    }

    func testIntToStringConversions() throws {
        XCTAssertEqual(IntToString.bin(-5), "-0b101")  // bin(-5)
        XCTAssertEqual(IntToString.oct(8), "0o10")  // oct(8)
        XCTAssertEqual(IntToString.hex(255), "0xff")  // hex(255)
        XCTAssertEqual(IntToString.hex(0), "0x0")  // hex(0)
        XCTAssertEqual(IntToString.hex(-(BigInt(1) << 70)), "-0x400000000000000000")  // hex(-(1<<70))
        XCTAssertEqual(try IntToString.decimal(-(BigInt(1) << 70)), "-1180591620717411303424")  // str(-(1<<70))
        // str(10**5000)
        XCTAssertThrowsError(try IntToString.decimal(BigInt(10).power(5000))) { error in
            XCTAssertEqual(error as? PyFailure, .value("Exceeds the limit (4300 digits) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit"))
        }
    }
}
