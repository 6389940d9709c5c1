import XCTest
@testable import Script

/// `ASTDump` renders values the way Python's `repr` does, and nodes carry
/// CPython's positions.
final class ASTDumpTests: XCTestCase {
    func testFloatReprMatchesPython() {
        let cases: [(Double, String)] = [
            (0.1, "0.1"), (1.0, "1.0"), (1e15, "1000000000000000.0"), (1e16, "1e+16"), (1.5e-7, "1.5e-07"),
            (0.0001, "0.0001"), (0.00001, "1e-05"), (123456789.125, "123456789.125"), (1e22, "1e+22"),
            (-2.5, "-2.5"), (-0.0, "-0.0"), (.infinity, "inf"), (1.7976931348623157e308, "1.7976931348623157e+308"),
            (Double.leastNonzeroMagnitude, "5e-324"), (2.0 / 3.0, "0.6666666666666666"), (1234567890123456.7, "1234567890123456.8"),
        ]
        for (value, want) in cases {
            XCTAssertEqual(PyRepr.float(value), want)
        }
    }

    func testStringReprMatchesPython() {
        XCTAssertEqual(PyRepr.str("it's"), #""it's""#)
        XCTAssertEqual(PyRepr.str("say \"hi\" it's"), #"'say "hi" it\'s'"#)
        XCTAssertEqual(PyRepr.str("a\tb\n\u{7f}\u{200b}é"), #"'a\tb\n\x7f\u200bé'"#)
        XCTAssertEqual(PyRepr.bytes([0, 0x41, 0xff, 0x27]), #"b"\x00A\xff'""#)
    }

    func testNodePositionsFollowCPython() throws {
        // Values from CPython 3.11: ast.parse(...) lineno/col_offset/end_col_offset.
        let module = try Parser.parse("x = foo(1, bar[2])\nif x:\n    y = 'é' + z\n")
        guard case .assign(let assign) = module.body[0].kind, case .call(let call) = assign.value.kind else {
            return XCTFail("unexpected shape")
        }
        XCTAssertEqual(assign.value.range, SourceRange(line: 1, column: 4, endLine: 1, endColumn: 18))
        XCTAssertEqual(call.args[1].range, SourceRange(line: 1, column: 11, endLine: 1, endColumn: 17))
        XCTAssertEqual(module.body[1].range, SourceRange(line: 2, column: 0, endLine: 3, endColumn: 16))
        guard case .if(let ifStmt) = module.body[1].kind, case .assign(let inner) = ifStmt.body[0].kind,
              case .binOp(let sum) = inner.value.kind else {
            return XCTFail("unexpected shape")
        }
        // Columns are UTF-8 byte offsets, like col_offset: 'é' is 4 bytes wide with its quotes.
        XCTAssertEqual(sum.right.range, SourceRange(line: 3, column: 15, endLine: 3, endColumn: 16))
    }

    func testLargeProgramParses() throws {
        // 256 KiB of realistic code (the snippets repeated) parses and dumps consistently.
        let dir = ParserFixtureTests.fixtures.appendingPathComponent("snippets")
        let one = try String(contentsOf: dir.appendingPathComponent("compound.py"), encoding: .utf8)
        var source = ""
        while source.utf8.count < 256 * 1024 { source += one + "\n" }
        let module = try Parser.parse(source)
        let single = try Parser.parse(one)
        XCTAssertEqual(module.body.count % single.body.count, 0)
        XCTAssertGreaterThan(module.body.count, 1000)
    }
}
