/// Base class of iterator objects implemented in Swift. Subclass it and
/// override `nextValue` (return nil when exhausted), or use `PyNativeIterator`
/// with a closure.
open class PyIteratorBase: PyObject {
    /// Creates an iterator object of `type` (default: the generic `iterator` type).
    public init(type: PyType? = nil) { super.init(type: type) }
    open override var exactBuiltinType: PyType { BuiltinTypes.iterator }
    /// The next element, or nil when exhausted.
    open func nextValue(_ vm: Interpreter) throws -> Value? { nil }
}

/// An iterator driven by a Swift closure (handy for `map`, `zip`, itertools).
public final class PyNativeIterator: PyIteratorBase {
    private var step: (Interpreter) throws -> Value?
    private var done = false
    deinit { DeepRelease.release(step: &step) }
    /// Creates an iterator whose elements come from `step` until it returns nil.
    public init(type: PyType? = nil, _ step: @escaping (Interpreter) throws -> Value?) {
        self.step = step
        super.init(type: type)
    }
    public override func nextValue(_ vm: Interpreter) throws -> Value? {
        if done { return nil }
        // A step may pull from another native iterator (map over map ...).
        if let v = try vm.withNativeNesting("maximum recursion depth exceeded", { try step(vm) }) { return v }
        done = true
        return nil
    }
}

/// Iterator over a `list` (sees appends made during iteration).
public final class PyListIterator: PyIteratorBase {
    private(set) var list: PyList
    deinit { DeepRelease.release(&list, leaving: PyListIterator.released) }
    private static let released: PyList = {
        let l = PyList()
        CycleCollector.untrack(l)  // shared by every thread
        return l
    }()
    var index = 0
    init(_ list: PyList) { self.list = list; super.init() }
    public override var exactBuiltinType: PyType { BuiltinTypes.listIterator }
    public override func nextValue(_ vm: Interpreter) throws -> Value? {
        if index < list.items.count { index += 1; return list.items[index - 1] }
        index = Int.max / 2
        return nil
    }
}

/// Iterator over a fixed array (tuple, snapshot of a sequence).
public final class PyArrayIterator: PyIteratorBase {
    private(set) var items: [Value]
    deinit { if !items.isEmpty { DeepRelease.release(&items, leaving: []) } }
    var index = 0
    let builtinType: PyType
    /// Iterates `items`; `type` names it (`tuple_iterator`), default `iterator`.
    public init(_ items: [Value], type: PyType = BuiltinTypes.iterator) {
        self.items = items
        builtinType = type
        super.init()
    }
    public override var exactBuiltinType: PyType { builtinType }
    public override func nextValue(_ vm: Interpreter) throws -> Value? {
        if index < items.count { index += 1; return items[index - 1] }
        return nil
    }
}

/// Iterator over a `range`.
public final class PyRangeIterator: PyIteratorBase {
    var current: Int, remaining: Int
    let step: Int
    init(_ r: PyRange) { current = r.start; remaining = r.count; step = r.step; super.init() }
    /// `count` elements from `start` by `step` (`reversed(range)`).
    init(start: Int, step: Int, count: Int) { current = start; remaining = count; self.step = step; super.init() }
    public override var exactBuiltinType: PyType { BuiltinTypes.rangeIterator }
    public override func nextValue(_ vm: Interpreter) throws -> Value? {
        if remaining <= 0 { return nil }
        remaining -= 1
        let v = current
        current &+= step
        return .int(v)
    }
}

/// Iterator over a `str` (one code point per element).
public final class PyStrIterator: PyIteratorBase {
    /// The string's bytes when all are ASCII (each yields a shared one-character string).
    private let ascii: String.UTF8View?
    /// The code points of any other string.
    private let scalars: [Unicode.Scalar]
    private(set) var index = 0
    init(_ s: PyStr) {
        if s.isASCII {
            ascii = s.value.utf8
            scalars = []
        } else {
            ascii = nil
            scalars = s.scalars
        }
        super.init()
    }
    /// CPython 3.11 iterates all-ASCII strs with `str_ascii_iterator`.
    public override var exactBuiltinType: PyType {
        ascii != nil || scalars.allSatisfy(\.isASCII) ? BuiltinTypes.strASCIIIterator : BuiltinTypes.strIterator
    }
    /// The whole string iterated (for `__reduce__`).
    var source: String {
        if let bytes = ascii { return String(bytes) ?? "" }
        var s = String.UnicodeScalarView()
        s.append(contentsOf: scalars)
        return String(s)
    }
    /// The number of code points iterated.
    var length: Int { ascii?.count ?? scalars.count }
    /// Continues from code point `i` (`__setstate__`).
    func resume(at i: Int) { index = min(max(i, 0), length) }
    public override func nextValue(_ vm: Interpreter) throws -> Value? {
        if let bytes = ascii {
            guard index < bytes.count else { return nil }
            index += 1
            return vm.asciiCharacters.value(bytes[bytes.index(bytes.startIndex, offsetBy: index - 1)])
        }
        if index < scalars.count { index += 1; return .str(String(Character(scalars[index - 1]))) }
        return nil
    }
}

