import Foundation
import Script

/// Runs that start warm (issue 13): the standard library a program imports
/// is executed once per exploration, not once per run, while every run
/// still sees exactly the module state a fresh interpreter would.
///
/// DESIGN. An exploration runs one program hundreds of times. Most of a
/// run's cost was importing asyncio (about 40 modules, 400 functions, 60
/// classes); the program itself was a tenth. The image is made once:
///
/// 1. The program's *leading import statements* (the `import` and `from
///    ... import` lines before any other statement, after an optional
///    docstring) run in an interpreter of their own, set up like a run
///    (same limits, same trace hooks). Nothing of the program runs before
///    them in a fresh run either, so the modules they leave behind are
///    exactly what a fresh run's imports produce at that point.
/// 2. `LibrarySnapshot` walks the resulting module graph once and saves the
///    state of every object in it (copy-on-write: no copying).
/// 3. Each run gets a fresh `Interpreter` and the image's modules. The
///    native modules whose whole state is known (`sharedNatives`: `sys`,
///    `_interleave`, `_interleave_asyncio`, `_deque`, `_random`, `math`)
///    are the image's own, as its Python modules are: their namespaces are
///    in the snapshot, their functions are immutable, and the state their
///    functions reach is reset per run: the asyncio runtime's per-run
///    state by `teardown` and `resetForWarmRun`, with the run's recorder
///    as its observer; `_interleave`'s hooks report to the run's recorder
///    through the image's (`TraceRecorder.warmRun`); what `sys`'s
///    functions keep in their closures (the recursion limit, the switch
///    interval, ...) is listed by the module (`PyModule.closureStates`)
///    and rolled back. `builtins` is the run's own (the interpreter makes
///    it): the image's module object (the library holds it) holds the
///    run's namespace for the length of the run, and where the library
///    holds one of its objects, the run's own is written in
///    (`rebindNatives`). The step counter, the identity serial counter and
///    the heap meter start where the image's import left them.
/// 4. When the run ends, the snapshot puts back every object the run
///    changed (a monkeypatched `asyncio.sleep`, a class attribute, a module
///    global, a module-level list or dict, a function's defaults, an
///    `id()` serial), after the teardown broke the cycles of the run's
///    own objects. The program's `import asyncio` then finds the module
///    already in `sys.modules`, as it would after the import ran.
///
/// Why not the alternatives: a copy of the module graph per run would cost
/// an allocation per library object (thousands per run); making import
/// cheaper still executes every class body. The restore costs a pointer
/// comparison per library container and work only for what a run changed.
/// Anything the snapshot cannot vouch for (a native module not known to be
/// stateless, a native object with Swift-side state, output or warnings
/// during import) makes `build` return nil, and every run starts fresh.
final class WarmImage {
    /// Native modules whose per-run state is known: recreated for each run.
    /// (`_random` and `math` hold no state of their own: a generator's
    /// state is in its `PyRandomCore`, which the snapshot saves.)
    static let knownNatives: Set<String> = ["builtins", "sys", "_interleave", AsyncioModule.name, "_deque",
                                            "_random", "math", "_functools", OperatorModule.name, "_json"]
    /// Known natives whose module the runs share with the image (see 3.
    /// above): their functions hold no per-run state of their own. Making
    /// them again for every run was a fifth of a plain-search run.
    static let sharedNatives: Set<String> = ["sys", "_interleave", AsyncioModule.name, "_deque", "_random", "math",
                                             "_functools", OperatorModule.name]

    private let snapshot: LibrarySnapshot
    private let libraryModules: [(String, PyModule)]
    /// `libraryModules` (and the shared natives) as the table a run starts
    /// with: one copy instead of a hashed insert per module.
    private let moduleTable: [String: PyModule]
    /// The import-time registrations of the shared asyncio runtime, put
    /// back after every run.
    private let runtimeSetup: AsyncioRuntime?
    /// What the shared natives' functions keep in their closures.
    private let closureStates: [any ClosureStateKeeping]
    /// The image's native modules with their own namespaces: a run's
    /// module object is the image's (so the library's references to it stay
    /// valid), holding the run's namespace while the run lasts.
    private let natives: [(name: String, module: PyModule, namespace: PyDict)]
    private let steps: Int
    /// Instructions the image's import ran: a run started from the image
    /// counts from there.
    var importSteps: Int { steps }
    private let identitySerial: Int
    private let heapBytes: Int
    /// The image's own interpreter, recorder and asyncio runtime (kept so
    /// the identities in `snapshot`'s native map stay valid).
    private let vm: Interpreter
    private let recorder: TraceRecorder
    private let runtime: AsyncioRuntime?

    /// Objects of the image (identity), for the run's teardown and `id()`.
    var members: Set<ObjectIdentifier> { snapshot.members }

