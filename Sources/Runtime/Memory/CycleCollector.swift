import CRuntimeSupport

/// Frees reference cycles a program dropped, while it runs.
///
/// DESIGN: objects are reference counted (OBJECTS.md, "Memory model"), so
/// a cycle (a tree whose nodes point at their parent, an instance holding
/// its own bound method, a closure cell holding the function) keeps itself
/// alive after the program lets go of it. Until the run ended, such a
/// program ran into the memory limit where CPython uses a few megabytes.
/// This is CPython's cycle detection by trial deletion, over Swift's own
/// counts:
///
/// 1. Every container object a run creates (instances, dicts, lists,
///    tuples, sets, cells, functions, bound methods, generators,
///    coroutines, exceptions, futures, tasks and user classes) is tracked in its thread's
///    registry (`CRuntimeSupport/cycle_registry.c`): an unretained slot,
///    given back by the object's deinit.
/// 2. A collection reads each tracked object's strong reference count,
///    then subtracts one for every reference that another tracked object
///    holds (`visitReferences`). What remains counts the references from
///    everything else: frames, the operand stacks, generators, modules,
///    native code's locals, the runtime's own tables. Objects with any such
///    reference are roots; everything reachable from a root through tracked
///    references survives.
/// 3. The rest is unreachable: the collector empties those objects'
///    containers (`clear`), and reference counting frees them. Instances
///    with a `__del__` still due are finalized first, and nothing they
///    reach is cleared in that collection (Memory/InstanceFinalizers.swift).
///
/// Why it is safe with untrusted programs: a reference the traversal does
/// not report only makes its target look externally held, so missing one
/// can keep garbage alive but never frees a live object; and "freeing" is
/// emptying containers through ordinary Swift assignments, never a manual
/// deallocation. What must hold is the converse: every reported reference
/// is one strong reference the object's own storage holds. Swift arrays
/// share storage between copies (a tuple made from a list's items), so a
/// buffer's elements are reported once per collection (`seenBuffers`). A
/// negative remainder would mean a reported reference that does not exist:
/// the collection then frees nothing and the collector stops for good
/// (and under INTERLEAVE_GC_STRESS the process stops, so tests catch it).
///
/// When: at the interpreter's periodic check once the registry has doubled
/// since the last collection (at least `minimumTracked` objects, so the
/// work stays linear in the allocations), and before the memory limit is
/// declared exceeded. Every phase is a loop over slots and a work list,
/// never a recursion on the depth of the object graph. Under
/// INTERLEAVE_GC_STRESS every periodic check collects, and the check comes
/// every `stressInterval` instructions.
enum CycleCollector {
    /// Tracked objects below which no collection starts on its own.
    static let minimumTracked = 20_000
    /// Instructions between periodic checks under INTERLEAVE_GC_STRESS.
    static let stressInterval = 509
    /// True when INTERLEAVE_GC_STRESS is set.
    static let stress = interleave_gc_stress() != 0

    /// Records a new container object in this thread's registry (no-op
    /// when no interpreter is alive on the thread).
    @inline(__always)
    static func track(_ o: PyObject) {
        let slot = interleave_gc_track(Unmanaged.passUnretained(o).toOpaque())
        if slot >= 0 { o.collectorSlot = Int(slot) }
    }

    /// Forgets `o` (from its deinit, or for objects shared between threads).
    static func untrack(_ o: PyObject) {
        let slot = o.collectorSlot
        guard slot >= 0 else { return }
        o.collectorSlot = -1
        var movedSlot: Int64 = 0
        guard let moved = interleave_gc_untrack(Unmanaged.passUnretained(o).toOpaque(), Int64(slot), &movedSlot) else {
            if stress && interleave_gc_poisoned() != 0 {
                fatalError("cycle collector: an object was freed off the thread that tracked it")
            }
            return
        }
        Unmanaged<PyObject>.fromOpaque(moved)._withUnsafeGuaranteedRef { $0.collectorSlot = Int(movedSlot) }
    }

    /// An interpreter starts on this thread.
    static func enter() { interleave_gc_enter() }

