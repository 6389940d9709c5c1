import XCTest
@testable import Runtime

/// Warm starts of single runs (Run/Warm/WarmImageCache.swift), as the
/// server's workers make them.
final class WarmStartsTests: XCTestCase {
    func testImportPrefixIsTheLeadingImportLines() {
        XCTAssertEqual(WarmStarts.importPrefix(of: "import asyncio\nimport random\n\nasync def f(): pass\n"),
                       "import asyncio\nimport random\n\n")
        XCTAssertEqual(WarmStarts.importPrefix(of: "\"\"\"Doc.\"\"\"\n# note\nfrom a import b\nx = 1\n"),
                       "\"\"\"Doc.\"\"\"\n# note\nfrom a import b\n")
        XCTAssertNil(WarmStarts.importPrefix(of: "x = 1\nimport asyncio\n"))
        XCTAssertNil(WarmStarts.importPrefix(of: "\"\"\"A docstring\non two lines.\"\"\"\nimport asyncio\n"))
        // An indented continuation ends the prefix mid-statement: the build refuses it.
        XCTAssertEqual(WarmStarts.importPrefix(of: "from asyncio import (\n    sleep)\n"), "from asyncio import (\n")
    }

    /// Every corpus program through `ScenarioRunner.run` with warm starts
    /// on (three times: cold, image built, image reused) gives the cold trace.
    func testCorpusRunsMatchColdRuns() {
        defer { WarmStarts.enabled = false }
        for (name, source) in TraceCorpus.programs() {
            var scenario = Scenario(source: source)
            scenario.limits.wallMillis = 20_000
            WarmStarts.enabled = false
            let cold = Self.text(ScenarioRunner.run(scenario))
            WarmStarts.enabled = true
            // The first sighting of a prefix runs cold, the second builds the image.
            for run in 1...3 {
                XCTAssertEqual(Self.text(ScenarioRunner.run(scenario)), cold, "\(name), run \(run) with warm starts on")
            }
        }
    }

    /// A program that monkeypatches asyncio, then one that shares its
    /// imports: the second sees the library as a fresh run does.
    func testAMonkeypatchDoesNotReachTheNextRequest() {
        defer { WarmStarts.enabled = false }
        let patcher = Scenario(source: "import asyncio\nasyncio.sleep = None\nasyncio.Lock.x = 1\nprint('patched')\n")
        let reader = Scenario(source: "import asyncio\nprint(asyncio.sleep.__name__, hasattr(asyncio.Lock, 'x'))\n")
        WarmStarts.enabled = false
        let cold = Self.text(ScenarioRunner.run(reader))
        WarmStarts.enabled = true
        for _ in 0..<3 {
            _ = ScenarioRunner.run(patcher)
            XCTAssertEqual(Self.text(ScenarioRunner.run(reader)), cold)
        }
        XCTAssertTrue(cold.contains("sleep False"))
    }

    private static func text(_ result: Result<Trace, CompileFailure>) -> String {
        guard case .success(var t) = result else { return "compile failure" }
        t.stats.wallMicros = 0
        t.stats.steps = 0
        return JSONWriter.string(t.json())
    }
}
