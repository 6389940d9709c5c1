import XCTest
@testable import Runtime

/// Compares a support-function call with a CPython expectation: either
/// `("ok", text)` for a result or `(exception name, message)` for an error.
func assertPyResult(
    _ result: () throws -> String, _ expected: (String, String), _ label: String,
    file: StaticString = #filePath, line: UInt = #line
) {
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
