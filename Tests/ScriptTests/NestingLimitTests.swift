import Foundation
import XCTest
@testable import Script

/// Hostile nesting must end in a clean SyntaxError (never a crash), and
/// nesting just inside the limits must parse.
final class NestingLimitTests: XCTestCase {
    func error(_ source: String) -> SyntaxError? {
        do {
            _ = try Parser.parse(source)
            return nil
        } catch {
            return error as? SyntaxError
        }
    }

    func testTenThousandNestedBrackets() {
        let e = error(String(repeating: "(", count: 10_000) + String(repeating: ")", count: 10_000))
        XCTAssertEqual(e?.message, "too many nested parentheses")
        XCTAssertEqual(e?.line, 1)
        XCTAssertEqual(e?.column, 201)
    }

    func testTwoHundredBracketsParseAndTwoHundredOneFail() throws {
        for open in ["(", "[", "{"] {
            let close = open == "(" ? ")" : (open == "[" ? "]" : "}")
            let ok = "x = " + String(repeating: open, count: 200) + String(repeating: close, count: 200)
            XCTAssertNoThrow(try Parser.parse(ok), open)
            let bad = "x = " + String(repeating: open, count: 201) + String(repeating: close, count: 201)
            XCTAssertEqual(error(bad)?.message, "too many nested parentheses", open)
        }
    }

    func testDeepCallsAndSubscriptsInsideBrackets() throws {
        let calls = "x = " + String(repeating: "f(", count: 199) + String(repeating: ")", count: 199)
        XCTAssertNoThrow(try Parser.parse(calls))
        let mixed = "x = " + String(repeating: "-(not -[lambda: {1: -f(a if b else ", count: 39) + "1"
            + String(repeating: ")}])", count: 39)
        XCTAssertNoThrow(try Parser.parse(mixed))
    }

    func testTenThousandUnaryMinus() {
        let e = error(String(repeating: "-", count: 10_000) + "1")
        XCTAssertEqual(e?.kind, .syntaxError)
        XCTAssertEqual(e?.message, "too many nested expressions")
        XCTAssertNoThrow(try Parser.parse("x = " + String(repeating: "-", count: 900) + "1"))
    }

    func testOtherUnboundedChains() {
        let hostile = [
            String(repeating: "not ", count: 10_000) + "x",
            "x = 1" + String(repeating: " + 1", count: 100_000),
            "x = 2" + String(repeating: " ** 2", count: 10_000),
            "x = a" + String(repeating: ".b", count: 10_000),
            "x = f" + String(repeating: "()", count: 10_000),
            "x = " + String(repeating: "lambda: ", count: 10_000) + "1",
            "x = " + String(repeating: "1 if x else ", count: 10_000) + "1",
            "if x: pass\n" + String(repeating: "elif y: pass\n", count: 10_000),
            // Flat in the source, nested in the code: each clause or item
            // nests the rest (these overflowed the compiler's stack).
            "x = [a for a in b" + String(repeating: " for c in d", count: 100_000) + "]",
            "x = (a for a in b" + String(repeating: " for c in d", count: 100_000) + ")",
            "x = {a: 1 for a in b" + String(repeating: " async for c in d", count: 100_000) + "}",
            "with " + Array(repeating: "a", count: 100_000).joined(separator: ", ") + ": pass",
            "with (" + Array(repeating: "a as b", count: 100_000).joined(separator: ", ") + "): pass",
        ]
        for source in hostile {
            XCTAssertEqual(error(source)?.message, "too many nested expressions", String(source.prefix(30)))
        }
    }

    func testManyClausesAndItemsWithinTheLimitParse() throws {
        XCTAssertNoThrow(try Parser.parse("x = [a for a in b" + String(repeating: " for c in d if e", count: 900) + "]"))
        XCTAssertNoThrow(try Parser.parse("with " + Array(repeating: "a", count: 900).joined(separator: ", ") + ": pass"))
    }

    func testDeeplyNestedBlocks() {
        let deep = (0..<150).map { String(repeating: " ", count: $0) + "if x:\n" }.joined()
            + String(repeating: " ", count: 150) + "pass\n"
        let e = error(deep)
        XCTAssertEqual(e?.kind, .indentationError)
        XCTAssertEqual(e?.message, "too many levels of indentation")
        XCTAssertEqual(e?.line, 101)
        let ok = (0..<99).map { String(repeating: " ", count: $0) + "if x:\n" }.joined()
            + String(repeating: " ", count: 99) + "pass\n"
        XCTAssertNoThrow(try Parser.parse(ok))
    }

    func testFStringBracketsCountTowardTheLimit() {
        let inner = String(repeating: "(", count: 150) + "1" + String(repeating: ")", count: 150)
        let source = "x = " + String(repeating: "(", count: 100) + "f'{" + inner + "}'" + String(repeating: ")", count: 100)
        XCTAssertEqual(error(source)?.message, "f-string: too many nested parentheses")
    }

    func testParsesOnASmallCallerStack() throws {
        // Parser.parse runs on its own large-stack thread, so a 256 KiB caller stack is enough.
        // Deepest trees the limits allow: 200 brackets, and a 990-term left-leaning chain.
        let source = "x = " + String(repeating: "[", count: 200) + String(repeating: "]", count: 200)
            + "\ny = 1" + String(repeating: " + 1", count: 990)
        final class Outcome: @unchecked Sendable { var parsed = false }
        let outcome = Outcome()
        let done = DispatchSemaphore(value: 0)
        let thread = Thread {
            outcome.parsed = (try? Parser.parse(source)) != nil
            done.signal()
        }
        thread.stackSize = 256 << 10
        thread.start()
        done.wait()
        XCTAssertTrue(outcome.parsed)
    }
}
