import XCTest
@testable import Runtime

/// CPython's `_Py_Mangle` rules (Support/PrivateNames.swift).
final class PrivateNamesTests: XCTestCase {
    func testManglesPrivateNamesWithTheClassName() {
        XCTAssertEqual(PrivateNames.mangle("__x", className: "Account"), "_Account__x")
        // Leading underscores of the class name are dropped.
        XCTAssertEqual(PrivateNames.mangle("__x", className: "_Private"), "_Private__x")
        XCTAssertEqual(PrivateNames.mangle("__x", className: "__Hidden"), "_Hidden__x")
    }

    func testLeavesOtherNamesAlone() {
        XCTAssertEqual(PrivateNames.mangle("__init__", className: "A"), "__init__")
        XCTAssertEqual(PrivateNames.mangle("_single", className: "A"), "_single")
        XCTAssertEqual(PrivateNames.mangle("__a.b", className: "A"), "__a.b")
        XCTAssertEqual(PrivateNames.mangle("__x", className: "___"), "__x")
        XCTAssertEqual(PrivateNames.mangle("__x", className: nil), "__x")
    }
}
