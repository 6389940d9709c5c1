import BigInt

/// Comparison operators of the rich-comparison protocol.
public enum CompareOp: Int {
    case lt, le, eq, ne, gt, ge

    /// The operator with its operands swapped (`a < b` ⇔ `b > a`).
    var reflected: CompareOp {
        switch self { case .lt: return .gt; case .le: return .ge; case .gt: return .lt
        case .ge: return .le; case .eq: return .eq; case .ne: return .ne }
    }
    var dunder: PyStr {
        switch self { case .lt: return Names.lt; case .le: return Names.le; case .eq: return Names.eq
        case .ne: return Names.ne; case .gt: return Names.gt; case .ge: return Names.ge }
    }
    var symbol: String {
        switch self { case .lt: return "<"; case .le: return "<="; case .eq: return "=="
        case .ne: return "!="; case .gt: return ">"; case .ge: return ">=" }
    }
    @inline(__always)
    func apply<T: Comparable>(_ a: T, _ b: T) -> Bool {
        switch self { case .lt: return a < b; case .le: return a <= b; case .eq: return a == b
        case .ne: return a != b; case .gt: return a > b; case .ge: return a >= b }
    }

    /// `apply` on machine ints straight from a COMPARE_OP argument (the
    /// compiler emits only the six raw values), without decoding the enum.
    @inline(__always)
    static func applyRaw(_ raw: Int, _ a: Int, _ b: Int) -> Bool {
        switch raw {
        case 0: return a < b
        case 1: return a <= b
        case 2: return a == b
        case 3: return a != b
        case 4: return a > b
        default: return a >= b
        }
    }
}

/// Helpers that need no interpreter.
public enum Protocols {
    /// Whether dictionary key `k` equals the `str` key `key` (no user code).
    @inline(__always)
    public static func strKeyEquals(_ key: PyStr, _ k: Value) -> Bool {
        if case .object(let o) = k, let s = o as? PyStr { return s.hasSameCodePoints(as: key) }
        return false
    }
}

extension Interpreter {
    /// `hash(v)`.
    public func hash(_ v: Value) throws -> Int {
        switch v {
        case .none: return 0x5f3759df
        case .bool(let b): return b ? 1 : 0
        case .int(let i): return NumericHash.hash(i)
        case .float(let d): return NumericHash.hash(d)
        case .object(let o):
            if let s = o as? PyStr, o.typeStorage == nil { return s.hash }
            if !o.type.isBuiltin {
                if let m = o.type.lookupUser(Names.hash) {
                    if m.isNone { throw PyError.typeError("unhashable type: '\(o.type.cTypeName)'") }
                    let r = try callOne(m, v)
                    // A machine integer (the common result) needs no big-integer round trip.
                    if case .int(let h) = r { return h == -1 ? -2 : h }
                    guard let i = r.bigIntValue else {
                        throw PyError.typeError("__hash__ method should return an integer")
                    }
                    // CPython's slot_tp_hash: a result that fits a hash is kept
                    // as is (so hash(x) == x.__hash__()), -1 becoming -2.
                    if let h = Int(exactly: i) { return h == -1 ? -2 : h }
                    return NumericHash.hash(i)
                }
                if o.type.flags.unhashable { throw PyError.typeError("unhashable type: '\(o.type.cTypeName)'") }
                // asyncio's futures and tasks (Python subclasses of a core
                // type with no hash of its own) hash by identity: a class
                // check before the casts below, whose last is a protocol
                // conformance lookup (TaskGroup and wait hash every task).
                if o is PyFuture { return objectIdentityHash(o) }
            }
            switch o {
            case let s as PyStr: return s.hash
            case let b as PyBigInt: return NumericHash.hash(b.value)
            case let t as PyTuple:
                if let h = t.cachedHashValue { return h }
                return try withNestedHash { try t.hash(self) }
            case is PyList, is PyDict:
                throw PyError.typeError("unhashable type: '\(o.type.cTypeName)'")
            case let s as PySet:
                if !s.frozen { throw PyError.typeError("unhashable type: '\(o.type.cTypeName)'") }
                if let h = s.cachedHash { return h }
                let h = try withNestedHash { try frozensetHash(s) }
                s.cachedHash = h
                return h
            case let r as PyRange:
                return try r.hashKey.hash(self)
            default:
                if let h = o as? NativeHashable { return try h.nativeHash(self) }
                return objectIdentityHash(o)
            }
        }
    }

    /// Hashing a container hashes its items on the Swift stack, so a tuple
    /// nested a million deep must raise rather than overflow it.
    private func withNestedHash(_ body: () throws -> Int) throws -> Int {
        try withNativeNesting("maximum recursion depth exceeded while calling a Python object", body)
    }

    /// Default `object.__hash__`: derived from identity.
    public func objectIdentityHash(_ o: PyObject) -> Int {
        let addr = identity(of: o)
        return Int(bitPattern: (addr >> 4) | (addr << 60))
    }

