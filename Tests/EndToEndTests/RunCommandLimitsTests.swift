import Foundation
import XCTest

/// `interleave run` on a user's own machine is not a sandbox: a program
/// that runs past the server's 5,000,000 steps or creates more than its
/// 10,000 tasks completes, while `--steps`/`--tasks` still set those limits
/// and the wall limit still ends a program that never stops.
final class RunCommandLimitsTests: XCTestCase {
    private func runProgram(_ source: String, _ flags: [String] = []) throws -> (status: Int32, stderr: String) {
        let file = FileManager.default.temporaryDirectory
            .appendingPathComponent("run-limits-\(UUID().uuidString).py")
        try source.write(to: file, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(at: file) }
        return try runInterleave(["run", file.path] + flags)
    }

    private let longLoop = "n = 0\nfor i in range(3_000_000):\n    n += i\nprint(n)\n"

    func testStepsAreUnlimitedByDefaultAndSetByTheFlag() throws {
        XCTAssertEqual(try runProgram(longLoop).status, 0)
        let limited = try runProgram(longLoop, ["--steps", "100000"])
        XCTAssertEqual(limited.status, 4)
        XCTAssertTrue(limited.stderr.contains("steps (100000)"), limited.stderr)
    }

    func testTasksAreUnlimitedByDefaultAndSetByTheFlag() throws {
        let flood = """
        import asyncio
        async def job(i):
            return i
        async def main():
            tasks = [asyncio.create_task(job(i)) for i in range(12_000)]
            print(sum(await asyncio.gather(*tasks)))
        asyncio.run(main())
        """
        XCTAssertEqual(try runProgram(flood).status, 0)
        let limited = try runProgram(flood, ["--tasks", "100"])
        XCTAssertEqual(limited.status, 4)
        XCTAssertTrue(limited.stderr.contains("tasks"), limited.stderr)
    }

    func testTheWallLimitStillEndsAnEndlessProgram() throws {
        let result = try runProgram("while True:\n    pass\n", ["--wall", "0.5"])
        XCTAssertEqual(result.status, 4)
        XCTAssertTrue(result.stderr.contains("wall"), result.stderr)
    }
}
