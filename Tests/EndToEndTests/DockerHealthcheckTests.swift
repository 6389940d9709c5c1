import Foundation
import XCTest

/// The image's `HEALTHCHECK`, run as Docker would run it (no Docker engine
/// here): the exec-form command line is read from the Dockerfile and started
/// with the environment the image sets, against a server on another port.
final class DockerHealthcheckTests: XCTestCase {
    /// The repository root, from this file's path (Tests/EndToEndTests/...).
    private static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()

    /// The `CMD [...]` of the Dockerfile's `HEALTHCHECK`, continuation lines joined.
    static func healthcheckCommand() throws -> [String] {
        let text = try String(contentsOf: root.appendingPathComponent("Dockerfile"), encoding: .utf8)
        let joined = text.replacingOccurrences(of: "\\\n", with: " ")
        guard let line = joined.split(separator: "\n").first(where: { $0.hasPrefix("HEALTHCHECK") }),
              let cmd = line.range(of: "CMD ") else {
            throw ServerError("the Dockerfile has no HEALTHCHECK ... CMD line")
        }
        let json = line[cmd.upperBound...].trimmingCharacters(in: .whitespaces)
        guard let words = try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String], !words.isEmpty else {
            throw ServerError("HEALTHCHECK CMD is not the exec form [\"...\"]: \(json)")
        }
        return words
    }

    /// Runs the HEALTHCHECK command (its `interleave` being the built binary) with `environment`.
    private func runHealthcheck(environment: [String: String]) throws -> Int32 {
        let words = try Self.healthcheckCommand()
        XCTAssertEqual(words.first, "interleave")
        return try runInterleave(Array(words.dropFirst()), environment: environment).status
    }

    func testHealthcheckFollowsINTERLEAVE_PORT() throws {
        let fixture = try PublicFixture()
        let server = try ServerProcess(publicDirectory: fixture.publicDir.path, extraArguments: ["--quiet"])
        XCTAssertNotEqual(server.port, 8080, "the server runs on a non-default port")
        // What the image's ENV sets, with the port moved as `docker run -e INTERLEAVE_PORT=...` would.
        XCTAssertEqual(try runHealthcheck(environment: ["INTERLEAVE_HOST": "0.0.0.0", "INTERLEAVE_PORT": String(server.port)]), 0)

        // And it does check: with nothing listening on the port it names, it fails.
        let probe = try Socket(port: 0)
        let unused = probe.port
        probe.close()
        XCTAssertEqual(try runHealthcheck(environment: ["INTERLEAVE_PORT": String(unused)]), 1)
    }
}

/// A bound, not listening, loopback socket: a port nothing answers on.
private struct Socket {
    let fd: Int32
    let port: Int

    init(port: Int) throws {
        let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = UInt16(port).bigEndian
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        let bound = withUnsafeMutablePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { pointer -> Bool in
                bind(fd, pointer, length) == 0 && getsockname(fd, pointer, &length) == 0
            }
        }
        guard fd >= 0, bound else { throw ServerError("cannot bind a loopback port: errno \(errno)") }
        self.fd = fd
        self.port = Int(UInt16(bigEndian: address.sin_port))
    }

    func close() { _ = Glibc.close(fd) }
}
