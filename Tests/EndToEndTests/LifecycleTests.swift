import Foundation
import XCTest

/// Starting, configuring and stopping the server process.
final class LifecycleTests: XCTestCase {
    func testSIGTERMFinishesInFlightResponseThenExitsZero() throws {
        let fixture = try PublicFixture()
        // Far more than the loopback socket buffers hold, so the response is
        // still being written when the signal arrives.
        let chunk = (0..<(1 << 20)).map { UInt8(truncatingIfNeeded: $0 % 251) }
        var big: [UInt8] = []
        for index in 0..<16 { big += chunk; big[big.count - 1] = UInt8(index) }
        try Data(big).write(to: fixture.publicDir.appendingPathComponent("big.bin"))
        let server = try ServerProcess(publicDirectory: fixture.publicDir.path)
        let inFlight = try RawHTTPClient(port: server.port)
        try inFlight.send("GET /big.bin HTTP/1.1\r\nHost: x\r\n\r\n")
        // The head has arrived: the request was delivered and its body is on its way.
        let head = try inFlight.readHead()
        XCTAssertEqual(head.status, 200)
        let idle = try RawHTTPClient(port: server.port)
        XCTAssertEqual(try idle.get("/healthz").status, 200)

        server.send(signal: SIGTERM)
        try server.waitForLine(containing: "draining")
        XCTAssertTrue(try idle.readsEOF(), "an idle keep-alive connection is closed at shutdown")
        let body = try inFlight.readBody(of: head)
        XCTAssertEqual(body.count, big.count, "the in-flight response arrived whole")
        XCTAssertTrue(body == big)
        XCTAssertEqual(server.waitForExit(), 0)
        XCTAssertThrowsError(try RawHTTPClient(port: server.port), "nothing listens after exit")
    }

    func testSIGINTOnIdleServerExitsZero() throws {
        let fixture = try PublicFixture()
        let server = try ServerProcess(publicDirectory: fixture.publicDir.path, extraArguments: ["--quiet"])
        XCTAssertEqual(try RawHTTPClient(port: server.port).get("/healthz").status, 200)
        server.send(signal: SIGINT)
        XCTAssertEqual(server.waitForExit(), 0)
    }

    func testEnvironmentConfiguresAndFlagsWin() throws {
        let fixture = try PublicFixture()
        // INTERLEAVE_PUBLIC points nowhere, but the --public flag of ServerProcess wins.
        let server = try ServerProcess(publicDirectory: fixture.publicDir.path, extraArguments: ["--quiet"],
                                       environment: ["INTERLEAVE_PUBLIC": "/nonexistent", "INTERLEAVE_MAX_HEADERS": "5"])
        // ...while INTERLEAVE_MAX_HEADERS applies: 6 header fields are too many.
        let client = try RawHTTPClient(port: server.port)
        let response = try client.get("/healthz", headers: ["A": "1", "B": "2", "C": "3", "D": "4", "E": "5"])
        XCTAssertEqual(response.status, 431)
    }

    func testInvalidEnvironmentValueIsAUsageErrorNamingTheVariable() throws {
        let result = try runInterleave(["serve", "--port", "0"], environment: ["INTERLEAVE_MAX_BODY_BYTES": "lots"])
        XCTAssertNotEqual(result.status, 0)
        XCTAssertTrue(result.stderr.contains("INTERLEAVE_MAX_BODY_BYTES"), result.stderr)
    }

    func testMissingPublicDirectoryFailsWithHint() throws {
        let result = try runInterleave(["serve", "--port", "0", "--public", "/no/such/public"])
        XCTAssertEqual(result.status, 1)
        XCTAssertTrue(result.stderr.contains("--public"), result.stderr)
    }
}
