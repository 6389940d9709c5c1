/// Which shared state each scheduled step of a run touched: the input of
/// partial-order reduction (Exploration/DPORSearch.swift) and of the race
/// detector (Exploration/RaceDetector.swift).
///
/// A *step* is one handle run by the event loop: a task's slice between two
/// suspensions, a wakeup, or a `call_soon`/timer callback. The log records,
/// per step, the actor that ran (a task, or the callback handle itself), the
/// actors that were ready instead (the alternatives of the choice point),
/// the step that scheduled the handle (an enabling edge of happens-before),
/// and the shared locations read and written: module globals, attributes,
/// closure cells, container contents, futures, stdout.
///
/// DESIGN: the VM reports accesses through one-line hooks guarded by
/// `if let log = accessLog` (a nil check when no log is installed); they
/// are listed in the helper report of issue 13. Containers are tracked as a
/// whole (an item write conflicts with any read of the container): coarser
/// than per-key, never missing a conflict between two item accesses.
final class AccessLog {
    /// One shared location: an object and, for globals and attributes, the
    /// hash of the name (0 for a whole container, a cell, a future).
    ///
    /// Objects are numbered in the order the run first touches them, so a
    /// replayed prefix numbers its objects exactly as the run it replays
    /// (sleep sets compare steps of different runs). Numbers past a
    /// prefix may differ between runs: `Footprint.normalized` turns them
    /// into wildcards that match any object with the same name part.
    struct Key: Hashable {
        let object: Int
        let name: Int
        static let wildcard = -2
    }

    /// Serial of each object touched so far; the weak reference detects an
    /// address reused by a new object after the first one died.
    ///
    /// Objects of a warm run's library image (`pinned`) are held strongly
    /// instead: they outlive the run anyway, and a weak reference would
    /// give each of them a side table for the rest of the exploration,
    /// which sends every later retain and release of them down Swift's
    /// slow path.
    private struct Serial {
        weak var object: PyObject?
        var pinned: PyObject?
        let number: Int
    }
    private var serials: [ObjectIdentifier: Serial] = [:]
    /// The warm image's objects (Warm/WarmImage.swift), nil for a fresh run.
    var pinned: Set<ObjectIdentifier>?
    /// How many objects have a serial so far.
    private(set) var serialCount = 0

    /// Name parts of whole-object locations: a wildcard only matches
    /// locations of the same kind.
    enum Kind: Int { case cell = 1, future, handle, task, container, generator, loop, iterator }

    func key(_ o: PyObject, _ kind: Kind) -> Key {
        // Tasks and handles are numbered by their actor, stable across runs.
        if let t = o as? PyTask { return Key(object: -16 - 2 * t.id, name: Kind.task.rawValue) }
        if let h = o as? PyHandle {
            if h.logSerial == 0 { h.logSerial = nextSerial; nextSerial += 1 }
            return Key(object: -17 - 2 * h.logSerial, name: Kind.handle.rawValue)
        }
        if kind == .container && o is PyDict {
            let before = serialCount
            let k = key(o, kind.rawValue)
            wholeDict(k.object, fresh: serialCount > before)
            return k
        }
        return key(o, kind.rawValue)
    }

    func key(_ o: PyObject, _ name: Int) -> Key {
        let id = ObjectIdentifier(o)
        if let s = serials[id], s.pinned === o || s.object === o { return Key(object: s.number, name: name) }
        serialCount += 1
        if debugNames != nil { debugNames?[serialCount] = Self.debugName(o) }
        if pinned?.contains(id) == true {
            serials[id] = Serial(object: nil, pinned: o, number: serialCount)
        } else {
            serials[id] = Serial(object: o, pinned: nil, number: serialCount)
        }
        return Key(object: serialCount, name: name)
    }

    static let stdoutKey = Key(object: -1, name: 0)
    /// The run's counter of object identities (`id()`, identity hashes,
    /// default reprs number objects in the order first asked).
    static let identityKey = Key(object: -3, name: 0)

    /// Debugging (`INTERLEAVE_DPOR_DEBUG=1`): what each serial numbers.
    var debugNames: [Int: String]?
    var debugAttributes: [Int: String] = [:]

