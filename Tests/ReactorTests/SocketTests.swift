import XCTest
import Foundation
@testable import Reactor

final class SocketTests: XCTestCase {
    func testListenOnEphemeralPortAcceptAndEcho() throws {
        let (listener, port) = try Socket.listen(host: "127.0.0.1", port: 0)
        defer { try? listener.close() }
        XCTAssertGreaterThan(port, 0)
        XCTAssertEqual(try listener.localPort(), port)
        XCTAssertNil(try listener.accept(), "nothing pending yet: accept must not block")

        let loop = try EventLoop()
        var accepted: Socket?
        var received: [UInt8] = []
        var connectionID: RegistrationID?
        let listenID = try loop.register(fd: listener.descriptor.rawValue, interest: .read) { _ in
            guard let conn = try? listener.accept() else { return }
            accepted = conn
            do { try conn.setNoDelay() } catch { XCTFail("TCP_NODELAY: \(error)") }
            connectionID = try? loop.register(fd: conn.descriptor.rawValue, interest: .read) { _ in
                var buffer = [UInt8](repeating: 0, count: 16)
                let result = buffer.withUnsafeMutableBytes { try? conn.read(into: $0) }
                guard case .processed(let n)? = result else { return }
                received += buffer[0..<n]
                if n == 0 || received.count >= 4 { loop.stop() }
            }
        }
        let client = try Socket.connect(host: "127.0.0.1", port: port)
        defer { try? client.close() }
        try client.descriptor.writeAll(Array("ping".utf8))
        try runLoop(loop)
        loop.deregister(listenID)
        if let id = connectionID { loop.deregister(id) }
        XCTAssertEqual(received, Array("ping".utf8))
        try accepted?.shutdown(.write)
        var byte: UInt8 = 0
        XCTAssertEqual(try withUnsafeMutableBytes(of: &byte) { try client.read(into: $0) }, .processed(0))
        try accepted?.close()
    }

    func testListenOnABusyPortFailsWithAddressInUse() throws {
        let (first, port) = try Socket.listen(host: "127.0.0.1", port: 0)
        defer { try? first.close() }
        XCTAssertThrowsError(try Socket.listen(host: "127.0.0.1", port: port)) { error in
            XCTAssertEqual((error as? SystemError)?.errno, EADDRINUSE)
            XCTAssertTrue("\(error)".contains("bind"))
        }
    }

    func testUnresolvableHostIsAnAddressError() {
        XCTAssertThrowsError(try Socket.listen(host: "no such host.invalid", port: 0)) { error in
            XCTAssertTrue(error is AddressError, "\(error)")
        }
        XCTAssertThrowsError(try Socket.listen(host: "127.0.0.1", port: 70_000))
    }

    func testConnectToClosedPortIsRefused() throws {
        let (listener, port) = try Socket.listen(host: "127.0.0.1", port: 0)
        try listener.close()
        XCTAssertThrowsError(try Socket.connect(host: "127.0.0.1", port: port)) { error in
            XCTAssertEqual((error as? SystemError)?.errno, ECONNREFUSED)
        }
    }

    func testWriteToVanishedPeerIsEPIPENotSIGPIPE() throws {
        let (a, b) = try FileDescriptor.socketPair()
        try b.close()
        defer { try? a.close() }
        XCTAssertThrowsError(try a.writeAll([1, 2, 3])) { error in
            XCTAssertEqual((error as? SystemError)?.errno, EPIPE)
        }
    }
}
