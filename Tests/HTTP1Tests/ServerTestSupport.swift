import Foundation
import Reactor
@testable import HTTP1

/// A server on its own event-loop thread, bound to an ephemeral loopback port.
final class TestServer {
    let loop: EventLoop
    let server: HTTPServer
    let port: Int
    private let finished = DispatchSemaphore(value: 0)
    private let logLock = Lock()
    private var entries: [AccessLogEntry] = []

    init(configuration: HTTP1Configuration = HTTP1Configuration(), handler: @escaping HTTPHandler = TestServer.echo) throws {
        loop = try EventLoop()
        var sinkTarget: TestServer?
        server = HTTPServer(configuration: configuration, host: "127.0.0.1", port: 0, loop: loop,
                            accessLogSink: { entry in sinkTarget?.record(entry) }, handler: handler)
        port = try server.start()
        sinkTarget = self
        let loop = self.loop, finished = self.finished
        Thread {
            try? loop.run()
            finished.signal()
        }.start()
    }

    private func record(_ entry: AccessLogEntry) { logLock.withLock { entries.append(entry) } }

    /// The access-log entries so far.
    var logEntries: [AccessLogEntry] { logLock.withLock { entries } }

    /// Drains the server, stops the loop and waits for its thread.
    /// - Returns: whether the drain completed within the safety cap.
    @discardableResult
    func shutdown() -> Bool {
        let drained = DispatchSemaphore(value: 0)
        server.beginShutdown { drained.signal() }
        let ok = drained.wait(timeout: .now() + 20) == .success
        loop.stop()
        _ = finished.wait(timeout: .now() + 20)
        return ok
    }

    /// Echoes `METHOD PATH BODYLENGTH:BODY`; `/big?n=N` answers N pattern bytes;
    /// `/delay?ms=N` answers from another thread after N milliseconds.
    static func echo(_ request: HTTPRequest, _ responder: HTTPResponder) {
        if request.path == "/big" {
            let count = Int(request.queryItems.first { $0.name == "n" }?.value ?? "") ?? 0
            responder.respond(HTTPResponse(body: TestServer.pattern(count)))
            return
        }
        let text = "\(request.method) \(request.path) \(request.body.count):" + String(decoding: request.body, as: UTF8.self)
        if request.path == "/delay" {
            let millis = Int(request.queryItems.first { $0.name == "ms" }?.value ?? "") ?? 0
            DispatchQueue.global().asyncAfter(deadline: .now() + .milliseconds(millis)) {
                responder.respond(.text(text))
            }
            return
        }
        responder.respond(.text(text))
    }

    /// `count` bytes of a recognisable, position-dependent pattern.
    static func pattern(_ count: Int) -> [UInt8] {
        (0..<count).map { UInt8(truncatingIfNeeded: $0 &* 31 &+ $0 / 251) }
    }
}

/// A blocking loopback client with a receive timeout as a safety cap (never a timing assertion).
struct TestClient {
    let socket: Socket
    private var buffered: [UInt8] = []

    init(port: Int, receiveTimeoutSeconds: Int = 20, receiveBuffer: Int32? = nil) throws {
        socket = try Socket.connect(host: "127.0.0.1", port: port)
        var timeout = timeval(tv_sec: receiveTimeoutSeconds, tv_usec: 0)
        setsockopt(socket.descriptor.rawValue, SOL_SOCKET, SO_RCVTIMEO, &timeout, socklen_t(MemoryLayout<timeval>.size))
        if let receiveBuffer { try socket.setOption(SOL_SOCKET, SO_RCVBUF, receiveBuffer, name: "SO_RCVBUF") }
    }

    func send(_ text: String) throws { try socket.descriptor.writeAll(Array(text.utf8)) }
    func send(bytes: [UInt8]) throws { try socket.descriptor.writeAll(bytes) }
    func shutdownWrite() throws { try socket.shutdown(.write) }
    func close() { try? socket.close() }

    /// Reads up to `max` bytes; empty at EOF. Throws on the safety timeout or a reset.
    mutating func readSome(max: Int = 65536) throws -> [UInt8] {
        if !buffered.isEmpty {
            let chunk = Array(buffered.prefix(max))
            buffered.removeFirst(chunk.count)
            return chunk
        }
        var chunk = [UInt8](repeating: 0, count: max)
        let result = try chunk.withUnsafeMutableBytes { try socket.read(into: $0) }
        switch result {
        case .processed(let n): return Array(chunk[0..<n])
        case .wouldBlock: throw SystemError(call: "read (test safety timeout)", errno: EAGAIN)
        }
    }

    /// Everything until the server closes the connection.
    mutating func readUntilEOF() throws -> [UInt8] {
        var all: [UInt8] = []
        while true {
            let chunk = try readSome()
            if chunk.isEmpty { return all }
            all += chunk
        }
    }

    /// One response: status line, headers, and a body of `Content-Length` bytes (none for `noBody`).
    mutating func readResponse(noBody: Bool = false) throws -> (status: String, headers: HTTPHeaders, body: [UInt8]) {
        var data: [UInt8] = []
        let separator = Array("\r\n\r\n".utf8)
        var headEnd: Int?
        while headEnd == nil {
            let chunk = try readSome()
            if chunk.isEmpty { throw SystemError(call: "readResponse (EOF inside head)", errno: ECONNRESET) }
            data += chunk
            headEnd = data.firstRange(of: separator)?.upperBound
        }
        let end = headEnd ?? 0
        let lines = String(decoding: data[..<(end - 4)], as: UTF8.self).split(separator: "\r\n", omittingEmptySubsequences: false)
        var headers = HTTPHeaders()
        for line in lines.dropFirst() {
            let parts = line.split(separator: ":", maxSplits: 1)
            if parts.count == 2 { headers.add(name: String(parts[0]), value: HTTPSyntax.trimmed(parts[1])) }
        }
        let status = String(lines.first ?? "")
        let length = noBody || status.hasPrefix("HTTP/1.1 100") ? 0 : Int(headers["Content-Length"] ?? "0") ?? 0
        var body = Array(data[end...])
        while body.count < length {
            let chunk = try readSome()
            if chunk.isEmpty { throw SystemError(call: "readResponse (EOF inside body)", errno: ECONNRESET) }
            body += chunk
        }
        buffered = Array(body[length...]) + buffered
        return (status, headers, Array(body[..<length]))
    }
}
