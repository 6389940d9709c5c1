import Foundation
import Reactor
import Testing
@testable import HTTP1

/// End-to-end tests over real loopback sockets. No timing assertions: timeouts are
/// configured short and awaited by reading until EOF, under a generous safety cap.
@Suite(.serialized) struct HTTPServerTests {
    @Test func threePipelinedRequestsInOneWriteAnswerInOrder() throws {
        let server = try TestServer()
        defer { server.shutdown() }
        var client = try TestClient(port: server.port)
        defer { client.close() }
        // The first completes last (on another thread): order must still hold.
        try client.send("GET /delay?ms=150 HTTP/1.1\r\nHost: t\r\n\r\n"
            + "POST /two HTTP/1.1\r\nHost: t\r\nContent-Length: 3\r\n\r\nabc"
            + "GET /three HTTP/1.1\r\nHost: t\r\n\r\n")
        let bodies = try (0..<3).map { _ in String(decoding: try client.readResponse().body, as: UTF8.self) }
        #expect(bodies == ["GET /delay 0:", "POST /two 3:abc", "GET /three 0:"])
    }

    @Test func keepAliveReusesTheConnectionAndLogs() throws {
        let server = try TestServer()
        var client = try TestClient(port: server.port)
        for index in 0..<3 {
            try client.send("GET /n\(index) HTTP/1.1\r\nHost: t\r\n\r\n")
            let response = try client.readResponse()
            #expect(response.status == "HTTP/1.1 200 OK")
            #expect(response.headers["Connection"] == nil)
            #expect(String(decoding: response.body, as: UTF8.self) == "GET /n\(index) 0:")
        }
        try client.send("HEAD /head HTTP/1.1\r\nHost: t\r\nConnection: close\r\n\r\n")
        let head = try client.readResponse(noBody: true)
        #expect(head.headers["Content-Length"] == "13")
        #expect(head.headers["Connection"] == "close")
        #expect(try client.readUntilEOF().isEmpty, "HEAD sends no body and the connection closes")
        client.close()
        #expect(server.shutdown())
        let log = server.logEntries
        #expect(log.map(\.path) == ["/n0", "/n1", "/n2", "/head"])
        #expect(log.last?.method == "HEAD" && log.last?.bytes == 0 && log.last?.status == 200)
        #expect(log.first?.bytes == 10)
        #expect(log.first?.description.hasPrefix("GET /n0 200 10 ") == true)
    }

    @Test func slowBodyArrivingInPieces() throws {
        let server = try TestServer()
        defer { server.shutdown() }
        var client = try TestClient(port: server.port)
        defer { client.close() }
        try client.send("POST /slow HTTP/1.1\r\nHost: t\r\nTransfer-Encoding: chunked\r\n\r\n")
        for piece in ["4\r\nab", "cd\r\n", "3\r", "\nefg", "\r\n0\r\n", "\r\n"] {
            usleep(20_000) // simulate a slow sender; nothing is asserted about time
            try client.send(piece)
        }
        let response = try client.readResponse()
        #expect(String(decoding: response.body, as: UTF8.self) == "POST /slow 7:abcdefg")
    }

    @Test func expectContinueOverTheWire() throws {
        let server = try TestServer()
        defer { server.shutdown() }
        var client = try TestClient(port: server.port)
        defer { client.close() }
        try client.send("PUT /up HTTP/1.1\r\nHost: t\r\nExpect: 100-continue\r\nContent-Length: 5\r\n\r\n")
        #expect(try client.readResponse().status == "HTTP/1.1 100 Continue")
        try client.send("hello")
        #expect(String(decoding: try client.readResponse().body, as: UTF8.self) == "PUT /up 5:hello")
    }

    @Test(arguments: [
        ("POST / HTTP/1.1\r\nHost: t\r\nContent-Length: 999999999\r\n\r\n", "413"),
        ("GET /" + String(repeating: "x", count: 9000) + " HTTP/1.1\r\nHost: t\r\n\r\n", "414"),
        ("GET / HTTP/1.1\r\nHost: t\r\n" + String(repeating: "X-Filler: " + String(repeating: "y", count: 300) + "\r\n", count: 60) + "\r\n", "431"),
        ("GET / HTTP/1.1\r\nHost: t\r\n" + String(repeating: "X: y\r\n", count: 101) + "\r\n", "431"),
        ("POST / HTTP/1.1\r\nHost: t\r\nContent-Length: 1\r\nTransfer-Encoding: chunked\r\n\r\n", "400"),
        ("GET / HTTP/1.1\r\nHost: t\r\nX: a\r\n folded\r\n\r\n", "400"),
        ("POST / HTTP/1.1\r\nHost: t\r\nTransfer-Encoding: br\r\n\r\n", "501"),
        ("GET / HTTP/3.0\r\nHost: t\r\n\r\n", "505"),
        ("POST / HTTP/1.1\r\nHost: t\r\n\r\n", "411"),
    ])
    func rejectionsAnswerThenClose(raw: String, status: String) throws {
        let server = try TestServer()
        defer { server.shutdown() }
        var client = try TestClient(port: server.port)
        defer { client.close() }
        // A well-formed request that follows must not be answered: no desynchronisation.
        try client.send(raw + "GET /after HTTP/1.1\r\nHost: t\r\n\r\n")
        let text = String(decoding: try client.readUntilEOF(), as: UTF8.self)
        #expect(text.hasPrefix("HTTP/1.1 \(status) "), "got \(text.prefix(60))")
        #expect(text.contains("Connection: close\r\n"))
        #expect(!text.contains("/after"))
        // The server is still healthy for other clients.
        var other = try TestClient(port: server.port)
        defer { other.close() }
        try other.send("GET /ok HTTP/1.1\r\nHost: t\r\n\r\n")
        #expect(try other.readResponse().status == "HTTP/1.1 200 OK")
    }

