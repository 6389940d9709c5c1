import XCTest
@testable import Runtime

/// `ascii(obj)` is `repr(obj)` with non-ASCII escaped (CPython 3.11).
final class AsciiEscapeTests: XCTestCase {
    func testEscapeNonASCIIIsAsciiOfAnyRepr() {
        // ascii(['é', 'x中']) == "['\\xe9', 'x\\u4e2d']"
        XCTAssertEqual(StringRepr.escapeNonASCII("['é', 'x中']"), #"['\xe9', 'x\u4e2d']"#)
        // ascii('😀') == "'\\U0001f600'"
        XCTAssertEqual(StringRepr.escapeNonASCII(StringRepr.repr("😀")), #"'\U0001f600'"#)
        XCTAssertEqual(StringRepr.escapeNonASCII("plain"), "plain")
        for text in ["é", "plain", "日本 \u{1}", "ÿ\u{2028}"] {
            XCTAssertEqual(StringRepr.escapeNonASCII(StringRepr.repr(text)), StringRepr.ascii(text))
        }
    }
}
