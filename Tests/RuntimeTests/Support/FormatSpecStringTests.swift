import BigInt
import XCTest
@testable import Runtime

/// Every expectation is `format(value, spec)` evaluated by CPython 3.11;
/// errors are `type(e).__name__` and `str(e)`.
final class FormatSpecStringTests: XCTestCase {
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

    func testStrings() {
        let cases: [(String, String, String, String)] = [
            ("", "", "ok", ""),
            ("", "s", "ok", ""),
            ("", "5", "ok", "     "),
            ("", "<5", "ok", "     "),
            ("", ">6", "ok", "      "),
            ("", "^7", "ok", "       "),
            ("", "*^8", "ok", "********"),
            ("", ".2", "ok", ""),
            ("", "5.1", "ok", "     "),
            ("", ".0", "ok", ""),
            ("", "05", "ok", "00000"),
            ("", "<05", "ok", "00000"),
            ("", "+", "ValueError", "Sign not allowed in string format specifier"),
            ("", "#", "ValueError", "Alternate form (#) not allowed in string format specifier"),
            ("", "=5", "ValueError", "'=' alignment not allowed in string format specifier"),
            ("", "z", "ValueError", "Negative zero coercion (z) not allowed in string format specifier"),
            ("", ",", "ValueError", "Cannot specify ',' with 's'."),
            ("", "d", "ValueError", "Unknown format code 'd' for object of type 'str'"),
            ("", "x<3s", "ok", "xxx"),
            ("", "^", "ok", ""),
            ("abc", "", "ok", "abc"),
            ("abc", "s", "ok", "abc"),
            ("abc", "5", "ok", "abc  "),
            ("abc", "<5", "ok", "abc  "),
            ("abc", ">6", "ok", "   abc"),
            ("abc", "^7", "ok", "  abc  "),
            ("abc", "*^8", "ok", "**abc***"),
            ("abc", ".2", "ok", "ab"),
            ("abc", "5.1", "ok", "a    "),
            ("abc", ".0", "ok", ""),
            ("abc", "05", "ok", "abc00"),
            ("abc", "<05", "ok", "abc00"),
            ("abc", "+", "ValueError", "Sign not allowed in string format specifier"),
            ("abc", "#", "ValueError", "Alternate form (#) not allowed in string format specifier"),
            ("abc", "=5", "ValueError", "'=' alignment not allowed in string format specifier"),
            ("abc", "z", "ValueError", "Negative zero coercion (z) not allowed in string format specifier"),
            ("abc", ",", "ValueError", "Cannot specify ',' with 's'."),
            ("abc", "d", "ValueError", "Unknown format code 'd' for object of type 'str'"),
            ("abc", "x<3s", "ok", "abc"),
            ("abc", "^", "ok", "abc"),
            ("héllo", "", "ok", "héllo"),
            ("héllo", "s", "ok", "héllo"),
            ("héllo", "5", "ok", "héllo"),
            ("héllo", "<5", "ok", "héllo"),
            ("héllo", ">6", "ok", " héllo"),
            ("héllo", "^7", "ok", " héllo "),
            ("héllo", "*^8", "ok", "*héllo**"),
            ("héllo", ".2", "ok", "hé"),
            ("héllo", "5.1", "ok", "h    "),
            ("héllo", ".0", "ok", ""),
            ("héllo", "05", "ok", "héllo"),
            ("héllo", "<05", "ok", "héllo"),
            ("héllo", "+", "ValueError", "Sign not allowed in string format specifier"),
            ("héllo", "#", "ValueError", "Alternate form (#) not allowed in string format specifier"),
            ("héllo", "=5", "ValueError", "'=' alignment not allowed in string format specifier"),
            ("héllo", "z", "ValueError", "Negative zero coercion (z) not allowed in string format specifier"),
            ("héllo", ",", "ValueError", "Cannot specify ',' with 's'."),
            ("héllo", "d", "ValueError", "Unknown format code 'd' for object of type 'str'"),
            ("héllo", "x<3s", "ok", "héllo"),
            ("héllo", "^", "ok", "héllo"),
            ("日本語", "", "ok", "日本語"),
            ("日本語", "s", "ok", "日本語"),
            ("日本語", "5", "ok", "日本語  "),
            ("日本語", "<5", "ok", "日本語  "),
            ("日本語", ">6", "ok", "   日本語"),
            ("日本語", "^7", "ok", "  日本語  "),
            ("日本語", "*^8", "ok", "**日本語***"),
            ("日本語", ".2", "ok", "日本"),
            ("日本語", "5.1", "ok", "日    "),
            ("日本語", ".0", "ok", ""),
            ("日本語", "05", "ok", "日本語00"),
            ("日本語", "<05", "ok", "日本語00"),
            ("日本語", "+", "ValueError", "Sign not allowed in string format specifier"),
            ("日本語", "#", "ValueError", "Alternate form (#) not allowed in string format specifier"),
            ("日本語", "=5", "ValueError", "'=' alignment not allowed in string format specifier"),
            ("日本語", "z", "ValueError", "Negative zero coercion (z) not allowed in string format specifier"),
            ("日本語", ",", "ValueError", "Cannot specify ',' with 's'."),
            ("日本語", "d", "ValueError", "Unknown format code 'd' for object of type 'str'"),
            ("日本語", "x<3s", "ok", "日本語"),
            ("日本語", "^", "ok", "日本語"),
            ("a\tb", "", "ok", "a\tb"),
            ("a\tb", "s", "ok", "a\tb"),
            ("a\tb", "5", "ok", "a\tb  "),
            ("a\tb", "<5", "ok", "a\tb  "),
            ("a\tb", ">6", "ok", "   a\tb"),
            ("a\tb", "^7", "ok", "  a\tb  "),
            ("a\tb", "*^8", "ok", "**a\tb***"),
            ("a\tb", ".2", "ok", "a\t"),
            ("a\tb", "5.1", "ok", "a    "),
            ("a\tb", ".0", "ok", ""),
            ("a\tb", "05", "ok", "a\tb00"),
            ("a\tb", "<05", "ok", "a\tb00"),
            ("a\tb", "+", "ValueError", "Sign not allowed in string format specifier"),
            ("a\tb", "#", "ValueError", "Alternate form (#) not allowed in string format specifier"),
            ("a\tb", "=5", "ValueError", "'=' alignment not allowed in string format specifier"),
            ("a\tb", "z", "ValueError", "Negative zero coercion (z) not allowed in string format specifier"),
            ("a\tb", ",", "ValueError", "Cannot specify ',' with 's'."),
            ("a\tb", "d", "ValueError", "Unknown format code 'd' for object of type 'str'"),
            ("a\tb", "x<3s", "ok", "a\tb"),
            ("a\tb", "^", "ok", "a\tb"),
        ]
        for (value, spec, kind, text) in cases {
            check({ try PyFormat.format(value, spec: spec) }, (kind, text), "format(\(value), \"\(spec)\")")
        }
    }

}
