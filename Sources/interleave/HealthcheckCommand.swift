#if canImport(Glibc)
import Glibc
#endif
import ArgumentParser
import Reactor

/// `interleave healthcheck`: `GET /healthz` on this machine; exit 0 when it
/// answers 200, else 1. For Docker's HEALTHCHECK (the image has no curl).
struct Healthcheck: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Exit 0 when the local server answers GET /healthz with 200, else 1."
    )

    @Option(help: ArgumentHelp("Port of the server (INTERLEAVE_PORT). Default 8080.", valueName: "port"))
    var port: Int?
    @Option(help: ArgumentHelp("Address to connect to.", valueName: "address"))
    var host: String = "127.0.0.1"
    @Option(help: ArgumentHelp("Seconds to wait for the answer.", valueName: "seconds"))
    var timeout: Double = 3

    func validate() throws {
        guard timeout.isFinite, timeout > 0, timeout <= 3600 else {
            throw ValidationError("--timeout must be between 0 and 3600 seconds, got \(timeout)")
        }
    }

    func run() throws {
        let port = try Environment().integer(self.port, "INTERLEAVE_PORT", default: 8080)
        do {
            let status = try Self.probe(host: host, port: port, timeout: timeout)
            if status == 200 { return }
            printError("healthcheck: GET /healthz answered \(status)")
        } catch {
            printError("healthcheck: \(host):\(port): \(error)")
        }
        throw ExitCode(1)
    }

    /// The status code of `GET /healthz` at `host:port`.
    static func probe(host: String, port: Int, timeout: Double) throws -> Int {
        let socket = try Socket.connect(host: host, port: port)
        defer { try? socket.close() }
        var limit = timeval(tv_sec: Int(timeout), tv_usec: Int((timeout - timeout.rounded(.down)) * 1_000_000))
        _ = setsockopt(socket.descriptor.rawValue, SOL_SOCKET, SO_RCVTIMEO, &limit, socklen_t(MemoryLayout<timeval>.size))
        _ = setsockopt(socket.descriptor.rawValue, SOL_SOCKET, SO_SNDTIMEO, &limit, socklen_t(MemoryLayout<timeval>.size))
        try socket.descriptor.writeAll(Array("GET /healthz HTTP/1.1\r\nHost: \(host)\r\nConnection: close\r\n\r\n".utf8))
        var received: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 1024)
        while !received.contains(UInt8(ascii: "\n")) && received.count < 4096 {
            let result = try buffer.withUnsafeMutableBytes { try socket.read(into: $0) }
            guard case .processed(let n) = result, n > 0 else { break }
            received += buffer[0..<n]
        }
        // "HTTP/1.1 200 OK": the code is the second space-separated word.
        let line = String(decoding: received.prefix { $0 != UInt8(ascii: "\r") && $0 != UInt8(ascii: "\n") }, as: UTF8.self)
        let words = line.split(separator: " ")
        guard words.count >= 2, words[0].hasPrefix("HTTP/"), let code = Int(words[1]) else {
            throw HealthcheckError(message: "not an HTTP response: \"\(line)\"")
        }
        return code
    }
}

/// The server answered, but not with HTTP.
struct HealthcheckError: Error, CustomStringConvertible {
    let message: String
    var description: String { message }
}
