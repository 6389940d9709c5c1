import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// A parsed HTTP/1.1 response as seen on the wire.
struct WireResponse {
    var status: Int
    var headers: [(String, String)]
    var body: [UInt8]

    func header(_ name: String) -> String? {
        headers.first { $0.0.lowercased() == name.lowercased() }?.1
    }
    var text: String { String(decoding: body, as: UTF8.self) }
}

/// A deliberately dumb blocking HTTP/1.1 client over a raw socket, so tests
/// can send exactly the bytes they mean (`..`, `%00`, partial requests)
/// without a library normalising them first. Every read times out after
/// `readTimeout` seconds (10 by default; longer where a response waits for
/// a run that may use its whole wall limit on a loaded machine).
final class RawHTTPClient {
    let fd: Int32
    private var buffer: [UInt8] = []

    init(port: Int, readTimeout: Int = 10) throws {
        fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard fd >= 0 else { throw ServerError("socket: errno \(errno)") }
        var timeout = timeval(tv_sec: readTimeout, tv_usec: 0)
        setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &timeout, socklen_t(MemoryLayout<timeval>.size))
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = UInt16(port).bigEndian
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        let result = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { connect(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
        }
        guard result == 0 else {
            let code = errno
            close(fd)
            throw ServerError("connect to port \(port): errno \(code)")
        }
    }

    deinit { close(fd) }

    func send(_ text: String) throws { try send(Array(text.utf8)) }

    func send(_ bytes: [UInt8]) throws {
        var offset = 0
        while offset < bytes.count {
            let n = bytes[offset...].withUnsafeBytes { Glibc.send(fd, $0.baseAddress, $0.count, Int32(MSG_NOSIGNAL)) }
            guard n > 0 else { throw ServerError("send: errno \(errno)") }
            offset += n
        }
    }

    /// `GET target` with `headers`, then reads the response.
    func get(_ target: String, headers: [String: String] = [:], method: String = "GET") throws -> WireResponse {
        var request = "\(method) \(target) HTTP/1.1\r\nHost: 127.0.0.1\r\n"
        for (name, value) in headers { request += "\(name): \(value)\r\n" }
        request += "\r\n"
        try send(request)
        return try readResponse(head: method == "HEAD")
    }

    /// Reads one response (Content-Length framed; HEAD and 304 have no body).
    func readResponse(head: Bool = false) throws -> WireResponse {
        var response = try readHead()
        if !head && response.status != 304 && response.status != 204 {
            response.body = try readBody(of: response)
        }
        return response
    }

    /// Reads a response's status line and headers only.
    func readHead() throws -> WireResponse {
        let headEnd = try readUntil(Array("\r\n\r\n".utf8))
        let headText = String(decoding: buffer[0..<headEnd], as: UTF8.self)
        buffer.removeFirst(headEnd + 4)
        var lines = headText.components(separatedBy: "\r\n")
        let statusLine = lines.removeFirst()
        let parts = statusLine.split(separator: " ")
        guard parts.count >= 2, let status = Int(parts[1]) else { throw ServerError("bad status line \(statusLine)") }
        let headers = lines.compactMap { line -> (String, String)? in
            guard let colon = line.firstIndex(of: ":") else { return nil }
            return (String(line[..<colon]), line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces))
        }
        return WireResponse(status: status, headers: headers, body: [])
    }

    /// Reads the `Content-Length` bytes of body that follow `head`.
    func readBody(of head: WireResponse) throws -> [UInt8] {
        let length = Int(head.header("Content-Length") ?? "0") ?? 0
        while buffer.count < length {
            guard try fill() else { throw ServerError("connection closed after \(buffer.count) of \(length) body bytes") }
        }
        defer { buffer.removeFirst(length) }
        return Array(buffer[0..<length])
    }

    /// `true` when the server closed the connection (read returns 0) before sending anything more.
    func readsEOF() throws -> Bool {
        if !buffer.isEmpty { return false }
        return try !fill()
    }

    private func readUntil(_ marker: [UInt8]) throws -> Int {
        while true {
            if buffer.count >= marker.count {
                for start in 0...(buffer.count - marker.count)
                where marker.indices.allSatisfy({ buffer[start + $0] == marker[$0] }) {
                    return start
                }
            }
            guard try fill() else { throw ServerError("connection closed before a full response head") }
        }
    }

    private func fill() throws -> Bool {
        var chunk = [UInt8](repeating: 0, count: 64 * 1024)
        let n = chunk.withUnsafeMutableBytes { recv(fd, $0.baseAddress, $0.count, 0) }
        if n < 0 {
            if errno == ECONNRESET { return false }
            throw ServerError("recv: errno \(errno) (timed out?)")
        }
        buffer += chunk[0..<n]
        return n > 0
    }
}

/// `gzip -dc` on `bytes` (the test target links no zlib of its own).
func gunzip(_ bytes: [UInt8]) throws -> [UInt8] {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/bin/gzip")
    process.arguments = ["-dc"]
    let input = Pipe(), output = Pipe()
    process.standardInput = input
    process.standardOutput = output
    try process.run()
    input.fileHandleForWriting.write(Data(bytes))
    try input.fileHandleForWriting.close()
    let data = output.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    guard process.terminationStatus == 0 else { throw ServerError("gzip -dc failed") }
    return Array(data)
}
