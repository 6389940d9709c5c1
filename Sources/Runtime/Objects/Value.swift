import BigInt

/// A Python value. Small immutable scalars (`None`, `bool`, machine-sized
/// `int`, `float`) live inline so arithmetic on them never allocates; every
/// other value is a reference to a heap `PyObject`.
///
/// Integers that do not fit in `Int` are `.object(PyBigInt)`; every operation
/// that produces an integer goes through `Value.integer(_:)`, which keeps the
/// invariant "fits in Int ⇒ stored inline".
public enum Value {
    case none
    case bool(Bool)
    case int(Int)
    case float(Double)
    case object(PyObject)

    /// The Python type of this value.
    @inline(__always)
    public var type: PyType {
        switch self {
        case .none: return BuiltinTypes.noneType
        case .bool: return BuiltinTypes.bool
        case .int: return BuiltinTypes.int
        case .float: return BuiltinTypes.float
        case .object(let o): return o.type
        }
    }

    /// Wraps a big integer, demoting it to an inline `Int` when it fits.
    public static func integer(_ b: BigInt) -> Value {
        if let i = Int(exactly: b) { return .int(i) }
        return .object(PyBigInt(b))
    }

    /// Wraps a Swift string as a Python `str`.
    @inline(__always)
    public static func str(_ s: String) -> Value { .object(PyStr(s)) }

    /// Identity comparison (`is`).
    public func isIdentical(_ other: Value) -> Bool {
        switch (self, other) {
        case (.none, .none): return true
        case (.bool(let a), .bool(let b)): return a == b
        case (.int(let a), .int(let b)): return a == b
        case (.float(let a), .float(let b)): return a.bitPattern == b.bitPattern
        case (.object(let a), .object(let b)): return a === b
        default: return false
        }
    }

    /// True when this is `None`.
    @inline(__always) public var isNone: Bool { if case .none = self { return true }; return false }

    /// The value's class when it is a user-defined one (see `PyObject.userClass`).
    @inline(__always) public var userClass: PyType? { if case .object(let o) = self { return o.userClass }; return nil }

    /// The heap object, if any.
    @inline(__always) public var object: PyObject? { if case .object(let o) = self { return o }; return nil }

    /// The object, unretained, when it is a `T`: for a caller that holds
    /// this value for as long as it uses the reference (a callee during its
    /// call). Binding the payload and casting it with `as?` made a retained
    /// copy, released after the use.
    @inline(__always)
    func unretained<T: PyObject>(_: T.Type) -> Unmanaged<T>? {
        if case .object(let o) = self, o is T { return Unmanaged.passUnretained(unsafeDowncast(o, to: T.self)) }
        return nil
    }

    /// The value as a `PyStr` when it is a `str` (or subclass) instance.
    @inline(__always) public var asStr: PyStr? { if case .object(let o) = self { return o as? PyStr }; return nil }

    /// The value as a Swift string when it is a `str`.
    @inline(__always) public var stringValue: String? { asStr?.value }

    /// The value as an exact integer (`int` or `bool`), big or small.
    public var bigIntValue: BigInt? {
        switch self {
        case .int(let i): return BigInt(i)
        case .bool(let b): return b ? 1 : 0
        case .object(let o): return (o as? PyBigInt)?.value
        default: return nil
        }
    }

    /// The value as a small `Int` when it is an `int`/`bool` that fits.
    public var intValue: Int? {
        switch self {
        case .int(let i): return i
        case .bool(let b): return b ? 1 : 0
        // Plain big ints never fit (they are demoted when they do); an
        // int subclass instance keeps any value in a PyBigInt.
        case .object(let o): return (o as? PyBigInt).flatMap { Int(exactly: $0.value) }
        default: return nil
        }
    }

    /// True for `int`, `bool` and big integers.
    public var isInteger: Bool {
        switch self {
        case .int, .bool: return true
        case .object(let o): return o is PyBigInt
        default: return false
        }
    }
}

/// Shorthand constructors used across builtins.
public extension Value {
    /// `True`.
    static let `true` = Value.bool(true)
    /// `False`.
    static let `false` = Value.bool(false)
}