    /// An interpreter of this thread is done: when it was the last one,
    /// whatever is still tracked is untracked (it may outlive the run and
    /// die anywhere).
    static func leave() {
        guard interleave_gc_leave() != 0 else { return }
        if interleave_gc_poisoned() == 0 {
            var count: Int64 = 0
            if let slots = interleave_gc_slots(&count) {
                for i in 0..<Int(count) {
                    guard let raw = slots[i] else { continue }
                    Unmanaged<PyObject>.fromOpaque(raw)._withUnsafeGuaranteedRef { $0.collectorSlot = -1 }
                }
            }
        }
        interleave_gc_reset()
    }

    /// The registry size at which this thread's next automatic collection
    /// starts: twice what survived the last one (at least `minimumTracked`).
    static var nextCollection: Int {
        get { max(minimumTracked, Int(interleave_gc_next_collection())) }
        set { interleave_gc_set_next_collection(Int64(newValue)) }
    }

    /// Shared array buffers the last collection on this thread remembered
    /// (teardown collections excepted).
    static var lastRememberedBuffers: Int { Int(interleave_gc_last_remembered()) }

    /// Objects tracked on this thread now.
    static var trackedCount: Int {
        var count: Int64 = 0
        _ = interleave_gc_slots(&count)
        return Int(count)
    }

    /// True when the calling interpreter is the only one alive on this
    /// thread (its end untracks whatever is still tracked).
    static var isLastInterpreter: Bool { interleave_gc_interpreters() <= 1 }

    /// Runs one collection; returns how many objects it found unreachable.
    /// At a run's teardown (`finalizing` false) nothing is finalized or
    /// closed any more: every unreachable object is emptied.
    @discardableResult
    static func collect(finalizing: Bool = true) -> Int {
        guard interleave_gc_poisoned() == 0 else { return 0 }
        var count64: Int64 = 0
        guard let slots = interleave_gc_slots(&count64), count64 > 0 else { return 0 }
        let n = Int(count64)
        // 1. Strong counts, read before this function holds any reference,
        // 2. minus the references tracked objects hold to each other.
        var subtract = ReferenceVisitor(mode: .subtract, slots: slots, count: n)
        for i in 0..<n {
            guard let raw = slots[i] else { return 0 }
            subtract.counts[i] = Int32(truncatingIfNeeded: interleave_strong_count(raw))
        }
        for i in 0..<n {
            guard let raw = slots[i] else { return 0 }
            Unmanaged<PyObject>.fromOpaque(raw)._withUnsafeGuaranteedRef { subtract.visitReferences(of: $0) }
        }
        if subtract.counts.contains(where: { $0 < 0 }) {
            interleave_gc_poison()
            if stress { fatalError("cycle collector: a reported reference does not exist") }
            return 0
        }
        // 3. Everything reachable from an object referenced from outside.
        var mark = ReferenceVisitor(mode: .mark, slots: slots, count: n)
        for i in 0..<n where subtract.counts[i] > 0 { mark.reach(i) }
        // (A teardown's collection leaves the statistic of the run's last one.)
        if finalizing { interleave_gc_note_remembered(Int64(subtract.rememberedBuffers)) }
        subtract = ReferenceVisitor(mode: .subtract, slots: slots, count: 0)
        mark.propagate()
        // 4. The rest is garbage: hold it, empty it, let it go.
        var garbage: [PyObject] = []
        for i in 0..<n where !mark.reached[i] {
            guard let raw = slots[i] else { continue }
            garbage.append(Unmanaged<PyObject>.fromOpaque(raw).takeUnretainedValue())
        }
        // Instances whose __del__ is due are finalized first, with their
        // attributes intact: what they reach is not cleared this time (a
        // finalizer may resurrect it), and a later collection frees what
        // is still unreachable then; the rest of the garbage goes now
        // (Memory/InstanceFinalizers.swift).
        // Generators suspended in a try/with are closed the same way.
        var dying = garbage.compactMap { ($0 as? PyInstance).flatMap { $0.needsFinalizer ? $0 : nil } }
        if !dying.isEmpty, !finalizing || !(WeakCallbacks.currentInterpreter?.definesFinalizers ?? false) { dying = [] }
        var closing = garbage.compactMap { ($0 as? PyGenerator).flatMap { $0.needsClose ? $0 : nil } }
        if !closing.isEmpty, !finalizing || PyGenerator.finalizationHook == nil { closing = [] }
        if !dying.isEmpty || !closing.isEmpty {
            var kept = ReferenceVisitor(mode: .mark, slots: slots, count: n)
            for o in dying { kept.reach(o.collectorSlot) }
            for g in closing { kept.reach(g.collectorSlot) }
            kept.propagate()
            garbage.removeAll { kept.reached[$0.collectorSlot] }
            if let vm = WeakCallbacks.currentInterpreter { for o in dying { vm.scheduleDelCall(o) } }
            for g in closing { g.scheduleClose() }
        }
        for o in garbage { clear(o) }
        let found = garbage.count
        garbage.removeAll()
        return found
    }