    private static func debugName(_ o: PyObject) -> String {
        if let m = o as? PyModule { return "module \(m.name)" }
        if let t = o as? PyType { return "class \(t.name)" }
        return o.type.name
    }

    var steps: [Step] = []
    /// The step being run, or nil between steps.
    private(set) var open: Int?
    /// The interpreter of the run (set when the log is installed): the
    /// hooks without a source position ask it for the running frame.
    weak var vm: Interpreter?
    /// Per iterator or generator (by serial) advanced by one actor so far:
    /// the steps that advanced it (`AccessLog+Native`).
    var privateAdvances: [Int: [Int]] = [:]
    /// Iterators and generators (by serial) advanced by two actors or more.
    var sharedIterators = Set<Int>()
    /// Dicts (by serial) accessed as a whole so far (`AccessLog+Native`).
    var wholeDicts = Set<Int>()
    private var nextSerial = 1
    private var epoch = 0
    private var lastLoop: ObjectIdentifier?
    private var lastTime = 0.0
    /// The program's file: accesses from its frames are user accesses.
    private let userFilename: String
    private var lastCode: ObjectIdentifier?
    private var lastCodeIsUser = false
    /// Keeps user-access recording off for exploration-only logs.
    let recordUser: Bool
    /// Beyond this many steps the log stops recording accesses (the run
    /// goes on; exploration treats the run as unanalysable).
    let maxSteps: Int
    private(set) var overflowed = false

    /// Exploration only: record the ready alternatives of every step (costs
    /// the length of the ready queue per step; beyond `maxEnabled` ready
    /// handles the log overflows: such runs are too big to reduce anyway).
    let recordsEnabled: Bool
    static let maxEnabled = 1000

    init(userFilename: String, recordUser: Bool = true, recordsEnabled: Bool = false, maxSteps: Int = 20_000) {
        self.userFilename = userFilename
        self.recordUser = recordUser
        self.recordsEnabled = recordsEnabled
        self.maxSteps = maxSteps
    }

    // MARK: sleep sets (exploration)

    /// The step index from which `sleeping` applies (Int.max: never).
    private var sleepStart = Int.max
    var sleeping: [Int: Footprint] = [:]
    /// Steps already taken into account in `sleeping`.
    private var settled = -1
    private var offered: ReadyQueue?
    /// True when the scheduler should ask `steer(among:)`.
    private(set) var steers = false

    /// Objects numbered up to this are the same in every run sharing the prefix.
    private(set) var stableSerials = 0

    /// From step `start` on, `actors` sleep: past the replayed prefix the
    /// scheduler avoids them until a conflicting step wakes them. Their
    /// footprints are normalized against the objects numbered before step
    /// `start` (`stable`).
    func sleep(from start: Int, stable: Int, _ actors: [Int: Footprint]) {
        sleepStart = start
        stableSerials = stable
        sleeping = actors
        steers = true
    }

    /// Drops from the sleep set the actors the last finished step conflicts with.
    private func settle() {
        let last = steps.count - 1
        guard last > settled, last >= sleepStart else { return }
        settled = last
        let done = steps[last]
        sleeping[done.actor] = nil
        if sleeping.isEmpty { return }
        let footprint = done.footprint.normalized(stable: stableSerials)
        sleeping = sleeping.filter { $0.value.commutes(with: footprint) }
    }

    /// Records the trace's choice points when set (traced runs).
    var choicePoints: ChoicePoints?

    /// The ready queue at a choice point, before the choice.
    func offer(_ ready: ReadyQueue, _ loop: PyLoop, _ vm: Interpreter) {
        if steers { offered = ready }
        if let choicePoints { choicePoints.offer(ready, loop: loop, vm: vm) }
    }

    /// Randomized priority scheduling (PCTScheduler.swift): the log then
    /// only names the ready actors and counts steps; it records nothing.
    private(set) var pct: PCTScheduler?

    /// Makes this log a PCT scheduler for its run.
    func schedule(with pct: PCTScheduler) {
        self.pct = pct
        steers = true
    }

    /// The first ready handle whose actor is awake, past the replayed prefix
    /// (or PCT's pick).
    func steer(among count: Int) -> Int? {
        defer { offered = nil }
        if let pct {
            guard let ready = offered, ready.handles.count == count else { return nil }
            return pct.choose(ready.handles.map(actor(of:)))
        }
        guard steps.count > sleepStart, let ready = offered else { return nil }
        settle()
        if sleeping.isEmpty { return nil }
        let handles = ready.handles
        guard handles.count == count else { return nil }
        return handles.firstIndex { sleeping[actor(of: $0)] == nil }
    }