    private init(snapshot: LibrarySnapshot, libraryModules: [(String, PyModule)], moduleTable: [String: PyModule],
                 natives: [(name: String, module: PyModule, namespace: PyDict)], closureStates: [any ClosureStateKeeping],
                 vm: Interpreter, recorder: TraceRecorder, runtime: AsyncioRuntime?) {
        self.closureStates = closureStates
        for state in closureStates { state.checkpoint() }
        self.snapshot = snapshot
        self.libraryModules = libraryModules
        self.moduleTable = moduleTable
        self.runtimeSetup = runtime.map { image in
            let saved = AsyncioRuntime(observer: nil)
            saved.adoptSetup(of: image)
            return saved
        }
        self.natives = natives
        self.steps = vm.steps
        self.identitySerial = vm.nextIdentitySerial
        self.heapBytes = vm.memoryUsed
        self.vm = vm
        self.recorder = recorder
        self.runtime = runtime
    }

    /// Whether warm starts are on (INTERLEAVE_WARM=0 turns them off, for
    /// comparisons).
    static let enabled = ProcessInfo.processInfo.environment["INTERLEAVE_WARM"] != "0"
    private static let debug = ProcessInfo.processInfo.environment["INTERLEAVE_WARM_DEBUG"] == "1"

    private static func refuse(_ why: String) -> WarmImage? {
        if debug { FileHandle.standardError.write(Data("interleave: no warm image: \(why)\n".utf8)) }
        return nil
    }

    /// The process-wide builtin functions (the same object in every run).
    private static let sharedFunctions: Set<ObjectIdentifier> = {
        Builtins.bootstrap()
        var ids = Set(Builtins.functionObjects.compactMap { $0.1.object.map(ObjectIdentifier.init) })
        // Static and class methods of builtin types (`maketrans = str.maketrans`
        // in a library class) are as shared and immutable as the types.
        for value in Builtins.template.values {
            guard case .object(let o) = value, let type = o as? PyType, type.isBuiltin else { continue }
            for member in type.dict?.values ?? [] {
                if case .object(let m) = member, let wrapper = m as? PyMethodWrapper, case .object(let f) = wrapper.function {
                    ids.insert(ObjectIdentifier(f))
                }
            }
        }
        return ids
    }()

    /// Imports the program's leading imports into an image, or nil when the
    /// program has none or the image could not vouch for its state.
    static func build(_ scenario: Scenario) -> WarmImage? {
        guard enabled else { return nil }
        guard let module = try? Parser.parse(scenario.source, filename: scenario.filename) else { return nil }
        var prefix = module
        prefix.body = []
        let body = isDocstring(module.body.first) ? module.body.dropFirst() : module.body[...]
        scan: for stmt in body {
            switch stmt.kind {
            case .import: prefix.body.append(stmt)
            case .importFrom(let f) where f.level == 0: prefix.body.append(stmt)
            default: break scan
            }
        }
        guard !prefix.body.isEmpty, let code = try? Compiler.compile(prefix, filename: scenario.filename) else {
            return refuse("no leading imports")
        }
        let vm = Interpreter(limits: ScenarioRunner.interpreterLimits(scenario.limits))
        var stderr = ""
        vm.stderrSink = { stderr += $0 }
        let recorder = TraceRecorder(scenario: scenario)
        recorder.install(on: vm)
        let main = vm.makeMainModule(filename: scenario.filename)
        vm.modules["__main__"] = main
        func discard(_ why: String) -> WarmImage? {
            vm.releaseRunObjects()
            return refuse(why)
        }
        do { _ = try vm.runModuleCode(code, main.namespace) } catch { return discard("import failed: \(error)") }
        guard vm.output.isEmpty, stderr.isEmpty, vm.asyncgenFirstIter == nil, vm.asyncgenFinalizer == nil,
              !(vm.weakCallbacks?.isWatching ?? false), vm.pendingFinalizations.isEmpty,
              vm.pendingWeakCallbacks.isEmpty, vm.pendingDelCalls.isEmpty, vm.handledExceptions.isEmpty else {
            return discard("the imports left output or pending work")
        }
        // A library class with `__del__` installed the registry deinits
        // reach this interpreter through; the image's interpreter never runs
        // again, so the thread must not keep pointing at it.
        vm.weakCallbacks?.uninstall()
        vm.weakCallbacks = nil
        vm.definesFinalizers = false
        var library: [(String, PyModule)] = []
        var natives: [(String, PyModule, PyDict)] = []
        var nativeMap: [ObjectIdentifier: LibrarySnapshot.NativeRef] = [:]
        // The shared natives' functions and the asyncio runtime: kept as
        // they are (the runtime is reset per run, not restored).
        var nativeLeaves = Set<ObjectIdentifier>()
        var closureStates: [any ClosureStateKeeping] = []
        for (name, m) in vm.modules.sorted(by: { $0.key < $1.key }) where name != "__main__" {
            guard vm.moduleFactories[name] != nil || Registry.nativeModules[name] != nil else {
                library.append((name, m))
                continue
            }
            guard knownNatives.contains(name) else { return discard("native module \(name)") }
            if sharedNatives.contains(name) {
                library.append((name, m))
                closureStates += m.closureStates
                for v in m.dict?.values ?? [] {
                    if case .object(let o) = v, o is PyBuiltinFunction || o is AsyncioRuntime {
                        nativeLeaves.insert(ObjectIdentifier(o))
                    }
                }
                continue
            }
            natives.append((name, m, m.dict ?? PyDict()))
            for (k, v) in m.dict?.items ?? [] {
                guard let key = k.object as? PyStr, case .object(let o) = v else { continue }
                if (o as? PyType)?.isBuiltin == true || sharedFunctions.contains(ObjectIdentifier(o)) || o is PyStr { continue }
                nativeMap[ObjectIdentifier(o)] = .init(module: name, key: key)
            }
        }
        let runtime = AsyncioRuntime.of(vm)
        if let r = runtime, r.taskNumbers != 0 || r.taskIDs != 0 || !r.runningLoop.isNone || !r.loops.isEmpty { return discard("tasks made at import") }
        let snapshot: LibrarySnapshot
        do {
            snapshot = try LibrarySnapshot(roots: library.map(\.1), natives: nativeMap, shared: sharedFunctions,
                                           leaves: Set(natives.map { ObjectIdentifier($0.1) }).union(nativeLeaves))
        } catch {
            return discard("\(error)")
        }
        if debug {
            FileHandle.standardError.write(Data(("interleave: warm image of \(library.count) modules, \(snapshot.objectCount) objects"
                + " (\(snapshot.headerCounts.all) headers checked after a run that watched objects weakly, "
                + "\(snapshot.headerCounts.instances) otherwise)\n").utf8))
        }
        let table = Dictionary(library, uniquingKeysWith: { first, _ in first })
        return WarmImage(snapshot: snapshot, libraryModules: library, moduleTable: table, natives: natives,
                         closureStates: closureStates, vm: vm, recorder: recorder, runtime: runtime)
    }

