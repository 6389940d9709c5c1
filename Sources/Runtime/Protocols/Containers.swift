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
        case let r as PyRange: return r.count > 0
        case let b as PyBigInt: return !b.value.isZero  // an int subclass instance may hold 0
        case let d as PyDeque: return d.count > 0
        case is PyFuture, is PyGenerator, is PyFunction, is PyBoundMethod: return true
        case let c as NativeContainer: return try c.nativeLength(self) != 0
        case let c as PyComplex: return c.value.real != 0 || c.value.imag != 0
        case let f as PyFloatSubclassInstance: return f.value != 0
        default: return true
        }
    }

    private func lengthResult(_ r: Value) throws -> Int {
        guard let n = r.intValue else {
            throw PyError.typeError("'\(r.type.name)' object cannot be interpreted as an integer")
        }
        if n < 0 { throw PyError.valueError("__len__() should return >= 0") }
        return n
    }

    /// `len(v)`.
    public func length(_ v: Value) throws -> Int {
        if let log = accessLog { log.containerRead(v) }
        if case .object(let o) = v {
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
                if r.countOverflows { throw PyError.overflow("Python int too large to convert to C ssize_t") }
                return r.count
            case let c as NativeContainer: return try c.nativeLength(self)
            default: break
            }
        }
        throw PyError.typeError("object of type '\(v.type.name)' has no len()")
    }

    /// Normalises a sequence index (negative from the end) or raises IndexError.
    @inline(__always)
    func sequenceIndex(_ i: Value, count: Int, what: String) throws -> Int {
        guard let n = i.intValue else {
            if i.bigIntValue != nil { throw PyError.indexError("cannot fit 'int' into an index-sized integer") }
            if what == "string" { throw PyError.typeError("string indices must be integers, not '\(i.type.name)'") }
            throw PyError.typeError("\(what) indices must be integers or slices, not \(i.type.name)")
        }
        let idx = n < 0 ? n + count : n
        if idx < 0 || idx >= count { throw PyError.indexError("\(what) index out of range") }
        return idx
    }

    /// `v[key]`.
    public func getItem(_ v: Value, _ key: Value) throws -> Value {
        guard case .object(let o) = v else {
            throw PyError.typeError("'\(v.type.name)' object is not subscriptable")
        }
        if let userCls = o.userClass, let m = userCls.lookupUser(Names.getitem) { return try callTwo(m, v, key) }
        switch o {
        case let l as PyList:
            if case .object(let ko) = key, let s = ko as? PySlice {
                let r = try s.indices(length: l.items.count)
                return .object(PyList(sliceItems(l.items, r)))
            }
            return l.items[try sequenceIndex(key, count: l.items.count, what: "list")]
        case let t as PyTuple:
            if case .object(let ko) = key, let s = ko as? PySlice {
                return .object(PyTuple(sliceItems(t.items, try s.indices(length: t.items.count))))
            }
            return t.items[try sequenceIndex(key, count: t.items.count, what: "tuple")]
        case let d as PyDict:
            if let r = try d.get(key, self) { return r }
            if d.typeStorage != nil, let m = d.type.lookup(Names.missing) {
                return try call(m, [v, key])
            }
            throw PyError.keyError(key)
        case let s as PyStr:
            let sc = s.scalars
            if case .object(let ko) = key, let sl = ko as? PySlice {
                let r = try sl.indices(length: sc.count)
                if r.step == 1 {
                    var out = String.UnicodeScalarView()
                    if r.count > 0 { out.appendScalars(sc[r.start..<(r.start + r.count)]) }
                    return .str(String(out))
                }
                var out = String.UnicodeScalarView()
                var i = r.start
                for _ in 0..<r.count { out.append(sc[i]); i += r.step }
                return .str(String(out))
            }
            let idx = try sequenceIndex(key, count: sc.count, what: "string")
            return .str(String(Character(sc[idx])))
        case let r as PyRange:
            if case .object(let ko) = key, let sl = ko as? PySlice {
                let ix = try sl.indices(length: r.count)
                let start = r.element(ix.start)
                let (step, o1) = r.step.multipliedReportingOverflow(by: ix.step)
                let (extent, o2) = ix.count.multipliedReportingOverflow(by: step)
                let (stop, o3) = start.addingReportingOverflow(extent)
                if o1 || o2 || o3 || stop.subtractingReportingOverflow(start).overflow || step == Int.min {
                    throw PyError.overflow("Python int too large to convert to C ssize_t")
                }
                return .object(PyRange(start: start, stop: stop, step: step))
            }
            return .int(r.element(try sequenceIndex(key, count: r.count, what: "range object")))
        case let t as PyType:
            if let m = t.lookup(Names.classGetitem) { return try call(bind(m, to: v, type: t), [key]) }
            return .object(t)  // generic alias: list[int] -> list
        case let c as NativeContainer:
            return try c.nativeGetItem(self, key)
        default:
            throw PyError.typeError("'\(o.type.name)' object is not subscriptable")
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
            throw PyError.typeError("'\(v.type.name)' object does not support item assignment")
        }
        if let userCls = o.userClass, let m = userCls.lookupUser(Names.setitem) { _ = try call(m, [v, key, value]); return }
        switch o {
        case let l as PyList:
            if case .object(let ko) = key, let s = ko as? PySlice {
                let newItems = try toArray(value)
                let r = try s.indices(length: l.items.count)
                if r.step == 1 {
                    let hi = max(r.start, r.stop)
                    l.items.replaceSubrange(r.start..<hi, with: newItems)
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
            throw PyError.typeError("'\(o.type.name)' object does not support item assignment")
        }
    }

    /// `del v[key]`.
    public func deleteItem(_ v: Value, _ key: Value) throws {
        guard case .object(let o) = v else {
            throw PyError.typeError("'\(v.type.name)' object does not support item deletion")
        }
        if let userCls = o.userClass, let m = userCls.lookupUser(Names.delitem) { _ = try call(m, [v, key]); return }
        switch o {
        case let l as PyList:
            if case .object(let ko) = key, let s = ko as? PySlice {
                let r = try s.indices(length: l.items.count)
                if r.step == 1 { l.items.removeSubrange(r.start..<max(r.start, r.stop)); return }
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
            throw PyError.typeError("'\(o.type.name)' object does not support item deletion")
        }
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
                guard let n = item.intValue else { break }
                if r.step > 0 ? (n < r.start || n >= r.stop) : (n > r.start || n <= r.stop) { return false }
                return (n - r.start) % r.step == 0
            case let c as NativeContainer:
                if let r = try c.nativeContains(self, item) { return r }
            default: break
            }
        }
        // Fall back to iteration (`__iter__` or `__getitem__`).
        let it = try iterator(container)
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
        (self as? PyObject).map { "'\($0.type.name)' object" } ?? "object"
    }
    func nativeGetItem(_ vm: Interpreter, _ key: Value) throws -> Value {
        throw PyError.typeError("\(objectDescription) is not subscriptable")
    }
    func nativeSetItem(_ vm: Interpreter, _ key: Value, _ value: Value) throws {
        throw PyError.typeError("\(objectDescription) does not support item assignment")
    }
    func nativeDeleteItem(_ vm: Interpreter, _ key: Value) throws {
        throw PyError.typeError("\(objectDescription) does not support item deletion")
    }
    func nativeContains(_ vm: Interpreter, _ item: Value) throws -> Bool? { nil }
}
