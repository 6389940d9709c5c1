import XCTest
@testable import Runtime

/// `_json` (NativeModules/Json): the sandbox's limits inside the native
/// encoder and decoder, which Tests/LibPrograms/json cannot compare with
/// CPython (the oracle has no such limits).
final class JsonModuleTests: XCTestCase {
    private func run(_ source: String, _ limits: Limits) -> RunOutcome {
        ProgramRunner.run(source: source, filename: "prog.py", limits: limits)
    }

    /// Nesting counts as calls: past the program's recursion limit a
    /// RecursionError with CPython's message; past the sandbox's depth
    /// limit (below the program's) the run ends with the `depth` limit,
    /// never a crash of the native stack.
    func testDeepNestingIsBoundedLikeCalls() {
        var limits = Limits()
        limits.depth = 5000
        let caught = run("""
            import json
            for doc in ('[' * 100000 + ']' * 100000, '{"a": ' * 100000 + '1' + '}' * 100000):
                try:
                    json.loads(doc)
                except RecursionError as e:
                    print(e)
            x = []
            for _ in range(100000):
                x = [x]
            for kw in ({}, {'check_circular': False}, {'indent': 2}):
                try:
                    json.dumps(x, **kw)
                except RecursionError as e:
                    print(e)

            """, limits)
        XCTAssertEqual(caught.stdout, """
            maximum recursion depth exceeded while decoding a JSON array from a unicode string
            maximum recursion depth exceeded while decoding a JSON object from a unicode string
            maximum recursion depth exceeded while encoding a JSON object
            maximum recursion depth exceeded while encoding a JSON object
            maximum recursion depth exceeded while calling a Python object

            """, caught.errorText ?? caught.stderr)
        let sandboxed = run("""
            import json, sys
            sys.setrecursionlimit(10**6)
            json.loads('[' * 300000 + ']' * 300000)

            """, Limits())
        XCTAssertEqual(sandboxed.limit?.name, "depth")
    }

    /// Encoding a structure that shares its parts (2**60 leaves reached
    /// through 60 lists) counts each visit as native work and meets the
    /// wall limit; a huge output meets the memory limit.
    func testWallAndMemoryLimitsApply() {
        var limits = Limits()
        limits.wallSeconds = 0.3
        let shared = run("import json\nx = [1]\nfor _ in range(60):\n    x = [x, x]\njson.dumps(x)\n", limits)
        XCTAssertEqual(shared.limit?.name, "wall")
        var small = Limits()
        small.memoryBytes = 32 << 20
        small.wallSeconds = 60
        let huge = run("import json\ns = 'x' * 100000\njson.dumps([s] * 3000)\n", small)
        XCTAssertEqual(huge.limit?.name, "memory")
        let escaped = run("import json\ns = '\\u2603' * 100000\njson.dumps([s] * 1000)\n", small)
        XCTAssertEqual(escaped.limit?.name, "memory")
    }
}