    // MARK: scheduling hooks (Asyncio/NativeLoop.swift)

    /// A handle was queued by the running step: the enabling edge.
    func scheduled(_ handle: PyHandle) {
        if handle.logSerial == 0 { handle.logSerial = nextSerial; nextSerial += 1 }
        handle.logEnabler = open ?? -1
    }

    /// The loop is about to run the ready handle at `index` of `ready`.
    func beginStep(_ loop: PyLoop, _ ready: ReadyQueue, index: Int) {
        open = nil
        if let pct {
            pct.stepTaken()
            return
        }
        if let choicePoints { choicePoints.commit(index) }
        if steps.count >= maxSteps || (recordsEnabled && ready.count > Self.maxEnabled) {
            overflowed = true
            return
        }
        guard let handle = ready.handle(at: index) else { return }
        let loopID = ObjectIdentifier(loop)
        if loopID != lastLoop || loop.now != lastTime {
            if lastLoop != nil { epoch += 1 }
            lastLoop = loopID
            lastTime = loop.now
        }
        let enabled = recordsEnabled ? ready.handles.map(actor(of:)) : []
        var step = Step(actor: actor(of: handle), enabled: enabled, chosen: index,
                        enabler: handle.logEnabler, epoch: epoch)
        if steers && steps.count > sleepStart {
            settle()
            step.sleep = sleeping
        }
        step.serialsBefore = serialCount
        if case .call(let fn, let args)? = handle.action {
            for target in nativeCallbackTargets(fn, args) { step.writes.insert(key(target, Kind.container)) }
            // A native callback may test a future it is given without a
            // hook (`_set_result_unless_cancelled` checks for a cancel).
            if case .object(let f) = fn, f is PyBuiltinFunction {
                for case .object(let future as PyFuture) in args { step.reads.insert(key(future, Kind.future)) }
            }
        }
        step.reads.insert(key(handle, Kind.handle))
        // Every step runs only while its loop runs: `loop.stop()` conflicts with it.
        step.reads.insert(key(loop, Kind.loop))
        commutative = nil
        settledObjects = []
        userRanInCommutative = false
        if case .call(let fn, let args)? = handle.action, let c = CommutativeCallbacks.commutation(fn, args) {
            // An object's attributes are keyed by its namespace dict.
            commutative = Set(c.objects.flatMap { [key($0, Kind.future).object, key(Self.namespace($0), 0).object] })
            settledObjects = Set(c.settled.flatMap { [key($0, Kind.future).object, key(Self.namespace($0), 0).object] })
            enablesAfterAll = c.enablesAfterAll
        }
        if let task = handle.task {
            step.reads.insert(key(task, Kind.task))
            if recordUser {
                step.taskName = task.name.stringValue
                step.taskID = task.id
            }
        }
        steps.append(step)
        open = steps.count - 1
    }

    /// The step's handle returned.
    func endStep() {
        if let objects = commutative, let i = open, !userRanInCommutative { makeAdds(i, objects) }
        commutative = nil
        open = nil
    }

    /// Objects (key numbers) whose accesses in the open step are adds
    /// (`CommutativeCallbacks`), nil for an ordinary step.
    private var commutative: Set<Int>?
    /// Objects whose reads the open commutative step does not record.
    private var settledObjects: Set<Int> = []
    private var enablesAfterAll = false
    /// True when program code ran during a commutative step: its accesses
    /// then stay reads and writes.
    private var userRanInCommutative = false

    /// Turns the open step's accesses to `objects` into adds.
    private func makeAdds(_ i: Int, _ objects: Set<Int>) {
        var step = steps[i]
        for k in step.writes.union(step.reads) where objects.contains(k.object) {
            step.writes.remove(k)
            step.reads.remove(k)
            step.adds.insert(k)
        }
        for k in step.reads where settledObjects.contains(k.object) && !step.writes.contains(k) { step.reads.remove(k) }
        step.enablesAfterAdds = enablesAfterAll
        steps[i] = step
    }

