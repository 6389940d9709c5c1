import Foundation

/// One run of a program: the state every builtin and the dispatch loop
/// share (builtins, imported modules, stdout, limits, the exception being
/// handled). Not thread-safe: one interpreter belongs to one thread at a time.
public final class Interpreter {
    /// The `builtins` namespace.
    public let builtins: PyDict
    /// Imported modules (the import system's table; `sys.modules` is
    /// `sysModulesDict` once the program reads it: VM/SysModulesTable.swift).
    public var modules: [String: PyModule] = [:]
    /// The program's live `sys.modules`, made on its first read.
    var sysModulesDict: PyDict?
    /// Per-interpreter native module factories, consulted before the global
    /// registry (the asyncio scheduler registers `asyncio` here).
    public var moduleFactories: [String: (Interpreter) throws -> PyModule] = [:]
    /// Limits of this run.
    public let limits: Limits
    /// Counters (steps), behind a pointer for the hot loop.
    public let counters: UnsafeMutablePointer<RunCounters>
    /// Program stdout accumulated so far.
    public private(set) var output = String()
    /// Bytes of stdout written so far.
    public private(set) var outputCount = 0
    /// Called with each chunk written to stdout (e.g. streaming or tracing).
    public var outputObserver: ((String) -> Void)?
    /// Exceptions currently being handled (innermost last), for bare `raise`
    /// and `__context__`.
    public var handledExceptions: [PyException] = []
    /// Frames currently executing (innermost last), for `globals()`/`locals()`
    /// and the trace.
    let frameStack = FrameStack()
    /// Frames of finished calls, reused by the next calls (`FramePool`).
    let framePool = FramePool()
    /// Arrays of finished builtin calls' arguments, reused (`ArgumentBuffers`).
    var argumentBuffers = ArgumentBuffers()
    /// One-character ASCII strings, shared within the run.
    var asciiCharacters = ASCIICharacterStrings()
    /// How builtin native types make instances, by type version tag
    /// (`BuiltinConstruction`).
    var builtinConstructions = BuiltinConstructionTable()
    /// Current Python call depth.
    public var depth = 0
    /// Virtual seconds elapsed in the run (DESIGN.md "Clocks"): every jump
    /// of a loop's clock and every blocking `time.sleep`, added up in the
    /// order they happen, as the conformance oracle adds them (a sum of the
    /// loops' clocks can differ from it in the last digit).
    public var virtualElapsed = 0.0
    /// Call depth below the program's module frame, counted against the
    /// recursion limit as CPython counts the frames under it when the
    /// conformance oracle runs a program (oracle.py, runpy's `run_path`,
    /// `_run_module_code`, `_run_code` and the C-level calls between them):
    /// `f()` recursing at module level stops at depth 992 as there, not
    /// 998 as under a bare `python3 prog.py`.
    public static let hostFrames = 6
    /// CPython's default recursion limit (`sys.getrecursionlimit()`).
    public static let defaultRecursionLimit = 1000
    /// The program's recursion limit (`sys.setrecursionlimit`).
    var recursionLimit = Interpreter.defaultRecursionLimit {
        didSet { frameDepthLimit = min(recursionLimit, limits.depth) }
    }
    /// The call depth `execute` stops at: the program's recursion limit or
    /// the sandbox's depth limit, whichever is lower (`depthExceeded`).
    private(set) var frameDepthLimit: Int
    /// Identity serials handed out so far (see ObjectIdentity.swift).
    var nextIdentitySerial = 0
    /// The last activation number given to a frame an exception unwound
    /// through (`Frame.exceptionSerial`).
    var nextFrameSerial = 0
    /// Locations whose RuntimeWarning was already written to stderr
    /// (VM/RuntimeWarnings.swift): each is shown once, as the default
    /// warning filter does.
    var shownWarnings: Set<String> = []
    /// Bytes of large live script objects (strings, lists) of this run:
    /// the estimate used when the heap meter is not exact (sanitizer builds).
    public let memory = MemoryAccount()
    /// This run's exact heap use (see Memory/HeapMeter.swift); started
    /// when the interpreter is created, on the thread that runs it.
    let heap: HeapMeter
    /// The largest heap use seen at a periodic check.
    public private(set) var heapPeak = 0
    /// Receives diagnostics written with `_interleave.stderr` (and uncaught
    /// errors the library reports).
    public var stderrSink: ((String) -> Void)?
    /// Source lines of the program's own files by filename (what CPython's
    /// linecache would read), for tracebacks.
    public var sourceLines: [String: [String]] = [:]
    /// Extra functions exposed on the `_interleave` module of this run
    /// (the scheduler adds `trace`, `deadlock`, `limit`, ... here).
    public var interleaveHooks: [(String, NativeFunction)] = []
    /// `sys.set_asyncgen_hooks` equivalents (asyncio installs them).
    public var asyncgenFirstIter: Value?, asyncgenFinalizer: Value?
    /// Heirs of dead async generators awaiting their finalizer call (see
    /// AsyncGenFinalization.swift).
    var pendingFinalizations: [(PyGenerator, Value)] = []
    /// Owners of weak references whose target died, awaiting their
    /// callback (Memory/WeakCallbacks.swift).
    var pendingWeakCallbacks: [Value] = []
    /// Objects whose `__del__` is due at the next instruction boundary
    /// (Memory/InstanceFinalizers.swift).
    var pendingDelCalls: [PyObject] = []
    /// Set once a class with `__del__` exists in this run.
    var definesFinalizers = false
    /// Set once a generator or coroutine suspends inside a `try`/`with`
    /// (exit finalization may then have one to close).
    var generatorsSuspendedInBlocks = false
    /// Set once the program itself (module `__main__`) defines one.
    var programDefinesFinalizers = false
    /// This run's weak-callback registry, once a callback exists.
    var weakCallbacks: WeakCallbacks?
    /// The access log of the scheduled step now running (DPOR and the race
    /// detector, Run/AccessLog.swift): set by the event loop only while a
    /// step is open, so the opcode hooks (`if let log = accessLog`) cost a
    /// nil check everywhere else, in particular in code outside asyncio.
    var accessLog: AccessLog?
    /// The run's access log, installed for the whole run (nil when nobody
    /// asked); the event loop reports scheduling to it and opens and closes
    /// steps through it.
    var installedAccessLog: AccessLog?
    /// Called every few thousand steps (the scheduler can hook trace/limits here).
    public var periodicHook: (() throws -> Void)?
    /// Called before every instruction while set (the trace's `detail:
    /// "lines"`); install it with `setStepHook`. It rides on the periodic
    /// check (run every instruction while a hook is set), so the dispatch
    /// loop itself has no extra branch.
    public private(set) var stepHook: (() throws -> Void)?
    /// Instructions between periodic checks: `RunCounters.interval`, or 1 with a step hook.
    private var checkInterval = Interpreter.baseCheckInterval
    /// The periodic check's interval without a step hook (shorter under
    /// INTERLEAVE_GC_STRESS, so collections fall between more instructions).
    static var baseCheckInterval: Int {
        CycleCollector.stress ? CycleCollector.stressInterval : RunCounters.interval
    }
    /// True from creation until the run's objects are released: this
    /// interpreter counts among its thread's cycle-collecting ones.
    private var collectsCycles = false
    /// Objects the thread's registry tracked when this interpreter started.
    private var trackedAtStart = 0
    /// False after `gc.disable()`: no collection starts on its own (the
    /// one before the memory limit still does).
    public var automaticCycleCollection = true
    let deadline: Deadline
    /// A limit hit while the uncaught exception was being reported (its
    /// `__str__` looping): the run ends with that limit, not the exception.
    var limitWhileReporting: LimitExceeded?
    /// Warm starts (Run/Warm/WarmImage.swift): the objects of the library
    /// image this run was given, nil for a fresh run; the image objects
    /// `id()` numbered during the run (reset when it ends); and the heap
    /// bytes of the image's import, which a fresh run would have counted.
    var warmMembers: Set<ObjectIdentifier>?
    var warmSerialsGiven: [PyObject] = []
    var heapOffset = 0
    /// Containers whose repr is in progress (recursive reprs print `[...]`).
    var reprActive = Set<ObjectIdentifier>()

