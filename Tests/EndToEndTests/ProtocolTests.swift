import Foundation
import XCTest

/// HTTP/1.1 behaviour of the built server over real sockets: pipelining,
/// keep-alive, limits, many connections, slow clients.
final class ProtocolTests: XCTestCase {
    private static var fixture: PublicFixture?
    private static var server: ServerProcess?

    private var port: Int { Self.server?.port ?? 0 }

    override func setUpWithError() throws {
        if Self.server == nil {
            let fixture = try PublicFixture()
            Self.fixture = fixture
            Self.server = try ServerProcess(publicDirectory: fixture.publicDir.path,
                                            extraArguments: ["--quiet", "--header-timeout", "1"])
        }
    }

    override class func tearDown() {
        server = nil
        fixture = nil
    }

    func testThreePipelinedRequestsInOneWriteAnswerInOrder() throws {
        let client = try RawHTTPClient(port: port)
        try client.send("GET /healthz HTTP/1.1\r\nHost: x\r\n\r\nGET / HTTP/1.1\r\nHost: x\r\n\r\nGET /nope HTTP/1.1\r\nHost: x\r\n\r\n")
        let first = try client.readResponse()
        let second = try client.readResponse()
        let third = try client.readResponse()
        XCTAssertEqual([first.status, second.status, third.status], [200, 200, 404])
        XCTAssertEqual(first.text, "ok")
        XCTAssertTrue(second.text.contains("<title>Interleave</title>"))
    }

    func testKeepAliveConnectionServesManyRequests() throws {
        let client = try RawHTTPClient(port: port)
        for _ in 0..<20 {
            XCTAssertEqual(try client.get("/healthz").status, 200)
        }
    }

    func testSlowBodyIsAssembledThenTheConnectionGoesOn() throws {
        let client = try RawHTTPClient(port: port)
        try client.send("POST /healthz HTTP/1.1\r\nHost: x\r\nContent-Length: 6\r\n\r\n")
        for byte in "abcdef" { try client.send(String(byte)) }
        let response = try client.readResponse()
        XCTAssertEqual(response.status, 405)
        XCTAssertEqual(try client.get("/healthz").status, 200, "the connection stays in sync after the body")
    }

    func testOversizeBodyIs413FromTheHeadersAlone() throws {
        let client = try RawHTTPClient(port: port)
        try client.send("POST /healthz HTTP/1.1\r\nHost: x\r\nContent-Length: 100000000\r\n\r\n")
        XCTAssertEqual(try client.readResponse().status, 413)
    }

    func testOversizeRequestLineIs414() throws {
        let client = try RawHTTPClient(port: port)
        let response = try client.get("/" + String(repeating: "a", count: 9000))
        XCTAssertEqual(response.status, 414)
    }

    func testTooManyOrTooLargeHeadersAre431() throws {
        var many: [String: String] = [:]
        for index in 0..<150 { many["X-Field-\(index)"] = "v" }
        XCTAssertEqual(try RawHTTPClient(port: port).get("/healthz", headers: many).status, 431)
        let huge = ["X-Huge": String(repeating: "h", count: 20_000)]
        XCTAssertEqual(try RawHTTPClient(port: port).get("/healthz", headers: huge).status, 431)
        XCTAssertEqual(try RawHTTPClient(port: port).get("/healthz").status, 200, "other connections are unaffected")
    }

    func testTwoHundredSimultaneousConnections() throws {
        let clients = try (0..<200).map { _ in try RawHTTPClient(port: port) }
        for client in clients { try client.send("GET /healthz HTTP/1.1\r\nHost: x\r\n\r\n") }
        for client in clients {
            let response = try client.readResponse()
            XCTAssertEqual(response.status, 200)
            XCTAssertEqual(response.text, "ok")
        }
    }

    func testSlowlorisGets408OrCloseAfterTheHeaderTimeout() throws {
        let client = try RawHTTPClient(port: port)
        try client.send("GET /healthz HTTP/1.1\r\nHost: x\r\nX-Slow: ")
        // Blocks until the server acts on its 1 s header timeout.
        if try !client.readsEOF() {
            XCTAssertEqual(try client.readResponse().status, 408)
        }
        XCTAssertEqual(try RawHTTPClient(port: port).get("/healthz").status, 200)
    }
}
