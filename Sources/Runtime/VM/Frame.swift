/// An exception-handler block pushed by `setupFinally` / `setupCleanup`.
struct Block {
    /// True for a cleanup block (pops the handled-exception stack on unwind).
    var isCleanup: Bool
    /// Handler target (setupFinally).
    var handler: Int32
    /// Value-stack depth at setup.
    var level: Int32
}

/// One activation of a code object. Heap-allocated so generator and
/// coroutine frames can suspend (their stack and pc live here between resumes).
///
/// The fast locals and the value stack live in one manually managed
/// allocation made with the frame (no array copy-on-write checks or
/// empty-array retains on the hot paths); the frame frees it in `deinit`.
public final class Frame {
    /// The code running (a pooled frame is re-pointed at another function's
    /// code with the same number of locals: `FramePool`).
    private(set) var code: CodeObject
    /// Views of the code's instructions, constants and names. The arrays
    /// belong to `code`, which this frame keeps alive, and are never mutated
    /// once compiled, so their storage outlives the frame: the views cost no
    /// reference counting per call or resume. Indices come from the compiler.
    private(set) var instructions: UnsafeBufferPointer<Instruction>
    private(set) var constants: UnsafeBufferPointer<Value>
    private(set) var names: UnsafeBufferPointer<PyStr>
    /// The code's attribute caches (owned by `code`, one entry per name).
    private(set) var attributeCache: UnsafeMutablePointer<AttributeCacheEntry>
    private(set) var globals: PyDict
    /// Locals dict for module and class bodies (nil for functions).
    let localsDict: PyDict?
    /// Fast locals (parameters first), nil when unbound.
    let locals: LocalSlots
    /// Cells (cell variables then free variables); nil until set.
    private var cellStore: [PyCell]?
    /// The value stack. `execute` works on a copy and writes it back on every
    /// exit; other code touches it only while the frame is suspended.
    var stack: ValueStack
    /// Exception-handler blocks; nil when none was ever pushed.
    private var blockStore: [Block]?
    var pc = 0
    /// True for a function's (or class body's) activation, false for a
    /// module body. The frame needs nothing else from the function: its
    /// code, globals and cells are its own. (It held the function, which
    /// cost a retain and a release per call and kept the function alive
    /// as long as a suspended generator's frame.)
    let isFunctionFrame: Bool
    /// The function whose closure array `cells` shares (a body with free
    /// variables but no cell variables uses the closure's array as is).
    /// Held so that the sharing stays visible to the cycle collector: the
    /// cells are retained once by the shared array, and the collector
    /// counts them through the function; a running frame is not
    /// traversed, so without this reference the function (and so the
    /// cells) looked unreachable while the frame still read them.
    var closureOwner: PyFunction?
    /// The activation number an exception unwinding through this frame
    /// gave it (0: none yet), so that re-raising in the same activation
    /// adds no second traceback entry (`PyException.lastFrameSerial`). A
    /// number rather than a weak reference: a weak reference gives the
    /// frame a side table (every later retain of it takes Swift's slow
    /// path) and kept it out of the pool; a pooled frame starts over at 0.
    var exceptionSerial = 0
    /// The traceback entries' hold on this activation (VM/FrameHold.swift):
    /// when set, the frame's end moves its locals and cells there.
    unowned(unsafe) var hold: FrameHold?
    /// Set when a `sys._getframe` view holds this frame: the cycle
    /// collector then never counts its contents as its generator's.
    var hasOutsideView = false
    /// Generator bookkeeping: where `send` resumes when a delegate returns during `throw`.
    var delegateExit = -1
    /// The delegate of a suspended `yield from` / `await`, if any.
    var delegate: Value?
    /// The one allocation holding the locals and the initial stack.
    private let storage: UnsafeMutableRawPointer
    /// The initial stack buffer (inside `storage`); a grown stack lives elsewhere.
    private let inlineStack: UnsafeMutablePointer<Value>

    /// Value-stack slots reserved with the frame (the stack grows past this on demand).
    static let initialStackCapacity = 12

