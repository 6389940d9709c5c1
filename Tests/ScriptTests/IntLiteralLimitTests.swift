import Foundation
import XCTest
@testable import Script

/// Huge int literals: CPython 3.11 refuses a decimal one of more than 4300
/// digits at compile time; `0x`/`0o`/`0b` ones of any length are kept as
/// their prefixed digits (converted in linear time by the compiler).
final class IntLiteralLimitTests: XCTestCase {
    func testDecimalLiteralsOverTheDigitLimitAreASyntaxError() throws {
        XCTAssertNoThrow(try Parser.parse("x = 1" + String(repeating: "0", count: 4299) + "\n"))
        do {
            _ = try Parser.parse("x = 1\ny = 1_" + String(repeating: "0", count: 4300) + "\n")
            XCTFail("parsed")
        } catch let e as SyntaxError {
            XCTAssertEqual(e.line, 2)
            XCTAssertEqual(e.message, "Exceeds the limit (4300 digits) for integer string conversion: value has 4301 "
                           + "digits; use sys.set_int_max_str_digits() to increase the limit - Consider hexadecimal "
                           + "for huge integer literals to avoid decimal conversion limits.")
        }
        // Floats and imaginary literals are not ints.
        XCTAssertNoThrow(try Parser.parse("x = 1" + String(repeating: "0", count: 5000) + ".0\n"))
        XCTAssertNoThrow(try Parser.parse("x = 1" + String(repeating: "0", count: 5000) + "j\n"))
    }

    func testBigRadixLiteralsKeepTheirDigitsAndDumpAsDecimal() throws {
        XCTAssertEqual(Lexer.integer(Array("1_0000_0000_0000_0000".utf8).filter { $0 != 95 }, radix: 16),
                       .bigInt("0x10000000000000000"))
        XCTAssertEqual(Lexer.decimalDigits(ofBigIntText: "0x10000000000000000"), "18446744073709551616")
        XCTAssertEqual(Lexer.decimalDigits(ofBigIntText: "0o1000000000000000000000"), "9223372036854775808")
        XCTAssertEqual(Lexer.decimalDigits(ofBigIntText: "123"), "123")
    }

    func testAQuarterMegabyteHexLiteralLexesFast() throws {
        let started = Date()
        _ = try Parser.parse("x = 0x" + String(repeating: "f", count: 250_000) + "\n")
        // Tells a linear lexer (milliseconds) from a quadratic one (about a
        // minute), with room for a loaded machine: not a speed measurement.
        XCTAssertLessThan(Date().timeIntervalSince(started), 30)
    }
}
