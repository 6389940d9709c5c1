import XCTest
import Foundation
import HTTP1
import Reactor
@testable import Playground

/// The service in-process: real sockets, the loop on its own thread.
final class PlaygroundServerTests: XCTestCase {
    private func makePublicDirectory() throws -> URL {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("pg-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        try Data("<p>hi</p>".utf8).write(to: dir.appendingPathComponent("index.html"))
        return dir
    }

    /// Sends one request on a fresh blocking connection and returns the raw response text.
    private func exchange(port: Int, _ request: String) throws -> String {
        let socket = try Socket.connect(host: "127.0.0.1", port: port)
        defer { try? socket.close() }
        try socket.descriptor.writeAll(Array(request.utf8))
        try socket.shutdown(.write)
        var received: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 4096)
        while true {
            let result = try buffer.withUnsafeMutableBytes { try socket.read(into: $0) }
            guard case .processed(let n) = result, n > 0 else { break }
            received += buffer[0..<n]
        }
        return String(decoding: received, as: UTF8.self)
    }

    func testServesRoutesAndFilesThenShutsDownFromAnotherThread() throws {
        let dir = try makePublicDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        var config = PlaygroundConfiguration()
        config.host = "127.0.0.1"
        config.port = 0
        config.publicDirectory = dir.path
        config.http.accessLog = false
        let server = try PlaygroundServer(configuration: config)
        let port = try server.start()
        XCTAssertGreaterThan(port, 0)

        let finished = DispatchSemaphore(value: 0)
        let thread = Thread {
            do { try server.run() } catch { XCTFail("run() threw \(error)") }
            finished.signal()
        }
        thread.start()

        let health = try exchange(port: port, "GET /healthz HTTP/1.1\r\nHost: t\r\nConnection: close\r\n\r\n")
        XCTAssertTrue(health.hasPrefix("HTTP/1.1 200 OK\r\n"), health)
        XCTAssertTrue(health.hasSuffix("\r\n\r\nok"), health)
        let page = try exchange(port: port, "GET / HTTP/1.1\r\nHost: t\r\nConnection: close\r\n\r\n")
        XCTAssertTrue(page.contains("ETag: \""), page)
        XCTAssertTrue(page.hasSuffix("<p>hi</p>"), page)
        let wrong = try exchange(port: port, "PUT /healthz HTTP/1.1\r\nHost: t\r\nContent-Length: 0\r\nConnection: close\r\n\r\n")
        XCTAssertTrue(wrong.hasPrefix("HTTP/1.1 405"), wrong)
        XCTAssertTrue(wrong.contains("Allow: GET, HEAD, OPTIONS\r\n"), wrong)
        let serverWide = try exchange(port: port, "OPTIONS * HTTP/1.1\r\nHost: t\r\nConnection: close\r\n\r\n")
        XCTAssertTrue(serverWide.hasPrefix("HTTP/1.1 204 No Content\r\n"), serverWide)
        XCTAssertTrue(serverWide.contains("Allow: ") && serverWide.contains("POST") && serverWide.contains("HEAD, OPTIONS\r\n"), serverWide)

        server.shutdown()
        XCTAssertEqual(finished.wait(timeout: .now() + 10), .success, "run() returned after shutdown()")
        XCTAssertThrowsError(try Socket.connect(host: "127.0.0.1", port: port))
    }

    func testCustomRouterIsUsed() throws {
        let dir = try makePublicDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        var config = PlaygroundConfiguration()
        config.host = "127.0.0.1"
        config.port = 0
        config.publicDirectory = dir.path
        config.http.accessLog = false
        let server = try PlaygroundServer(configuration: config) { files in
            var router = PlaygroundRoutes.makeRouter(staticFiles: files)
            router.add("POST", "/echo") { context in HTTPResponse(body: context.request.body) }
            return router
        }
        let port = try server.start()
        let finished = DispatchSemaphore(value: 0)
        Thread {
            try? server.run()
            finished.signal()
        }.start()
        let echo = try exchange(port: port, "POST /echo HTTP/1.1\r\nHost: t\r\nContent-Length: 5\r\nConnection: close\r\n\r\nhello")
        XCTAssertTrue(echo.hasPrefix("HTTP/1.1 200 OK"), echo)
        XCTAssertTrue(echo.hasSuffix("\r\n\r\nhello"), echo)
        server.shutdown()
        XCTAssertEqual(finished.wait(timeout: .now() + 10), .success)
    }
}