    /// Notes program code running inside a commutative step.
    @inline(__always)
    private func checkCommutative(_ code: CodeObject) {
        if commutative != nil && isUser(code) { userRanInCommutative = true }
    }

    /// The event loop starts running (`run_forever`, `run_until_complete`):
    /// its steps cannot run before those of an earlier run of a loop.
    func loopStarted() {
        if !steps.isEmpty { epoch += 1 }
        lastLoop = nil
    }

    /// `loop.stop()` in the open step: it conflicts with every step of the
    /// loop, and the handles still ready may be cut off (`Step.stopsLoop`).
    func loopStopped(_ loop: PyLoop) {
        guard let i = open else { return }
        steps[i].writes.insert(key(loop, Kind.loop))
        steps[i].stopsLoop = true
    }

    /// A named part of a native object's state (a task's name) read or written.
    func attributeState(_ o: PyObject, _ name: String, write: Bool) {
        guard open != nil else { return }
        record(key(o, name.hashValue), write: write)
    }

    /// True while a step is being recorded (the VM's opcode hooks are on).
    var isStepOpen: Bool { open != nil }

    /// Containers a native callback may mutate without passing an opcode
    /// hook (`loop.call_soon(items.append, x)`): its bound receiver and its
    /// container arguments count as written by the callback's step.
    private func nativeCallbackTargets(_ fn: Value, _ args: [Value]) -> [PyObject] {
        guard case .object(let f) = fn else { return [] }
        var receiver: Value?
        if let bound = f as? PyBoundMethod {
            guard case .object(let inner) = bound.function, !(inner is PyFunction) else { return [] }
            receiver = bound.receiver
        } else if let builtin = f as? PyBuiltinFunction {
            receiver = builtin.boundSelf
        } else {
            return []
        }
        var out: [PyObject] = []
        for v in [receiver ?? .none] + args {
            if case .object(let o) = v, Self.isMutableContainer(o) { out.append(o) }
        }
        return out
    }

    private func actor(of handle: PyHandle) -> Int {
        if let task = handle.task { return 2 * task.id }
        if handle.logSerial == 0 { handle.logSerial = nextSerial; nextSerial += 1 }
        return 2 * handle.logSerial + 1
    }

    // MARK: access hooks (VM)

    @inline(__always)
    func record(_ key: Key, write: Bool) {
        guard let i = open else { return }
        if write { steps[i].writes.insert(key) } else { steps[i].reads.insert(key) }
    }

    func isUser(_ code: CodeObject) -> Bool {
        let id = ObjectIdentifier(code)
        if id != lastCode {
            lastCode = id
            lastCodeIsUser = code.filename == userFilename
        }
        return lastCodeIsUser
    }

    func recordUser(_ key: Key, write: Bool, _ label: @autoclosure () -> String,
                            _ code: CodeObject, _ pc: Int, item: Int? = nil) {
        guard recordUser, let i = open, isUser(code) else { return }
        let at = max(0, min(pc - 1, code.lines.count - 1))
        let line = code.lines.isEmpty ? code.firstLine : Int(code.lines[at])
        var access = UserAccess(key: key, isWrite: write, label: label(), line: line, item: item)
        if !write { access.isCheck = Self.feedsBranch(code, pc) }
        steps[i].user.append(access)
    }

    /// `LOAD_GLOBAL` / `STORE_GLOBAL` / `DELETE_GLOBAL` of `name` in `globals`.
    func global(_ globals: PyDict, _ name: PyStr, write: Bool, _ code: CodeObject, _ pc: Int) {
        guard open != nil else { return }
        checkCommutative(code)
        if debugNames != nil { debugAttributes[name.value.hashValue] = name.value }
        let key = key(globals, name.value.hashValue)
        record(key, write: write)
        if wholeDicts.contains(key.object) { record(Key(object: key.object, name: Kind.container.rawValue), write: write) }
        recordUser(key, write: write, name.value, code, pc)
    }

    /// A closure cell read or written (`nonlocal` state shared by tasks).
    func cell(_ cell: PyCell, write: Bool, _ code: CodeObject, _ pc: Int, index: Int) {
        guard open != nil else { return }
        checkCommutative(code)
        let key = key(cell, Kind.cell)
        record(key, write: write)
        recordUser(key, write: write, Self.cellName(code, index), code, pc)
    }

