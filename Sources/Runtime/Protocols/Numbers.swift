import BigInt
import Foundation

/// A number unpacked for mixed-type arithmetic.
enum NumOperand {
    case small(Int), big(BigInt), double(Double)
    var big: BigInt {
        switch self { case .small(let i): return BigInt(i); case .big(let b): return b
        case .double(let d): return BigInt(d) }
    }
    /// The operand as a float for mixed int/float arithmetic: a big int is
    /// correctly rounded, or `OverflowError: int too large to convert to
    /// float` (`10 ** 400 * 1.0`).
    func double() throws -> Double {
        switch self { case .small(let i): return Double(i)
        case .big(let b): return try IntegerConversion.toDoubleOrThrow(b)
        case .double(let d): return d }
    }
}

/// Binary arithmetic operators.
public enum BinaryOp: Int {
    case add, sub, mul, matmul, truediv, floordiv, mod, pow, lshift, rshift, and, or, xor

    var symbol: String {
        ["+", "-", "*", "@", "/", "//", "%", "** or pow()", "<<", ">>", "&", "|", "^"][rawValue]
    }
    var dunderBase: String {
        ["add", "sub", "mul", "matmul", "truediv", "floordiv", "mod", "pow", "lshift", "rshift",
         "and", "or", "xor"][rawValue]
    }
    static let forward: [PyStr] = (0..<13).map { Names.intern("__\(BinaryOp(rawValue: $0)?.dunderBase ?? "")__") }
    static let reflected: [PyStr] = (0..<13).map { Names.intern("__r\(BinaryOp(rawValue: $0)?.dunderBase ?? "")__") }
    static let inplace: [PyStr] = (0..<13).map { Names.intern("__i\(BinaryOp(rawValue: $0)?.dunderBase ?? "")__") }
}

extension Interpreter {
    /// Unpacks `int`/`bool`/`float`/big-int values.
    @inline(__always)
    func numericOperand(_ v: Value) -> NumOperand? {
        switch v {
        case .int(let i): return .small(i)
        case .bool(let b): return .small(b ? 1 : 0)
        case .float(let d): return .double(d)
        case .object(let o):
            if let b = o as? PyBigInt { return .big(b.value) }
            if let f = o as? PyFloatSubclassInstance { return .double(f.value) }
            return nil
        case .none: return nil
        }
    }