    /// The objects with a finalizer still due (instances with `__del__`,
    /// generators suspended in `try`/`with`) reachable from `root`, in the
    /// order CPython's shutdown collection finalizes the main module's
    /// objects: breadth first from the namespace, a dict's values in order,
    /// a list's items from the last (CPython's `list_traverse`). Objects
    /// reached only through `stops` (the other modules' namespaces) are
    /// not walked: their modules are not the program's.
    static func finalizationOrder(from root: PyObject, stops: [PyObject]) -> [PyObject] {
        guard interleave_gc_poisoned() == 0 else { return [] }
        var count64: Int64 = 0
        guard let slots = interleave_gc_slots(&count64), count64 > 0 else { return [] }
        var walk = ReferenceVisitor(mode: .mark, slots: slots, count: Int(count64))
        for stop in stops where stop !== root { _ = walk.reachObject(stop) }
        walk.work.removeAll()
        guard walk.reachObject(root) else { return [] }
        var queue = walk.work
        walk.work.removeAll()
        var head = 0
        var order: [PyObject] = []
        while head < queue.count {
            let i = Int(queue[head])
            head += 1
            guard let raw = slots[i] else { continue }
            let o = Unmanaged<PyObject>.fromOpaque(raw).takeUnretainedValue()
            if ((o as? PyInstance)?.needsFinalizer ?? false) || ((o as? PyGenerator)?.needsClose ?? false) {
                order.append(o)
            }
            walk.visitReferences(of: o)
            if o is PyList { walk.work.reverse() }
            queue.append(contentsOf: walk.work)
            walk.work.removeAll(keepingCapacity: true)
        }
        return order
    }

    /// Drops the references an unreachable object holds.
    private static func clear(_ o: PyObject) {
        switch o {
        case let d as PyDict: d.clearForCollector()
        case let l as PyList: if !l.items.isEmpty { DeepRelease.release(&l.items, leaving: []) }
        case let t as PyTuple: t.clearForCollector()
        case let c as PyCell: if c.value != nil { DeepRelease.release(&c.value, leaving: nil) }
        case let s as PySet: s.clearForCollector()
        case let f as PyFunction: f.clearForCollector()
        case let m as PyBoundMethod: m.clearForCollector()
        case let e as PyException: e.clearForCollector()
        case let h as FrameHold: h.clearForCollector()
        case let f as PyFuture: f.clearForCollector()
        // Also unlinks it from its bases' subclass lists, which hold it unretained.
        case let t as PyType: t.detachForTeardown()
        // Closing would run no code in these (see `clearForCollector`);
        // the ones whose closing runs code were closed instead.
        case let g as PyGenerator: g.clearForCollector()
        default: break
        }
    }
}

/// Walks the references one tracked object holds to other tracked objects,
/// either counting them (`subtract`) or spreading reachability (`mark`).
struct ReferenceVisitor {
    enum Mode { case subtract, mark }
    let mode: Mode
    /// The registry's slots as the collection found them, and their number.
    let slots: UnsafePointer<UnsafeMutableRawPointer?>
    let count: Int
    /// Per slot (subtract mode): the strong count the collector stored,
    /// minus one per reference a tracked object holds. 32 bits: Swift's
    /// strong counts have 30, and a collection over millions of objects
    /// should not need more memory than necessary (the limit may be near).
    var counts: [Int32]
    /// Reached slots and the slots whose references are still to visit (mark mode).
    var reached: [Bool]
    var work: [Int32] = []
    /// Array storage already reported in this collection: copies of an
    /// array share one buffer, which holds one reference per element.
    /// Buffers read through the field that holds them are remembered only
    /// when something else holds them too (`firstVisit(field:)`), so the
    /// set stays small with millions of lists, tuples and dicts.
    private var seenBuffers = Set<UnsafeRawPointer>()
    /// How many buffers this collection had to remember (a statistic).
    var rememberedBuffers: Int { seenBuffers.count }

