import BigInt
import XCTest
@testable import Runtime

/// The progress hooks of Support's long text and number operations: each
/// reports its work as it goes (the interpreter's native-work count, which
/// ends a run at the wall or memory limit mid-operation), a hook that
/// throws stops the operation, and the results are those of the plain
/// versions.
final class ProgressHooksTests: XCTestCase {
    private struct Stop: Error {}

    func testDecimalConversionMatchesTheLibraryAndReportsEachPass() throws {
        var rng = SystemRandomNumberGenerator()
        for words in [1, 2, 63, 64, 65, 100, 300] {
            for _ in 0..<5 {
                let value = BigUInt(words: (0..<words).map { _ in UInt.random(in: 0...UInt.max, using: &rng) })
                var passes = 0
                let text = WordRadixConversion.decimal(value) { _ in passes += 1 }
                XCTAssertEqual(text, String(value), "\(words) words")
                if value.words.count > WordRadixConversion.smallWords { XCTAssertGreaterThan(passes, words / 2) }
            }
        }
        let power = BigUInt(10).power(2000)
        XCTAssertEqual(WordRadixConversion.decimal(power) { _ in }, "1" + String(repeating: "0", count: 2000))
        XCTAssertEqual(WordRadixConversion.decimal(power - 1) { _ in }, String(repeating: "9", count: 2000))
    }

    func testParsingMatchesTheLibraryForEveryRadix() throws {
        var rng = SystemRandomNumberGenerator()
        for base in [3, 7, 10, 12, 36] {
            for count in [1, 20, 257, 1000] {
                let digits = (0..<count).map { _ in UInt8.random(in: 0..<UInt8(base), using: &rng) }
                let expected = digits.reduce(BigUInt(0)) { $0 * BigUInt(base) + BigUInt($1) }
                var reports = 0
                let value = WordRadixConversion.magnitude(digits, base: base) { _ in reports += 1 }
                XCTAssertEqual(value, expected, "base \(base), \(count) digits")
                XCTAssertGreaterThan(reports, 0)
            }
        }
    }

    func testAThrowingHookStopsTheConversions() {
        let big = BigUInt(3).power(20_000)
        XCTAssertThrowsError(try WordRadixConversion.decimal(big) { _ in throw Stop() })
        let digits = [UInt8](repeating: 9, count: 5000)
        XCTAssertThrowsError(try WordRadixConversion.magnitude(digits, base: 10) { _ in throw Stop() })
    }

    func testCaseConversionsReportEveryStride() throws {
        let text = StrAlgorithms.scalars(String(repeating: "ß Σa", count: 1000))
        let conversions: [(String, (StrAlgorithms.Scalars, () throws -> Void) throws -> StrAlgorithms.Scalars,
                           (StrAlgorithms.Scalars) -> StrAlgorithms.Scalars)] = [
            ("lower", { try StrAlgorithms.lower($0, progress: $1) }, StrAlgorithms.lower),
            ("upper", { try StrAlgorithms.upper($0, progress: $1) }, StrAlgorithms.upper),
            ("casefold", { try StrAlgorithms.casefold($0, progress: $1) }, StrAlgorithms.casefold),
            ("swapcase", { try StrAlgorithms.swapcase($0, progress: $1) }, StrAlgorithms.swapcase),
            ("capitalize", { try StrAlgorithms.capitalize($0, progress: $1) }, StrAlgorithms.capitalize),
            ("title", { try StrAlgorithms.title($0, progress: $1) }, StrAlgorithms.title),
        ]
        for (name, withProgress, plain) in conversions {
            var calls = 0
            XCTAssertEqual(try withProgress(text) { calls += 1 }, plain(text), name)
            XCTAssertGreaterThanOrEqual(calls, text.count / StrAlgorithms.caseProgressStride - 1, name)
            XCTAssertThrowsError(try withProgress(text) { throw Stop() }, name)
        }
    }

    func testSplitsReportEachPart() throws {
        let text = String(repeating: "ab cd\n", count: 500)
        var parts = 0
        let fast = try XCTUnwrap(StrUTF8.split(text, sep: nil, maxsplit: -1) { parts += 1 })
        XCTAssertEqual(fast.count, 1000)
        XCTAssertEqual(parts, 1000)
        parts = 0
        _ = try XCTUnwrap(StrUTF8.split(text, sep: "\n", maxsplit: -1) { parts += 1 })
        XCTAssertEqual(parts, 500, "one report per separator found")
        let scalars = StrAlgorithms.scalars(text)
        for split in [StrAlgorithms.split, StrAlgorithms.rsplit] {
            parts = 0
            XCTAssertEqual(try split(scalars, nil, -1) { parts += 1 }.count, 1000)
            XCTAssertEqual(parts, 1000)
            XCTAssertThrowsError(try split(scalars, [" "], -1) { throw Stop() })
        }
        parts = 0
        XCTAssertEqual(StrAlgorithms.splitlines(scalars, keepends: false) { parts += 1 }.count, 500)
        XCTAssertEqual(parts, 500)
        XCTAssertThrowsError(try StrUTF8.split(text, sep: nil, maxsplit: -1) { throw Stop() })
    }
}
