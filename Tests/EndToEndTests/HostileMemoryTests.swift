import Foundation
import XCTest

/// Programs that once crashed the server or grew it without bound, sent
/// over HTTP to a real `interleave serve`: each ends with a result or a
/// named limit, the server keeps answering, and its resident memory stays
/// within the baseline plus the memory limit per worker plus a margin.
final class HostileMemoryTests: XCTestCase {
    /// Deep and long graphs (10× the sizes that crashed the server) and
    /// floods of small objects, coroutines and tasks.
    static let programs: [(name: String, source: String)] = [
        ("nested lists", "x = []\nfor i in range(3_000_000):\n    x = [x]\nprint('built')\n"),
        ("linked objects", "class N:\n    def __init__(s, n): s.n = n\nh = None\nfor i in range(4_000_000):\n    h = N(h)\n"),
        ("nested dicts", "d = {}\nfor i in range(4_000_000):\n    d = {'k': d}\nprint('built')\n"),
        ("dropped mid-run", "x = []\nfor i in range(300_000):\n    x = [x]\nx = None\nprint('freed')\n"),
        ("small lists", "x = []\nwhile True:\n    x.append([len(x)])\n"),
        ("coroutines never awaited", "async def c():\n    pass\nk = []\nwhile True:\n    k.append(c())\n"),
        ("gather of a million", """
        import asyncio
        async def c():
            await asyncio.sleep(0)
        async def main():
            await asyncio.gather(*[c() for _ in range(1_000_000)])
        asyncio.run(main())
        """),
        // Without the cycle collector this ends with the memory limit
        // (about 150 MiB of cycles); with it, it must complete.
        ("cycles dropped in a loop", """
        class Node:
            def __init__(self, parent):
                self.parent = parent
                self.kids = [self]
        for i in range(400_000):
            n = Node(None)
            n.kids.append(Node(n))
        print('done')
        """),
        ("many tasks", """
        import asyncio
        async def c():
            await asyncio.sleep(1)
        async def main():
            ts = []
            while True:
                ts.append(asyncio.create_task(c()))
        asyncio.run(main())
        """),
    ]

    /// Programs whose live data fits the limit: they must not end with one.
    static let mustComplete: Set<String> = ["dropped mid-run", "cycles dropped in a loop"]

    func testHostileMemoryProgramsEndWithALimitAndTheServerKeepsServing() throws {
        let fixture = try PublicFixture()
        let memoryLimit = 64 << 20
        let workers = 2
        let server = try ServerProcess(publicDirectory: fixture.publicDir.path,
                                       extraArguments: ["--quiet", "--workers", "\(workers)", "--no-cache",
                                                        "--max-memory", "\(memoryLimit)", "--max-steps", "100000000",
                                                        "--max-tasks", "10000000", "--max-wall", "20"])
        // A response comes when its run ends, which may take the whole
        // 20 s wall limit (more CPU time than that on a busy machine).
        let client = try RawHTTPClient(port: server.port, readTimeout: 120)
        XCTAssertEqual(try client.get("/healthz").status, 200)
        let baseline = try residentBytes(of: server.process.processIdentifier)
        var peak = baseline
        for (name, source) in Self.programs {
            let body = try JSONSerialization.data(withJSONObject: ["source": source])
            var request = "POST /api/run HTTP/1.1\r\nHost: t\r\nContent-Type: application/json\r\n"
            request += "Content-Length: \(body.count)\r\n\r\n"
            try client.send(Array(request.utf8) + Array(body))
            let response = try client.readResponse()
            XCTAssertEqual(response.status, 200, name)
            let trace = try JSONSerialization.jsonObject(with: Data(response.body)) as? [String: Any]
            let status = trace?["status"] as? String
            let limit = (trace?["limit"] as? [String: Any])?["name"] as? String
            XCTAssertTrue(status == "completed" || (status == "limit" && limit == "memory"),
                          "\(name): status \(status ?? "?"), limit \(limit ?? "none")")
            if Self.mustComplete.contains(name) {
                XCTAssertEqual(status, "completed", "\(name): limit \(limit ?? "none")")
            }
            XCTAssertEqual(try RawHTTPClient(port: server.port).get("/healthz").status, 200, "alive after \(name)")
            peak = max(peak, try residentBytes(of: server.process.processIdentifier))
        }
        // One run at a time here, so one worker's limit bounds the run's
        // heap; the stated margin covers what lives outside the run: the
        // trace's JSON and response (10 MiB bodies for the flood programs)
        // and the allocator's free lists between trims.
        let margin = 96 << 20
        XCTAssertLessThan(peak - baseline, memoryLimit + margin,
                          "RSS grew \((peak - baseline) >> 20) MiB over a \(memoryLimit >> 20) MiB limit")
        server.send(signal: SIGTERM)
        XCTAssertEqual(server.waitForExit(), 0)
    }

    /// The process's peak resident set so far (VmHWM in /proc), so a peak
    /// in the middle of a run counts even though the test reads it after.
    private func residentBytes(of pid: Int32) throws -> Int {
        let status = try String(contentsOfFile: "/proc/\(pid)/status", encoding: .utf8)
        for line in status.split(separator: "\n") where line.hasPrefix("VmHWM:") {
            let kib = line.split(separator: " ").compactMap { Int($0) }.first ?? 0
            return kib * 1024
        }
        throw ServerError("no VmHWM in /proc/\(pid)/status")
    }
}