    /// `a op b` (or `a op= b` when `inplace`), with the full dunder protocol.
    public func binaryOp(_ a: Value, _ b: Value, _ op: BinaryOp, inplace: Bool = false) throws -> Value {
        if case .int(let x) = a, case .int(let y) = b, let r = smallIntOp(x, y, op) { return r }
        if case .float(let x) = a, case .float(let y) = b, let r = try floatOp(x, y, op) { return r }
        let ta = a.type, tb = b.type
        if inplace, case .object(let o) = a, let userCls = o.userClass, let m = userCls.lookupUser(BinaryOp.inplace[op.rawValue]) {
            let r = try callTwo(m, a, b)
            if !isNotImplemented(r) { return r }
        }
        var triedReflected = false
        let reflectedName = BinaryOp.reflected[op.rawValue]
        // CPython tries a subclass's reflected method first when it
        // overrides the left type's (`method_is_overloaded`).
        if ta !== tb, !tb.isBuiltin, tb.isSubtype(of: ta), let m = tb.lookupUser(reflectedName),
           Self.overridesReflected(m, ta, reflectedName) {
            triedReflected = true
            let r = try callTwo(m, b, a)
            if !isNotImplemented(r) { return r }
        }
        // The right operand's reflected method comes before the builtin
        // arithmetic when the left type's own slot would not take it
        // (`1 - floatSubclass`: int's subtraction leaves floats to float's).
        let rightFirst = !triedReflected && ta !== tb && !tb.isBuiltin
            && !Self.leftSlotAccepts(a, b, op) && tb.lookupUser(reflectedName) != nil
        if !ta.isBuiltin, let m = ta.lookupUser(BinaryOp.forward[op.rawValue]) {
            let r = try callTwo(m, a, b)
            if !isNotImplemented(r) { return r }
        } else if !rightFirst, let r = try builtinBinary(a, b, op, inplace: inplace) {
            return r
        }
        if !triedReflected && ta !== tb {
            if !tb.isBuiltin, let m = tb.lookupUser(reflectedName) {
                let r = try callTwo(m, b, a)
                if !isNotImplemented(r) { return r }
                // The sequences' concatenation and repetition come after
                // both operands' numeric methods (`sq_concat`, `sq_repeat`).
                if rightFirst, Self.isSequenceOperation(a, b, op), !Self.sequenceSlotCleared(a, b, op),
                   let r = try builtinBinary(a, b, op, inplace: inplace) { return r }
            } else if tb.isBuiltin && !ta.isBuiltin, !Self.sequenceSlotCleared(a, b, op),
                      let r = try builtinBinary(a, b, op, inplace: inplace) {
                return r
            }
        }
        // A sequence times an object with `__index__` (after both operands'
        // own methods, as CPython tries `sq_repeat` last).
        if op == .mul, let r = try repeatByIndex(a, b, inplace: inplace) ?? repeatByIndex(b, a, inplace: false) {
            return r
        }
        if op == .add, let s = a.asStr, s.type.isBuiltin {
            throw PyError.typeError("can only concatenate str (not \"\(tb.name)\") to str")
        }
        if op == .add, case .object(let o) = a, o is PyList, b.object.map({ !($0 is PyList) }) ?? true {
            throw PyError.typeError("can only concatenate list (not \"\(tb.name)\") to list")
        }
        if op == .add, case .object(let o) = a, o is PyTuple, b.object.map({ !($0 is PyTuple) }) ?? true {
            throw PyError.typeError("can only concatenate tuple (not \"\(tb.name)\") to tuple")
        }
        if op == .mul, !Self.sequenceSlotCleared(a, b, op), let message = SequenceRepeatError.message(ta, tb) {
            throw PyError.typeError(message)
        }
        // `a **= b` names its operator `**=` (CPython's PyNumber_InPlacePower),
        // where `a ** b` says `** or pow()`.
        let symbol = inplace ? (op == .pow ? "**" : op.symbol) + "=" : op.symbol
        throw PyError.typeError("unsupported operand type(s) for \(symbol): '\(ta.cTypeName)' and '\(tb.cTypeName)'")
    }

    /// Whether `m`, a reflected method found on a subclass of `left`,
    /// differs from what `left` itself has under that name.
    static func overridesReflected(_ m: Value, _ left: PyType, _ name: PyStr) -> Bool {
        if left.isBuiltin { return true }
        guard let inherited = left.lookup(name) else { return true }
        if case .object(let x) = m, case .object(let y) = inherited { return x !== y }
        return true
    }

    /// Rank of a number's storage in CPython's mixed arithmetic: an int's
    /// slots take ints, a float's ints and floats, a complex's all three.
    static func numericRank(_ v: Value) -> Int? {
        switch v {
        case .int, .bool: return 0
        case .float: return 1
        case .none: return nil
        case .object(let o):
            if o is PyBigInt { return 0 }
            if o is PyFloatSubclassInstance { return 1 }
            if o is PyComplex { return 2 }
            return nil
        }
    }

    /// Whether the builtin slot of `a`'s type (inherited by a subclass)
    /// would compute `a op b` rather than answer NotImplemented, for the
    /// cases where our symmetric `builtinBinary` is more permissive: an int
    /// with a float or complex, a float with a complex, an int times a
    /// sequence, and a sequence's `+`/`*` (sequence methods, tried last).
    static func leftSlotAccepts(_ a: Value, _ b: Value, _ op: BinaryOp) -> Bool {
        if let ra = numericRank(a) {
            if let rb = numericRank(b) { return rb <= ra }
            if ra == 0, op == .mul, case .object(let ob) = b, isRepeatable(ob) { return false }
            return true
        }
        return !isSequenceOperation(a, b, op)
    }

    /// `+` with a str, list or tuple on the left, or `*` with one on either side.
    static func isSequenceOperation(_ a: Value, _ b: Value, _ op: BinaryOp) -> Bool {
        guard op == .add || op == .mul else { return false }
        if case .object(let oa) = a, oa is PyStr || oa is PyList || oa is PyTuple { return true }
        if op == .mul, case .object(let ob) = b, ob is PyStr || ob is PyList || ob is PyTuple { return true }
        return false
    }

