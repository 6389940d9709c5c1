import Foundation
import XCTest
@testable import Script

/// Compares `ASTDump.dump(Parser.parse(program))` with CPython 3.11's
/// `ast.dump(ast.parse(program))` for every conformance case and every
/// snippet under Fixtures/snippets (expected dumps come from
/// scripts/gen-ast-fixtures.sh).
final class ParserFixtureTests: XCTestCase {
    static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures")
    static let cases = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("shared/conformance/cases")

    /// Parses every `.py` in `sources` and compares with `expected/NAME.dump`; returns how many were compared.
    func compare(sources: URL, expected: URL) throws -> Int {
        let names = try FileManager.default.contentsOfDirectory(atPath: sources.path)
            .filter { $0.hasSuffix(".py") }.sorted()
        var compared = 0
        for name in names {
            let base = String(name.dropLast(3))
            let dumpURL = expected.appendingPathComponent(base + ".dump")
            guard let want = try? String(contentsOf: dumpURL, encoding: .utf8) else { continue }
            let source = try String(contentsOf: sources.appendingPathComponent(name), encoding: .utf8)
            do {
                let module = try Parser.parse(source, filename: name)
                let got = ASTDump.dump(module)
                let wantLine = want.trimmingCharacters(in: .newlines)
                if got != wantLine {
                    let prefix = zip(got, wantLine).prefix { $0 == $1 }.count
                    let context = { (s: String) in String(s.dropFirst(max(0, prefix - 80)).prefix(240)) }
                    XCTFail("\(name): AST differs at character \(prefix)\n got: \(context(got))\nwant: \(context(wantLine))")
                }
            } catch {
                XCTFail("\(name): \(error)")
            }
            compared += 1
        }
        return compared
    }

    func testSnippetsMatchCPython() throws {
        let dir = Self.fixtures.appendingPathComponent("snippets")
        let n = try compare(sources: dir, expected: dir)
        XCTAssertGreaterThan(n, 10)
    }

    func testSnippetPositionsMatchCPython() throws {
        let dir = Self.fixtures.appendingPathComponent("snippets")
        let names = try FileManager.default.contentsOfDirectory(atPath: dir.path).filter { $0.hasSuffix(".py") }.sorted()
        XCTAssertGreaterThan(names.count, 10)
        for name in names {
            let base = dir.appendingPathComponent(String(name.dropLast(3)))
            let want = try String(contentsOf: base.appendingPathExtension("posdump"), encoding: .utf8)
                .trimmingCharacters(in: .newlines)
            let source = try String(contentsOf: dir.appendingPathComponent(name), encoding: .utf8)
            let got = ASTDump.dump(try Parser.parse(source), positions: true)
            if got != want {
                let prefix = zip(got, want).prefix { $0 == $1 }.count
                XCTFail("\(name): positions differ at character \(prefix)\n got: \(got.dropFirst(max(0, prefix - 120)).prefix(300))"
                        + "\nwant: \(want.dropFirst(max(0, prefix - 120)).prefix(300))")
            }
        }
    }

    func testConformanceCasesMatchCPython() throws {
        guard FileManager.default.fileExists(atPath: Self.cases.path) else {
            throw XCTSkip("conformance cases not found at \(Self.cases.path)")
        }
        let n = try compare(sources: Self.cases, expected: Self.fixtures.appendingPathComponent("cases"))
        XCTAssertGreaterThan(n, 0)
    }
}
