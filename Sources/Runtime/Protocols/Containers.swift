import BigInt

extension Interpreter {
    /// Truthiness (`bool(v)`): `__bool__`, then `__len__`, then true.
    @inline(__always)
    public func isTruthy(_ v: Value) throws -> Bool {
        switch v {
        case .none: return false
        case .bool(let b): return b
        case .int(let i): return i != 0
        case .float(let d): return d != 0
        case .object(let o): return try objectTruthy(o)
        }
    }

    func objectTruthy(_ o: PyObject) throws -> Bool {
        if let log = accessLog { log.containerRead(.object(o)) }
        if let n = exactContainerCount(o) { return n > 0 }  // `while stack:`
        if let userCls = o.userClass {
            if let m = userCls.lookupUser(Names.bool) {
                let r = try callOne(m, .object(o))
                guard case .bool(let b) = r else {
                    throw PyError.typeError("__bool__ should return bool, returned \(r.type.name)")
                }
                return b
            }
            // As CPython's slots: any __bool__ in the MRO (a builtin base's
            // too, say int's) comes before a user __len__.
            if userCls.lookup(Names.bool) == nil, let m = userCls.lookupUser(Names.len) {
                return try lengthResult(call(m, [.object(o)])) != 0
            }
        }
        switch o {
        // Class casts first: a protocol cast (NativeContainer) costs a
        // conformance lookup, which plain instances and futures never need.
        case is PyInstance: return true
        case let s as PyStr: return !s.value.isEmpty
        case let l as PyList: return !l.items.isEmpty
        case let t as PyTuple: return !t.items.isEmpty
        case let d as PyDict: return d.count > 0
        case let s as PySet: return s.count > 0
        case let r as PyRange: return !r.isEmpty
        case let b as PyBigInt: return !b.value.isZero  // an int subclass instance may hold 0
        case let d as PyDeque: return d.count > 0
        case is PyFuture, is PyGenerator, is PyFunction, is PyBoundMethod: return true
        case let c as NativeContainer: return try c.nativeLength(self) != 0
        case let c as PyComplex: return c.value.real != 0 || c.value.imag != 0
        case let f as PyFloatSubclassInstance: return f.value != 0
        default: return true
        }
    }

    /// The length of an exact list, tuple or dict (no class of its own),
    /// found by its storage class: no class casts and no user-class
    /// lookup (~100 instructions less per `len(x)` or `if x:`); nil for
    /// anything else.
    @inline(__always)
    func exactContainerCount(_ o: PyObject) -> Int? {
        guard o.typeStorage == nil else { return nil }
        let storage = ObjectIdentifier(type(of: o))
        if storage == ObjectIdentifier(PyList.self) { return unsafeDowncast(o, to: PyList.self).items.count }
        if storage == ObjectIdentifier(PyDict.self) { return unsafeDowncast(o, to: PyDict.self).count }
        if storage == ObjectIdentifier(PyTuple.self) { return unsafeDowncast(o, to: PyTuple.self).items.count }
        return nil
    }

    private func lengthResult(_ r: Value) throws -> Int {
        guard let n = r.intValue else {
            throw PyError.typeError("'\(r.type.cTypeName)' object cannot be interpreted as an integer")
        }
        if n < 0 { throw PyError.valueError("__len__() should return >= 0") }
        return n
    }

    /// `len(v)`.
    public func length(_ v: Value) throws -> Int {
        if let log = accessLog { log.containerRead(v) }
        if case .object(let o) = v {
            if let n = exactContainerCount(o) { return n }
            if let userCls = o.userClass, let m = userCls.lookupUser(Names.len) {
                return try lengthResult(callOne(m, v))
            }
            switch o {
            case let s as PyStr: return s.count
            case let l as PyList: return l.items.count
            case let t as PyTuple: return t.items.count
            case let d as PyDict: return d.count
            case let s as PySet: return s.count
            case let r as PyRange:
                guard let wide = r.wide else { return r.count }
                guard let n = Int(exactly: wide.length) else {
                    throw PyError.overflow("Python int too large to convert to C ssize_t")
                }
                return n
            case let c as NativeContainer: return try c.nativeLength(self)
            default: break
            }
        }
        throw PyError.typeError("object of type '\(v.type.cTypeName)' has no len()")
    }