    /// Creates an interpreter with the given limits.
    public init(limits: Limits = Limits()) {
        Builtins.bootstrap()
        self.limits = limits
        self.frameDepthLimit = min(Interpreter.defaultRecursionLimit, limits.depth)
        self.counters = UnsafeMutablePointer<RunCounters>.allocate(capacity: 1)
        self.counters.initialize(to: RunCounters())
        self.deadline = Deadline(seconds: limits.wallSeconds)
        self.heap = HeapMeter()
        self.builtins = Builtins.template.copy()
        // After the builtins: the template they copy is created on first
        // use and shared by every thread, so no registry may track it.
        CycleCollector.enter()
        collectsCycles = true
        trackedAtStart = CycleCollector.trackedCount
        counters.pointee.untilCheck = checkInterval
    }

    deinit {
        stopCollectingCycles()
        counters.deinitialize(count: 1)
        counters.deallocate()
    }

    /// Steps executed so far.
    public var steps: Int { counters.pointee.steps + (checkInterval - counters.pointee.untilCheck) }

    /// Installs (or with nil removes) the hook called before every instruction.
    public func setStepHook(_ hook: (() throws -> Void)?) {
        counters.pointee.steps += checkInterval - counters.pointee.untilCheck
        stepHook = hook
        checkInterval = hook == nil ? Interpreter.baseCheckInterval : 1
        counters.pointee.untilCheck = checkInterval
    }