/// What a dict iterator or view yields.
public enum DictViewKind { case keys, values, items }

/// Iterator over a `dict`, forward or `reversed(d)`, with CPython's
/// RuntimeErrors: "dictionary changed size during iteration" (raised again
/// by every later call), and "dictionary keys changed during iteration"
/// when a forward walk finds more keys than the dict had at the start
/// (keys deleted and others added, the size unchanged).
public final class PyDictIterator: PyIteratorBase {
    let target: PyDict
    let kind: DictViewKind
    /// The next entry to look at (counting down when `reverse`).
    var index: Int
    /// The dict's size when the iterator was made.
    let count: Int
    /// Keys still expected (CPython's `di->len`).
    private var remaining: Int
    private let reverse: Bool
    /// The size changed: every later call raises again.
    private var sizeChanged = false
    private var finished = false
    init(_ d: PyDict, _ kind: DictViewKind, reverse: Bool = false) {
        target = d
        self.kind = kind
        self.reverse = reverse
        count = d.count
        remaining = d.count
        index = reverse ? d.rawCount - 1 : 0
        super.init()
    }
    public override var exactBuiltinType: PyType {
        switch (kind, reverse) {
        case (.keys, false): return BuiltinTypes.dictKeyIterator
        case (.values, false): return BuiltinTypes.dictValueIterator
        case (.items, false): return BuiltinTypes.dictItemIterator
        case (.keys, true): return BuiltinTypes.dictReverseKeyIterator
        case (.values, true): return BuiltinTypes.dictReverseValueIterator
        case (.items, true): return BuiltinTypes.dictReverseItemIterator
        }
    }
    /// Keys the iterator may still yield (`__length_hint__`).
    var lengthHint: Int { finished || sizeChanged || target.count != count ? 0 : remaining }

    public override func nextValue(_ vm: Interpreter) throws -> Value? {
        if finished { return nil }
        let dict = target
        if sizeChanged || dict.count != count {
            sizeChanged = true
            throw PyError.runtimeError("dictionary changed size during iteration")
        }
        while reverse ? index >= 0 && index < dict.rawCount : index < dict.rawCount {
            let e = dict.entry(at: index)
            index += reverse ? -1 : 1
            if let e = e {
                if remaining == 0 && !reverse {
                    finished = true
                    throw PyError.runtimeError("dictionary keys changed during iteration")
                }
                remaining -= 1
                switch kind {
                case .keys: return e.key
                case .values: return e.value
                case .items: return .object(PyTuple([e.key, e.value]))
                }
            }
        }
        finished = true
        return nil
    }
}

/// Iterator over a `set`.
public final class PySetIterator: PyIteratorBase {
    let set: PySet
    var index = 0
    let count: Int
    init(_ s: PySet) { set = s; count = s.count; super.init() }
    public override var exactBuiltinType: PyType { BuiltinTypes.setIterator }
    /// The size changed: every later call raises again (CPython's `si_used = -1`).
    private var sizeChanged = false
    public override func nextValue(_ vm: Interpreter) throws -> Value? {
        if sizeChanged || set.count != count {
            sizeChanged = true
            throw PyError.runtimeError("Set changed size during iteration")
        }
        while index < set.rawCount {
            index += 1
            if let v = set.element(at: index - 1) { return v }
        }
        return nil
    }
}

/// The legacy `__getitem__` iteration protocol (index 0, 1, ... until IndexError).
public final class PyGetItemIterator: PyIteratorBase {
    private(set) var target: Value
    deinit { DeepRelease.release(&target, leaving: .none) }
    var index = 0
    var done = false
    init(_ v: Value) { target = v; super.init() }
    public override func nextValue(_ vm: Interpreter) throws -> Value? {
        if done { return nil }
        do {
            let v = try vm.getItem(target, .int(index))
            index += 1
            return v
        } catch let e as PyError where e.exception.type.isSubtype(of: BuiltinTypes.indexError)
                    || e.exception.type.isSubtype(of: BuiltinTypes.stopIteration) {
            done = true
            return nil
        }
    }
}

/// `dict.keys()`, `dict.values()`, `dict.items()` views.
public final class PyDictView: PyObject {
    /// The viewed dict.
    public let target: PyDict
    /// Which view.
    public let kind: DictViewKind
    /// Creates a view.
    public init(_ d: PyDict, _ kind: DictViewKind) { target = d; self.kind = kind; super.init(type: nil) }
    public override var exactBuiltinType: PyType {
        switch kind { case .keys: return BuiltinTypes.dictKeys; case .values: return BuiltinTypes.dictValues
        case .items: return BuiltinTypes.dictItems }
    }
}

