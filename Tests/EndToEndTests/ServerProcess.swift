import Foundation
import XCTest

/// Locates the built `interleave` executable: `$INTERLEAVE_BINARY`, else next
/// to the running test bundle (SwiftPM puts both in the same products dir).
func interleaveBinary() throws -> URL {
    if let override = ProcessInfo.processInfo.environment["INTERLEAVE_BINARY"] {
        return URL(fileURLWithPath: override)
    }
    let executable = URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath()
    var candidates = [executable.deletingLastPathComponent().appendingPathComponent("interleave")]
    candidates.append(Bundle.main.bundleURL.deletingLastPathComponent().appendingPathComponent("interleave"))
    for bundle in Bundle.allBundles {
        candidates.append(bundle.bundleURL.deletingLastPathComponent().appendingPathComponent("interleave"))
    }
    for candidate in candidates where FileManager.default.isExecutableFile(atPath: candidate.path) {
        return candidate
    }
    throw XCTSkip("no built interleave binary next to the tests (\(candidates.map(\.path))); build it or set INTERLEAVE_BINARY")
}

/// Runs `interleave` with `arguments` to completion; returns its exit status and stderr.
func runInterleave(_ arguments: [String], environment: [String: String] = [:]) throws -> (status: Int32, stderr: String) {
    let process = Process()
    process.executableURL = try interleaveBinary()
    process.arguments = arguments
    process.environment = ProcessInfo.processInfo.environment.merging(environment) { $1 }
    let errors = Pipe()
    process.standardError = errors
    process.standardOutput = FileHandle.nullDevice
    try process.run()
    let data = errors.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return (process.terminationStatus, String(decoding: data, as: UTF8.self))
}

/// A `interleave serve` child process on an ephemeral loopback port, with its
/// stderr read line by line (the "listening on" line carries the port).
final class ServerProcess {
    let process = Process()
    private(set) var port = 0
    private let stderrReader: LineReader
    private let exited = DispatchSemaphore(value: 0)

    /// Starts the server and waits for its "listening on" line.
    init(publicDirectory: String, extraArguments: [String] = [], environment: [String: String] = [:]) throws {
        process.executableURL = try interleaveBinary()
        process.arguments = ["serve", "--host", "127.0.0.1", "--port", "0", "--public", publicDirectory] + extraArguments
        process.environment = ProcessInfo.processInfo.environment.merging(environment) { $1 }
        let errors = Pipe()
        process.standardError = errors
        process.standardOutput = FileHandle.nullDevice
        stderrReader = LineReader(errors.fileHandleForReading)
        let exited = self.exited
        process.terminationHandler = { _ in exited.signal() }
        try process.run()
        let line = try waitForLine(containing: "listening on http://")
        // "interleave: listening on http://HOST:PORT (...)": the port ends the URL.
        let url = line.components(separatedBy: "http://").last?.split(separator: " ").first ?? ""
        guard let portText = url.split(separator: ":").last, let port = Int(portText) else {
            throw ServerError("no port in \"\(line)\"")
        }
        self.port = port
    }

    /// Blocks until stderr prints a line containing `text`; throws at EOF.
    @discardableResult
    func waitForLine(containing text: String) throws -> String {
        while let line = stderrReader.nextLine() {
            if line.contains(text) { return line }
        }
        throw ServerError("server stderr ended before a line containing \"\(text)\"")
    }

    /// Sends `signal` to the server.
    func send(signal: Int32) { kill(process.processIdentifier, signal) }

    /// Waits for the process to exit and returns its status.
    func waitForExit() -> Int32 {
        process.waitUntilExit()
        return process.terminationStatus
    }

    /// The exit status, or `nil` when the process is still running after
    /// `seconds` (a guard against hanging the test run, not a measurement).
    func waitForExit(within seconds: Double) -> Int32? {
        guard exited.wait(timeout: .now() + seconds) == .success else { return nil }
        exited.signal()
        return waitForExit()
    }

    deinit {
        if process.isRunning {
            process.terminate()
            process.waitUntilExit()
        }
    }
}

/// Reads a pipe line by line, blocking.
final class LineReader {
    private let handle: FileHandle
    private var buffer = Data()

    init(_ handle: FileHandle) { self.handle = handle }

    func nextLine() -> String? {
        while true {
            if let newline = buffer.firstIndex(of: UInt8(ascii: "\n")) {
                let line = buffer[buffer.startIndex..<newline]
                buffer.removeSubrange(buffer.startIndex...newline)
                return String(decoding: line, as: UTF8.self)
            }
            let chunk = handle.availableData
            if chunk.isEmpty {
                if buffer.isEmpty { return nil }
                defer { buffer.removeAll() }
                return String(decoding: buffer, as: UTF8.self)
            }
            buffer.append(chunk)
        }
    }
}

struct ServerError: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
}

/// A throwaway public directory with a small page, a large script, a file
/// outside it and a symlink that points outside.
final class PublicFixture {
    let root: URL
    let publicDir: URL
    static let largeScript = String(repeating: "console.log('interleave swimlanes');\n", count: 300)

    init() throws {
        root = FileManager.default.temporaryDirectory.appendingPathComponent("e2e-\(UUID().uuidString)")
        publicDir = root.appendingPathComponent("public")
        try FileManager.default.createDirectory(at: publicDir, withIntermediateDirectories: true)
        try Data("<!doctype html><title>Interleave</title>".utf8).write(to: publicDir.appendingPathComponent("index.html"))
        try Data(Self.largeScript.utf8).write(to: publicDir.appendingPathComponent("app.js"))
        try Data("TOP SECRET".utf8).write(to: root.appendingPathComponent("secret.txt"))
        try FileManager.default.createSymbolicLink(atPath: publicDir.appendingPathComponent("link.txt").path,
                                                   withDestinationPath: root.appendingPathComponent("secret.txt").path)
    }

    deinit { try? FileManager.default.removeItem(at: root) }
}
