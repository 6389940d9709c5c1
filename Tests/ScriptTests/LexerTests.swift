import XCTest
@testable import Script

/// Token streams: kinds, payloads and positions, indentation, continuation lines.
final class LexerTests: XCTestCase {
    /// The payloads of the last `tokens(_:)` call.
    var payloads = TokenPayloads()

    func tokens(_ source: String) -> [Token] {
        let lexer = Lexer(SourceText(source))
        let (tokens, error) = lexer.tokenize()
        XCTAssertNil(error, "\(source): \(String(describing: error))")
        payloads = lexer.payloads
        return tokens
    }

    /// A compact spelling of each token: `NAME(x)`, `OP(=)`, `NUMBER(1)`, `NEWLINE`, ...
    func spell(_ t: Token) -> String {
        switch t.kind {
        case .name(let i): return "NAME(\(payloads.names[Int(i)]))"
        case .keyword(let k): return "KW(\(k.rawValue))"
        case .number(let i): return "NUMBER(\(ASTDump(positions: false).constant(payloads.numbers[Int(i)])))"
        case .string(let i):
            let s = payloads.strings[Int(i)]
            return s.isFormatted ? "FSTRING" : "STRING(\(ASTDump(positions: false).constant(s.value)))"
        case .op(let p): return "OP(\(p.rawValue))"
        case .newline: return "NEWLINE"
        case .indent: return "INDENT"
        case .dedent: return "DEDENT"
        case .endmarker: return "END"
        }
    }

    func spelled(_ source: String) -> String {
        tokens(source).map(spell).joined(separator: " ")
    }

    func testSimpleStatementPositions() {
        let toks = tokens("x = 10 ** 2\n")
        XCTAssertEqual(toks.map(spell), ["NAME(x)", "OP(=)", "NUMBER(10)", "OP(**)", "NUMBER(2)", "NEWLINE", "END"])
        // ENDMARKER after a final newline sits at the end of the last line, as in CPython.
        XCTAssertEqual(toks.map(\.range.column), [0, 2, 4, 7, 10, 11, 11])
        XCTAssertEqual(toks[3].range.endColumn, 9)
        XCTAssertEqual(toks[5].range.line, 1)
    }

    func testIndentDedentAndBlankLines() {
        let source = "if a:\n    b\n\n    # comment\n    if c:\n        d\ne\n"
        XCTAssertEqual(spelled(source),
                       "KW(if) NAME(a) OP(:) NEWLINE INDENT NAME(b) NEWLINE KW(if) NAME(c) OP(:) NEWLINE "
                       + "INDENT NAME(d) NEWLINE DEDENT DEDENT NAME(e) NEWLINE END")
    }

    func testTabsCountToMultiplesOfEight() {
        XCTAssertEqual(spelled("if a:\n\tb\n\tc\n"), "KW(if) NAME(a) OP(:) NEWLINE INDENT NAME(b) NEWLINE NAME(c) NEWLINE DEDENT END")
        let (_, error) = Lexer(SourceText("if a:\n\tb\n        c\n")).tokenize()
        XCTAssertEqual(error?.kind, .tabError)
    }

    func testImplicitAndExplicitLineJoining() {
        XCTAssertEqual(spelled("x = (1,\n  2)\ny = 1 + \\\n 2\n"),
                       "NAME(x) OP(=) OP(() NUMBER(1) OP(,) NUMBER(2) OP()) NEWLINE "
                       + "NAME(y) OP(=) NUMBER(1) OP(+) NUMBER(2) NEWLINE END")
    }

    func testNoTrailingNewlineStillEndsTheLine() {
        XCTAssertEqual(spelled("if a:\n    b"), "KW(if) NAME(a) OP(:) NEWLINE INDENT NAME(b) NEWLINE DEDENT END")
    }

    func testOperatorsLongestMatch() {
        XCTAssertEqual(spelled("a **= b // c ... -> := != <<= >> @="),
                       "NAME(a) OP(**=) NAME(b) OP(//) NAME(c) OP(...) OP(->) OP(:=) OP(!=) OP(<<=) OP(>>) OP(@=) NEWLINE END")
    }