    /// Appends program output, enforcing the output limit.
    public func write(_ text: String) throws {
        if let log = accessLog { log.stdout() }
        let n = text.utf8.count
        if outputCount + n > limits.outputBytes {
            let room = limits.outputBytes - outputCount
            if room > 0 {
                let part = String(decoding: text.utf8.prefix(room), as: UTF8.self)
                output += part
                outputObserver?(part)
                outputCount = limits.outputBytes
            }
            throw LimitExceeded(name: "output", value: limits.outputBytes)
        }
        outputCount += n
        output += text
        outputObserver?(text)
    }

    /// Removes and returns the output accumulated so far.
    public func takeOutput() -> String {
        defer { output = String() }
        return output
    }

    /// Bytes of memory this run holds: the exact heap use when the heap
    /// meter is exact, else the tracked estimate of large objects.
    public var memoryUsed: Int { HeapMeter.isExact ? heap.used + heapOffset : memory.used }

    /// Refuses an allocation of `bytes` that would take the run's memory
    /// past the limit (call before allocating anything large).
    @inline(__always)
    public func charge(_ bytes: Int) throws {
        if bytes < 65536 { return }
        if bytes > limits.memoryBytes || memoryUsed + bytes > limits.memoryBytes {
            throw LimitExceeded(name: "memory", value: limits.memoryBytes)
        }
    }

    /// Ends the run with the memory limit once its heap is past it, and
    /// remembers the largest heap seen (`heapPeak`).
    @inline(__always)
    func checkMemory() throws {
        let used = memoryUsed
        if used > heapPeak { heapPeak = used }
        if used > limits.memoryBytes {
            // Dropped cycles first: only live objects count against the limit.
            if collectCycles() > 0, memoryUsed <= limits.memoryBytes { return }
            throw LimitExceeded(name: "memory", value: limits.memoryBytes)
        }
    }

    /// Frees the reference cycles the program dropped (Memory/CycleCollector.swift);
    /// returns how many objects were unreachable.
    @discardableResult
    public func collectCycles() -> Int {
        guard collectsCycles else { return 0 }
        let found = CycleCollector.collect()
        CycleCollector.nextCollection = max(CycleCollector.minimumTracked, 2 * CycleCollector.trackedCount)
        return found
    }