    /// A frame running `code` with `globals`; the builtins are always the
    /// interpreter's own (`Interpreter.builtins`).
    init(code: CodeObject, globals: PyDict, localsDict: PyDict?, function: PyFunction?) {
        self.code = code
        self.instructions = code.executableInstructions.withUnsafeBufferPointer { $0 }
        self.constants = code.constants.withUnsafeBufferPointer { $0 }
        self.names = code.names.withUnsafeBufferPointer { $0 }
        self.attributeCache = code.attributeCache
        self.globals = globals
        self.localsDict = localsDict
        self.isFunctionFrame = function != nil
        let n = code.varNames.count
        let localBytes = Frame.localsBytes(n)
        let cap = Frame.initialStackCapacity
        storage = UnsafeMutableRawPointer.allocate(byteCount: localBytes + cap * MemoryLayout<Value>.stride,
                                                   alignment: max(MemoryLayout<Value>.alignment,
                                                                  MemoryLayout<Value?>.alignment))
        let lp = storage.bindMemory(to: Value?.self, capacity: n)
        lp.initialize(repeating: nil, count: n)
        locals = LocalSlots(base: lp, count: n)
        inlineStack = (storage + localBytes).bindMemory(to: Value.self, capacity: cap)
        stack = ValueStack(base: inlineStack, count: 0, capacity: cap)
    }

    deinit {
        // A traceback holds this activation: its locals move to the hold
        // with the storage they live in. The value stack shares that
        // storage, so it is emptied first, while this frame still owns it
        // (releasing a stack value may drop the exception, and with it the
        // hold, which would free the storage under the frame).
        var localCount = locals.count
        var storageAdopted = false
        if let h = hold {
            hold = nil
            h.frame = nil
            if stack.count > 0 {
                if DeepRelease.enter() {
                    stack.base.deinitialize(count: stack.count)
                    DeepRelease.leave()
                } else {
                    var held: [Value] = []
                    for i in 0..<stack.count { held.append((stack.base + i).move()) }
                    DeepRelease.bury(held)
                }
                stack.count = 0
            }
            h.adopt(locals.base, count: localCount)
            if let c = cellStore {
                h.cells = c
                cellStore = nil
            }
            localCount = 0
            storageAdopted = true
        }
        // Locals and stack may hold the only reference to a chain of
        // objects: release them as one nested release (DeepRelease), or
        // when already deep, move them to the bin first.
        if DeepRelease.enter() {
            // Slot by slot rather than `deinitialize(count:)`: that is a call
            // to the runtime's generic array destroyer (~80 instructions for
            // one slot, a fifth of a small call's cost), and most frames
            // return with an empty stack and a handful of locals.
            if stack.count > 0 { stack.base.deinitialize(count: stack.count) }
            var i = 0
            while i < localCount {
                if case .some = locals.base[i] { locals.base[i] = nil }
                i += 1
            }
            DeepRelease.leave()
        } else {
            var held: [Value?] = []
            held.reserveCapacity(stack.count + locals.count)
            for i in 0..<stack.count { held.append((stack.base + i).move()) }
            for i in 0..<localCount { held.append((locals.base + i).move()) }
            DeepRelease.bury(held)
        }
        if delegate != nil { DeepRelease.release(&delegate, leaving: nil) }
        if cellStore != nil { DeepRelease.release(&cellStore, leaving: nil) }
        if closureOwner != nil { DeepRelease.release(&closureOwner, leaving: nil) }
        if stack.base != inlineStack { stack.base.deallocate() }
        if !storageAdopted { storage.deallocate() }
    }

    /// Re-points a pooled frame (same number of locals, no locals dict) at
    /// a new call. Fields that already match cost nothing: a recursive
    /// function gets its own code and globals back.
    @inline(__always)
    func reuse(code newCode: CodeObject, globals newGlobals: PyDict) {
        if code !== newCode {
            code = newCode
            instructions = newCode.executableInstructions.withUnsafeBufferPointer { $0 }
            constants = newCode.constants.withUnsafeBufferPointer { $0 }
            names = newCode.names.withUnsafeBufferPointer { $0 }
            attributeCache = newCode.attributeCache
        }
        if globals !== newGlobals { globals = newGlobals }
    }