    /// Whether the sequence `a op b` would concatenate or repeat has lost
    /// that slot: a subclass of str, list or tuple whose class defines
    /// `__add__` (concatenation) or `__mul__`/`__rmul__` (repetition) in
    /// Python, which CPython's `update_one_slot` leaves without
    /// `sq_concat`/`sq_repeat` (`3 * S('b')` when `S.__rmul__` returns
    /// NotImplemented is a TypeError).
    static func sequenceSlotCleared(_ a: Value, _ b: Value, _ op: BinaryOp) -> Bool {
        guard op == .add || op == .mul else { return false }
        var seq: PyObject?
        if case .object(let oa) = a, oa is PyStr || oa is PyList || oa is PyTuple { seq = oa }
        else if op == .mul, case .object(let ob) = b, ob is PyStr || ob is PyList || ob is PyTuple { seq = ob }
        guard let user = seq?.userClass else { return false }
        if op == .add { return user.lookupUser(BinaryOp.forward[op.rawValue]) != nil }
        return user.lookupUser(BinaryOp.forward[op.rawValue]) != nil
            || user.lookupUser(BinaryOp.reflected[op.rawValue]) != nil
    }

    @inline(__always)
    func smallIntOp(_ x: Int, _ y: Int, _ op: BinaryOp) -> Value? {
        switch op {
        case .add: let (r, o) = x.addingReportingOverflow(y); return o ? .integer(BigInt(x) + BigInt(y)) : .int(r)
        case .sub: let (r, o) = x.subtractingReportingOverflow(y); return o ? .integer(BigInt(x) - BigInt(y)) : .int(r)
        case .mul: let (r, o) = x.multipliedReportingOverflow(by: y); return o ? .integer(BigInt(x) * BigInt(y)) : .int(r)
        case .floordiv:
            if y == 0 || (x == Int.min && y == -1) { return nil }
            var q = x / y
            if (x % y != 0) && ((x < 0) != (y < 0)) { q -= 1 }
            return .int(q)
        case .mod:
            if y == 0 || y == -1 { return y == -1 ? .int(0) : nil }
            var r = x % y
            if r != 0 && ((r < 0) != (y < 0)) { r += y }
            return .int(r)
        case .truediv:
            if y == 0 { return nil }
            if x.magnitude < (1 << 53) && y.magnitude < (1 << 53) { return .float(Double(x) / Double(y)) }
            return nil
        case .and: return .int(x & y)
        case .or: return .int(x | y)
        case .xor: return .int(x ^ y)
        case .lshift:
            if y < 0 || y >= 64 { return nil }
            let r = x << y
            return (r >> y) == x ? .int(r) : nil
        case .rshift:
            if y < 0 { return nil }
            return .int(y >= 64 ? (x < 0 ? -1 : 0) : x >> y)
        case .pow:
            // Squaring in machine words; an overflow (or a negative
            // exponent, a float) takes the general path.
            guard y >= 0 else { return nil }
            var result = 1, base = x, e = y
            while true {
                if e & 1 == 1 {
                    let (r, o) = result.multipliedReportingOverflow(by: base)
                    if o { return nil }
                    result = r
                }
                e >>= 1
                if e == 0 { return .int(result) }
                let (b, o) = base.multipliedReportingOverflow(by: base)
                if o { return nil }
                base = b
            }
        default: return nil
        }
    }

    func floatOp(_ x: Double, _ y: Double, _ op: BinaryOp) throws -> Value? {
        switch op {
        case .add: return .float(x + y)
        case .sub: return .float(x - y)
        case .mul: return .float(x * y)
        case .truediv:
            if y == 0 { throw PyError.zeroDivision("float division by zero") }
            return .float(x / y)
        case .floordiv:
            if y == 0 { throw PyError.zeroDivision("float floor division by zero") }
            return .float(FloatMath.floorDiv(x, y))
        case .mod:
            if y == 0 { throw PyError.zeroDivision("float modulo") }
            return .float(FloatMath.mod(x, y))
        case .pow: return try FloatMath.pow(x, y)
        default: return nil
        }
    }

    /// `str`, `list`, `tuple`, `set` and `dict` storage: final classes that
    /// adopt neither `NativeOperand` nor `NativeInplaceOperand`.
    @inline(__always)
    static func isCoreContainer(_ o: PyObject) -> Bool {
        o is PyStr || o is PyList || o is PyTuple || o is PyDict || o is PySet
    }

    /// An inline value or a core container (see `isCoreContainer`).
    @inline(__always)
    static func isCoreOrInline(_ v: Value) -> Bool {
        if case .object(let o) = v { return isCoreContainer(o) }
        return true
    }

