/// A Python `list`.
public final class PyList: PyObject {
    /// The elements.
    public var items: [Value]
    private var account: MemoryAccount?
    /// Bytes attributed to the memory account (0 when untracked).
    public private(set) var chargedBytes = 0

    deinit {
        account?.used -= chargedBytes
        if !items.isEmpty { DeepRelease.releaseItems(&items) }
    }

    /// Attributes `bytes` for this list to `account` until it is freed.
    func track(_ account: MemoryAccount, _ bytes: Int) {
        self.account = account
        account.used += bytes - chargedBytes
        chargedBytes = bytes
    }
    /// Creates a `list`.
    public init(_ items: [Value] = []) {
        self.items = items
        super.init(type: nil)
        CycleCollector.track(self)
    }
    /// Creates an instance of a `list` subclass.
    public init(_ items: [Value], type: PyType) {
        self.items = items
        super.init(type: type, hasDict: true)
        CycleCollector.track(self)
    }
    public override var exactBuiltinType: PyType { BuiltinTypes.list }
}

/// A Python `tuple`.
public final class PyTuple: PyObject {
    /// The elements.
    public private(set) var items: [Value]
    private var cachedHash: Int?
    deinit { if !items.isEmpty { DeepRelease.releaseItems(&items) } }
    /// Lends the field holding the elements to the cycle collector, which
    /// reads it in place (Memory/CycleCollector.swift).
    func visitStorage(_ body: (UnsafeMutablePointer<[Value]>) -> Void) {
        withUnsafeMutablePointer(to: &items, body)
    }
    /// Creates a `tuple`.
    public init(_ items: [Value]) {
        self.items = items
        super.init(type: nil)
        CycleCollector.track(self)
    }
    /// Creates an instance of a `tuple` subclass (e.g. a namedtuple).
    public init(_ items: [Value], type: PyType) {
        self.items = items
        super.init(type: type, hasDict: true)
        CycleCollector.track(self)
    }
    public override var exactBuiltinType: PyType { BuiltinTypes.tuple }

    /// The empty tuple (shared by every thread, so never tracked).
    public static let empty: PyTuple = {
        let t = PyTuple([])
        CycleCollector.untrack(t)
        return t
    }()

    /// Drops the elements of a tuple the cycle collector found unreachable.
    func clearForCollector() {
        if !items.isEmpty { DeepRelease.release(&items, leaving: []) }
    }

    /// The hash once computed.
    var cachedHashValue: Int? { cachedHash }

    /// CPython's tuple hash (xxHash-based, 3.8+), cached.
    public func hash(_ vm: Interpreter) throws -> Int {
        if let h = cachedHash { return h }
        let prime1: UInt64 = 11400714785074694791
        let prime2: UInt64 = 14029467366897019727
        let prime5: UInt64 = 2870177450012600261
        var acc: UInt64 = prime5
        for item in items {
            let lane = UInt64(bitPattern: Int64(try vm.hash(item)))
            acc = acc &+ lane &* prime2
            acc = (acc << 31) | (acc >> 33)
            acc = acc &* prime1
        }
        acc = acc &+ (UInt64(items.count) ^ (prime5 ^ 3527539))
        var h = Int(Int64(bitPattern: acc))
        if h == -1 { h = 1546275796 }
        cachedHash = h
        return h
    }
}

/// A Python `range`.
///
/// Ranges whose bounds and length fit in `Int` (every range a loop can
/// finish) keep them in `start`/`stop`/`step`. Others (`range(10**30)`,
/// `range(-2**63, 2**63)`) are *wide*: `wide` holds the exact bounds and
/// the `Int` fields are an empty range, so code that reads them without
/// checking `wide` sees no elements rather than wrong ones
/// (`Objects/RangeArithmetic.swift` has the exact arithmetic).
public final class PyRange: PyObject {
    /// start, stop, step (step != 0); `0, 0, 1` for a wide range.
    public let start: Int, stop: Int, step: Int
    /// The exact bounds when they or the length do not fit in `Int`.
    public let wide: WideRange?
    /// Creates a range whose span `stop - start` fits in `Int` and whose
    /// step is not `Int.min` (`PyRange.make` checks and picks the form).
    public init(start: Int, stop: Int, step: Int) {
        self.start = start; self.stop = stop; self.step = step
        wide = nil
        super.init(type: nil)
    }
    /// Creates a wide range.
    init(wide: WideRange) {
        start = 0; stop = 0; step = 1
        self.wide = wide
        super.init(type: nil)
    }
    public override var exactBuiltinType: PyType { BuiltinTypes.range }
    /// Number of elements of a narrow range (0 for a wide one: see `bigLength`).
    public var count: Int {
        if step > 0 { return start < stop ? (stop &- start &- 1) / step &+ 1 : 0 }
        return start > stop ? (start &- stop &- 1) / -step &+ 1 : 0
    }
    /// Element `i` (0 <= i < count) of a narrow range.
    public func element(_ i: Int) -> Int { start + i * step }
}

/// A Python `slice`.
public final class PySlice: PyObject {
    /// The three slice fields (None when omitted).
    public private(set) var start: Value, stop: Value, step: Value
    deinit {
        DeepRelease.release(&start, leaving: .none)
        DeepRelease.release(&stop, leaving: .none)
        DeepRelease.release(&step, leaving: .none)
    }
    /// Creates a slice.
    public init(start: Value, stop: Value, step: Value) {
        self.start = start; self.stop = stop; self.step = step
        super.init(type: nil)
    }
    public override var exactBuiltinType: PyType { BuiltinTypes.slice }

    /// Resolves the slice against a sequence length (`slice.indices`).
    public func indices(length: Int) throws -> (start: Int, stop: Int, step: Int, count: Int) {
        func num(_ v: Value) throws -> Int? {
            if v.isNone { return nil }
            if let i = v.intValue { return i }
            if let b = v.bigIntValue { return b.signum() < 0 ? Int.min / 2 : Int.max / 2 }
            throw PyError(BuiltinTypes.typeError,
                          "slice indices must be integers or None or have an __index__ method")
        }
        // CPython clamps the step to -PY_SSIZE_T_MAX (negating Int.min traps).
        let st = max(try num(step) ?? 1, -Int.max)
        if st == 0 { throw PyError(BuiltinTypes.valueError, "slice step cannot be zero") }
        var lo: Int, hi: Int
        if st > 0 {
            lo = try num(start) ?? 0
            hi = try num(stop) ?? length
            if lo < 0 { lo = max(0, lo + length) } else { lo = min(lo, length) }
            if hi < 0 { hi = max(0, hi + length) } else { hi = min(hi, length) }
            let n = lo < hi ? (hi - lo - 1) / st + 1 : 0
            return (lo, hi, st, n)
        } else {
            lo = try num(start) ?? (length - 1)
            hi = try num(stop) ?? -1 - length
            if lo < 0 { lo = max(-1, lo + length) } else { lo = min(lo, length - 1) }
            if hi < 0 { hi = max(-1, hi + length) } else { hi = min(hi, length - 1) }
            let n = lo > hi ? (lo - hi - 1) / (-st) + 1 : 0
            return (lo, hi, st, n)
        }
    }
}

/// A singleton object such as `NotImplemented` or `Ellipsis`.
public final class PySingleton: PyObject {
    /// Its repr.
    public let name: String
    init(name: String, type: PyType) {
        self.name = name
        super.init(type: type)
    }
}