    /// Empties a frame that returned normally so it can wait in the pool:
    /// drops its locals (as `deinit` would, through a bracketed release)
    /// and cells; keeps its code and globals, which the next call of the
    /// same function reuses.
    func clearForPool() {
        if hold != nil { handOverToHold() }
        // Nothing but inline values (`fib(n)`'s locals): dropping them
        // releases nothing, so the deep-release bracket (two calls into
        // CRuntimeSupport) is not needed.
        var holdsObjects = stack.count > 0
        var j = 0
        while !holdsObjects && j < locals.count {
            if case .some(.object) = locals.base[j] { holdsObjects = true }
            j += 1
        }
        if !holdsObjects {
            var i = 0
            while i < locals.count { locals.base[i] = nil; i += 1 }
        } else if DeepRelease.enter() {
            // Slot by slot rather than `deinitialize(count:)`: that is a call
            // to the runtime's generic array destroyer (~80 instructions for
            // one slot, a fifth of a small call's cost), and most frames
            // return with an empty stack and a handful of locals.
            if stack.count > 0 { stack.base.deinitialize(count: stack.count) }
            var i = 0
            while i < locals.count {
                if case .some = locals.base[i] { locals.base[i] = nil }
                i += 1
            }
            DeepRelease.leave()
        } else {
            var held: [Value?] = []
            held.reserveCapacity(stack.count + locals.count)
            for i in 0..<stack.count { held.append((stack.base + i).move()) }
            for i in 0..<locals.count { held.append((locals.base + i).move()) }
            DeepRelease.bury(held)
            locals.base.initialize(repeating: nil, count: locals.count)
        }
        if stack.base != inlineStack {
            stack.base.deallocate()
            stack = ValueStack(base: inlineStack, count: 0, capacity: Frame.initialStackCapacity)
        } else {
            stack.count = 0
        }
        if delegate != nil { DeepRelease.release(&delegate, leaving: nil) }
        if cellStore != nil { DeepRelease.release(&cellStore, leaving: nil) }
        if closureOwner != nil { DeepRelease.release(&closureOwner, leaving: nil) }
        blockStore = nil
        pc = 0
        exceptionSerial = 0
        delegateExit = -1
    }

    /// Drops what a finished generator's frame still holds (its locals,
    /// value stack, cells and delegate), as CPython clears a finished
    /// frame: the generator object may live on (a task keeps its
    /// coroutine), but what the body referenced is freed when the body
    /// ends, which `weakref` callbacks and finalizers observe. (Cells
    /// included: a closure the body made keeps its own references to them,
    /// and a finished coroutine holding a cell that holds the object that
    /// holds its task was a cycle no collection could see.)
    func releaseValues() {
        if hold != nil { handOverToHold() }
        stack.truncate(to: 0)
        for i in 0..<locals.count where locals[i] != nil { locals[i] = nil }
        delegate = nil
        if cellStore != nil { cellStore = nil }
        if closureOwner != nil { closureOwner = nil }
    }

    /// Moves the locals and cells into the traceback entries' hold (the
    /// frame is ending): they live on as long as an exception names this
    /// activation, as a CPython traceback keeps its frames' locals.
    /// (A frame being freed gives its storage itself: `deinit`.)
    func handOverToHold() {
        guard let h = hold else { return }
        hold = nil
        h.frame = nil
        let n = locals.count
        let copy = UnsafeMutableRawPointer.allocate(byteCount: max(1, n) * MemoryLayout<Value?>.stride,
                                                    alignment: MemoryLayout<Value?>.alignment)
            .bindMemory(to: Value?.self, capacity: n)
        copy.moveInitialize(from: locals.base, count: n)
        locals.base.initialize(repeating: nil, count: n)
        h.adopt(copy, count: n)
        if let c = cellStore {
            h.cells = c
            cellStore = nil
        }
    }

    /// True when ending this frame would release values a traceback could
    /// keep (a function's locals or cells; a module body's live in its dict).
    var hasHoldableValues: Bool { isFunctionFrame && (locals.count > 0 || cellStore != nil) }

    /// Bytes of `n` local slots, rounded up so the stack that follows is aligned.
    @inline(__always)
    private static func localsBytes(_ n: Int) -> Int {
        let raw = n * MemoryLayout<Value?>.stride
        let a = MemoryLayout<Value>.alignment
        return (raw + a - 1) / a * a
    }

    /// Cells (cell variables then free variables).
    var cells: [PyCell] {
        get { cellStore ?? [] }
        set { cellStore = newValue }
    }

    /// True while the frame is inside a `try`, `with` or `async with` body
    /// (a handler block is pushed): closing it then runs code.
    var hasBlocks: Bool { !(blockStore?.isEmpty ?? true) }

    /// Pushes an exception-handler block.
    @inline(__always)
    func pushBlock(_ b: Block) {
        if blockStore == nil { blockStore = [b] } else { blockStore?.append(b) }
    }

    /// Pops the innermost block (nil when there is none).
    @inline(__always)
    @discardableResult
    func popBlock() -> Block? {
        blockStore?.popLast()
    }

