import Foundation
import XCTest
@testable import Runtime

/// Runs every Tests/RuntimeTests/Programs/*.py through the compiler and VM
/// and compares stdout with the .out file CPython produced
/// (scripts/gen-program-outputs.sh) and the exit status with .rc.
final class ProgramCorpusTests: XCTestCase {
    static var programsDir: URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Programs")
    }

    /// Exit status `interleave run` would use for an outcome.
    static func exitStatus(_ o: RunOutcome) -> Int {
        switch o.status {
        case .completed: return 0
        case .exception: return o.exception.flatMap(ProgramRunner.systemExitStatus) ?? 1
        case .syntaxError: return 2
        case .deadlock: return 3
        case .limit: return 4
        }
    }

    func testEveryProgramMatchesCPython() throws {
        let dir = Self.programsDir
        let files = try FileManager.default.contentsOfDirectory(atPath: dir.path).filter { $0.hasSuffix(".py") }.sorted()
        XCTAssertFalse(files.isEmpty)
        var failures: [String] = []
        for file in files {
            let base = String(file.dropLast(3))
            let source = try String(contentsOf: dir.appendingPathComponent(file), encoding: .utf8)
            var limits = Limits()
            limits.wallSeconds = 30
            let outcome = ProgramRunner.run(source: source, filename: file, limits: limits)
            let rcURL = dir.appendingPathComponent(base + ".rc")
            let expectedRC = (try? String(contentsOf: rcURL, encoding: .utf8))
                .flatMap { Int($0.trimmingCharacters(in: .whitespacesAndNewlines)) } ?? 0
            if Self.exitStatus(outcome) != expectedRC {
                failures.append("\(file): exit \(Self.exitStatus(outcome)), expected \(expectedRC): \(outcome.errorText ?? "")")
                continue
            }
            let outURL = dir.appendingPathComponent(base + ".out")
            if let expected = try? String(contentsOf: outURL, encoding: .utf8), expected != outcome.stdout {
                failures.append("\(file): stdout differs\n--- expected\n\(expected)--- got\n\(outcome.stdout)")
            }
        }
        XCTAssert(failures.isEmpty, failures.joined(separator: "\n\n"))
    }

    func testHostileProgramsNameTheirLimit() {
        let cases: [(String, String)] = [
            ("while True: pass", "steps"),
            ("def f(n): return f(n + 1)\nf(0)", "depth"),
            ("x = [0] * 10**9", "memory"),
            ("y = 'x' * 10**10", "memory"),
            ("s = 'x'\nwhile True: s = s + s", "memory"),
            ("while True: print('spam' * 100)", "output"),
        ]
        for (src, name) in cases {
            let o = ProgramRunner.run(source: src, filename: "h.py")
            XCTAssertEqual(o.status, .limit, src)
            XCTAssertEqual(o.limit?.name, name, src)
        }
    }

    func testTracebackFormat() {
        let o = ProgramRunner.run(source: "def f():\n    raise ValueError('bad')\nf()\n", filename: "prog.py")
        XCTAssertEqual(o.status, .exception)
        XCTAssertEqual(o.errorText, """
            Traceback (most recent call last):
              File "prog.py", line 3, in <module>
                f()
              File "prog.py", line 2, in f
                raise ValueError('bad')
            ValueError: bad

            """)
    }

    /// CPython 3.11's carets under the failing call and around an operator
    /// (the text python3 prints for the same program).
    func testTracebackCaretsLikeCPython() {
        let source = "def divide(a, b):\n    return a / b\n\ndef go():\n    x = 1 if False else divide(1, 0)\n    return x\n\ngo()\n"
        let o = ProgramRunner.run(source: source, filename: "prog.py")
        XCTAssertEqual(o.errorText, """
            Traceback (most recent call last):
              File "prog.py", line 8, in <module>
                go()
              File "prog.py", line 5, in go
                x = 1 if False else divide(1, 0)
                                    ^^^^^^^^^^^^
              File "prog.py", line 2, in divide
                return a / b
                       ~~^~~
            ZeroDivisionError: division by zero

            """)
    }

    func testChainedTracebackMentionsCause() {
        let src = "try:\n    1/0\nexcept ZeroDivisionError as e:\n    raise KeyError('k') from e\n"
        let o = ProgramRunner.run(source: src, filename: "c.py")
        XCTAssertTrue(o.errorText?.contains("The above exception was the direct cause of the following exception:") ?? false)
        XCTAssertTrue(o.errorText?.hasSuffix("KeyError: 'k'\n") ?? false)
    }

    func testSyntaxErrorsAreReportedWithLine() {
        let o = ProgramRunner.run(source: "x = 1\nreturn 5\n", filename: "s.py")
        XCTAssertEqual(o.status, .syntaxError)
        XCTAssertEqual(o.syntaxError?.line, 2)
        XCTAssertEqual(o.syntaxError?.message, "'return' outside function")
        let a = ProgramRunner.run(source: "def f():\n    await g()\n", filename: "s.py")
        XCTAssertEqual(a.syntaxError?.message, "'await' outside async function")
        let n = ProgramRunner.run(source: "nonlocal x\n", filename: "s.py")
        XCTAssertEqual(n.syntaxError?.message, "nonlocal declaration not allowed at module level")
    }
}