    /// Arithmetic of builtin types; nil means NotImplemented.
    func builtinBinary(_ a: Value, _ b: Value, _ op: BinaryOp, inplace: Bool) throws -> Value? {
        // bool's own `&`, `|` and `^` keep the type (`True & False` is False).
        if case .bool(let x) = a, case .bool(let y) = b {
            switch op {
            case .and: return .bool(x && y)
            case .or: return .bool(x || y)
            case .xor: return .bool(x != y)
            default: break
            }
        }
        if let x = numericOperand(a), let y = numericOperand(b) {
            return try numericBinary(x, y, op)
        }
        guard case .object(let oa) = a else {
            if case .object(let ob) = b, let n = ob as? NativeOperand,
               let r = try n.nativeBinary(self, op, a, reflected: true) { return r }
            if case .object(let ob) = b, op == .mul, let n = a.intValue { return try repeatSequence(ob, n) }
            return nil
        }
        // A protocol cast looks its conformance up in the runtime's table
        // (a few percent of a string- or list-building loop); the core
        // containers conform to neither protocol, so two of them, or one
        // with an inline value, skip the casts (class checks are cheap).
        // `d |= x` updates from any mapping or iterable of pairs as
        // `d.update(x)`, before a view's reflected `|` (`d | x` needs a dict).
        if inplace, op == .or, let d = oa as? PyDict {
            try dictUpdate(d, b)
            return a
        }
        if !(Self.isCoreContainer(oa) && Self.isCoreOrInline(b)) {
            if inplace, let n = oa as? NativeInplaceOperand, let r = try n.nativeInplace(self, op, b) { return r }
            if let n = oa as? NativeOperand, let r = try n.nativeBinary(self, op, b, reflected: false) { return r }
            if case .object(let ob) = b, let n = ob as? NativeOperand,
               let r = try n.nativeBinary(self, op, a, reflected: true) { return r }
        }
        switch op {
        case .add:
            if let s = oa as? PyStr, let t = b.asStr {
                try charge(s.value.utf8.count + t.value.utf8.count)
                return try makeStr(s.value + t.value)
            }
            if let l = oa as? PyList, case .object(let ob) = b, let m = ob as? PyList {
                try charge((l.items.count + m.items.count) * 16)
                if inplace { l.items.append(contentsOf: m.items); try retrack(l); return a }
                return try makeList(l.items + m.items)
            }
            if inplace, let l = oa as? PyList {
                l.items.append(contentsOf: try toArray(b))
                try retrack(l)
                return a
            }
            if let l = oa as? PyTuple, case .object(let ob) = b, let m = ob as? PyTuple {
                try charge(l.items.count + m.items.count, times: 16)
                return .object(PyTuple(l.items + m.items))
            }
        case .mul:
            if let n = b.intValue { return try repeatSequence(oa, n, inplace: inplace) }
            // A count beyond a machine word, either side (CPython's
            // OverflowError before any size check).
            if b.bigIntValue != nil, Self.isRepeatable(oa) {
                throw PyError.overflow("cannot fit '\(b.type.cTypeName)' into an index-sized integer")
            }
            if oa is PyBigInt, case .object(let ob) = b, Self.isRepeatable(ob) {
                // An int subclass instance of any value is a PyBigInt.
                if let n = a.intValue { return try repeatSequence(ob, n, inplace: false) }
                throw PyError.overflow("cannot fit '\(a.type.cTypeName)' into an index-sized integer")
            }
        case .mod:
            if let s = oa as? PyStr { return try percentFormat(s.value, b) }
        case .or, .and, .sub, .xor:
            if let s = oa as? PySet, case .object(let ob) = b, let t = ob as? PySet {
                return try setOperation(s, t, op, inplace: inplace)
            }
            if op == .or, let d = oa as? PyDict, case .object(let ob) = b, let e = ob as? PyDict {
                let r = inplace ? d : d.copy()
                for (k, v) in e.items { try r.set(k, v, self) }
                return .object(r)
            }

        default: break
        }
        return nil
    }

    /// The builtin sequences `seq * n` repeats.
    static func isRepeatable(_ o: PyObject) -> Bool {
        o is PyStr || o is PyList || o is PyTuple || o is PyBytes || o is PyByteArray
    }