    private func frozensetHash(_ s: PySet) throws -> Int {
        var h: UInt64 = 0
        for e in s.elements {
            let x = UInt64(bitPattern: Int64(try hash(e)))
            h ^= ((x ^ 89869747) ^ (x << 16)) &* 3644798167
        }
        h ^= (UInt64(s.count) &+ 1) &* 1927868237
        h ^= (h >> 11) ^ (h >> 25)
        h = h &* 69069 &+ 907133923
        var r = Int(Int64(bitPattern: h))
        if r == -1 { r = 590923713 }
        return r
    }

    /// Key equality for dicts and sets: identity, fast paths, then `==`.
    @inline(__always)
    public func keyEquals(_ a: Value, _ b: Value) throws -> Bool {
        switch (a, b) {
        case (.int(let x), .int(let y)): return x == y
        case (.object(let x), .object(let y)):
            if x === y { return true }
            if let s = x as? PyStr, let t = y as? PyStr, s.typeStorage == nil, t.typeStorage == nil {
                return s.hasSameCodePoints(as: t)
            }
        default: break
        }
        return try equals(a, b)
    }

    /// `a == b` as a Swift Bool.
    public func equals(_ a: Value, _ b: Value) throws -> Bool {
        if case .object(let x) = a, case .object(let y) = b, x === y, !(x is PyInstance) { return true }
        return try isTruthy(compare(a, b, .eq))
    }

    /// `x op y` for an `int` and a `float`, exactly as CPython compares them:
    /// the integer is never rounded to a double (`2**53 + 1 > 2.0**53`), and
    /// NaN is unordered (only `!=` holds).
    static func compareExactly(_ x: Int, _ y: Double, _ op: CompareOp) -> Bool {
        if y.isNaN { return op == .ne }
        let order: Int
        if x.magnitude <= 1 << 53 {
            let d = Double(x)
            order = d < y ? -1 : (d == y ? 0 : 1)
        } else if y >= 0x1p63 {
            order = -1
        } else if y < -0x1p63 {
            order = 1
        } else {
            let floorY = y.rounded(.down)
            let yi = Int(floorY)
            if x != yi { order = x < yi ? -1 : 1 } else { order = floorY == y ? 0 : -1 }
        }
        return op.apply(order, 0)
    }

    /// Rich comparison `a op b`, with reflected operands and identity
    /// fallback for `==`/`!=`; raises CPython's TypeError for unorderable types.
    public func compare(_ a: Value, _ b: Value, _ op: CompareOp) throws -> Value {
        // Fast paths for the common scalar cases.
        switch (a, b) {
        case (.int(let x), .int(let y)): return .bool(op.apply(x, y))
        case (.float(let x), .float(let y)): return .bool(op.apply(x, y))
        case (.int(let x), .float(let y)): return .bool(Self.compareExactly(x, y, op))
        case (.float(let x), .int(let y)): return .bool(Self.compareExactly(y, x, op.reflected))
        default: break
        }
        let ta = a.type, tb = b.type
        var checkedReflected = false
        if ta !== tb && tb.isSubtype(of: ta) && !tb.isBuiltin, let r = try userCompare(b, a, op.reflected) {
            checkedReflected = true
            if !isNotImplemented(r) { return r }
        }
        // A number of a wider kind on the right (`1 < floatSubclass`):
        // int's comparison leaves floats to float's, so the right operand's
        // own method comes first.
        let rightFirst = !checkedReflected && ta !== tb && !tb.isBuiltin
            && (Self.numericRank(a) ?? 3) < (Self.numericRank(b) ?? 0)
        if rightFirst, let r = try userCompare(b, a, op.reflected) {
            checkedReflected = true
            if !isNotImplemented(r) { return r }
        }
        if let r = try userCompare(a, b, op) ?? (rightFirst ? nil : builtinCompare(a, b, op)), !isNotImplemented(r) {
            return r
        }
        if !checkedReflected, let r = try userCompare(b, a, op.reflected) ?? builtinCompare(b, a, op.reflected),
           !isNotImplemented(r) {
            return r
        }
        switch op {
        case .eq: return .bool(a.isIdentical(b))
        case .ne: return .bool(!a.isIdentical(b))
        default:
            throw PyError.typeError(
                "'\(op.symbol)' not supported between instances of '\(ta.cTypeName)' and '\(tb.cTypeName)'")
        }
    }

    /// True for the `NotImplemented` singleton.
    @inline(__always)
    public func isNotImplemented(_ v: Value) -> Bool {
        if case .object(let o) = v { return o === BuiltinTypes.notImplemented }
        return false
    }

    private func userCompare(_ a: Value, _ b: Value, _ op: CompareOp) throws -> Value? {
        guard case .object(let o) = a, !o.type.isBuiltin else { return nil }
        if let m = o.type.lookupUser(op.dunder) { return try callTwo(m, a, b) }
        if op == .ne, let m = o.type.lookupUser(Names.eq) {
            let r = try call(m, [a, b])
            if isNotImplemented(r) { return r }
            return .bool(!(try isTruthy(r)))
        }
        return nil
    }