    /// Normalises a sequence index (negative from the end) or raises IndexError.
    @inline(__always)
    func sequenceIndex(_ i: Value, count: Int, what: String) throws -> Int {
        guard let n = i.intValue else { return try sequenceIndexSlow(i, count: count, what: what) }
        let idx = n < 0 ? n + count : n
        if idx < 0 || idx >= count { throw PyError.indexError("\(what) index out of range") }
        return idx
    }

    /// `sequenceIndex` for a value that is not a machine integer: a big
    /// one (IndexError) or an object with `__index__`.
    private func sequenceIndexSlow(_ i: Value, count: Int, what: String) throws -> Int {
        if i.bigIntValue != nil { throw PyError.indexError("cannot fit 'int' into an index-sized integer") }
        if case .object(let o) = i, o.userClass?.lookupUser(Names.index) != nil {
            let b = try indexValue(i)
            guard let n = Int(exactly: b) else {
                throw PyError.indexError("cannot fit '\(i.type.cTypeName)' into an index-sized integer")
            }
            return try sequenceIndex(.int(n), count: count, what: what)
        }
        if what == "string" { throw PyError.typeError("string indices must be integers, not '\(i.type.cTypeName)'") }
        throw PyError.typeError("\(what) indices must be integers or slices, not \(i.type.name)")
    }

    /// `s` with any field that is an object with `__index__` replaced by
    /// its integer (`PySlice.indices` reads plain integers only).
    func indexedSlice(_ s: PySlice) throws -> PySlice {
        func converted(_ v: Value) throws -> Value? {
            guard case .object(let o) = v, o.userClass?.lookupUser(Names.index) != nil else { return nil }
            return .integer(try indexValue(v))
        }
        let start = try converted(s.start), stop = try converted(s.stop), step = try converted(s.step)
        if start == nil && stop == nil && step == nil { return s }
        return PySlice(start: start ?? s.start, stop: stop ?? s.stop, step: step ?? s.step)
    }

    /// A `range` subscript that is not a slice: any integer, or an object with `__index__`.
    private func rangeIndex(_ key: Value) throws -> BigInt {
        if let b = key.bigIntValue { return b }
        if case .object(let o) = key, o.userClass?.lookupUser(Names.index) != nil { return try indexValue(key) }
        throw PyError.typeError("range indices must be integers or slices, not \(key.type.name)")
    }

    /// `v[key]`.
    public func getItem(_ v: Value, _ key: Value) throws -> Value {
        guard case .object(let o) = v else {
            throw PyError.typeError("'\(v.type.cTypeName)' object is not subscriptable")
        }
        if let userCls = o.userClass, let m = userCls.lookupUser(Names.getitem) { return try callTwo(m, v, key) }
        switch o {
        case let l as PyList:
            if case .object(let ko) = key, let s = ko as? PySlice {
                let r = try indexedSlice(s).indices(length: l.items.count)
                return .object(PyList(sliceItems(l.items, r)))
            }
            return l.items[try sequenceIndex(key, count: l.items.count, what: "list")]
        case let t as PyTuple:
            if case .object(let ko) = key, let s = ko as? PySlice {
                return .object(PyTuple(sliceItems(t.items, try indexedSlice(s).indices(length: t.items.count))))
            }
            return t.items[try sequenceIndex(key, count: t.items.count, what: "tuple")]
        case let d as PyDict:
            if let r = try d.get(key, self) { return r }
            if d.typeStorage != nil, let m = d.type.lookup(Names.missing) {
                return try call(m, [v, key])
            }
            throw PyError.keyError(key)
        case let s as PyStr:
            return try strSubscript(s, key)
        case let r as PyRange:
            if case .object(let ko) = key, let sl = ko as? PySlice { return .object(try r.slice(sl, self)) }
            if case .int(let i) = key { return try r.item(at: BigInt(i)) }
            return try r.item(at: rangeIndex(key))
        case let t as PyType:
            if let m = t.lookup(Names.classGetitem) { return try call(bind(m, to: v, type: t), [key]) }
            // A class defined in Python without __class_getitem__ (none in
            // its bases either) is not subscriptable, as in CPython; native
            // types without one keep answering themselves.
            if !t.isBuiltin { throw PyError.typeError("type '\(t.name)' is not subscriptable") }
            return .object(t)  // generic alias: list[int] -> list
        case let c as NativeContainer:
            return try c.nativeGetItem(self, key)
        default:
            throw PyError.typeError("'\(o.type.cTypeName)' object is not subscriptable")
        }
    }