    func testNumbers() {
        XCTAssertEqual(spelled("0 0x_1F 0o17 0b101 1_000 1.5 .5 5. 1e3 1.5E-2 007.5"),
                       "NUMBER(0) NUMBER(31) NUMBER(15) NUMBER(5) NUMBER(1000) NUMBER(1.5) NUMBER(0.5) NUMBER(5.0) "
                       + "NUMBER(1000.0) NUMBER(0.015) NUMBER(7.5) NEWLINE END")
    }

    func testBigIntegersKeepTheirDecimalDigits() {
        XCTAssertEqual(spelled("9223372036854775807 9223372036854775808 0x10000000000000000 2_0000000000_0000000000"),
                       "NUMBER(9223372036854775807) NUMBER(9223372036854775808) NUMBER(18446744073709551616) "
                       + "NUMBER(200000000000000000000) NEWLINE END")
    }

    func testStringsAndPrefixes() {
        XCTAssertEqual(spelled(#"'a' "b" '''c''' r'\n' b'\x00' Rb"x" u'é' "\x41\u00e9\N{BULLET}\101""#),
                       #"STRING('a') STRING('b') STRING('c') STRING('\\n') STRING(b'\x00') STRING(b'x') STRING('é') "#
                       + #"STRING('Aé•A') NEWLINE END"#)
        let toks = tokens("f'{x}' rf'{y}' F\"z\"\n")
        XCTAssertEqual(toks.prefix(3).map(spell), ["FSTRING", "FSTRING", "FSTRING"])
        if case .string(let i) = toks[1].kind {
            let s = payloads.strings[Int(i)]
            XCTAssertTrue(s.isRaw)
            XCTAssertEqual(s.bodyStart, 10)
            XCTAssertEqual(s.bodyEnd, 13)
        } else {
            XCTFail("not a string")
        }
    }

    func testNamedUnicodeEscapes() {
        XCTAssertEqual(spelled(#""\N{BULLET}\N{latin small letter z with caron}\N{Em Dash}""#), "STRING('•ž—') NEWLINE END")
        XCTAssertThrowsError(try Parser.parse(#"x = "\N{NO SUCH CHARACTER}""#)) { error in
            XCTAssertEqual((error as? SyntaxError)?.message,
                           "(unicode error) 'unicodeescape' codec can't decode bytes in position 0-20: unknown Unicode character name")
        }
    }

    func testTripleQuotedStringSpansLines() {
        let toks = tokens("x = '''a\nb'''\ny\n")
        XCTAssertEqual(toks.map(spell), ["NAME(x)", "OP(=)", "STRING('a\\nb')", "NEWLINE", "NAME(y)", "NEWLINE", "END"])
        XCTAssertEqual(toks[2].range.line, 1)
        XCTAssertEqual(toks[2].range.endLine, 2)
        XCTAssertEqual(toks[4].range.line, 3)
    }

    func testSoftKeywordsAreNames() {
        XCTAssertEqual(spelled("match case _ type"), "NAME(match) NAME(case) NAME(_) NAME(type) NEWLINE END")
    }

    func testUnknownCharacterBecomesErrorToken() {
        XCTAssertEqual(spelled("a $ b"), "NAME(a) OP(?) NAME(b) NEWLINE END")
    }

    func testLexerStopsAtFirstErrorKeepingEarlierTokens() {
        let (toks, error) = Lexer(SourceText("a = 1\nb = 'oops\n")).tokenize()
        XCTAssertEqual(toks.count, 6)
        XCTAssertEqual(error?.message, "unterminated string literal (detected at line 2)")
        XCTAssertEqual(error?.line, 2)
        XCTAssertEqual(error?.column, 5)
        XCTAssertEqual(error?.text, "b = 'oops")
    }

    func testCRLFAndLoneCRAreNewlines() {
        XCTAssertEqual(spelled("a\r\nb\rc"), "NAME(a) NEWLINE NAME(b) NEWLINE NAME(c) NEWLINE END")
    }
}
