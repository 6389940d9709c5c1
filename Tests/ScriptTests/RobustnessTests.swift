import XCTest
@testable import Script

/// Random token soup must never crash the lexer or parser, and every error
/// must point inside the program.
final class RobustnessTests: XCTestCase {
    /// A small deterministic generator (SplitMix64) so failures reproduce.
    struct SplitMix {
        var state: UInt64
        mutating func next(_ bound: Int) -> Int {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return Int((z ^ (z >> 31)) % UInt64(bound))
        }
    }

    static let pieces = [
        "(", ")", "[", "]", "{", "}", ":", ",", "=", "if", "else", "elif", "lambda", "*", "**", "await", "yield",
        "from", "async", "def", "class", "\"", "'", "f\"", "f'", "!r", ":>", "\\", "\n", "\r\n", "\r", "    ", "\t",
        " ", ".", "@", "not", "in", ":=", "1", "x", "0x", "1e", "1_", "#", "match", "case", "|", "->", "...",
        "\"\"\"", "'''", "é", "€", "\u{0C}", "try", "except", "except*", "finally", "with", "as", "for", "while",
        "return", "del", "global", "nonlocal", "import", "_", "rb'", "\\N{", "\\x", "\\u", ";", "-", "+", "~", "😀",
    ]

    func testRandomSoupNeverCrashes() {
        var rng = SplitMix(state: 42)
        var rejected = 0
        for _ in 0..<5000 {
            var source = ""
            for _ in 0..<(1 + rng.next(40)) {
                source += Self.pieces[rng.next(Self.pieces.count)]
                if rng.next(2) == 0 { source += " " }
            }
            do {
                _ = try Parser.parse(source)
            } catch let e as SyntaxError {
                rejected += 1
                let lines = SourceText(source).lineStarts.count
                XCTAssertTrue((1...lines + 1).contains(e.line), "line \(e.line) of \(lines) for \(source.debugDescription)")
                XCTAssertGreaterThanOrEqual(e.column, 0, source.debugDescription)
                XCTAssertFalse(e.message.isEmpty)
            } catch {
                XCTFail("non-SyntaxError \(error) for \(source.debugDescription)")
            }
        }
        XCTAssertGreaterThan(rejected, 4000)
    }

    func testTruncatedProgramsNeverCrash() throws {
        // Every prefix of a real program parses or fails cleanly.
        let dir = ParserFixtureTests.fixtures.appendingPathComponent("snippets")
        let source = try String(contentsOf: dir.appendingPathComponent("fstrings.py"), encoding: .utf8)
        let scalars = Array(source.unicodeScalars)
        for cut in stride(from: 0, to: scalars.count, by: 3) {
            var prefix = String.UnicodeScalarView()
            prefix.append(contentsOf: scalars[0..<cut])
            do {
                _ = try Parser.parse(String(prefix))
            } catch is SyntaxError {
            } catch {
                XCTFail("non-SyntaxError \(error) at cut \(cut)")
            }
        }
    }
}
