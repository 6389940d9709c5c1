import XCTest
@testable import Runtime

/// Case folding corner cases and CPython 3.11's Unicode 14.0 view of code
/// points assigned later (expectations from CPython 3.11).
final class UnicodeVersionTests: XCTestCase {
    private func fold(_ s: String) -> String { StrAlgorithms.string(StrAlgorithms.casefold(StrAlgorithms.scalars(s))) }
    private func lower(_ s: String) -> String { StrAlgorithms.string(StrAlgorithms.lower(StrAlgorithms.scalars(s))) }

    func testCaseFoldingCorners() {
        XCTAssertEqual(fold("\u{1FBE}"), "\u{3B9}")  // '\u1fbe'.casefold()
        XCTAssertEqual(fold("\u{1E9E}"), "ss")  // 'ẞ'.casefold()
        XCTAssertEqual(fold("\u{131}"), "\u{131}")  // 'ı'.casefold()
        XCTAssertEqual(fold("\u{AB70}"), "\u{13A0}")  // 'ꭰ'.casefold()
        XCTAssertEqual(fold("\u{13A0}"), "\u{13A0}")  // 'Ꭰ'.casefold()
        XCTAssertEqual(fold("\u{13F8}"), "\u{13F0}")  // 'ᏸ'.casefold()
        XCTAssertEqual(fold("ΣΑΣ σ"), "σασ σ")  // no final-sigma rule in casefold
        XCTAssertEqual(lower("ΣΑΣ σ"), "σας σ")  // but lower() applies it
        XCTAssertEqual(fold("ǰ").unicodeScalars.map(\.value), [0x6A, 0x30C])  // 'ǰ'.casefold()
    }

    func testCodePointsNewerThanUnicode14AreUnassigned() {
        XCTAssertFalse(PyUnicode.isAssigned("\u{1ACF}"))
        XCTAssertTrue(PyUnicode.isAssigned("é"))
        XCTAssertEqual(StringRepr.repr("\u{1ACF}"), "'\\u1acf'")  // repr('\u1acf')
        XCTAssertEqual(StringRepr.repr("\u{1FAE8}"), "'\\U0001fae8'")  // repr('\U0001FAE8')
        XCTAssertFalse(StrAlgorithms.isPrintable(["\u{1ACF}"]))  // '\u1acf'.isprintable()
    }
}