    @Test func twoHundredSimultaneousConnections() throws {
        let server = try TestServer()
        defer { server.shutdown() }
        var clients = try (0..<200).map { _ in try TestClient(port: server.port) }
        defer { clients.forEach { $0.close() } }
        for (index, client) in clients.enumerated() {
            try client.send("GET /c\(index) HTTP/1.1\r\nHost: t\r\n\r\n")
        }
        for index in clients.indices {
            let body = String(decoding: try clients[index].readResponse().body, as: UTF8.self)
            #expect(body == "GET /c\(index) 0:")
        }
    }

    @Test func slowlorisGets408AndClose() throws {
        var configuration = HTTP1Configuration()
        configuration.headerReadTimeout = .milliseconds(300)
        let server = try TestServer(configuration: configuration)
        defer { server.shutdown() }
        var client = try TestClient(port: server.port)
        defer { client.close() }
        try client.send("GET / HTTP/1.1\r\nHost: t\r\nX-Slow: ")
        let text = String(decoding: try client.readUntilEOF(), as: UTF8.self)
        #expect(text.hasPrefix("HTTP/1.1 408 Request Timeout\r\n"))

        // A connection that never sends a byte is closed silently.
        var silent = try TestClient(port: server.port)
        defer { silent.close() }
        #expect(try silent.readUntilEOF().isEmpty)
    }

    @Test func idleKeepAliveConnectionIsClosed() throws {
        var configuration = HTTP1Configuration()
        configuration.idleTimeout = .milliseconds(200)
        let server = try TestServer(configuration: configuration)
        defer { server.shutdown() }
        var client = try TestClient(port: server.port)
        defer { client.close() }
        try client.send("GET / HTTP/1.1\r\nHost: t\r\n\r\n")
        #expect(try client.readResponse().status == "HTTP/1.1 200 OK")
        #expect(try client.readUntilEOF().isEmpty)
    }

    @Test func oneMebibyteResponseToASlowReader() throws {
        let server = try TestServer()
        defer { server.shutdown() }
        var client = try TestClient(port: server.port, receiveBuffer: 32 * 1024)
        defer { client.close() }
        let size = 1 << 20
        try client.send("GET /big?n=\(size) HTTP/1.1\r\nHost: t\r\nConnection: close\r\n\r\n")
        usleep(50_000) // let the server fill the socket buffers and wait for EPOLLOUT
        var received: [UInt8] = []
        var reads = 0
        while true {
            let chunk = try client.readSome(max: 8192)
            if chunk.isEmpty { break }
            received += chunk
            reads += 1
            if reads % 16 == 0 { usleep(2_000) } // a slow reader: the server must wait on EPOLLOUT
        }
        let separator = Array("\r\n\r\n".utf8)
        let bodyStart = try #require(received.firstRange(of: separator)?.upperBound)
        #expect(received.count - bodyStart == size)
        #expect(Array(received[bodyStart...]) == TestServer.pattern(size))
    }

    @Test func maxConnectionsAcceptsAndClosesTheExtra() throws {
        var configuration = HTTP1Configuration()
        configuration.maxConnections = 2
        let server = try TestServer(configuration: configuration)
        defer { server.shutdown() }
        var first = try TestClient(port: server.port)
        var second = try TestClient(port: server.port)
        defer { first.close(); second.close() }
        // Make sure both are accepted before the third arrives.
        for client in [first, second] { try client.send("GET / HTTP/1.1\r\nHost: t\r\n\r\n") }
        _ = try first.readResponse()
        _ = try second.readResponse()
        var third = try TestClient(port: server.port)
        defer { third.close() }
        #expect((try? third.readUntilEOF())?.isEmpty ?? true)
        try first.send("GET /still HTTP/1.1\r\nHost: t\r\n\r\n")
        #expect(String(decoding: try first.readResponse().body, as: UTF8.self) == "GET /still 0:")
    }

