import Foundation
import HTTP1
import Runtime
import XCTest
@testable import Playground

/// `POST /api/run`, `/metrics` and the pool over real sockets, in-process.
final class APIServerTests: XCTestCase {
    func testRunAnswersTheTraceThenServesItFromTheCache() throws {
        let server = try APITestServer()
        defer { server.stop() }
        let first = try server.run("print('hello')\n")
        XCTAssertEqual(first.status, 200, first.text)
        XCTAssertEqual(first.header("X-Cache"), "miss")
        XCTAssertEqual(first.header("Content-Type"), "application/json")
        let trace = try JSONParser.parse(first.body)
        XCTAssertEqual(trace["status"], "completed")
        XCTAssertEqual(trace["stdout"], "hello\n")
        XCTAssertEqual(trace["limits"]?["steps"], .int(RunLimits.defaults.steps ?? 0))

        let second = try server.run("print('hello')\n", headers: ["Accept-Encoding": "gzip"])
        XCTAssertEqual(second.header("X-Cache"), "hit")
        XCTAssertEqual(second.header("Content-Encoding"), "gzip")
        XCTAssertEqual(try Gzip.decompress(second.body), first.body)
        XCTAssertEqual(try server.metric("interleave_cache_hits_total"), 1)
    }

    func testATraceOverMaxResponseBytesIsTheResponseLimitWithTheEventsThatFit() throws {
        let server = try APITestServer { $0.api.maxResponseBytes = 32768 }
        defer { server.stop() }
        let program = "import asyncio\nasync def main():\n    for i in range(2000):\n        print(i)\n        await asyncio.sleep(0)\nasyncio.run(main())\n"
        let response = try server.run(program)
        XCTAssertEqual(response.status, 200, response.text)
        XCTAssertLessThanOrEqual(response.body.count, 32768)
        let trace = try JSONParser.parse(response.body)
        XCTAssertEqual(trace["status"], "limit")
        XCTAssertEqual(trace["limit"]?["name"], "response")
        XCTAssertEqual(trace["limit"]?["value"], 32768)
        guard case .array(let events)? = trace["events"], case .int(let recorded)? = trace["stats"]?["events"] else {
            return XCTFail("no events array or stats.events: \(response.text)")
        }
        XCTAssertFalse(events.isEmpty, "the events that fit are kept")
        XCTAssertLessThan(events.count, recorded, "stats still count every recorded event")
        // The same answer, compressed, for a client taking gzip (from the cache).
        let zipped = try server.run(program, headers: ["Accept-Encoding": "gzip"])
        XCTAssertEqual(zipped.header("X-Cache"), "hit")
        XCTAssertEqual(try Gzip.decompress(zipped.body), response.body)
    }

    func testAppliedLimitsAreTheRequestedOnesLoweredToTheMaxima() throws {
        let server = try APITestServer { $0.api.maximumLimits.steps = 1000 }
        defer { server.stop() }
        let lowered = try JSONParser.parse(server.run("x = 1\n", query: "?steps=10").body)
        XCTAssertEqual(lowered["limits"]?["steps"], 10)
        let capped = try JSONParser.parse(server.run("x = 1\n", query: "?steps=99999999").body)
        XCTAssertEqual(capped["limits"]?["steps"], 1000)
        let looping = try JSONParser.parse(server.run("while True:\n    pass\n").body)
        XCTAssertEqual(looping["status"], "limit")
        XCTAssertEqual(looping["limit"]?["name"], "steps")
    }

    func testCompileFailureIs422WithPosition() throws {
        let server = try APITestServer()
        defer { server.stop() }
        let response = try server.run("def f(:\n    pass\n")
        XCTAssertEqual(response.status, 422)
        let error = try JSONParser.parse(response.body)["error"]
        XCTAssertEqual(error?["type"], "SyntaxError")
        XCTAssertEqual(error?["line"], 1)
        XCTAssertNotNil(error?["column"]?.intValue)
    }

    func testEnvelopeErrorsAre400And415() throws {
        let server = try APITestServer()
        defer { server.stop() }
        let bad = try server.send("POST", path: "/api/run", headers: ["Content-Type": "application/json"],
                                  body: Array(#"{"source": "x", "policy": "lifo"}"#.utf8))
        XCTAssertEqual(bad.status, 400)
        XCTAssertEqual(try JSONParser.parse(bad.body)["error"]?["field"], "policy")
        let wrongType = try server.send("POST", path: "/api/run", headers: ["Content-Type": "text/plain"], body: Array("x".utf8))
        XCTAssertEqual(wrongType.status, 415)
        let getRun = try server.send("GET", path: "/api/run")
        XCTAssertEqual(getRun.status, 405)
    }

    func testFullQueueIs503WhileHealthzKeepsAnswering() throws {
        let server = try APITestServer {
            $0.workers = 1
            $0.api.queueDepth = 0
            $0.api.maximumLimits.wallMillis = 500
            $0.api.maximumLimits.steps = Int.max / 2
        }
        defer { server.stop() }
        let busy = try server.open("POST", path: "/api/run", headers: ["Content-Type": "text/x-python"],
                                   body: Array("while True:\n    pass\n".utf8))
        XCTAssertTrue(try server.waitForMetric("interleave_workers_busy", toBe: 1), "the looping run never started")
        let refused = try server.run("print(1)\n")
        XCTAssertEqual(refused.status, 503)
        XCTAssertEqual(refused.header("Retry-After"), "1")
        XCTAssertEqual(try server.send("GET", path: "/healthz").status, 200)
        XCTAssertEqual(try server.send("GET", path: "/").status, 200)
        let limited = try server.read(busy)
        XCTAssertEqual(limited.status, 200)
        let trace = try JSONParser.parse(limited.body)
        XCTAssertEqual(trace["limit"]?["name"], "wall")
        XCTAssertEqual(limited.header("X-Cache"), "miss")
        // Wall-clock stops are not deterministic, so they are never cached.
        XCTAssertTrue(try server.waitForMetric("interleave_workers_busy", toBe: 0))
        let again = try server.run("while True:\n    pass\n")
        XCTAssertEqual(again.header("X-Cache"), "miss")
    }

    func testMetricsExposeRequestsRunsAndGauges() throws {
        let server = try APITestServer()
        defer { server.stop() }
        _ = try server.run("print(1)\n")
        _ = try server.run("raise ValueError('x')\n")
        let text = try server.send("GET", path: "/metrics").text
        XCTAssertTrue(text.contains(#"interleave_http_requests_total{route="/api/run",method="POST",status="200"} 2"#), text)
        XCTAssertTrue(text.contains(#"interleave_runs_total{status="completed"} 1"#), text)
        XCTAssertTrue(text.contains(#"interleave_runs_total{status="exception"} 1"#), text)
        XCTAssertTrue(text.contains("interleave_run_duration_seconds_count 2"), text)
        XCTAssertTrue(text.contains("# TYPE interleave_open_connections gauge"), text)
        XCTAssertEqual(try server.metric("interleave_workers"), 2)
        XCTAssertGreaterThanOrEqual(try server.metric("interleave_open_connections") ?? 0, 1)
    }
}
