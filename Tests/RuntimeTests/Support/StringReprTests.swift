import XCTest
@testable import Runtime

/// Expectations are CPython 3.11's `repr(s)` and `ascii(s)`.
final class StringReprTests: XCTestCase {
    func testReprAndAscii() {
        let cases: [(String, String, String)] = [
            ("", "''", "''"),
            ("abc", "'abc'", "'abc'"),
            ("it's", "\"it's\"", "\"it's\""),
            ("say \"hi\"", "'say \"hi\"'", "'say \"hi\"'"),
            ("both ' and \"", "'both \\' and \"'", "'both \\' and \"'"),
            ("back\\slash", "'back\\\\slash'", "'back\\\\slash'"),
            ("tab\there", "'tab\\there'", "'tab\\there'"),
            ("nl\nx\ry", "'nl\\nx\\ry'", "'nl\\nx\\ry'"),
            ("\u{0}\u{1}\u{1f}\u{7f}", "'\\x00\\x01\\x1f\\x7f'", "'\\x00\\x01\\x1f\\x7f'"),
            ("\u{80}\u{9f}\u{a0}¡\u{ad}", "'\\x80\\x9f\\xa0¡\\xad'", "'\\x80\\x9f\\xa0\\xa1\\xad'"),
            ("héllo 日本語", "'héllo 日本語'", "'h\\xe9llo \\u65e5\\u672c\\u8a9e'"),
            ("\u{200b}\u{2028}\u{3000}", "'\\u200b\\u2028\\u3000'", "'\\u200b\\u2028\\u3000'"),
            ("\u{e000}", "'\\ue000'", "'\\ue000'"),
            ("😀 emoji", "'😀 emoji'", "'\\U0001f600 emoji'"),
            ("\u{e0001}", "'\\U000e0001'", "'\\U000e0001'"),
            ("ÿ", "'ÿ'", "'\\xff'"),
            ("\u{378}", "'\\u0378'", "'\\u0378'"),
            ("'\"", "'\\'\"'", "'\\'\"'"),
            ("a\u{b}b\u{c}", "'a\\x0bb\\x0c'", "'a\\x0bb\\x0c'"),
        ]
        for (text, repr, ascii) in cases {
            XCTAssertEqual(StringRepr.repr(text), repr, text.debugDescription)
            XCTAssertEqual(StringRepr.ascii(text), ascii, text.debugDescription)
        }
    }

    func testTruncatedReprForErrorMessages() {
        // '%.200R' of 'x' * 300 keeps the opening quote and 199 x's
        XCTAssertEqual(StringRepr.repr(String(repeating: "x", count: 300), truncatedTo: 200),
                       "'" + String(repeating: "x", count: 199))
    }
}
