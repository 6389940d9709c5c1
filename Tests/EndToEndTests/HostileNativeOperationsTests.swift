import Foundation
import XCTest

/// Programs whose time goes into one native operation (a builtin draining
/// an endless iterator, a quadratic-looking search, a huge repr, big
/// integer loops, a stderr flood) sent to a real `interleave serve`: each
/// is answered within the wall limit plus a margin, with a named limit or
/// its result, the server keeps answering, stays within its memory bound,
/// and stops at SIGTERM with nothing abandoned (exit status 0).
final class HostileNativeOperationsTests: XCTestCase {
    static let programs: [(name: String, source: String, completes: Bool)] = [
        ("sum of a huge range", "sum(range(10**15))", false),
        ("membership in an endless iterator", "1 in iter(int, 1)", false),
        ("set of an endless iterator", "set(iter(int, 1))", false),
        ("set of a huge range", "set(range(10**8))", false),
        ("adversarial find", "print(('a' * 10**6).find('a' * 500_000 + 'b'))", true),
        ("repr of a huge str", "x = repr('\\x00' * 10**8)", false),
        ("translate to long strings", "x = ('a' * 10**7).translate({97: 'b' * 1000})", false),
        ("stderr flood", "import sys\nwhile True:\n    sys.stderr.write('x' * 1000)", false),
        ("gcd of huge ints", "import math\nmath.gcd(3**10**5, 2**(10**6)+1)", false),
        ("modular power", "x = pow(3, 1 << 16000, (1 << 16000) + 5)", false),
        // These two crashed the server (an integer overflow trap).
        ("bytes times 2**62", "b'xx' * (1 << 62)", false),
        ("ljust to 2**62", "'x'.ljust(1 << 62)", false),
        // These held a worker for minutes (one uninterruptible operation).
        ("%d of a huge int", "try:\n    '%d' % 3**400_000\nexcept ValueError:\n    print('refused')", true),
        ("adversarial bytes membership", "print(b'a' * 500_000 + b'b' in b'a' * 10**6)", true),
        ("bytes rsplit into many parts", "x = (b'a ' * 10**7).rsplit()", false),
        ("normalize a long string", "import unicodedata\nx = unicodedata.normalize('NFD', '\\u00e9' * 10**7)", false),
        ("str of a huge int, no digit limit", "import sys\nsys.set_int_max_str_digits(0)\nx = str(7**600_000)", false),
        ("format fields flood", "x = ('{a}' * 10**7).format(a='b' * 100)", false),
        ("print with a huge separator", "print(*range(10**6), sep='x' * 1000)", false),
        ("exec of a 20 MB list display", "exec('x = [' + '1,' * 10**7 + ']')", false),
    ]

    func testNativeOperationsEndWithinTheWallLimit() throws {
        let fixture = try PublicFixture()
        let memoryLimit = 64 << 20
        let wall = 1.0
        let server = try ServerProcess(publicDirectory: fixture.publicDir.path,
                                       extraArguments: ["--quiet", "--workers", "2", "--no-cache",
                                                        "--max-memory", "\(memoryLimit)", "--max-steps", "1000000000",
                                                        "--max-wall", "\(wall)"])
        let client = try RawHTTPClient(port: server.port)
        XCTAssertEqual(try client.get("/healthz").status, 200)
        let baseline = try peakResidentBytes(of: server.process.processIdentifier)
        for (name, source, completes) in Self.programs {
            let body = try JSONSerialization.data(withJSONObject: ["source": source])
            var request = "POST /api/run HTTP/1.1\r\nHost: t\r\nContent-Type: application/json\r\n"
            request += "Content-Length: \(body.count)\r\n\r\n"
            let started = Date()
            try client.send(Array(request.utf8) + Array(body))
            let response = try client.readResponse()
            let seconds = Date().timeIntervalSince(started)
            XCTAssertEqual(response.status, 200, name)
            let trace = try JSONSerialization.jsonObject(with: Data(response.body)) as? [String: Any]
            let status = trace?["status"] as? String
            let limit = (trace?["limit"] as? [String: Any])?["name"] as? String
            if completes {
                XCTAssertEqual(status, "completed", "\(name): limit \(limit ?? "none")")
            } else {
                XCTAssertEqual(status, "limit", name)
                XCTAssertTrue(limit == "wall" || limit == "memory" || limit == "output", "\(name): limit \(limit ?? "none")")
            }
            XCTAssertLessThan(seconds, wall + 1.5, name)
            XCTAssertEqual(try RawHTTPClient(port: server.port).get("/healthz").status, 200, "alive after \(name)")
        }
        let peak = try peakResidentBytes(of: server.process.processIdentifier)
        XCTAssertLessThan(peak - baseline, memoryLimit + (96 << 20),
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
