import XCTest
@testable import Runtime

/// Hostile sizes fail with MemoryError before anything huge is allocated.
final class SupportLimitsTests: XCTestCase {
    private func assertMemoryError(_ body: () throws -> Any, file: StaticString = #filePath, line: UInt = #line) {
        XCTAssertThrowsError(try body(), file: file, line: line) { error in
            XCTAssertEqual((error as? PyFailure)?.kind, .memoryError, file: file, line: line)
        }
    }

    func testHugeWidthsAndPrecisionsAreRefused() {
        assertMemoryError { try PyFormat.format(1, spec: "9999999999") }
        assertMemoryError { try PyFormat.format(1.5, spec: ".9999999999f") }
        assertMemoryError {
            try PercentFormat.format("%*d", .tuple([1 << 40, 1]), lookup: { object, _ in object },
                                     convert: { object, _ in .int(.init(object)) })
        }
    }

    func testOrdinarySizesStillWork() throws {
        XCTAssertEqual(try PyFormat.format(1, spec: "5"), "    1")
        XCTAssertEqual(try PyFormat.format(1.0, spec: ".30f"), "1.000000000000000000000000000000")
        // str precision only truncates, so a large one is harmless: format('abc', '.9999999999')
        XCTAssertEqual(try PyFormat.format("abc", spec: ".9999999999"), "abc")
    }
}