    /// Line currently executing.
    var currentLine: Int {
        let i = max(0, min(pc - 1, code.lines.count - 1))
        return code.lines.isEmpty ? code.firstLine : Int(code.lines[i])
    }
}

/// A frame's fast locals: `count` slots owned by the frame. Indices come
/// from the compiler (always below `count`).
struct LocalSlots {
    let base: UnsafeMutablePointer<Value?>
    let count: Int

    /// Slot `i` (nil when unbound).
    @inline(__always)
    subscript(i: Int) -> Value? {
        get { base[i] }
        nonmutating set { base[i] = newValue }
    }

    /// The first slot (nil when there are no locals).
    var first: Value?? { count > 0 ? base[0] : nil }

    /// The object in slot `i`, unretained (nil for an inline value or an
    /// unbound slot): the frame owns it while the slot keeps it.
    @inline(__always)
    func objectRef(at i: Int) -> Unmanaged<PyObject>? {
        if case .some(.object(let o)) = base[i] { return Unmanaged.passUnretained(o) }
        return nil
    }
}

/// A frame's value stack over a manually managed buffer: pushes and pops
/// skip the copy-on-write and uniqueness checks of `Array`. `count` values
/// from `base` are initialized. The owning `Frame` frees the buffer; a copy
/// of this struct is a view, so whoever grows it must store it back.
struct ValueStack {
    var base: UnsafeMutablePointer<Value>
    var count: Int
    var capacity: Int

    /// True when empty.
    @inline(__always) var isEmpty: Bool { count == 0 }

    /// Slot `i` (below `count`).
    @inline(__always)
    subscript(i: Int) -> Value {
        get { base[i] }
        nonmutating set { base[i] = newValue }
    }

    /// Moves slot `i` out, leaving None in it (no retain/release pair for a
    /// value that is about to be replaced, e.g. a callee under its arguments).
    @inline(__always)
    func take(_ i: Int) -> Value {
        let v = (base + i).move()
        (base + i).initialize(to: .none)
        return v
    }

    /// True when slot `i` is the object with identity `id` (no retain).
    @inline(__always)
    func holds(_ id: ObjectIdentifier, at i: Int) -> Bool {
        if case .object(let o) = base[i] { return ObjectIdentifier(o) == id }
        return false
    }

    /// The object in slot `i`, unretained (nil for an inline value): the
    /// slot owns it while it stays on the stack.
    @inline(__always)
    func objectRef(at i: Int) -> Unmanaged<PyObject>? {
        if case .object(let o) = base[i] { return Unmanaged.passUnretained(o) }
        return nil
    }

    /// The top value.
    @inline(__always) var top: Value { base[count - 1] }

    /// Pushes `v`.
    @inline(__always)
    mutating func append(_ v: __owned Value) {
        if count == capacity { grow(count + 1) }
        (base + count).initialize(to: v)
        count += 1
    }

    /// Pops the top value.
    @inline(__always)
    @discardableResult
    mutating func removeLast() -> Value {
        count -= 1
        return (base + count).move()
    }

    /// Drops the top `n` values, one by one: `deinitialize(count:)` is a
    /// call to the runtime's generic array destroyer (~80 instructions for
    /// the one or two arguments a call leaves), a destroy per slot is not.
    @inline(__always)
    mutating func removeLast(_ n: Int) {
        var i = count - n
        count = i
        while i < count + n {
            _ = (base + i).move()
            i += 1
        }
    }

    /// Drops everything above depth `level`.
    @inline(__always)
    mutating func truncate(to level: Int) {
        if count > level { removeLast(count - level) }
    }

    /// Drops every value.
    @inline(__always)
    mutating func removeAll() { removeLast(count) }

    /// Swaps two slots.
    @inline(__always)
    func swapAt(_ i: Int, _ j: Int) {
        let t = (base + i).move()
        (base + i).moveInitialize(from: base + j, count: 1)
        (base + j).initialize(to: t)
    }

    /// Inserts `v` at depth `i` (shifting the values above it up).
    mutating func insert(_ v: __owned Value, at i: Int) {
        if count == capacity { grow(count + 1) }
        (base + i + 1).moveInitialize(from: base + i, count: count - i)
        (base + i).initialize(to: v)
        count += 1
    }

    /// Pushes every value of `values` in order.
    mutating func append<S: Sequence>(contentsOf values: S) where S.Element == Value {
        for v in values { append(v) }
    }