    func sliceItems(_ items: [Value], _ r: (start: Int, stop: Int, step: Int, count: Int)) -> [Value] {
        if r.count <= 0 { return [] }
        if r.step == 1 { return Array(items[r.start..<(r.start + r.count)]) }
        var out: [Value] = []
        out.reserveCapacity(r.count)
        var i = r.start
        for _ in 0..<r.count { out.append(items[i]); i += r.step }
        return out
    }

    /// `v[key] = value`.
    public func setItem(_ v: Value, _ key: Value, _ value: Value) throws {
        guard case .object(let o) = v else {
            throw PyError.typeError("'\(v.type.cTypeName)' object does not support item assignment")
        }
        if let userCls = o.userClass, let m = userCls.lookupUser(Names.setitem) { _ = try call(m, [v, key, value]); return }
        switch o {
        case let l as PyList:
            if case .object(let ko) = key, let s = ko as? PySlice {
                let r = try indexedSlice(s).indices(length: l.items.count)
                // CPython's PySequence_Fast: a value that cannot be iterated
                // gets the slice assignment's own TypeError.
                let it: Value
                do { it = try iterator(value) } catch let e as PyError where e.exception.type.isSubtype(of: BuiltinTypes.typeError) {
                    throw PyError.typeError(r.step == 1 ? "can only assign an iterable" : "must assign iterable to extended slice")
                }
                let newItems = try toArray(it)
                if r.step == 1 {
                    Self.replaceReleasingBackToFront(l, r.start..<max(r.start, r.stop), with: newItems)
                } else {
                    if newItems.count != r.count {
                        throw PyError.valueError("attempt to assign sequence of size \(newItems.count) to extended slice of size \(r.count)")
                    }
                    var i = r.start
                    for item in newItems { l.items[i] = item; i += r.step }
                }
                return
            }
            l.items[try sequenceIndex(key, count: l.items.count, what: "list assignment")] = value
        case let d as PyDict:
            try d.set(key, value, self)
        case let c as NativeContainer:
            try c.nativeSetItem(self, key, value)
        default:
            throw PyError.typeError("'\(o.type.cTypeName)' object does not support item assignment")
        }
    }

    /// Replaces `range` of `l` with `newItems`, then releases the replaced
    /// items last to first, as CPython's `list_ass_slice` (their `__del__`
    /// run in that order).
    static func replaceReleasingBackToFront(_ l: PyList, _ range: Range<Int>, with newItems: [Value]) {
        var removed = Array(l.items[range])
        l.items.replaceSubrange(range, with: newItems)
        if !removed.isEmpty { DeepRelease.releaseItems(&removed) }
    }

    /// `del v[key]`.
    public func deleteItem(_ v: Value, _ key: Value) throws {
        guard case .object(let o) = v else { throw itemDeletionError(v, key) }
        if let userCls = o.userClass, let m = userCls.lookupUser(Names.delitem) { _ = try call(m, [v, key]); return }
        switch o {
        case let l as PyList:
            if case .object(let ko) = key, let s = ko as? PySlice {
                let r = try indexedSlice(s).indices(length: l.items.count)
                if r.step == 1 { Self.replaceReleasingBackToFront(l, r.start..<max(r.start, r.stop), with: []); return }
                var idx = Set<Int>(); var i = r.start
                for _ in 0..<r.count { idx.insert(i); i += r.step }
                l.items = l.items.enumerated().filter { !idx.contains($0.offset) }.map { $0.element }
                return
            }
            l.items.remove(at: try sequenceIndex(key, count: l.items.count, what: "list assignment"))
        case let d as PyDict:
            if try d.remove(key, self) == nil { throw PyError.keyError(key) }
        case let c as NativeContainer:
            try c.nativeDeleteItem(self, key)
        default:
            throw itemDeletionError(v, key)
        }
    }

