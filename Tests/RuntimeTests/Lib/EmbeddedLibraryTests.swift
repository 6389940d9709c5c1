import Foundation
import XCTest
import Runtime

/// Guards the generated `EmbeddedLibrary` against drift from `Lib/`: the
/// embedded sources must be exactly the files on disk (rerun
/// `scripts/embed-lib.sh` after editing anything under `Lib/`).
final class EmbeddedLibraryTests: XCTestCase {
    /// `Lib/` of this checkout, found from this file's own path
    /// (`Tests/RuntimeTests/Lib/EmbeddedLibraryTests.swift`).
    private var libDirectory: URL {
        URL(fileURLWithPath: #filePath)
            .deletingLastPathComponent()
            .deletingLastPathComponent()
            .deletingLastPathComponent()
            .deletingLastPathComponent()
            .appendingPathComponent("Lib")
    }

    /// Every `.py` under `Lib/`, keyed by dotted module name as embed-lib.sh
    /// names them.
    private func modulesOnDisk() throws -> [String: (isPackage: Bool, path: String, source: String)] {
        var result: [String: (isPackage: Bool, path: String, source: String)] = [:]
        let root = libDirectory.resolvingSymlinksInPath().standardizedFileURL
        guard let walker = FileManager.default.enumerator(at: root, includingPropertiesForKeys: nil) else {
            XCTFail("cannot list \(root.path)")
            return result
        }
        for case let url as URL in walker where url.pathExtension == "py" {
            let full = url.standardizedFileURL.path
            let relative = String(full.dropFirst(root.path.count + 1))
            if relative.split(separator: "/").contains(where: { $0.hasPrefix(".") || $0 == "__pycache__" }) {
                continue
            }
            var parts = relative.dropLast(3).split(separator: "/").map(String.init)
            let isPackage = parts.last == "__init__"
            if isPackage { parts.removeLast() }
            let source = try String(contentsOf: url, encoding: .utf8)
            result[parts.joined(separator: ".")] = (isPackage, relative, source)
        }
        return result
    }

    func testEmbeddedModulesMatchLibDirectory() throws {
        let disk = try modulesOnDisk()
        XCTAssertFalse(disk.isEmpty, "no Python files found under \(libDirectory.path)")
        let stale = "Sources/Runtime/Lib/EmbeddedLibrary.swift is out of date: run scripts/embed-lib.sh"
        XCTAssertEqual(Set(EmbeddedLibrary.modules.keys), Set(disk.keys), stale)
        for (name, expected) in disk {
            guard let embedded = EmbeddedLibrary.module(named: name) else { continue }
            XCTAssertEqual(embedded.isPackage, expected.isPackage, "\(name): \(stale)")
            XCTAssertEqual(embedded.path, expected.path, "\(name): \(stale)")
            XCTAssertTrue(embedded.source == expected.source, "\(name) source differs: \(stale)")
        }
    }

    func testPackagesAndSubmodulesAreKeyedByDottedName() {
        XCTAssertEqual(EmbeddedLibrary.module(named: "collections")?.isPackage, true)
        XCTAssertEqual(EmbeddedLibrary.module(named: "collections.abc")?.isPackage, false)
        XCTAssertEqual(EmbeddedLibrary.module(named: "collections")?.path, "collections/__init__.py")
        XCTAssertEqual(EmbeddedLibrary.module(named: "heapq")?.isPackage, false)
        XCTAssertNil(EmbeddedLibrary.module(named: "collections/abc"))
        XCTAssertNil(EmbeddedLibrary.module(named: "no_such_module"))
    }

    func testSourcesKeepTrailingNewlineAndBackslashes() throws {
        let source = try XCTUnwrap(EmbeddedLibrary.module(named: "heapq")?.source)
        XCTAssertTrue(source.hasPrefix("\"\"\"Heap queue algorithm"))
        XCTAssertTrue(source.hasSuffix("\n"))
        XCTAssertFalse(source.hasSuffix("\n\n"))
    }
}
