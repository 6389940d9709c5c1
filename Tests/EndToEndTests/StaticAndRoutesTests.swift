import Foundation
import XCTest

/// One server for the read-only checks: routes, static files, traversal.
final class StaticAndRoutesTests: XCTestCase {
    private static var fixture: PublicFixture?
    private static var server: ServerProcess?

    private var port: Int { Self.server?.port ?? 0 }

    override func setUpWithError() throws {
        if Self.server == nil {
            let fixture = try PublicFixture()
            Self.fixture = fixture
            Self.server = try ServerProcess(publicDirectory: fixture.publicDir.path, extraArguments: ["--quiet"])
        }
    }

    override class func tearDown() {
        server = nil
        fixture = nil
    }

    func testHealthz() throws {
        let response = try RawHTTPClient(port: port).get("/healthz")
        XCTAssertEqual(response.status, 200)
        XCTAssertEqual(response.text, "ok")
        let head = try RawHTTPClient(port: port).get("/healthz", method: "HEAD")
        XCTAssertEqual(head.status, 200)
        XCTAssertEqual(head.header("Content-Length"), "2")
    }

    func testRootIsIndexWithETagThen304() throws {
        let client = try RawHTTPClient(port: port)
        let first = try client.get("/")
        XCTAssertEqual(first.status, 200)
        XCTAssertEqual(first.text, "<!doctype html><title>Interleave</title>")
        XCTAssertEqual(first.header("Content-Type"), "text/html; charset=utf-8")
        XCTAssertEqual(first.header("Cache-Control"), "no-cache")
        let etag = try XCTUnwrap(first.header("ETag"))
        XCTAssertTrue(etag.hasPrefix("\"") && etag.hasSuffix("\"") && etag.count == 66, etag)
        // The same connection (keep-alive) revalidates.
        let second = try client.get("/index.html", headers: ["If-None-Match": etag])
        XCTAssertEqual(second.status, 304)
        XCTAssertTrue(second.body.isEmpty)
        XCTAssertEqual(second.header("ETag"), etag)
    }

    func testGzipWhenAcceptedWithVary() throws {
        let client = try RawHTTPClient(port: port)
        let zipped = try client.get("/app.js", headers: ["Accept-Encoding": "gzip"])
        XCTAssertEqual(zipped.status, 200)
        XCTAssertEqual(zipped.header("Content-Encoding"), "gzip")
        XCTAssertEqual(zipped.header("Vary"), "Accept-Encoding")
        XCTAssertEqual(zipped.header("Content-Type"), "text/javascript; charset=utf-8")
        XCTAssertLessThan(zipped.body.count, PublicFixture.largeScript.utf8.count)
        XCTAssertEqual(try gunzip(zipped.body), Array(PublicFixture.largeScript.utf8))
        let plain = try client.get("/app.js")
        XCTAssertNil(plain.header("Content-Encoding"))
        XCTAssertEqual(plain.text, PublicFixture.largeScript)
    }

    func testTraversalNeverLeaksAFileOutsidePublic() throws {
        let attempts = [
            "/../secret.txt", "/%2e%2e/secret.txt", "/%2E%2E%2Fsecret.txt", "/a/../../secret.txt",
            "/link.txt", "/index.html%00", "/%00../secret.txt", "//../secret.txt", "/..%5csecret.txt",
        ]
        for target in attempts {
            let response = try RawHTTPClient(port: port).get(target)
            XCTAssertTrue([400, 404].contains(response.status), "\(target) -> \(response.status)")
            XCTAssertFalse(response.text.contains("TOP SECRET"), target)
        }
    }

    func testWrongMethodIs405WithAllow() throws {
        let response = try RawHTTPClient(port: port).get("/healthz", method: "DELETE")
        XCTAssertEqual(response.status, 405)
        XCTAssertEqual(response.header("Allow"), "GET, HEAD, OPTIONS")
        XCTAssertEqual(try RawHTTPClient(port: port).get("/nothing-here").status, 404)
    }

    func testHealthcheckCommandExitCodes() throws {
        XCTAssertEqual(try runInterleave(["healthcheck", "--port", String(port)]).status, 0)
        XCTAssertEqual(try runInterleave(["healthcheck"], environment: ["INTERLEAVE_PORT": String(port)]).status, 0)
        // A port nobody listens on: take one from the kernel and give it back.
        let probe = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        _ = withUnsafeMutablePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { pointer -> Int32 in
                bind(probe, pointer, length)
                return getsockname(probe, pointer, &length)
            }
        }
        let closedPort = Int(UInt16(bigEndian: address.sin_port))
        close(probe)
        let failed = try runInterleave(["healthcheck", "--port", String(closedPort)])
        XCTAssertEqual(failed.status, 1)
        XCTAssertTrue(failed.stderr.contains("healthcheck"), failed.stderr)
    }
}