    /// CPython's two wordings: a type with sequence slots (every class
    /// statement's, str, tuple, set, range) given an integer index says
    /// "doesn't" (`PySequence_DelItem`), anything else "does not".
    private func itemDeletionError(_ v: Value, _ key: Value) -> PyError {
        var sequenceLike = false
        if case .object(let o) = v {
            sequenceLike = o.userClass != nil || o is PyStr || o is PyTuple || o is PySet || o is PyRange
        }
        var indexLike = key.bigIntValue != nil
        if case .object(let k) = key, k.userClass?.lookupUser(Names.index) != nil { indexLike = true }
        let verb = sequenceLike && indexLike ? "doesn't" : "does not"
        return PyError.typeError("'\(v.type.cTypeName)' object \(verb) support item deletion")
    }

    /// `item in container`.
    public func contains(_ container: Value, _ item: Value) throws -> Bool {
        if case .object(let o) = container {
            if let userCls = o.userClass, let m = userCls.lookupUser(Names.contains) {
                return try isTruthy(call(m, [container, item]))
            }
            switch o {
            case let s as PyStr:
                guard let sub = item.stringValue else {
                    throw PyError.typeError("'in <string>' requires string as left operand, not \(item.type.name)")
                }
                return StrUTF8.contains(s.value, sub)
            case let l as PyList:
                for x in l.items where try keyEquals(x, item) { return true }
                return false
            case let t as PyTuple:
                for x in t.items where try keyEquals(x, item) { return true }
                return false
            case let d as PyDict: return try d.get(item, self) != nil
            case let s as PySet: return try s.contains(item, self)
            case let r as PyRange:
                if r.wide == nil, case .int(let n) = item {
                    if r.step > 0 ? (n < r.start || n >= r.stop) : (n > r.start || n <= r.stop) { return false }
                    return (n - r.start) % r.step == 0
                }
                // Exact ints (and bools) arithmetically, anything else by iteration.
                if case .int(let n) = item { return r.position(of: BigInt(n)) != nil }
                if case .bool(let b) = item { return r.position(of: b ? 1 : 0) != nil }
                if case .object(let io) = item, let big = io as? PyBigInt, io.userClass == nil {
                    return r.position(of: big.value) != nil
                }
            case let c as NativeContainer:
                if let r = try c.nativeContains(self, item) { return r }
            default: break
            }
        }
        // Fall back to iteration (`__iter__` or `__getitem__`).
        let it: Value
        do {
            it = try iterator(container)
        } catch let e as PyError where e.exception.type === BuiltinTypes.typeError && !isIterable(container) {
            throw PyError.typeError("argument of type '\(container.type.cTypeName)' is not iterable")
        }
        while let x = try next(it) {
            if try keyEquals(x, item) { return true }
        }
        return false
    }
}

/// Storage classes defined outside the core (e.g. `collections.deque`) adopt
/// this to take part in `len`, `[]`, `in` and truthiness without dunders.
public protocol NativeContainer: AnyObject {
    func nativeLength(_ vm: Interpreter) throws -> Int
    func nativeGetItem(_ vm: Interpreter, _ key: Value) throws -> Value
    func nativeSetItem(_ vm: Interpreter, _ key: Value, _ value: Value) throws
    func nativeDeleteItem(_ vm: Interpreter, _ key: Value) throws
    /// nil: fall back to iteration.
    func nativeContains(_ vm: Interpreter, _ item: Value) throws -> Bool?
}

public extension NativeContainer {
    /// `'bytes' object` for a storage class of a Python type, for the default errors' wording.
    private var objectDescription: String {
        (self as? PyObject).map { "'\($0.type.cTypeName)' object" } ?? "object"
    }
    func nativeGetItem(_ vm: Interpreter, _ key: Value) throws -> Value {
        throw PyError.typeError("\(objectDescription) is not subscriptable")
    }
    func nativeSetItem(_ vm: Interpreter, _ key: Value, _ value: Value) throws {
        throw PyError.typeError("\(objectDescription) does not support item assignment")
    }
    func nativeDeleteItem(_ vm: Interpreter, _ key: Value) throws {
        throw PyError.typeError("\(objectDescription) doesn't support item deletion")
    }
    func nativeContains(_ vm: Interpreter, _ item: Value) throws -> Bool? { nil }
}
