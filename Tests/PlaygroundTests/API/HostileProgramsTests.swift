import Foundation
import Runtime
import XCTest
@testable import Playground

/// Hostile programs over HTTP against an in-process server with the default
/// sandbox maxima: each ends with the right status and limit, and `/healthz`
/// and the page keep answering while the workers are busy with them.
/// Only statuses and limit names are asserted, never timings.
final class HostileProgramsTests: XCTestCase {
    /// What a case must end with.
    enum Expected {
        /// `200` with `status: "limit"` and one of these limit names (a wall-clock
        /// stop is allowed where a loaded machine may reach it first).
        case limit(Set<String>)
        /// `200` with `status: "completed"`.
        case completed
        /// This HTTP status with this error type.
        case refused(Int, String)
    }

    struct Case {
        let name: String
        let body: [UInt8]
        let expected: Expected
    }

    static func program(_ text: String) -> [UInt8] { Array(text.utf8) }

    static let cases: [Case] = [
        Case(name: "infinite loop", body: program("while True:\n    pass\n"), expected: .limit(["steps", "wall"])),
        Case(name: "sleep(0) forever", body: program("""
            import asyncio
            async def main():
                while True:
                    await asyncio.sleep(0)
            asyncio.run(main())
            """), expected: .limit(["steps", "wall", "events"])),
        Case(name: "sleep(10**9) chain", body: program("""
            import asyncio
            async def main():
                for _ in range(1000):
                    await asyncio.sleep(10**9)
            asyncio.run(main())
            """), expected: .limit(["time"])),
        Case(name: "memory bomb", body: program("x = [0] * 10**9\n"), expected: .limit(["memory"])),
        Case(name: "growing list", body: program("a = []\nwhile True:\n    a.append([0] * 10000)\n"),
             expected: .limit(["memory", "wall"])),
        Case(name: "string doubling", body: program("s = 'x'\nwhile True:\n    s += s\n"), expected: .limit(["memory", "wall"])),
        Case(name: "output flood", body: program("while True:\n    print('x' * 1000)\n"), expected: .limit(["output", "wall"])),
        Case(name: "100 000 tasks", body: program("""
            import asyncio
            async def noop():
                pass
            async def main():
                await asyncio.gather(*[noop() for _ in range(100000)])
            asyncio.run(main())
            """), expected: .limit(["tasks", "wall", "memory"])),
        Case(name: "10 000 nested brackets", body: program("x = " + String(repeating: "[", count: 10_000)
                                                           + String(repeating: "]", count: 10_000) + "\n"),
             expected: .refused(422, "SyntaxError")),
        Case(name: "255 KiB program", body: bigProgram(bytes: 255 * 1024), expected: .completed),
        Case(name: "invalid UTF-8", body: Array("print(1)\n".utf8) + [0xff, 0xfe, 0x0a], expected: .refused(400, "BadRequest")),
        Case(name: "NUL byte", body: Array("print(1)\n".utf8) + [0x00, 0x0a], expected: .refused(422, "SyntaxError")),
    ]

    /// A program of simple assignments just under `bytes` long.
    static func bigProgram(bytes: Int) -> [UInt8] {
        var text = ""
        var index = 0
        while text.utf8.count < bytes - 64 {
            text += "value_\(index) = \(index)\n"
            index += 1
        }
        text += "print('ok')\n"
        return Array(text.utf8)
    }

    func testDeepRecursionEndsWithTheDepthLimitOrRecursionError() throws {
        let server = try APITestServer()
        defer { server.stop() }
        let response = try server.run("def f(n):\n    return f(n + 1)\nf(0)\n")
        XCTAssertEqual(response.status, 200)
        let trace = try JSONParser.parse(response.body)
        let byLimit = trace["status"] == "limit" && trace["limit"]?["name"] == "depth"
        let byException = trace["status"] == "exception" && trace["error"]?["type"] == "RecursionError"
        XCTAssertTrue(byLimit || byException, response.text.prefix(400).description)
    }

    func testEveryHostileProgramEndsWithTheRightOutcomeWhileTheServerKeepsServing() throws {
        let server = try APITestServer()
        defer { server.stop() }
        let baseline = Self.residentBytes()
        // All at once: the two workers are busy for seconds and the rest queue.
        let sockets = try Self.cases.map { hostile in
            try server.open("POST", path: "/api/run", headers: ["Content-Type": "text/x-python"], body: hostile.body)
        }
        _ = try server.waitForMetric("interleave_workers_busy", toBe: 2)
        XCTAssertEqual(try server.send("GET", path: "/healthz").status, 200)
        XCTAssertEqual(try server.send("GET", path: "/").status, 200)
        for (hostile, socket) in zip(Self.cases, sockets) {
            let response = try server.read(socket)
            let body = response.text.prefix(300)
            switch hostile.expected {
            case .limit(let names):
                XCTAssertEqual(response.status, 200, "\(hostile.name): \(body)")
                let trace = try JSONParser.parse(response.body)
                XCTAssertEqual(trace["status"], "limit", "\(hostile.name): \(body)")
                XCTAssertTrue(names.contains(trace["limit"]?["name"]?.stringValue ?? ""), "\(hostile.name): \(body)")
            case .completed:
                XCTAssertEqual(response.status, 200, "\(hostile.name): \(body)")
                XCTAssertEqual(try JSONParser.parse(response.body)["status"], "completed", "\(hostile.name)")
            case .refused(let status, let type):
                XCTAssertEqual(response.status, status, "\(hostile.name): \(body)")
                XCTAssertEqual(try JSONParser.parse(response.body)["error"]?["type"]?.stringValue, type, "\(hostile.name)")
            }
        }
        XCTAssertEqual(try server.send("GET", path: "/healthz").status, 200)
        // Everything a run allocated is released with it: the process does not keep
        // the bombs' memory (a loose bound: allocator caches and arenas may keep some).
        if let baseline, let after = Self.residentBytes() {
            print("hostile programs: RSS \(baseline >> 20) MiB before, \(after >> 20) MiB after")
            XCTAssertLessThan(after - baseline, 512 << 20, "RSS grew from \(baseline >> 20) to \(after >> 20) MiB")
        }
    }

    /// This process's resident set size in bytes (`VmRSS` of /proc/self/status), if readable.
    static func residentBytes() -> Int? {
        guard let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8),
              let line = status.split(separator: "\n").first(where: { $0.hasPrefix("VmRSS:") }),
              let kib = Int(line.split(separator: " ").dropFirst().first ?? "") else { return nil }
        return kib * 1024
    }

    func testOversizeBodyIs413FromTheHTTPLayer() throws {
        let server = try APITestServer()
        defer { server.stop() }
        let response = try server.send("POST", path: "/api/run", headers: ["Content-Type": "text/x-python"],
                                       body: Self.bigProgram(bytes: 300 * 1024))
        XCTAssertEqual(response.status, 413)
    }
}