    /// `seq * n` where `n` is an instance of a class with `__index__`.
    private func repeatByIndex(_ seq: Value, _ n: Value, inplace: Bool) throws -> Value? {
        guard case .object(let o) = seq, o is PyStr || o is PyList || o is PyTuple,
              case .object(let no) = n, no.userClass?.lookupUser(Names.index) != nil else { return nil }
        let count = try indexValue(n)
        guard let k = Int(exactly: count) else {
            throw PyError.overflow("cannot fit '\(n.type.cTypeName)' into an index-sized integer")
        }
        return try repeatSequence(o, k, inplace: inplace)
    }

    func repeatSequence(_ o: PyObject, _ n: Int, inplace: Bool = false) throws -> Value? {
        let count = max(0, n)
        switch o {
        case let s as PyStr:
            let (bytes, over) = s.value.utf8.count.multipliedReportingOverflow(by: count)
            if over { throw LimitExceeded(name: "memory", value: limits.memoryBytes) }
            try charge(bytes)
            if count == 0 || s.value.isEmpty { return .str("") }
            // A handful of memcpy calls instead of one append per repetition.
            let unit = Array(s.value.utf8)
            let repeated = String(unsafeUninitializedCapacity: bytes) { out in
                guard let base = out.baseAddress else { return 0 }
                ByteRepetition.fill(base, total: bytes, with: unit)
                return bytes
            }
            return try makeStr(repeated)
        case let l as PyList:
            let (items, over) = l.items.count.multipliedReportingOverflow(by: count)
            if over || items > Int.max / 16 { throw LimitExceeded(name: "memory", value: limits.memoryBytes) }
            try charge(items * 16)
            var r: [Value]
            if l.items.count == 1 {
                r = Array(repeating: l.items[0], count: count)
            } else {
                r = []
                r.reserveCapacity(items)
                let src = l.items
                for _ in 0..<count { r.append(contentsOf: src) }
            }
            if inplace {
                // `l *= 0` clears the list last item first (CPython's list_clear).
                if r.isEmpty { DeepRelease.releaseItems(&l.items) } else { l.items = r }
                try retrack(l)
                return .object(l)
            }
            return try makeList(r)
        case let t as PyTuple:
            let (items, over) = t.items.count.multipliedReportingOverflow(by: count)
            if over || items > Int.max / 16 { throw LimitExceeded(name: "memory", value: limits.memoryBytes) }
            try charge(items * 16)
            var r: [Value] = []
            r.reserveCapacity(items)
            for _ in 0..<count { r.append(contentsOf: t.items) }
            return .object(PyTuple(r))
        default: return nil
        }
    }

    /// `n` as a float operand, with CPython's OverflowError for a huge int.
    func floatOperand(_ n: NumOperand) throws -> Double {
        do { return try n.double() } catch let f as PyFailure { throw pyError(from: f) }
    }

    func numericBinary(_ x: NumOperand, _ y: NumOperand, _ op: BinaryOp) throws -> Value? {
        if case .double = x { return try floatOp(try floatOperand(x), try floatOperand(y), op) }
        if case .double = y { return try floatOp(try floatOperand(x), try floatOperand(y), op) }
        if case .small(let p) = x, case .small(let q) = y, let r = smallIntOp(p, q, op) { return r }
        let p = x.big, q = y.big
        switch op {
        case .add: return .integer(p + q)
        case .sub: return .integer(p - q)
        case .mul:
            try charge((p.bitWidth + q.bitWidth) / 8)
            try chargeBigWork(.multiply(p.bitWidth, q.bitWidth))
            return .integer(LargeIntegerKernels.multiply(p, q))
        case .truediv:
            do { return .float(try IntegerArithmetic.trueDivide(p, q)) } catch let f as PyFailure { throw pyError(from: f) }
        case .floordiv, .mod:
            if q.isZero {
                throw PyError.zeroDivision(op == .mod ? "integer modulo by zero" : "integer division or modulo by zero")
            }
            try chargeBigWork(.divide(p.bitWidth, q.bitWidth))
            var (quo, rem) = LargeIntegerKernels.quotientAndRemainder(p, q)
            if !rem.isZero && (rem.signum() != q.signum()) { quo -= 1; rem += q }
            return .integer(op == .mod ? rem : quo)
        case .pow: return try intPow(p, q)
        case .lshift:
            if q.signum() < 0 { throw PyError.valueError("negative shift count") }
            // As CPython: zero stays zero, and a shift count beyond a machine
            // word is an OverflowError, not an attempt.
            if p.isZero { return .int(0) }
            guard let s = Int(exactly: q) else { throw PyError(BuiltinTypes.overflowError, "too many digits in integer") }
            guard s < limits.memoryBytes * 8 else {
                throw LimitExceeded(name: "memory", value: limits.memoryBytes)
            }
            try charge((p.bitWidth + s) / 8)
            return .integer(p << s)
        case .rshift:
            if q.signum() < 0 { throw PyError.valueError("negative shift count") }
            guard let s = Int(exactly: q) else { return .int(p.signum() < 0 ? -1 : 0) }
            return .integer(p >> s)
        case .and: return .integer(p & q)
        case .or: return .integer(p | q)
        case .xor: return .integer(p ^ q)
        case .matmul: return nil
        }
    }