    init(mode: Mode, slots: UnsafePointer<UnsafeMutableRawPointer?>, count: Int) {
        self.mode = mode
        self.slots = slots
        self.count = count
        counts = mode == .subtract ? [Int32](repeating: 0, count: count) : []
        reached = mode == .mark ? [Bool](repeating: false, count: count) : []
    }

    /// Marks slot `i` reachable and queues its references.
    mutating func reach(_ i: Int) {
        if !reached[i] { reached[i] = true; work.append(Int32(truncatingIfNeeded: i)) }
    }

    /// Marks `o` reachable and queues it, when this registry tracks it.
    mutating func reachObject(_ o: PyObject) -> Bool {
        let i = o.collectorSlot
        guard i >= 0 && i < count, slots[i] == Unmanaged.passUnretained(o).toOpaque() else { return false }
        reach(i)
        return true
    }

    /// Reaches everything the queued slots reference, transitively (mark mode).
    mutating func propagate() {
        while let w = work.popLast() {
            let i = Int(w)
            guard let raw = slots[i] else { continue }
            Unmanaged<PyObject>.fromOpaque(raw)._withUnsafeGuaranteedRef { visitReferences(of: $0) }
        }
    }

    /// Reports every reference `o`'s storage holds.
    mutating func visitReferences(of o: PyObject) {
        if let d = o.dict { edge(d) }
        if let t = o.typeStorage { edge(t) }
        switch o {
        case let d as PyDict:
            d.visitStorage { field in
                guard firstVisit(field: field) else { return }
                field.pointee.withUnsafeBufferPointer { p in
                    for slot in p { if let k = slot.key { edge(k) }; edge(slot.value) }
                }
            }
        case let l as PyList: withUnsafeMutablePointer(to: &l.items) { edges(field: $0) }
        case let t as PyTuple: t.visitStorage { edges(field: $0) }
        case let c as PyCell: if let v = c.value { edge(v) }
        case let s as PySet:
            if firstVisit(storage: s.tableStorage) { s.forEachStoredKey { edge($0) } }
        case let f as PyFunction:
            edge(f.globals)
            edges(f.defaults)
            if firstVisit(of: f.closure) { for cell in f.closure { edge(cell) } }
        case let m as PyBoundMethod:
            edge(m.function)
            edge(m.receiver)
        case let e as PyException:
            withUnsafeMutablePointer(to: &e.args) { edges(field: $0) }
            if let c = e.cause { edge(c) }
            if let c = e.context { edge(c) }
            edge(e.payload)
            withUnsafeMutablePointer(to: &e.traceback) { field in
                guard firstVisit(field: field) else { return }
                for entry in field.pointee { if let h = entry.hold { edge(h) } }
            }
        case let h as FrameHold:
            if let base = h.locals { for i in 0..<h.localCount { if let v = base[i] { edge(v) } } }
            if firstVisit(of: h.cells) { for cell in h.cells { edge(cell) } }
        case let g as PyGenerator:
            visitSuspendedFrame(of: g)
        case let f as PyFuture:
            visitFuture(f)
        case let t as PyType:
            if firstVisit(of: t.mro) { t.mro.forEach { edge($0) } }
            if firstVisit(of: t.bases) { t.bases.forEach { edge($0) } }
            let cached = t.lookupCacheValues
            if firstVisit(of: cached) { for (v, _) in cached { if let v { edge(v) } } }
        default: break
        }
    }

