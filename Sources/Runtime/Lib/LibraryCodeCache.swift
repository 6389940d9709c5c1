import Foundation

/// Process-wide cache of the compiled code of the embedded pure-Python
/// library (`EmbeddedLibrary`): each module is parsed and compiled once per
/// process and the code object is shared read-only by every interpreter.
/// Every run still executes that code in its own fresh module namespace, so
/// module state stays per run.
///
/// Sharing is safe because a code object is not mutated after compilation,
/// except for two lazily written kinds of state that `freeze` settles before
/// the code is published:
/// - `PyStr` caches its hash, code points and length, and `PyTuple` its hash,
///   on first use; `freeze` computes them all, so runs only read them.
/// - `id()`, identity hashing and default reprs write a per-run serial into
///   `PyObject.identitySerial` the first time they see an object; `freeze`
///   gives every constant a fixed serial (negative, so below the run-local
///   pseudo-addresses) derived from the module's position in the sorted
///   library and the constant's position in the code, so runs never write
///   to a shared constant and its identity is the same in every run.
///
/// One known exception: `types.coroutine` sets `isIterableCoroutineFlag` on
/// the code of the function it decorates. Library modules do that at import
/// time in every run (an idempotent `Bool` write of `true`).
final class LibraryCodeCache: @unchecked Sendable {
    /// The cache shared by every interpreter of this process.
    static let shared = LibraryCodeCache()

    /// The compiled library on disk (LibraryDiskCache), consulted before
    /// compiling a module: set once by the CLI before any run, nil (the
    /// default) in the server and in tests.
    nonisolated(unsafe) static var disk: LibraryDiskCache?

    private let lock = NSLock()
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
    private let moduleIndex: [String: Int] = {
        var d: [String: Int] = [:]
        for (i, name) in EmbeddedLibrary.modules.keys.sorted().enumerated() { d[name] = i }
        return d
    }()

    /// The compiled code of library module `name`, compiling it with
    /// `compile` (and freezing it with `vm`) on first use in this process.
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
        lock.lock()
        defer { lock.unlock() }
        if let c = codes[name] { return c }
        let c: CodeObject
        if let disk = LibraryCodeCache.disk, let source = EmbeddedLibrary.modules[name]?.source {
            c = try disk.code(for: name, source: source, compile: compile)
        } else {
            c = try compile()
        }
        var freezer = Freezer(vm: vm, base: (moduleIndex[name] ?? moduleIndex.count) << 20)
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
                // Shared by every thread from now on: no registry may hold it.
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
