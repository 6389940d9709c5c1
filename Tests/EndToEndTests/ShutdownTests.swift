import Foundation
import XCTest

/// Shutdown with script runs in flight: the grace period, the second signal,
/// and the exit status that says which ended the server.
final class ShutdownTests: XCTestCase {
    /// A program that keeps its worker busy until the wall limit stops it.
    static let spin = "while True:\n    pass\n"

    /// Sends `POST /api/run` with `source` as `text/x-python`; does not read the answer.
    private func postRun(_ client: RawHTTPClient, source: String) throws {
        let body = Array(source.utf8)
        try client.send("POST /api/run HTTP/1.1\r\nHost: x\r\nContent-Type: text/x-python\r\nContent-Length: \(body.count)\r\n\r\n")
        try client.send(body)
    }

    /// Scrapes `/metrics` until `interleave_workers_busy` is `busy`.
    private func waitForBusyWorkers(_ busy: Int, port: Int) throws {
        let probe = try RawHTTPClient(port: port)
        for _ in 0..<10_000 {
            if try probe.get("/metrics").text.contains("\ninterleave_workers_busy \(busy)\n") { return }
            usleep(1000)
        }
        XCTFail("interleave_workers_busy never reached \(busy)")
    }

    func testGracePeriodExpiryAbandonsARunningScriptAndExitsThree() throws {
        let fixture = try PublicFixture()
        let server = try ServerProcess(publicDirectory: fixture.publicDir.path,
                                       extraArguments: ["--workers", "1", "--no-cache", "--max-steps", "1000000000000", "--max-wall", "600", "--grace-period", "0.5"])
        let client = try RawHTTPClient(port: server.port)
        try postRun(client, source: Self.spin)
        try waitForBusyWorkers(1, port: server.port)

        server.send(signal: SIGTERM)
        try server.waitForLine(containing: "draining")
        let summary = try server.waitForLine(containing: "stopped")
        XCTAssertTrue(summary.contains("grace period expired: abandoned 1 run"), summary)
        XCTAssertEqual(server.waitForExit(within: 60), 3, "exit status 3: runs were abandoned")
        XCTAssertTrue(try client.readsEOF(), "the abandoned request's connection is closed, unanswered")
    }

    func testSecondSIGTERMExitsAtOnceWithStatusFour() throws {
        let fixture = try PublicFixture()
        let server = try ServerProcess(publicDirectory: fixture.publicDir.path,
                                       extraArguments: ["--workers", "1", "--no-cache", "--max-steps", "1000000000000", "--max-wall", "600", "--grace-period", "600"])
        let client = try RawHTTPClient(port: server.port)
        try postRun(client, source: Self.spin)
        try waitForBusyWorkers(1, port: server.port)

        server.send(signal: SIGTERM)
        try server.waitForLine(containing: "draining")
        server.send(signal: SIGTERM)
        let summary = try server.waitForLine(containing: "stopped")
        XCTAssertTrue(summary.contains("second signal"), summary)
        XCTAssertEqual(server.waitForExit(within: 60), 4, "exit status 4: forced by the second signal")
    }

    func testRunEndingWithinTheGracePeriodIsAnsweredThenExitsZero() throws {
        let fixture = try PublicFixture()
        let server = try ServerProcess(publicDirectory: fixture.publicDir.path,
                                       extraArguments: ["--workers", "1", "--no-cache", "--max-steps", "1000000000000", "--max-wall", "0.5", "--grace-period", "600"])
        let client = try RawHTTPClient(port: server.port)
        try postRun(client, source: Self.spin)
        try waitForBusyWorkers(1, port: server.port)

        server.send(signal: SIGTERM)
        try server.waitForLine(containing: "draining")
        let response = try client.readResponse()
        XCTAssertEqual(response.status, 200)
        XCTAssertEqual(response.header("Connection"), "close", "the last response of a draining connection closes it")
        XCTAssertTrue(response.text.contains(#""name":"wall""#), response.text)
        XCTAssertEqual(server.waitForExit(within: 60), 0)
    }

    func testARunWhoseClientLeftIsWaitedForAndASecondSignalStillEndsIt() throws {
        let fixture = try PublicFixture()
        let server = try ServerProcess(publicDirectory: fixture.publicDir.path,
                                       extraArguments: ["--workers", "1", "--no-cache", "--max-steps", "1000000000000",
                                                        "--max-wall", "600", "--grace-period", "600"])
        var client: RawHTTPClient? = try RawHTTPClient(port: server.port)
        try postRun(try XCTUnwrap(client), source: Self.spin)
        try waitForBusyWorkers(1, port: server.port)
        client = nil  // closes the socket: no connection is left, but the run goes on

        server.send(signal: SIGTERM)
        try server.waitForLine(containing: "draining")
        XCTAssertNil(server.waitForExit(within: 0.5), "the drain waits for the orphaned run")
        server.send(signal: SIGTERM)
        let summary = try server.waitForLine(containing: "stopped")
        XCTAssertTrue(summary.contains("second signal: abandoned 1 run"), summary)
        XCTAssertEqual(server.waitForExit(within: 60), 4)
    }
}
