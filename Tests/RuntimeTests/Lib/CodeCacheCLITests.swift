import Foundation
import XCTest
@testable import Runtime

/// `interleave run` with the disk cache, as a child process: cold, warm and
/// damaged caches all give the same output, and `off` writes nothing.
final class CodeCacheCLITests: XCTestCase {
    private var root: URL!

    private let program = """
    import asyncio, traceback, collections, functools, enum

    class Color(enum.Enum):
        RED = 1
        GREEN = 2

    async def worker(name, n):
        for i in range(n):
            await asyncio.sleep(0.1)
            print(name, i, Color(1 + i % 2))
        return {name: n}

    async def main():
        print(await asyncio.gather(worker("a", 2), worker("b", 3)))
        print(collections.Counter("abracadabra").most_common(2), functools.reduce(lambda x, y: x * y, [1, 2, 3]))
        try:
            await asyncio.wait_for(asyncio.sleep(5), 0.5)
        except asyncio.TimeoutError:
            print(traceback.format_exc().splitlines()[-1])
        print(id(asyncio.sleep) == id(asyncio.sleep), asyncio.Queue().__repr__()[:15])

    asyncio.run(main())
    {}[1 + 2]
    """

    override func setUpWithError() throws {
        root = FileManager.default.temporaryDirectory.appendingPathComponent("interleave-cli-cache-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
        try Data(program.utf8).write(to: root.appendingPathComponent("prog.py"))
    }

    override func tearDownWithError() throws {
        try? FileManager.default.removeItem(at: root)
    }

    /// The built binary next to the test bundle, as the end-to-end tests find it.
    private func binary() throws -> URL {
        if let override = ProcessInfo.processInfo.environment["INTERLEAVE_BINARY"] { return URL(fileURLWithPath: override) }
        let executable = URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath()
        var candidates = [executable.deletingLastPathComponent().appendingPathComponent("interleave")]
        for bundle in Bundle.allBundles {
            candidates.append(bundle.bundleURL.deletingLastPathComponent().appendingPathComponent("interleave"))
        }
        for c in candidates where FileManager.default.isExecutableFile(atPath: c.path) { return c }
        throw XCTSkip("no built interleave binary next to the tests; build it or set INTERLEAVE_BINARY")
    }

    /// Exit status, stdout and stderr of `interleave run prog.py`.
    private func run(_ environment: [String: String]) throws -> String {
        let process = Process()
        process.executableURL = try binary()
        process.arguments = ["run", root.appendingPathComponent("prog.py").path]
        var env = ProcessInfo.processInfo.environment
        for (k, v) in environment { env[k] = v }
        process.environment = env
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        let stdout = out.fileHandleForReading.readDataToEndOfFile()
        let stderr = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return "\(process.terminationStatus)\n\(String(decoding: stdout, as: UTF8.self))\n\(String(decoding: stderr, as: UTF8.self))"
    }

    private func entries(_ dir: URL) -> [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: dir.path)) ?? []).sorted()
    }

    func testDamagedCachesGiveTheSameOutput() throws {
        let cache = root.appendingPathComponent("cache")
        let env = ["INTERLEAVE_CACHE_DIR": cache.path]
        let uncached = try run(["INTERLEAVE_CACHE_DIR": "off"])
        XCTAssertTrue(uncached.hasPrefix("1\n"), uncached)
        XCTAssertTrue(uncached.contains("a 1 Color.GREEN"), uncached)
        XCTAssertTrue(uncached.contains("KeyError: 3"), uncached)
        XCTAssertEqual(try run(env), uncached, "cold cache")
        let files = entries(cache)
        XCTAssertTrue(files.contains("asyncio.tasks.ilc"), "\(files)")
        XCTAssertTrue(files.allSatisfy { $0.hasSuffix(".ilc") }, "\(files)")
        XCTAssertEqual(try run(env), uncached, "warm cache")

        // Damage every entry, each in one of four ways.
        for (i, name) in files.enumerated() {
            let url = cache.appendingPathComponent(name)
            var bytes = [UInt8](try Data(contentsOf: url))
            switch i % 4 {
            case 0: bytes = Array(bytes.prefix(bytes.count / 2))
            case 1: bytes[CacheEntry.headerSize + (bytes.count - CacheEntry.headerSize) / 3] ^= 0x20
            case 2: bytes[CacheEntry.versionOffset] &+= 1
            default: bytes[CacheEntry.keyOffset] ^= 0x01
            }
            try Data(bytes).write(to: url)
        }
        XCTAssertEqual(try run(env), uncached, "damaged cache")
        XCTAssertEqual(entries(cache), files, "entries rewritten, no temporary files left")
        XCTAssertEqual(try run(env), uncached, "rewritten cache")
    }

    func testOffWritesNothing() throws {
        let home = root.appendingPathComponent("home"), xdg = root.appendingPathComponent("xdg")
        try FileManager.default.createDirectory(at: home, withIntermediateDirectories: true)
        try FileManager.default.createDirectory(at: xdg, withIntermediateDirectories: true)
        let out = try run(["INTERLEAVE_CACHE_DIR": "off", "HOME": home.path, "XDG_CACHE_HOME": xdg.path])
        XCTAssertTrue(out.contains("KeyError: 3"), out)
        XCTAssertEqual(entries(home), [])
        XCTAssertEqual(entries(xdg), [])
        // Without the switch the same environment caches under XDG_CACHE_HOME.
        XCTAssertEqual(try run(["HOME": home.path, "XDG_CACHE_HOME": xdg.path]), out)
        XCTAssertEqual(entries(xdg), ["interleave"])
        XCTAssertEqual(entries(home), [])
    }
}