    /// A copy of the slots `from..<count`.
    func array(from start: Int) -> [Value] {
        Array(UnsafeBufferPointer(start: base + start, count: count - start))
    }

    /// A copy of the slots `start..<end`.
    func array(_ start: Int, _ end: Int) -> [Value] {
        Array(UnsafeBufferPointer(start: base + start, count: end - start))
    }

    /// Moves the slots `start..<count` into a new array and pops them,
    /// without retaining or releasing them (a builtin's arguments).
    mutating func moveOut(from start: Int) -> [Value] {
        var out: [Value] = []
        moveOut(from: start, into: &out)
        return out
    }

    /// Moves the slots `start..<count` to the end of `out` and pops them,
    /// without retaining or releasing them. Appending to reserved room, not
    /// `init(unsafeUninitializedCapacity:)`: that initializer looked up the
    /// storage class's generic metadata in the runtime's hash table on
    /// every call (~5% of a dict/list loop).
    @inline(__always)
    mutating func moveOut(from start: Int, into out: inout [Value]) {
        out.reserveCapacity(out.count + count - start)
        for i in start..<count { out.append((base + i).move()) }
        count = start
    }

    /// Moves the top `n` values into `locals` slots `at..<at + n` (in order)
    /// and pops them, without retaining or releasing them.
    @inline(__always)
    mutating func moveTop(_ n: Int, into locals: LocalSlots, at: Int) {
        count -= n
        var i = 0
        while i < n {
            locals.base[at + i] = (base + count + i).move()
            i += 1
        }
    }

    /// Moves a keyword call's top `n` arguments into `locals` and pops them:
    /// the first `npos` in order from slot `at` (after a receiver), keyword
    /// `i` to `slots[i]`.
    @inline(__always)
    mutating func moveKeywordArguments(_ n: Int, npos: Int, slots: KeywordSlots, into locals: LocalSlots, at: Int) {
        count -= n
        var i = 0
        while i < npos {
            locals.base[at + i] = (base + count + i).move()
            i += 1
        }
        while i < n {
            locals.base[slots[i - npos]] = (base + count + i).move()
            i += 1
        }
    }

    /// Moves the values to a buffer with room for at least `needed`. The
    /// frame's inline buffer (the only one with the initial capacity; grown
    /// ones are larger) is freed by the frame; a grown one is freed here.
    mutating func grow(_ needed: Int) {
        let newCap = max(needed, capacity * 2, 2 * Frame.initialStackCapacity)
        let nb = UnsafeMutablePointer<Value>.allocate(capacity: newCap)
        nb.moveInitialize(from: base, count: count)
        if capacity != Frame.initialStackCapacity { base.deallocate() }
        base = nb
        capacity = newCap
    }
}

/// The frames currently executing, innermost last. Holds them unretained:
/// each one is kept alive by the caller of `Interpreter.execute` for as
/// long as it is on this stack, so pushing and popping cost no reference
/// counting.
final class FrameStack {
    private var base: UnsafeMutablePointer<Unmanaged<Frame>>
    private var capacity: Int
    /// Frames on the stack.
    private(set) var count = 0

    init() {
        capacity = 64
        base = .allocate(capacity: capacity)
    }

    deinit { base.deallocate() }

    /// True when no frame is executing.
    var isEmpty: Bool { count == 0 }

    /// The innermost frame.
    var last: Frame? { count > 0 ? base[count - 1].takeUnretainedValue() : nil }

    /// The innermost frame satisfying `predicate`, without building an array
    /// (the trace recorder asks this for every event).
    func innermost(where predicate: (Frame) -> Bool) -> Frame? {
        var i = count - 1
        while i >= 0 {
            let frame = base[i].takeUnretainedValue()
            if predicate(frame) { return frame }
            i -= 1
        }
        return nil
    }

    /// Pushes a frame that stays alive until the matching `removeLast`.
    @inline(__always)
    func append(_ frame: Frame) {
        if count == capacity { grow() }
        base[count] = Unmanaged.passUnretained(frame)
        count += 1
    }

    /// Pops the innermost frame.
    @inline(__always)
    func removeLast() { count -= 1 }

    private func grow() {
        let nb = UnsafeMutablePointer<Unmanaged<Frame>>.allocate(capacity: capacity * 2)
        nb.initialize(from: base, count: count)
        base.deallocate()
        base = nb
        capacity *= 2
    }
}
