import Foundation
import Script
import XCTest
@testable import Runtime

/// The on-disk library cache: valid entries are decoded, every kind of bad
/// entry falls back to compiling (and is rewritten), and the off switch
/// writes nothing. Every test uses its own temporary directory.
final class LibraryDiskCacheTests: XCTestCase {
    private var root: URL!
    private let module = "asyncio.locks"
    private let binary = BinaryIdentity(size: 1, modifiedSeconds: 2, modifiedNanoseconds: 3, inode: 4, device: 5)

    override func setUpWithError() throws {
        root = FileManager.default.temporaryDirectory.appendingPathComponent("interleave-code-cache-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
    }

    override func tearDownWithError() throws {
        try? FileManager.default.removeItem(at: root)
    }

    private var source: String { EmbeddedLibrary.modules[module]?.source ?? "" }

    private func compile(_ source: String) throws -> CodeObject {
        try Compiler.compile(try Parser.parse(source, filename: "<lib>/x.py"), filename: "<lib>/x.py")
    }

    /// Loads `module` through a cache on `dir`; returns the code and whether it compiled.
    private func load(dir: URL? = nil, binary: BinaryIdentity? = nil, source: String? = nil) throws -> (CodeObject, Bool) {
        let cache = LibraryDiskCache(directory: (dir ?? root.appendingPathComponent("cache")).path, binary: binary ?? self.binary)
        var compiled = false
        let text = source ?? self.source
        let code = try cache.code(for: module, source: text) {
            compiled = true
            return try compile(text)
        }
        return (code, compiled)
    }

    private var entry: URL { root.appendingPathComponent("cache").appendingPathComponent(module + ".ilc") }

    private func assertFallsBack(after damage: (inout [UInt8]) -> Void, _ what: String, line: UInt = #line) throws {
        _ = try load()
        var bytes = [UInt8](try Data(contentsOf: entry))
        damage(&bytes)
        try Data(bytes).write(to: entry)
        let (code, compiled) = try load()
        XCTAssertTrue(compiled, "\(what): the damaged entry was used", line: line)
        XCTAssertEqual(CodeTreeComparison.differences(try compile(source), code), [], what, line: line)
        let (again, compiledAgain) = try load()
        XCTAssertFalse(compiledAgain, "\(what): the entry was not rewritten", line: line)
        XCTAssertEqual(CodeTreeComparison.differences(try compile(source), again), [], what, line: line)
    }

    func testColdThenWarm() throws {
        let (cold, compiled) = try load()
        XCTAssertTrue(compiled)
        XCTAssertTrue(FileManager.default.fileExists(atPath: entry.path))
        let attributes = try FileManager.default.attributesOfItem(atPath: entry.deletingLastPathComponent().path)
        XCTAssertEqual((attributes[.posixPermissions] as? NSNumber)?.intValue, 0o700)
        let (warm, compiledWarm) = try load()
        XCTAssertFalse(compiledWarm)
        XCTAssertEqual(CodeTreeComparison.differences(cold, warm), [])
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: entry.deletingLastPathComponent().path)
        XCTAssertEqual(leftovers, [module + ".ilc"], "no temporary file is left behind")
    }

    func testTruncatedEntriesFallBack() throws {
        for keep in [0, 7, CacheEntry.headerSize - 1, CacheEntry.headerSize, CacheEntry.headerSize + 10] {
            try assertFallsBack(after: { $0 = Array($0.prefix(keep)) }, "truncated to \(keep) bytes")
        }
        try assertFallsBack(after: { $0.removeLast() }, "last byte missing")
        try assertFallsBack(after: { $0.append(0) }, "extra byte")
    }

    func testFlippedBitsFallBack() throws {
        try assertFallsBack(after: { $0[0] ^= 1 }, "magic")
        try assertFallsBack(after: { $0[CacheEntry.headerSize - 1] ^= 0x10 }, "checksum")
        try assertFallsBack(after: { $0[$0.count / 2] ^= 0x04 }, "payload middle")
        try assertFallsBack(after: { $0[$0.count - 1] ^= 0x80 }, "payload end")
        try assertFallsBack(after: { $0 = $0.map { _ in UInt8.random(in: 0...255) } }, "garbage")
    }

    func testWrongVersionFallsBack() throws {
        try assertFallsBack(after: { $0[CacheEntry.versionOffset] &+= 1 }, "version + 1")
    }

    func testStaleKeysFallBack() throws {
        try assertFallsBack(after: { $0[CacheEntry.keyOffset + 3 * 8] ^= 1 }, "another inode in the header")
        _ = try load()
        var other = binary
        other.modifiedNanoseconds += 1
        XCTAssertTrue(try load(binary: other).1, "a rebuilt binary must not read the entry")
        XCTAssertFalse(try load(binary: other).1, "rewritten for the new binary")
        XCTAssertTrue(try load(source: source + "\n# edited\n").1, "a changed source must not read the entry")
    }

    func testCompileErrorsAreRethrownAndNotCached() throws {
        XCTAssertThrowsError(try load(source: "def (:\n"))
        XCTAssertFalse(FileManager.default.fileExists(atPath: entry.path))
    }

    func testUnusableDirectoryDisablesTheCache() throws {
        let file = root.appendingPathComponent("a-file")
        try Data("x".utf8).write(to: file)
        let (code, compiled) = try load(dir: file.appendingPathComponent("cache"))
        XCTAssertTrue(compiled)
        XCTAssertEqual(CodeTreeComparison.differences(try compile(source), code), [])
        XCTAssertEqual(try Data(contentsOf: file), Data("x".utf8))
    }

    func testDirectoryResolution() {
        let d = LibraryDiskCache.directory(environment:)
        XCTAssertNil(d(["INTERLEAVE_CACHE_DIR": "off", "HOME": "/h", "XDG_CACHE_HOME": "/x"]))
        XCTAssertNil(d(["INTERLEAVE_CACHE_DIR": "OFF", "HOME": "/h"]))
        XCTAssertEqual(d(["INTERLEAVE_CACHE_DIR": "/c", "HOME": "/h", "XDG_CACHE_HOME": "/x"]), "/c")
        XCTAssertEqual(d(["INTERLEAVE_CACHE_DIR": "", "HOME": "/h", "XDG_CACHE_HOME": "/x"]), "/x/interleave")
        XCTAssertEqual(d(["HOME": "/h", "XDG_CACHE_HOME": "relative"]), "/h/.cache/interleave")
        XCTAssertEqual(d(["HOME": "/h"]), "/h/.cache/interleave")
        XCTAssertNil(d([:]))
    }

    func testOnlyPlainModuleNamesHaveFiles() {
        let cache = LibraryDiskCache(directory: "/d", binary: binary)
        XCTAssertEqual(cache.path(for: "asyncio.base_events"), "/d/asyncio.base_events.ilc")
        XCTAssertNil(cache.path(for: "../etc/passwd"))
        XCTAssertNil(cache.path(for: ".hidden"))
        XCTAssertNil(cache.path(for: ""))
    }
}