    private static func isDocstring(_ stmt: Stmt?) -> Bool {
        guard let stmt, case .expr(let e) = stmt.kind, case .constant(let c) = e.value.kind,
              case .str = c.value else { return false }
        return true
    }

    /// Gives `vm` (a fresh interpreter whose hooks are installed, `recorder`
    /// its run's recorder) the image's modules; false (and `vm` untouched)
    /// when it cannot.
    func attach(to vm: Interpreter, recorder run: TraceRecorder) -> Bool {
        // The library first: a native module's factory may import one of its
        // modules (`sys` takes version_info and friends from `_sysinfo`),
        // which would otherwise execute it again in every run.
        let before = vm.modules
        var table = moduleTable
        for (name, m) in before where table[name] == nil { table[name] = m }
        vm.modules = table
        func fail() -> Bool {
            vm.modules = before
            return false
        }
        var own: [String: PyDict] = [:]
        for n in natives {
            // `builtins`' factory wraps the interpreter's own namespace in a
            // module object that the image's would replace at once.
            if n.name == "builtins" {
                own[n.name] = vm.builtins
                continue
            }
            guard let factory = vm.moduleFactories[n.name] ?? Registry.nativeModules[n.name],
                  let m = try? factory(vm), let d = m.dict else { return fail() }
            own[n.name] = d
        }
        let rebound = snapshot.rebindNatives { ref in
            guard let d = own[ref.module], let key = ref.key else { return nil }
            return d.getStr(key)
        }
        guard rebound else {
            var dropped: [Value] = []
            snapshot.restore(orphans: &dropped)
            return fail()
        }
        for n in natives {
            n.module.dict = own[n.name]
            vm.modules[n.name] = n.module
        }
        runtime?.observer = run
        recorder.warmRun = run
        vm.counters.pointee.steps += steps
        vm.nextIdentitySerial = identitySerial
        vm.heapOffset = heapBytes
        vm.warmMembers = snapshot.members
        return true
    }

    /// Ends a run that `attach` started: breaks the cycles of the run's own
    /// objects and puts the image back as it was after import.
    func detach(from vm: Interpreter) {
        for o in vm.warmSerialsGiven { o.identitySerial = 0 }
        vm.warmSerialsGiven.removeAll()
        recorder.warmRun = nil
        // The shared runtime lets go of the run's loops and tasks first (a
        // fresh run's teardown reaches it through its module).
        if let runtime, let setup = runtimeSetup { runtime.resetForWarmRun(setup: setup) }
        for state in closureStates { state.rollBack() }
        var orphans: [Value] = []
        snapshot.restore(orphans: &orphans, watchedWeakly: vm.weakCallbacks != nil)
        var runNamespaces: [PyDict] = []
        for n in natives {
            if let d = n.module.dict, d !== n.namespace {
                runNamespaces.append(d)
                // Both namespaces start as copies of one template (builtins):
                // what is still the image's at its place is not the run's.
                d.appendValues(notIn: n.namespace, to: &orphans)
            }
            n.module.dict = n.namespace
        }
        vm.releaseRunObjects(keeping: snapshot.members, extraRoots: orphans)
        for d in runNamespaces { d.removeAll() }
        vm.warmMembers = nil
    }

    /// The image's library module `name` (for tests).
    func module(_ name: String) -> PyModule? {
        libraryModules.first { $0.0 == name }?.1
    }

    /// Frees the image (the end of the exploration).
    func close() {
        vm.releaseRunObjects()
    }
}