    /// A generator's frame holds its locals, stack, cells and delegate while
    /// it is suspended (a running frame's stack lives in `execute`, and is
    /// not reported). A frame shared by two generators (an async
    /// generator's finalization heir) is reported once; one a
    /// `sys._getframe` view holds is not reported at all.
    private mutating func visitSuspendedFrame(of g: PyGenerator) {
        guard g.state == .created || g.state == .suspended else { return }
        let f = g.frame
        guard !f.hasOutsideView, firstVisit(storage: UnsafeRawPointer(Unmanaged.passUnretained(f).toOpaque())) else { return }
        for i in 0..<f.locals.count { if let v = f.locals[i] { edge(v) } }
        for i in 0..<f.stack.count { edge(f.stack.base[i]) }
        let cells = f.cells
        if firstVisit(of: cells) { for cell in cells { edge(cell) } }
        if let d = f.delegate { edge(d) }
        if let owner = f.closureOwner { edge(owner) }
        edge(f.globals)
        if let d = f.localsDict { edge(d) }
    }

    /// A future's result, exception, callbacks and the rest of its state;
    /// a task's coroutine, name and the future it waits on. (A pending
    /// task is also held by the asyncio runtime's list of pending tasks,
    /// which is untracked, so it is always a root.)
    private mutating func visitFuture(_ f: PyFuture) {
        edge(f.result)
        if let e = f.exception { edge(e) }
        if let e = f.cancelledError { edge(e) }
        edge(f.cancelMessage)
        edge(f.blocker)
        if let t = f.firstWakeup { edge(t) }
        withUnsafeMutablePointer(to: &f.callbacks) { field in
            guard firstVisit(field: field) else { return }
            for callback in field.pointee {
                switch callback {
                case .python(let v): edge(v)
                case .wakeup(let task): edge(task)
                }
            }
        }
        if let t = f as? PyTask {
            edge(t.coro)
            edge(t.name)
            if let w = t.waiter { edge(w) }
        }
    }

    private mutating func edges(_ values: [Value]) {
        guard firstVisit(of: values) else { return }
        for v in values { edge(v) }
    }

    @inline(__always)
    private mutating func edge(_ v: Value) {
        if case .object(let o) = v { edge(o) }
    }

    @inline(__always)
    private mutating func edge(_ o: PyObject) {
        // The slot must be this registry's: an object another thread
        // tracks (a shared constant) carries that thread's slot number.
        let i = o.collectorSlot
        guard i >= 0 && i < count, slots[i] == Unmanaged.passUnretained(o).toOpaque() else { return }
        switch mode {
        case .subtract: counts[i] -= 1
        case .mark: reach(i)
        }
    }

    /// False when `array`'s buffer was already reported (subtract mode
    /// only: reachability may walk a shared buffer from every owner).
    private mutating func firstVisit<T>(of array: [T]) -> Bool {
        guard !array.isEmpty else { return false }
        return firstVisit(storage: array.withUnsafeBufferPointer { $0.baseAddress.map(UnsafeRawPointer.init) })
    }

    /// The references in the array stored at `field` (an object's own
    /// field, so reading it costs no copy), reported once per buffer.
    private mutating func edges(field: UnsafeMutablePointer<[Value]>) {
        guard firstVisit(field: field) else { return }
        for v in field.pointee { edge(v) }
    }

    /// `firstVisit(of:)` for an array read in place. A native array is one
    /// reference to its storage object; read from the field without a copy,
    /// a strong count of one means this field is its only holder, so no
    /// other object can report it and it need not be remembered. Any other
    /// holder (a copy in another object, or in native code up the stack)
    /// makes the count larger, and the buffer is remembered as before.
    private mutating func firstVisit<T>(field: UnsafeMutablePointer<[T]>) -> Bool {
        guard !field.pointee.isEmpty else { return false }
        guard mode == .subtract else { return true }
        let storage = UnsafeRawPointer(field).load(as: UnsafeMutableRawPointer.self)
        if MemoryLayout<[T]>.size == MemoryLayout<UnsafeRawPointer>.size,
           interleave_strong_count(storage) == 1 { return true }
        return firstVisit(storage: field.pointee.withUnsafeBufferPointer { $0.baseAddress.map(UnsafeRawPointer.init) })
    }

    private mutating func firstVisit(storage: UnsafeRawPointer?) -> Bool {
        guard let storage else { return false }
        guard mode == .subtract else { return true }
        return seenBuffers.insert(storage).inserted
    }
}