    private static func cellName(_ code: CodeObject, _ i: Int) -> String {
        if i < code.cellNames.count { return code.cellNames[i] }
        let j = i - code.cellNames.count
        return j < code.freeNames.count ? code.freeNames[j] : "<cell>"
    }

    /// An attribute of `object` read, written or deleted.
    func attribute(_ object: Value, _ name: PyStr, write: Bool, _ code: CodeObject, _ pc: Int) {
        guard open != nil, case .object(let o) = object else { return }
        checkCommutative(code)
        // `f = items.append`: a container's bound method, called later in this step.
        if Self.isMutableContainer(o) { method(object, name, code, pc) }
        if debugNames != nil { debugAttributes[name.value.hashValue] = name.value }
        // An object's attributes are items of its namespace dict, which
        // `o.__dict__`, `vars(o)` and `globals()` also reach as a whole.
        let key = key(Self.namespace(o), name.value.hashValue)
        record(key, write: write)
        if !write { classRead(o, name) }
        if wholeDicts.contains(key.object) { record(Key(object: key.object, name: Kind.container.rawValue), write: write) }
        if recordUser && isAsyncioObject(o) { syncKeys.insert(key) }
        recordUser(key, write: write, Self.attributeLabel(o, name.value), code, pc)
    }

    /// The object attributes of `o` are keyed by: its namespace dict when
    /// it has one (`o.__dict__`, `vars(o)`, a module's globals reach the
    /// same dict), else `o` (classes, objects with slots, natives).
    static func namespace(_ o: PyObject) -> PyObject {
        o is PyType ? o : (o.dict ?? o)
    }

    /// Attributes of asyncio's own objects (Lock, Event, Queue, ...) order
    /// steps for the race detector; the program's data does not.
    private var syncKeys = Set<Key>()
    private var asyncioTypes: [ObjectIdentifier: Bool] = [:]

    private func isAsyncioObject(_ o: PyObject) -> Bool {
        let t = o.type
        if let known = asyncioTypes[ObjectIdentifier(t)] { return known }
        let answer = t.moduleName == "asyncio" || t.moduleName.hasPrefix("asyncio.")
        asyncioTypes[ObjectIdentifier(t)] = answer
        return answer
    }

    /// True for locations that synchronise tasks: futures, tasks, handles
    /// and the attributes of asyncio's objects.
    func isSynchronisation(_ key: Key) -> Bool {
        key.object < 0 ? key != Self.stdoutKey && key != Self.identityKey
            : (syncKeys.contains(key) || key.name == Kind.future.rawValue)
    }

    private static func attributeLabel(_ o: PyObject, _ name: String) -> String {
        if let m = o as? PyModule { return "\(m.name).\(name)" }
        if let t = o as? PyType { return "\(t.name).\(name)" }
        return "\(o.type.name).\(name)"
    }

    /// A method looked up on a builtin container: a mutation unless the
    /// method only reads (conservative: unknown names count as writes).
    func method(_ object: Value, _ name: PyStr, _ code: CodeObject, _ pc: Int) {
        guard open != nil, case .object(let o) = object else { return }
        guard Self.isMutableContainer(o) else {
            if o is PyInstance || o is PyType || o is PyModule {
                checkCommutative(code)
                record(key(Self.namespace(o), name.value.hashValue), write: false)
                classRead(o, name)
            }
            return
        }
        checkCommutative(code)
        let write = !Self.readOnlyMethods.contains(name.value)
        let key = key(o, Kind.container)
        record(key, write: write)
        recordUser(key, write: write, "\(o.type.name).\(name.value)()", code, pc)
    }

    private static let readOnlyMethods: Set<String> = [
        "count", "index", "copy", "get", "keys", "values", "items", "issubset", "issuperset",
        "isdisjoint", "union", "intersection", "difference", "symmetric_difference",
        "__len__", "__contains__", "__getitem__", "__iter__",
    ]