    /// The comparison builtin types implement; nil means NotImplemented.
    func builtinCompare(_ a: Value, _ b: Value, _ op: CompareOp) throws -> Value? {
        if let x = numericOperand(a), let y = numericOperand(b) {
            switch (x, y) {
            case (.small(let p), .small(let q)): return .bool(op.apply(p, q))
            case (.double(let p), .double(let q)): return .bool(op.apply(p, q))
            case (.big(let p), .big(let q)): return .bool(op.apply(p, q))
            case (.double(let p), _): return .bool(compareFloatInt(p, y.big, op))
            case (_, .double(let q)): return .bool(compareFloatInt(q, x.big, op.reflected))
            default: return .bool(op.apply(x.big, y.big))
            }
        }
        guard case .object(let oa) = a, case .object(let ob) = b else {
            if case .object(let oa) = a, let n = oa as? NativeOperand { return try n.nativeCompare(self, op, b) }
            if a.isNone && b.isNone { return op == .eq ? .true : (op == .ne ? .false : nil) }
            return nil
        }
        switch (oa, ob) {
        case (let x as PyStr, let y as PyStr):
            if op == .eq { return .bool(x.hasSameCodePoints(as: y)) }
            if op == .ne { return .bool(!x.hasSameCodePoints(as: y)) }
            return .bool(compareScalars(x, y, op))
        case (let x as PyList, let y as PyList):
            return try compareSequences(x.items, y.items, op)
        case (let x as PyTuple, let y as PyTuple):
            return try compareSequences(x.items, y.items, op)
        case (let x as PyDict, let y as PyDict):
            guard op == .eq || op == .ne else { return nil }
            return try withNestedComparison {
                var same = x.count == y.count
                if same {
                    for (k, v) in x.items {
                        try nativeWork()
                        // Identity first, as CPython's dict_equal (`{1: o} == {1: o}` whatever o.__eq__ says).
                        guard let w = try y.get(k, self), try v.isIdentical(w) || equals(v, w) else { same = false; break }
                    }
                }
                return .bool(op == .eq ? same : !same)
            }
        case (let x as PySet, let y as PySet):
            return try withNestedComparison { try compareSets(x, y, op) }
        case (let x as PyRange, let y as PyRange):
            guard op == .eq || op == .ne else { return nil }
            let same = x.sameElements(as: y)
            return .bool(op == .eq ? same : !same)
        default:
            if let n = oa as? NativeOperand, let r = try withNestedComparison({ try n.nativeCompare(self, op, b) }) {
                return r
            }
            if op == .eq { return oa === ob ? .true : nil }
            if op == .ne { return oa === ob ? .false : nil }
            return nil
        }
    }

    private func compareScalars(_ x: PyStr, _ y: PyStr, _ op: CompareOp) -> Bool {
        // Python orders strings by code point, which is UTF-8 byte order.
        let a = x.value.unicodeScalars, b = y.value.unicodeScalars
        let order = a.lexicographicallyPrecedes(b) { $0.value < $1.value } ? -1 : (x.hasSameCodePoints(as: y) ? 0 : 1)
        return op.apply(order, 0)
    }

    /// Comparing containers compares their items on the Swift stack.
    private func withNestedComparison<T>(_ body: () throws -> T) throws -> T {
        try withNativeNesting("maximum recursion depth exceeded in comparison", body)
    }

    private func compareSequences(_ a: [Value], _ b: [Value], _ op: CompareOp) throws -> Value {
        try withNestedComparison { try compareSequenceItems(a, b, op) }
    }

    private func compareSequenceItems(_ a: [Value], _ b: [Value], _ op: CompareOp) throws -> Value {
        var i = 0
        while i < a.count && i < b.count {
            try nativeWork()  // a flat list of millions is a long walk too
            if !(try keyEquals(a[i], b[i])) { break }
            i += 1
        }
        if i >= a.count || i >= b.count {
            return .bool(op.apply(a.count, b.count))
        }
        if op == .eq { return .false }
        if op == .ne { return .true }
        return try compare(a[i], b[i], op)
    }

    private func compareSets(_ x: PySet, _ y: PySet, _ op: CompareOp) throws -> Value {
        func subset(_ p: PySet, _ q: PySet) throws -> Bool {
            if p.count > q.count { return false }
            for e in p.elements where !(try q.contains(e, self)) { return false }
            return true
        }
        switch op {
        case .eq: return .bool(try x.count == y.count && subset(x, y))
        case .ne: return .bool(!(try x.count == y.count && subset(x, y)))
        case .le: return .bool(try subset(x, y))
        case .ge: return .bool(try subset(y, x))
        case .lt: return .bool(try x.count < y.count && subset(x, y))
        case .gt: return .bool(try y.count < x.count && subset(y, x))
        }
    }

    private func compareFloatInt(_ d: Double, _ i: BigInt, _ op: CompareOp) -> Bool {
        if d.isNaN { return op == .ne }
        if d.isInfinite { return op.apply(d, 0) }
        // Compare exactly: floor the float and compare as integers, then the fraction.
        let fl = d.rounded(.down)
        let bi = BigInt(fl)
        if bi != i { return op.apply(bi, i) }
        return op.apply(d, fl)
    }
}
