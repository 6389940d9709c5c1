import Foundation
import HTTP1
import Reactor
@testable import Playground

/// A response as read off the wire by ``APITestServer/send(_:path:headers:body:)``.
struct WireResponse {
    var status: Int
    var headers: [(String, String)]
    var body: [UInt8]

    func header(_ name: String) -> String? {
        headers.first { $0.0.lowercased() == name.lowercased() }?.1
    }

    var text: String { String(decoding: body, as: UTF8.self) }
}

/// An in-process ``PlaygroundServer`` on an ephemeral loopback port, its loop on a thread.
final class APITestServer {
    let server: PlaygroundServer
    let port: Int
    private let finished = DispatchSemaphore(value: 0)
    private let publicDirectory: URL

    init(configure: (inout PlaygroundConfiguration) -> Void = { _ in }) throws {
        publicDirectory = FileManager.default.temporaryDirectory.appendingPathComponent("api-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: publicDirectory, withIntermediateDirectories: true)
        try Data("<p>page</p>".utf8).write(to: publicDirectory.appendingPathComponent("index.html"))
        var config = PlaygroundConfiguration()
        config.host = "127.0.0.1"
        config.port = 0
        config.publicDirectory = publicDirectory.path
        config.http.accessLog = false
        config.workers = 2
        configure(&config)
        server = try PlaygroundServer(configuration: config)
        port = try server.start()
        let server = self.server, finished = self.finished
        Thread {
            try? server.run()
            finished.signal()
        }.start()
    }

    /// Opens a connection and writes one request without reading the answer.
    func open(_ method: String, path: String, headers: [String: String] = [:], body: [UInt8] = []) throws -> Socket {
        let socket = try Socket.connect(host: "127.0.0.1", port: port)
        var head = "\(method) \(path) HTTP/1.1\r\nHost: test\r\nConnection: close\r\n"
        for (name, value) in headers { head += "\(name): \(value)\r\n" }
        if method == "POST" || !body.isEmpty { head += "Content-Length: \(body.count)\r\n" }
        head += "\r\n"
        // The server may answer early (413) and stop reading; the response is still there to read.
        try? socket.descriptor.writeAll(Array(head.utf8) + body)
        return socket
    }

    /// Reads a whole `Connection: close` response from `socket` and closes it.
    func read(_ socket: Socket) throws -> WireResponse {
        defer { try? socket.close() }
        var received: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 65536)
        while true {
            let result = try buffer.withUnsafeMutableBytes { try socket.read(into: $0) }
            guard case .processed(let n) = result, n > 0 else { break }
            received += buffer[0..<n]
        }
        return try Self.parse(received)
    }

    /// One request, one response.
    func send(_ method: String, path: String, headers: [String: String] = [:], body: [UInt8] = []) throws -> WireResponse {
        try read(open(method, path: path, headers: headers, body: body))
    }

    /// `POST /api/run` of a raw program.
    func run(_ source: String, query: String = "", headers: [String: String] = [:]) throws -> WireResponse {
        try send("POST", path: "/api/run" + query,
                 headers: ["Content-Type": "text/x-python"].merging(headers) { $1 }, body: Array(source.utf8))
    }

    static func parse(_ bytes: [UInt8]) throws -> WireResponse {
        let separator: [UInt8] = [13, 10, 13, 10]
        guard let end = (0..<max(0, bytes.count - 3)).first(where: { Array(bytes[$0..<$0 + 4]) == separator }) else {
            throw ServerTestError("no header terminator in \(bytes.count) bytes")
        }
        let head = String(decoding: bytes[0..<end], as: UTF8.self).components(separatedBy: "\r\n")
        let statusParts = head.first?.split(separator: " ") ?? []
        guard statusParts.count >= 2, let status = Int(statusParts[1]) else { throw ServerTestError("bad status line") }
        let headers = head.dropFirst().compactMap { line -> (String, String)? in
            guard let colon = line.firstIndex(of: ":") else { return nil }
            return (String(line[..<colon]), line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces))
        }
        return WireResponse(status: status, headers: headers, body: Array(bytes[(end + 4)...]))
    }

    /// The value of an unlabelled metric line, e.g. `interleave_workers_busy`.
    func metric(_ name: String) throws -> Double? {
        let text = try send("GET", path: "/metrics").text
        for line in text.split(separator: "\n") where line.hasPrefix(name + " ") {
            return Double(line.dropFirst(name.count + 1))
        }
        return nil
    }

    /// Polls `/metrics` until `name` equals `value`; false after `attempts` scrapes (never hangs a test).
    func waitForMetric(_ name: String, toBe value: Double, attempts: Int = 20_000) throws -> Bool {
        for _ in 0..<attempts where try metric(name) == value { return true }
        return false
    }

    func stop() {
        server.shutdown()
        _ = finished.wait(timeout: .now() + 30)
        try? FileManager.default.removeItem(at: publicDirectory)
    }
}

struct ServerTestError: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
}