    /// A subscript read, store or delete on a container.
    ///
    /// `index` is the subscript (the element for `in`): the reduction keeps
    /// the container whole, the race detector tells items with an int or
    /// str subscript apart (`counts[i]` of two tasks with their own `i`).
    func item(_ container: Value, write: Bool, _ code: CodeObject, _ pc: Int, index: Value? = nil) {
        guard open != nil, case .object(var o) = container else { return }
        // `k in d.keys()`: the view's dict.
        if let view = o as? PyDictView { o = view.target }
        guard Self.isMutableContainer(o) || o is PyInstance else { return }
        checkCommutative(code)
        let key = key(o, Kind.container)
        record(key, write: write)
        recordUser(key, write: write, "\(o.type.name) contents", code, pc, item: index.flatMap(Self.itemIdentity))
    }

    /// A subscript the race detector can compare across steps: ints and
    /// strings (by value); nil for anything else (then the whole container).
    static func itemIdentity(_ v: Value) -> Int? {
        switch v {
        case .int(let i): return i.hashValue
        case .bool(let b): return (b ? 1 : 0).hashValue
        default: return v.stringValue.map { $0.hashValue ^ 0x5bd1e995 }
        }
    }

    /// A whole-container read without source position (`len`, truth, `in`, iteration).
    func containerRead(_ v: Value) {
        guard open != nil, case .object(var o) = v else { return }
        if let view = o as? PyDictView { o = view.target }
        guard Self.isMutableContainer(o) else { return }
        record(key(o, Kind.container), write: false)
    }

    /// A call that reached the generic call path (natives, classes, calls
    /// with keywords): a native callee may read its container arguments,
    /// nested ones included (`print(items)`, `sorted(d)`, `str(state)`).
    func call(_ callee: Value, _ args: Args) {
        guard open != nil else { return }
        if case .object(let f) = callee, f is PyFunction { return }
        // A builtin method called unbound gets its receiver first: the
        // method hook already recorded what the call does to it.
        if case .object(let f) = callee, let builtin = f as? PyBuiltinFunction, builtin.boundSelf == nil {
            reflect(builtin.name, args)
            if recordUser && !builtin.isMethod && Self.checkBuiltins.contains(builtin.name) { userReads(args) }
        }
        for a in args.positional { deepRead(a) }
        for (_, v) in args.keywords { deepRead(v) }
    }

    /// Operands of a binary operator or comparison on containers (`a == b`,
    /// `items + more`); an in-place operator (`items += more`) writes `a`.
    func operands(_ a: Value, _ b: Value, inplace: Bool) {
        guard open != nil else { return }
        if inplace, case .object(let o) = a, Self.isMutableContainer(o) {
            record(key(o, Kind.container), write: true)
        }
        deepRead(a)
        deepRead(b)
    }

    /// Reads `v` and the containers inside it (bounded: a repr or a
    /// comparison reads them all).
    func deepRead(_ v: Value) {
        guard open != nil, case .object(let root) = v else { return }
        var pending = [root]
        var visited = 0
        while let o = pending.popLast(), visited < 256 {
            visited += 1
            let items: [Value]
            switch o {
            case let l as PyList: items = l.items
            case let t as PyTuple: items = t.items
            case let d as PyDict: items = d.items.flatMap { [$0.0, $0.1] }
            case let s as PySet: items = s.elements
            case let q as PyDeque: items = Array(q.elements)
            case let view as PyDictView: pending.append(view.target); continue
            default: continue
            }
            if !(o is PyTuple) { record(key(o, Kind.container), write: false) }
            for case .object(let inner) in items where inner is PyList || inner is PyTuple || inner is PyDict
                || inner is PySet || inner is PyDeque {
                pending.append(inner)
            }
        }
    }

    static func isMutableContainer(_ o: PyObject) -> Bool {
        o is PyList || o is PyDict || o is PySet || o is PyDeque || o is PyByteArray
    }

    /// Text written to stdout: every print conflicts with every other.
    func stdout() { record(Self.stdoutKey, write: true) }

    /// An object got its identity (`Interpreter.identity(of:)`): which
    /// number it gets depends on how many were given before, so two steps
    /// that number objects do not commute.
    func identityAssigned() { record(Self.identityKey, write: true) }

    /// A native object's whole state read or changed: a future or task,
    /// a callback handle (cancel), a random generator.
    func state(_ f: PyObject, write: Bool) {
        guard open != nil else { return }
        record(key(f, f is PyFuture ? Kind.future : Kind.generator), write: write)
    }
}
