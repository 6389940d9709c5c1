import Foundation
import XCTest

/// The server under concurrent load: pipelined mixes of GET, HEAD and runs
/// on many connections, SIGTERM while runs are in flight, and large
/// responses waiting for slow readers while probes keep being answered.
final class LoadTests: XCTestCase {
    /// Failures collected from concurrent clients.
    private final class Failures: @unchecked Sendable {
        private let lock = NSLock()
        private var list: [String] = []
        func add(_ failure: String) { lock.lock(); list.append(failure); lock.unlock() }
        var all: [String] { lock.lock(); defer { lock.unlock() }; return list }
    }

    private static func post(_ program: String) -> String {
        "POST /api/run HTTP/1.1\r\nHost: x\r\nContent-Type: text/x-python\r\nContent-Length: \(program.utf8.count)\r\n\r\n\(program)"
    }

    private static func stdout(of response: WireResponse) -> String? {
        (try? JSONSerialization.jsonObject(with: Data(response.body)) as? [String: Any])?["stdout"] as? String
    }

    func testPipelinedGETHEADAndRunsOnManyConnectionsAnswerInOrder() throws {
        let fixture = try PublicFixture()
        let server = try ServerProcess(publicDirectory: fixture.publicDir.path,
                                       extraArguments: ["--quiet", "--workers", "2", "--no-cache"])
        let scriptLength = PublicFixture.largeScript.utf8.count
        let failures = Failures()
        DispatchQueue.concurrentPerform(iterations: 16) { connection in
            do {
                let client = try RawHTTPClient(port: server.port)
                var batch = ""
                for round in 0..<6 {
                    batch += "GET /healthz HTTP/1.1\r\nHost: x\r\n\r\n"
                    batch += "HEAD /app.js HTTP/1.1\r\nHost: x\r\n\r\n"
                    batch += Self.post("print(\(connection * 100 + round))\n")
                    batch += "GET /app.js HTTP/1.1\r\nHost: x\r\n\r\n"
                }
                try client.send(batch)
                for round in 0..<6 {
                    let health = try client.readResponse()
                    let head = try client.readResponse(head: true)
                    let run = try client.readResponse()
                    let file = try client.readResponse()
                    let label = "connection \(connection) round \(round)"
                    if health.status != 200 || health.text != "ok" { failures.add("\(label): /healthz \(health.status)") }
                    // HEAD announces the GET's length and sends no body: were a body
                    // sent, the responses after it would not parse.
                    if head.status != 200 || head.header("Content-Length") != "\(scriptLength)" {
                        failures.add("\(label): HEAD \(head.status) length \(head.header("Content-Length") ?? "-")")
                    }
                    // 503 is the documented answer when the run queue is full.
                    if run.status == 200 {
                        if Self.stdout(of: run) != "\(connection * 100 + round)\n" { failures.add("\(label): run answered out of order") }
                    } else if run.status != 503 {
                        failures.add("\(label): run \(run.status)")
                    }
                    if file.status != 200 || file.body.count != scriptLength { failures.add("\(label): GET /app.js \(file.status)") }
                }
            } catch {
                failures.add("connection \(connection): \(error)")
            }
        }
        XCTAssertEqual(failures.all, [])
        server.send(signal: SIGTERM)
        XCTAssertEqual(server.waitForExit(), 0)
    }

    func testSIGTERMUnderLoadAnswersEveryDeliveredRequestThenExitsZero() throws {
        let fixture = try PublicFixture()
        let server = try ServerProcess(publicDirectory: fixture.publicDir.path,
                                       extraArguments: ["--quiet", "--workers", "2", "--no-cache", "--grace-period", "30"])
        let clients = try (0..<8).map { connection -> RawHTTPClient in
            let client = try RawHTTPClient(port: server.port)
            let program = "total = 0\nfor i in range(100000):\n    total += i\nprint(total + \(connection))\n"
            try client.send("GET /healthz HTTP/1.1\r\nHost: x\r\n\r\n" + Self.post(program) + "HEAD / HTTP/1.1\r\nHost: x\r\n\r\n")
            return client
        }
        // Each /healthz answer shows its connection's three requests were read and delivered.
        for client in clients { XCTAssertEqual(try client.readResponse().status, 200) }
        server.send(signal: SIGTERM)
        for (connection, client) in clients.enumerated() {
            let run = try client.readResponse()
            XCTAssertEqual(run.status, 200, "connection \(connection): a delivered run is answered during the drain")
            XCTAssertEqual(Self.stdout(of: run), "\(4_999_950_000 + connection)\n")
            let head = try client.readResponse(head: true)
            XCTAssertEqual(head.status, 200)
            XCTAssertEqual(head.header("Connection"), "close", "the last answer of a draining connection says close")
            XCTAssertTrue(try client.readsEOF())
        }
        XCTAssertEqual(server.waitForExit(), 0)
    }

    func testHealthzIsAnsweredWhileLargeResponsesWaitForSlowReaders() throws {
        let fixture = try PublicFixture()
        let big = (0..<(16 << 20)).map { UInt8(truncatingIfNeeded: $0 &* 7) }
        try Data(big).write(to: fixture.publicDir.appendingPathComponent("big.bin"))
        let server = try ServerProcess(publicDirectory: fixture.publicDir.path, extraArguments: ["--quiet"])
        // Four readers take the head of a 16 MiB answer and then read nothing:
        // the loop must go on serving others instead of pushing their bodies.
        let slow = try (0..<4).map { _ -> (RawHTTPClient, WireResponse) in
            let client = try RawHTTPClient(port: server.port)
            try client.send("GET /big.bin HTTP/1.1\r\nHost: x\r\n\r\n")
            return (client, try client.readHead())
        }
        let probe = try RawHTTPClient(port: server.port)
        for _ in 0..<50 {
            XCTAssertEqual(try probe.get("/healthz").status, 200)
        }
        for (client, head) in slow {
            XCTAssertEqual(head.status, 200)
            XCTAssertTrue(try client.readBody(of: head) == big, "the large answer arrives whole once read")
        }
        server.send(signal: SIGTERM)
        XCTAssertEqual(server.waitForExit(), 0)
    }
}