    @Test func shutdownFinishesInFlightRequestsThenCompletes() throws {
        let delivered = DispatchSemaphore(value: 0)
        let server = try TestServer { request, responder in
            if request.path == "/delay" { delivered.signal() }
            TestServer.echo(request, responder)
        }
        var busy = try TestClient(port: server.port)
        var idle = try TestClient(port: server.port)
        try idle.send("GET / HTTP/1.1\r\nHost: t\r\n\r\n")
        _ = try idle.readResponse()
        try busy.send("GET /delay?ms=200 HTTP/1.1\r\nHost: t\r\n\r\n")
        #expect(delivered.wait(timeout: .now() + 20) == .success)
        let drained = DispatchSemaphore(value: 0)
        server.server.beginShutdown { drained.signal() }
        let response = try busy.readResponse()
        #expect(String(decoding: response.body, as: UTF8.self) == "GET /delay 0:")
        #expect(response.headers["Connection"] == "close")
        #expect(try busy.readUntilEOF().isEmpty)
        busy.close()
        #expect(try idle.readUntilEOF().isEmpty)
        idle.close()
        #expect(drained.wait(timeout: .now() + 20) == .success)
        #expect(throws: (any Error).self) { _ = try TestClient(port: server.port) }
        server.loop.stop()
    }

    @Test func halfClosedClientStillGetsItsResponses() throws {
        let server = try TestServer()
        defer { server.shutdown() }
        var client = try TestClient(port: server.port)
        defer { client.close() }
        try client.send("GET /delay?ms=100 HTTP/1.1\r\nHost: t\r\n\r\nGET /second HTTP/1.1\r\nHost: t\r\n\r\n")
        try client.shutdownWrite()
        let text = String(decoding: try client.readUntilEOF(), as: UTF8.self)
        #expect(splitResponses(text).map(\.body) == ["GET /delay 0:", "GET /second 0:"])
    }

    @Test func http10ClientGetsOneResponseAndClose() throws {
        let server = try TestServer()
        defer { server.shutdown() }
        var client = try TestClient(port: server.port)
        defer { client.close() }
        try client.send("GET /old HTTP/1.0\r\n\r\n")
        let responses = splitResponses(String(decoding: try client.readUntilEOF(), as: UTF8.self))
        #expect(responses.count == 1)
        #expect(responses.first?.body == "GET /old 0:")
        #expect(responses.first?.headers["Connection"] == "close")
    }

    @Test func oversizedChunkedBodyIsCutOffAndTheClientReadsThe413() throws {
        var configuration = HTTP1Configuration()
        configuration.maxBodyBytes = 1024
        let server = try TestServer(configuration: configuration)
        defer { server.shutdown() }
        var client = try TestClient(port: server.port)
        defer { client.close() }
        let chunk = "400\r\n" + String(repeating: "z", count: 1024) + "\r\n"
        // The client keeps sending after the limit: the server answers, then drains
        // instead of resetting, so the 413 is readable.
        try client.send("POST /up HTTP/1.1\r\nHost: t\r\nTransfer-Encoding: chunked\r\n\r\n" + String(repeating: chunk, count: 40))
        let text = String(decoding: try client.readUntilEOF(), as: UTF8.self)
        #expect(text.hasPrefix("HTTP/1.1 413 Content Too Large\r\n"))
    }

    @Test func handlerThatNeverRespondsGets500() throws {
        let server = try TestServer { _, _ in }
        defer { server.shutdown() }
        var client = try TestClient(port: server.port)
        defer { client.close() }
        try client.send("GET / HTTP/1.1\r\nHost: t\r\n\r\n")
        #expect(try client.readResponse().status == "HTTP/1.1 500 Internal Server Error")
    }

    @Test func halfClosedSlowReaderStillGetsTheWholeResponse() throws {
        // The peer's half-close stays reported (level-triggered EPOLLRDHUP) while the
        // server waits for room to write; the connection must neither spin nor give up.
        let server = try TestServer()
        defer { server.shutdown() }
        var client = try TestClient(port: server.port, receiveBuffer: 32 * 1024)
        defer { client.close() }
        let size = 512 * 1024
        try client.send("GET /big?n=\(size) HTTP/1.1\r\nHost: t\r\n\r\n")
        try client.shutdownWrite()
        usleep(50_000)
        var received: [UInt8] = []
        while true {
            let chunk = try client.readSome(max: 16384)
            if chunk.isEmpty { break }
            received += chunk
        }
        let bodyStart = try #require(received.firstRange(of: Array("\r\n\r\n".utf8))?.upperBound)
        #expect(received.count - bodyStart == size)
    }
}
