import Foundation
import XCTest

/// Hostile programs of every family (text methods on 100 MB strings,
/// regex and formatting floods, big-number work, itertools and asyncio
/// floods, deep recursion, output floods) sent to a real `interleave serve`
/// with its default sandbox maxima lowered only in wall time: each run is
/// answered with a named limit or a Python exception (or its result), the
/// server answers /healthz *while* a run is going, stays within its memory
/// bound, and stops at SIGTERM with nothing abandoned.
final class HostileProgramsServerTests: XCTestCase {
    /// `.endsEitherWay`: fast enough to complete on an idle machine, but a
    /// loaded one may reach the wall limit first; either way within the
    /// memory bound.
    enum Expect { case limit, exception(String), completed, endsEitherWay }

    static let programs: [(name: String, source: String, expect: Expect)] = [
        ("strip of 100 MB", "x = (' ' * 10**8).strip()\nprint(len(x))", .endsEitherWay),
        ("findall over 100 MB", "import re\nprint(len(re.findall('a', 'b' * 10**8)))", .endsEitherWay),
        ("%-format of 30 MB", "print(len('%s|%r' % ('a' * 3 * 10**7, 'b' * 3 * 10**7)))", .endsEitherWay),
        ("utf-32 of 10 MB", "print(len(('a' * 10**7).encode('utf-32')))", .completed),
        ("isidentifier of 10 MB", "print(('a' * 10**7).isidentifier(), ('a' * 10**7).istitle())", .completed),
        ("gather of a million", """
        import asyncio
        async def main():
            await asyncio.gather(*[asyncio.sleep(0) for _ in range(10**6)])
        asyncio.run(main())
        """, .limit),
        ("call_soon flood", """
        import asyncio
        async def main():
            loop = asyncio.get_running_loop()
            while True:
                loop.call_soon(print, 'x')
        asyncio.run(main())
        """, .limit),
        ("catastrophic regex", "import re\nprint(re.match(r'(a+)+$', 'a' * 40 + 'b'))", .limit),
        ("factorial of 10**7", "import math\nx = math.factorial(10**7)", .limit),
        ("product list", "import itertools\nx = list(itertools.product(range(100), repeat=10))", .limit),
        // The server's depth limit (200) is below Python's recursion limit.
        ("json.dumps of deep lists", "import json\nx = []\nfor i in range(10**5): x = [x]\njson.dumps(x)", .limit),
        ("int of 10**6 digits", "x = int('9' * 10**6)", .exception("ValueError")),
        ("print with end flood", "while True: print('x' * 1000, end='')", .limit),
        ("chained exceptions printed", """
        e = None
        for i in range(10**5):
            try:
                raise ValueError(i) from e
            except ValueError as x:
                e = x
        raise e
        """, .exception("ValueError")),
    ]

    func testHostileProgramsEndAndTheServerAnswersMeanwhile() throws {
        let fixture = try PublicFixture()
        let memoryLimit = 256 << 20
        let wall = 2.0
        let server = try ServerProcess(publicDirectory: fixture.publicDir.path,
                                       extraArguments: ["--quiet", "--workers", "2", "--no-cache",
                                                        "--max-wall", "\(wall)"])
        let client = try RawHTTPClient(port: server.port, readTimeout: 60)
        XCTAssertEqual(try client.get("/healthz").status, 200)
        let baseline = try peakResidentBytes(of: server.process.processIdentifier)
        for (name, source, expect) in Self.programs {
            let body = try JSONSerialization.data(withJSONObject: ["source": source])
            var request = "POST /api/run HTTP/1.1\r\nHost: t\r\nContent-Type: application/json\r\n"
            request += "Content-Length: \(body.count)\r\n\r\n"
            try client.send(Array(request.utf8) + Array(body))
            // The event loop is not the worker: it answers while the run goes on.
            XCTAssertEqual(try RawHTTPClient(port: server.port).get("/healthz").status, 200, "during \(name)")
            let response = try client.readResponse()
            XCTAssertEqual(response.status, 200, name)
            let trace = try JSONSerialization.jsonObject(with: Data(response.body)) as? [String: Any]
            let status = trace?["status"] as? String
            let limit = (trace?["limit"] as? [String: Any])?["name"] as? String
            let error = (trace?["error"] as? [String: Any])?["type"] as? String
            switch expect {
            case .limit:
                XCTAssertEqual(status, "limit", "\(name): error \(error ?? "none")")
                XCTAssertTrue(["wall", "memory", "output", "steps", "tasks", "depth"].contains(limit ?? ""),
                              "\(name): limit \(limit ?? "none")")
            case .exception(let type):
                XCTAssertEqual(status, "exception", "\(name): limit \(limit ?? "none")")
                XCTAssertEqual(error, type, name)
            case .completed:
                XCTAssertEqual(status, "completed", "\(name): limit \(limit ?? "none"), error \(error ?? "none")")
            case .endsEitherWay:
                XCTAssertTrue(status == "completed" || (status == "limit" && limit == "wall"),
                              "\(name): status \(status ?? "?"), limit \(limit ?? "none"), error \(error ?? "none")")
            }
            XCTAssertEqual(try RawHTTPClient(port: server.port).get("/healthz").status, 200, "alive after \(name)")
        }
        let peak = try peakResidentBytes(of: server.process.processIdentifier)
        XCTAssertLessThan(peak - baseline, memoryLimit + (128 << 20),
                          "RSS grew \((peak - baseline) >> 20) MiB over a \(memoryLimit >> 20) MiB limit")
        server.send(signal: SIGTERM)
        XCTAssertEqual(server.waitForExit(), 0, "a run was still going at shutdown")
    }

    private func peakResidentBytes(of pid: Int32) throws -> Int {
        let status = try String(contentsOfFile: "/proc/\(pid)/status", encoding: .utf8)
        for line in status.split(separator: "\n") where line.hasPrefix("VmHWM:") {
            return (line.split(separator: " ").compactMap { Int($0) }.first ?? 0) * 1024
        }
        throw ServerError("no VmHWM in /proc/\(pid)/status")
    }
}