    func intPow(_ p: BigInt, _ q: BigInt) throws -> Value {
        if q.signum() < 0 {
            if p.isZero { throw PyError.zeroDivision("0.0 cannot be raised to a negative power") }
            return try FloatMath.pow(Double(p), Double(q))
        }
        if p.magnitude <= 1 {
            if p.isZero { return .int(q.isZero ? 1 : 0) }
            if p == 1 { return .int(1) }
            return .int((q & 1) == 1 ? -1 : 1)
        }
        guard let e = Int(exactly: q) else { throw LimitExceeded(name: "memory", value: limits.memoryBytes) }
        let bits = Double(p.magnitude.bitWidth) * Double(e)
        if bits / 8 > Double(limits.memoryBytes) { throw LimitExceeded(name: "memory", value: limits.memoryBytes) }
        try charge(Int(bits / 8))
        try chargeBigWork(.power(Int(bits)))
        return .integer(LargeIntegerKernels.power(p, e))
    }

    func setOperation(_ s: PySet, _ t: PySet, _ op: BinaryOp, inplace: Bool) throws -> Value {
        let result = inplace ? s : PySet(frozen: s.frozen)
        switch op {
        case .or:
            if !inplace { for e in s.elements { try result.add(e, self) } }
            for e in t.elements { try result.add(e, self) }
        case .and:
            let keep = try s.elements.filter { try t.contains($0, self) }
            if inplace { result.removeAll() }
            for e in keep { try result.add(e, self) }
        case .sub:
            if inplace { for e in t.elements { try result.remove(e, self) } }
            else { for e in s.elements where !(try t.contains(e, self)) { try result.add(e, self) } }
        default:
            let left = try s.elements.filter { !(try t.contains($0, self)) }
            let right = try t.elements.filter { !(try s.contains($0, self)) }
            if inplace { result.removeAll() }
            for e in left + right { try result.add(e, self) }
        }
        return .object(result)
    }
}

/// Float arithmetic with Python's semantics (floor division and modulo
/// rounding toward negative infinity, pow's error cases).
enum FloatMath {
    static func mod(_ x: Double, _ y: Double) -> Double {
        var m = fmod(x, y)
        if m != 0 {
            if (y < 0) != (m < 0) { m += y }
        } else {
            m = y < 0 ? -0.0 : 0.0
        }
        return m
    }

    static func floorDiv(_ x: Double, _ y: Double) -> Double {
        let m = fmod(x, y)
        var div = (x - m) / y
        if m != 0 && ((y < 0) != (m < 0)) { div -= 1 }
        if div != 0 {
            var fl = div.rounded(.down)
            if div - fl > 0.5 { fl += 1 }
            return fl
        }
        return (x / y).sign == .minus ? -0.0 : 0.0
    }

    static func pow(_ x: Double, _ y: Double) throws -> Value {
        if x == 0 && y < 0 { throw PyError.zeroDivision("0.0 cannot be raised to a negative power") }
        if x < 0 && y != y.rounded() && y.isFinite {
            // A negative base with a fractional exponent: complex, as CPython.
            do {
                return .object(PyComplex(try ComplexValue.power(ComplexValue(x, 0), ComplexValue(y, 0))))
            } catch {
                throw PyError(BuiltinTypes.overflowError, "complex exponentiation")
            }
        }
        let r = Foundation.pow(x, y)
        if r.isInfinite && x.isFinite && y.isFinite { throw PyError.overflow("(34, 'Numerical result out of range')") }
        return .float(r)
    }
}
