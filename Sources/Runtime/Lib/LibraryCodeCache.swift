import CRuntimeSupport
import Foundation

/// A thread's cache of the compiled code of the embedded pure-Python
/// library (`EmbeddedLibrary`): each module is parsed and compiled once per
/// interpreter thread (a server worker, the CLI's main thread) and the code
/// object is shared read-only by every interpreter of that thread. Every
/// run still executes that code in its own fresh module namespace, so
/// module state stays per run.
///
/// DESIGN: why per thread rather than per process. A code object carries
/// state that running it writes: its inline attribute caches
/// (`VM/AttributeCache.swift`: class tags and a held builtin method per
/// name), `types.coroutine`'s flag, the lazily computed hashes of its
/// constants. Shared by the worker threads of a server, two runs executing
/// the same library function at once would write one entry together (a
/// held method released twice, a tag from one thread paired with another's
/// method). One copy per thread makes every such write single-threaded
/// without a lock or an atomic on the hot path. The cost is compiling each
/// library module once per worker rather than once per process (a few MB
/// and ~0.1 s per worker for asyncio and its imports, paid by that worker's
/// first run); the cache goes when its thread exits.
///
/// Code is still settled before runs see it (`freeze`):
/// - `PyStr` caches its hash, code points and length, and `PyTuple` its
///   hash, on first use; `freeze` computes them all.
/// - `id()`, identity hashing and default reprs write a per-run serial into
///   `PyObject.identitySerial` the first time they see an object; `freeze`
///   gives every constant a fixed serial (negative, so below the run-local
///   pseudo-addresses) derived from the module's position in the sorted
///   library and the constant's position in the code, so a constant's
///   identity is the same in every run and on every thread.
final class LibraryCodeCache {
    /// This thread's cache, made on first use and released when the
    /// thread exits.
    static var current: LibraryCodeCache {
        if let raw = interleave_thread_code_cache() {
            return Unmanaged<LibraryCodeCache>.fromOpaque(raw).takeUnretainedValue()
        }
        let cache = LibraryCodeCache()
        let raw = Unmanaged.passRetained(cache).toOpaque()
        if interleave_set_thread_code_cache(raw, { Unmanaged<LibraryCodeCache>.fromOpaque($0!).release() }) == 0 {
            // No thread slot: this call's cache serves this import only.
            Unmanaged<LibraryCodeCache>.fromOpaque(raw).release()
        }
        return cache
    }

    /// The compiled library on disk (LibraryDiskCache), consulted before
    /// compiling a module: set once by the CLI before any run, nil (the
    /// default) in the server and in tests.
    nonisolated(unsafe) static var disk: LibraryDiskCache?

    private var codes: [String: CodeObject] = [:]
    /// INTERLEAVE_LIB_DIR: a development-only override; when set to a
    /// directory (e.g. the checkout's Lib/), embedded modules are read from
    /// the `.py` files there on every import instead of from
    /// `EmbeddedLibrary`, so Lib/ can be edited without rebuilding. Unset
    /// (the default) it has no effect.
    static let developmentLibDir: String? = {
        guard let d = ProcessInfo.processInfo.environment["INTERLEAVE_LIB_DIR"], !d.isEmpty else { return nil }
        return d
    }()

    /// Sorted module names, for deterministic identity serials.
    private static let moduleIndex: [String: Int] = {
        var d: [String: Int] = [:]
        for (i, name) in EmbeddedLibrary.modules.keys.sorted().enumerated() { d[name] = i }
        return d
    }()

    /// The code of library module `name` when this cache holds it.
    func cachedCode(for name: String) -> CodeObject? { codes[name] }

    /// The compiled code of library module `name`, compiling it with
    /// `compile` (and freezing it with `vm`) on first use on this thread.
    /// Compile errors are not cached; they are rethrown to the importer.
    func code(for name: String, vm: Interpreter, compile: () throws -> CodeObject) throws -> CodeObject {
        if let dir = LibraryCodeCache.developmentLibDir, let path = EmbeddedLibrary.modules[name]?.path,
           let source = try? String(contentsOfFile: dir + "/" + path, encoding: .utf8) {
            // Development override (off unless INTERLEAVE_LIB_DIR is set): the
            // module's source is read from that directory, not the embedded
            // copy, and is neither cached nor frozen. Only modules that are
            // embedded are looked up (run scripts/embed-lib.sh for new files).
            return try vm.compileSource(source, filename: "<lib>/\(path)")
        }
        if let c = codes[name] { return c }
        let c: CodeObject
        if let disk = LibraryCodeCache.disk, let source = EmbeddedLibrary.modules[name]?.source {
            c = try disk.code(for: name, source: source, compile: compile)
        } else {
            c = try compile()
        }
        var freezer = Freezer(vm: vm, base: (Self.moduleIndex[name] ?? Self.moduleIndex.count) << 20)
        freezer.freeze(c)
        codes[name] = c
        return c
    }

    /// Walks a code object tree, settling every lazily written field.
    private struct Freezer {
        let vm: Interpreter
        let base: Int
        var next = 0

        init(vm: Interpreter, base: Int) { self.vm = vm; self.base = base }

        mutating func freeze(_ code: CodeObject) {
            for n in code.names { freeze(object: n) }
            for c in code.constants { freeze(value: c) }
        }

        static func hashesByValue(_ v: Value) -> Bool {
            switch v {
            case .none, .bool, .int, .float: return true
            case .object(let o): return o is PyStr || o is PyBigInt || (o as? PyTuple)?.items.allSatisfy(hashesByValue) == true
            }
        }

        mutating func freeze(value: Value) {
            if case .object(let o) = value { freeze(object: o) }
        }

        mutating func freeze(object o: PyObject) {
            // Only objects the compiler created for this code: process-wide
            // singletons (`Ellipsis`, the empty tuple, types) are not ours.
            switch o {
            case let s as PyStr:
                _ = s.hash
                _ = s.scalars
                _ = s.count
            case let t as PyTuple:
                if t === PyTuple.empty { return }
                // Shared by every run of this thread from now on: no
                // run's registry may hold it.
                CycleCollector.untrack(t)
                for item in t.items { freeze(value: item) }
                // Hash only tuples of strings and numbers: hashing anything
                // else could touch a shared object's identity.
                if t.items.allSatisfy(Freezer.hashesByValue) { _ = try? t.hash(vm) }
            case let c as PyCodeValue:
                freeze(c.code)
            case is PyBigInt, is PyBytes:
                break
            default:
                return
            }
            if o.identitySerial == 0 {
                next += 1
                o.identitySerial = Int32(truncatingIfNeeded: -(base + next))
            }
        }
    }
}