    /// Leaves the thread's cycle collection (at the end of the run; the
    /// last interpreter of the thread untracks what survives). The run's
    /// teardown collects first (`collectingFirst`).
    func stopCollectingCycles(collectingFirst: Bool = false) {
        guard collectsCycles else { return }
        // Cycles the program dropped since the last collection would
        // outlive the run once the thread's registry forgets them (a
        // server worker leaked megabytes per request): the last
        // interpreter of the thread frees them first. An interpreter that
        // shares the thread with another (warm runs share their image's
        // registry) does so only when its run grew the registry by
        // thousands of objects: a small run's few leave the collection
        // of a shared registry to its next automatic one, which would
        // otherwise cost each exploration run a pass over the image.
        if collectingFirst,
           CycleCollector.isLastInterpreter || CycleCollector.trackedCount - trackedAtStart > 4_096 {
            CycleCollector.collect(finalizing: false)
        }
        collectsCycles = false
        CycleCollector.leave()
    }

    /// A `str` whose size counts against the memory limit while it lives.
    public func makeStr(_ s: String) throws -> Value {
        let bytes = s.utf8.count
        if bytes < 65536 { return .str(s) }
        try charge(bytes)
        let p = PyStr(s)
        p.track(memory, bytes)
        return .object(p)
    }

    /// A `list` whose size counts against the memory limit while it lives.
    public func makeList(_ items: [Value]) throws -> Value {
        let l = PyList(items)
        try retrack(l)
        return .object(l)
    }

    /// Re-measures a list that grew in place.
    public func retrack(_ l: PyList) throws {
        let bytes = l.items.count * 16
        if bytes < 65536 && l.chargedBytes == 0 { return }
        let delta = bytes - l.chargedBytes
        if delta > 0 { try charge(max(delta, 65536)) }
        l.track(memory, bytes)
    }

    /// Makes the next instruction run `periodicCheck` first (where queued
    /// finalizers and callbacks run), without counting the steps left in
    /// this interval twice.
    func checkBeforeNextInstruction() {
        counters.pointee.steps -= max(0, counters.pointee.untilCheck)
        counters.pointee.untilCheck = 0
    }

    /// What CPython's unraisable hook does with an exception raised where
    /// nothing can catch it (a finalizer, a weakref callback): reports it
    /// on stderr, naming `context`, with the exception's traceback and
    /// `Type: message` only (no chain, notes or group members), and the
    /// program goes on.
    func reportUnraisable(_ error: PyError, in context: String) {
        guard let sink = stderrSink else { return }
        let main = sourceLines.first
        let formatter = TracebackFormatter(vm: self, mainFile: main?.key ?? "", mainLines: main?.value ?? [])
        sink("Exception ignored in: \(context)\n" + formatter.formatUnraisable(error.exception))
    }

    /// Slow-path checks run every few thousand steps: steps, wall clock, hook.
    func periodicCheck() throws {
        counters.pointee.steps += checkInterval - counters.pointee.untilCheck
        counters.pointee.untilCheck = checkInterval
        if counters.pointee.steps > limits.steps {
            throw LimitExceeded(name: "steps", value: limits.steps)
        }
        if deadline.passed {
            throw LimitExceeded(name: "wall", value: Int(limits.wallSeconds * 1000))
        }
        try checkMemory()
        if CycleCollector.stress || (automaticCycleCollection && CycleCollector.trackedCount >= CycleCollector.nextCollection) {
            collectCycles()
        }
        if !pendingFinalizations.isEmpty { try runPendingFinalizations() }
        if !pendingDelCalls.isEmpty { try runPendingDelCalls() }
        if !pendingWeakCallbacks.isEmpty { try runPendingWeakCallbacks() }
        try stepHook?()
        try periodicHook?()
    }
}
