import XCTest
@testable import Runtime

/// The UTF-8 paths of `str.split` and `str.replace` (Support/StrUTF8.swift)
/// agree with the code-point algorithms they shortcut (StrAlgorithms, which
/// follow CPython 3.11) on every input where they apply, and decline the
/// inputs where they do not.
final class StrUTF8Tests: XCTestCase {
    /// Characters mixing ASCII letters, ASCII and non-ASCII whitespace
    /// (`\u{85}`, `\u{a0}`, `\u{2003}`), separators and multi-byte letters.
    private let alphabet: [Character] = ["a", "b", " ", "\t", "\n", "\u{1c}", ",", "é", "\u{85}", "\u{a0}",
                                         "\u{2003}", "✓", "x"]
    private let patterns = [",", "a", "ab", "é", "✓x", " ", "\u{85}", "xx"]

    private func randomString(_ rng: inout SystemRandomNumberGenerator, maxLength: Int = 14) -> String {
        String((0..<Int.random(in: 0...maxLength, using: &rng)).map { _ in alphabet.randomElement(using: &rng)! })
    }

    private func strings(_ parts: [StrAlgorithms.Scalars]) -> [String] { parts.map(StrAlgorithms.string) }

    func testSplitAgreesWithTheCodePointAlgorithm() throws {
        var rng = SystemRandomNumberGenerator()
        for _ in 0..<3000 {
            let s = randomString(&rng)
            let scalars = StrAlgorithms.scalars(s)
            for maxsplit in [-1, 0, 1, 2] {
                let expected = strings(try StrAlgorithms.split(scalars, sep: nil, maxsplit: maxsplit))
                if let fast = StrUTF8.split(s, sep: nil, maxsplit: maxsplit) {
                    XCTAssertEqual(fast, expected, "split(None, \(maxsplit)) of \(s.debugDescription)")
                } else {
                    XCTAssertTrue(s.utf8.contains { $0 >= 0x80 }, "declined ASCII \(s.debugDescription)")
                }
                for sep in patterns {
                    let bySep = strings(try StrAlgorithms.split(scalars, sep: StrAlgorithms.scalars(sep),
                                                                maxsplit: maxsplit))
                    XCTAssertEqual(StrUTF8.split(s, sep: sep, maxsplit: maxsplit), bySep,
                                   "split(\(sep.debugDescription), \(maxsplit)) of \(s.debugDescription)")
                }
            }
        }
    }

    func testReplaceAgreesWithTheCodePointAlgorithm() {
        var rng = SystemRandomNumberGenerator()
        for _ in 0..<3000 {
            let s = randomString(&rng)
            let scalars = StrAlgorithms.scalars(s)
            for old in patterns {
                for new in ["", "-", "éé", "ab"] {
                    for count in [-1, 0, 1, 3] {
                        let expected = StrAlgorithms.string(StrAlgorithms.replace(
                            scalars, StrAlgorithms.scalars(old), StrAlgorithms.scalars(new), count: count))
                        XCTAssertEqual(StrUTF8.replace(s, old, new, count: count), expected,
                                       "\(s.debugDescription).replace(\(old.debugDescription), \(new.debugDescription), \(count))")
                    }
                }
            }
        }
    }

    func testDeclinesWhatOnlyCodePointsDecide() {
        XCTAssertNil(StrUTF8.split("a b", sep: "", maxsplit: -1), "an empty separator raises in the caller")
        XCTAssertNil(StrUTF8.split("é\u{a0}ü", sep: nil, maxsplit: -1), "non-ASCII whitespace splitting")
        XCTAssertNil(StrUTF8.replace("abc", "", "-", count: -1), "an empty pattern matches between code points")
    }
}
