import BigInt
import XCTest
@testable import Runtime

/// Expectations are CPython 3.11's `float.fromhex(s)` and
/// `x.as_integer_ratio()` (or the error raised).
final class FloatHexTests: XCTestCase {
    func testFromHex() {
        let cases: [(String, String, String)] = [
            ("0x1.8p1", "ok", "3.0"),
            ("-0x1p-1074", "ok", "-5e-324"),
            ("0x1p-1075", "ok", "0.0"),
            ("0x1.8p-1075", "ok", "5e-324"),
            ("0x3p-1076", "ok", "5e-324"),
            ("0x1.fffffffffffff8p1023", "OverflowError", "hexadecimal value too large to represent as a float"),
            ("0x1.fffffffffffff7p1023", "ok", "1.7976931348623157e+308"),
            ("0x1p1024", "OverflowError", "hexadecimal value too large to represent as a float"),
            ("inf", "ok", "inf"),
            ("-Infinity", "ok", "-inf"),
            ("nan", "ok", "nan"),
            ("  0x.8  ", "ok", "0.5"),
            ("1.5", "ok", "1.3125"),
            ("0x", "ValueError", "invalid hexadecimal floating-point string"),
            ("0xp1", "ValueError", "invalid hexadecimal floating-point string"),
            ("ff", "ok", "255.0"),
            ("0x1.", "ok", "1.0"),
            ("0x.", "ValueError", "invalid hexadecimal floating-point string"),
            ("0x1p", "ValueError", "invalid hexadecimal floating-point string"),
            ("0X1P+2", "ok", "4.0"),
            ("0x1_0", "ValueError", "invalid hexadecimal floating-point string"),
            ("0x1p99999999999999999999", "OverflowError", "hexadecimal value too large to represent as a float"),
            ("0x1p-99999999999999999999", "ok", "0.0"),
            ("1e5", "ok", "485.0"),
            ("0x10.8p-2", "ok", "4.125"),
            ("-0x0p0", "ok", "-0.0"),
            ("0x1.0000000000000800000001p0", "ok", "1.0000000000000002"),
            ("0x1.00000000000008p0", "ok", "1.0"),
            ("0x1.00000000000018p0", "ok", "1.0000000000000004"),
            ("0x1.999999999999ap-4", "ok", "0.1"),
            ("", "ValueError", "invalid hexadecimal floating-point string"),
            ("-", "ValueError", "invalid hexadecimal floating-point string"),
            ("0x1p-1022", "ok", "2.2250738585072014e-308"),
            ("0x0.0000000000001p-1022", "ok", "5e-324"),
            ("\u{3000}0x1p0", "ValueError", "invalid hexadecimal floating-point string"),
        ]
        for (text, kind, expected) in cases {
            assertPyResult({ FloatRepr.repr(try FloatRepr.fromHex(text)) }, (kind, expected), "fromhex(\(text))")
        }
    }

    func testIntegerRatio() {
        let cases: [(Double, String, String)] = [
            (Double(bitPattern: 0x3ff8000000000000), "ok", "(3, 2)"),  // (1.5).as_integer_ratio()
            (Double(bitPattern: 0xbfe8000000000000), "ok", "(-3, 4)"),  // (-0.75).as_integer_ratio()
            (Double(bitPattern: 0x4008000000000000), "ok", "(3, 1)"),  // (3.0).as_integer_ratio()
            (Double(bitPattern: 0x3fb999999999999a), "ok", "(3602879701896397, 36028797018963968)"),  // (0.1).as_integer_ratio()
            (Double(bitPattern: 0x0000000000000001), "ok", "(1, 202402253307310618352495346718917307049556649764142118356901358027430339567995346891960383701437124495187077864316811911389808737385793476867013399940738509921517424276566361364466907742093216341239767678472745068562007483424692698618103355649159556340810056512358769552333414615230502532186327508646006263307707741093494784)"),  // (5e-324).as_integer_ratio()
            (Double(bitPattern: 0x7e37e43c8800759c), "ok", "(1000000000000000052504760255204420248704468581108159154915854115511802457988908195786371375080447864043704443832883878176942523235360430575644792184786706982848387200926575803737830233794788090059368953234970799945081119038967640880074652742780142494579258788820056842838115669472196386865459400540160, 1)"),  // (1e+300).as_integer_ratio()
            (Double(bitPattern: 0x0000000000000000), "ok", "(0, 1)"),  // (0.0).as_integer_ratio()
            (Double(bitPattern: 0x8000000000000000), "ok", "(0, 1)"),  // (-0.0).as_integer_ratio()
            (Double.infinity, "OverflowError", "cannot convert Infinity to integer ratio"),  // (inf).as_integer_ratio()
            (Double.nan, "ValueError", "cannot convert NaN to integer ratio"),  // (nan).as_integer_ratio()
            (Double(bitPattern: 0x0000000000000003), "ok", "(3, 202402253307310618352495346718917307049556649764142118356901358027430339567995346891960383701437124495187077864316811911389808737385793476867013399940738509921517424276566361364466907742093216341239767678472745068562007483424692698618103355649159556340810056512358769552333414615230502532186327508646006263307707741093494784)"),  // (1.5e-323).as_integer_ratio()
            (Double(bitPattern: 0x40fe240c9fbe76c9), "ok", "(8483885939586761, 68719476736)"),  // (123456.789).as_integer_ratio()
        ]
        for (value, kind, expected) in cases {
            assertPyResult({ let (n, d) = try FloatRepr.integerRatio(value); return "(\(n), \(d))" },
                           (kind, expected), "as_integer_ratio(\(value))")
        }
    }
}