extension Interpreter {
    /// `iter(v)`.
    public func iterator(_ v: Value) throws -> Value {
        if let log = accessLog { log.containerRead(v) }
        guard case .object(let o) = v else {
            throw PyError.typeError("'\(v.type.cTypeName)' object is not iterable")
        }
        func callIter(_ m: Value) throws -> Value {
            let it = try call(m, [v])
            if !isIterator(it) {
                throw PyError.typeError("iter() returned non-iterator of type '\(it.type.cTypeName)'")
            }
            return it
        }
        if !o.type.isBuiltin {
            if let m = o.type.lookupUser(Names.iter) {
                if m.isNone { throw PyError.typeError("'\(o.type.cTypeName)' object is not iterable") }
                return try callIter(m)
            }
            // The sequence protocol only when no class of the MRO iterates:
            // a list or dict subclass overriding `__getitem__` alone keeps
            // its base's iteration (CPython's inherited `tp_iter`).
            if o.type.lookupUser(Names.getitem) != nil, o.type.lookup(Names.iter) == nil {
                return .object(PyGetItemIterator(v))
            }
        }
        switch o {
        case is PyIteratorBase: return v
        case let g as PyGenerator where g.kind == .generator: return v
        case let l as PyList: return .object(PyListIterator(l))
        case let t as PyTuple: return .object(PyArrayIterator(t.items, type: BuiltinTypes.tupleIterator))
        case let r as PyRange: return .object(r.makeIterator())
        case let s as PyStr:
            // A non-ASCII string is iterated over its code-point array,
            // charged to the memory limit before it is built.
            if !s.isASCII { _ = try s.scalars(charging: self) }
            return .object(PyStrIterator(s))
        case let d as PyDict: return .object(PyDictIterator(d, .keys))
        case let s as PySet: return .object(PySetIterator(s))
        case let dv as PyDictView: return .object(PyDictIterator(dv.target, dv.kind))
        case let n as NativeIterable: return try n.makeIterator(self)
        default:
            // A native type that defines `__iter__` as a method (asyncio's
            // FutureIter, whose `__await__` a Task subclass may iterate).
            if let m = o.type.lookup(Names.iter), !m.isNone { return try callIter(m) }
            throw PyError.typeError("'\(o.type.cTypeName)' object is not iterable")
        }
    }

    /// Whether `v` implements `__next__`.
    public func isIterator(_ v: Value) -> Bool {
        guard case .object(let o) = v else { return false }
        if o is PyIteratorBase { return true }
        if let g = o as? PyGenerator { return g.kind == .generator }
        return o.type.lookup(Names.next) != nil
    }

    /// `next(it)`; nil when exhausted (StopIteration is absorbed).
    @inline(__always)
    public func next(_ it: Value) throws -> Value? {
        if let log = accessLog { log.iterate(it) }
        try nativeWork()
        guard case .object(let o) = it else {
            throw PyError.typeError("'\(it.type.cTypeName)' object is not an iterator")
        }
        if let b = o as? PyIteratorBase { return try b.nextValue(self) }
        if let g = o as? PyGenerator, g.kind == .generator {
            switch try g.send(self, .none) {
            case .yielded(let v): return v
            case .returned: return nil
            }
        }
        guard let m = o.type.lookup(Names.next) else {
            throw PyError.typeError("'\(o.type.cTypeName)' object is not an iterator")
        }
        do {
            return try callSpecialMethod(m, on: it, type: o.type)
        } catch let e as PyError where e.exception.type.isSubtype(of: BuiltinTypes.stopIteration) {
            return nil
        }
    }

    /// Collects an iterable into an array.
    public func toArray(_ v: Value) throws -> [Value] {
        if let log = accessLog { log.containerRead(v) }
        if case .object(let o) = v, o.type.isBuiltin {
            if let l = o as? PyList { return l.items }
            if let t = o as? PyTuple { return t.items }
        }
        let it = try iterator(v)
        var out: [Value] = []
        while let x = try next(it) {
            out.append(x)
            if out.count & 0xffff == 0 { try charge(out.count * 16) }
        }
        return out
    }

    /// Calls `body` for each element of an iterable.
    public func forEach(_ v: Value, _ body: (Value) throws -> Void) throws {
        let it = try iterator(v)
        while let x = try next(it) { try body(x) }
    }
}

/// Storage classes defined outside the core that can be iterated.
public protocol NativeIterable: AnyObject {
    /// Returns a fresh iterator object.
    func makeIterator(_ vm: Interpreter) throws -> Value
}
