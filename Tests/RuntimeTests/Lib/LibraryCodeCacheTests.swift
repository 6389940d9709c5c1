import Foundation
import XCTest
@testable import Runtime

/// The library's compiled code is cached per interpreter thread, never
/// shared between threads: running code writes to its code object (inline
/// caches), so two workers sharing one would race.
final class LibraryCodeCacheTests: XCTestCase {
    private func runImport(_ module: String) {
        guard case .success(let trace) = ScenarioRunner.run(Scenario(source: "import \(module)\n", filename: "main.py")) else {
            return XCTFail("import \(module) did not compile")
        }
        XCTAssertEqual(trace.status, .completed, trace.stdout)
    }

    /// Runs `body` on a new pthread and waits until the thread has exited
    /// (its thread-exit destructors included).
    private func onOwnThread(_ body: @escaping () -> Void) {
        final class Box { let body: () -> Void; init(_ b: @escaping () -> Void) { body = b } }
        var thread = pthread_t()
        let box = Unmanaged.passRetained(Box(body)).toOpaque()
        let created = pthread_create(&thread, nil, { raw in
            let box = Unmanaged<Box>.fromOpaque(raw!).takeRetainedValue()
            box.body()
            return nil
        }, box)
        XCTAssertEqual(created, 0)
        pthread_join(thread, nil)
    }

    func testEachThreadCompilesItsOwnCopy() {
        runImport("textwrap")
        let here = LibraryCodeCache.current
        XCTAssertTrue(here === LibraryCodeCache.current, "one cache per thread")
        guard let mine = here.cachedCode(for: "textwrap") else { return XCTFail("textwrap not cached on this thread") }
        var theirs: CodeObject?
        var otherCache: ObjectIdentifier?
        onOwnThread {
            self.runImport("textwrap")
            otherCache = ObjectIdentifier(LibraryCodeCache.current)
            theirs = LibraryCodeCache.current.cachedCode(for: "textwrap")
        }
        XCTAssertNotEqual(otherCache, ObjectIdentifier(here))
        XCTAssertNotNil(theirs)
        XCTAssertFalse(theirs === mine, "a module's code object must not be shared by two threads")
        XCTAssertTrue(here.cachedCode(for: "textwrap") === mine, "another thread's import leaves this thread's code alone")
    }

    func testThreadExitReleasesItsCache() {
        weak var cache: LibraryCodeCache?
        weak var code: CodeObject?
        onOwnThread {
            self.runImport("textwrap")
            cache = LibraryCodeCache.current
            code = LibraryCodeCache.current.cachedCode(for: "textwrap")
            XCTAssertNotNil(code)
        }
        XCTAssertNil(cache, "the thread's exit releases its cache")
        XCTAssertNil(code, "and the code it held")
    }
}
