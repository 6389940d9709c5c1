/// Base class of every heap-allocated Python object.
///
/// `type` is the object's Python class; `dict` is its attribute dictionary
/// (`__dict__`) when the object has one (instances of user classes, modules,
/// functions, types). Builtin storage classes (`PyStr`, `PyList`, ...) subclass
/// this; a user class that inherits from a builtin type gets instances of the
/// builtin's storage class with `type` set to the user class.
open class PyObject {
    @usableFromInline final var typeStorage: PyType?
    /// The instance attribute dictionary, or nil when the object has none.
    public final var dict: PyDict?
    /// This object's identity number within its run (0 until `id()`,
    /// identity hashing or a default repr first asks); see
    /// `Interpreter.identity(of:)`.
    final var identitySerial: Int32 = 0
    /// The cycle collector's slot plus one (0: untracked) in the low 30
    /// bits, `isFinalized` in bit 30 and `hasWeakCallbacks` in the top
    /// bit: one word, so the object header stays 40 bytes
    /// (Memory/CycleCollector.swift, Memory/InstanceFinalizers.swift).
    final var collectorWord: UInt32 = 0

    /// Set once a weak reference with a callback watches this object, so
    /// its death is reported (Memory/WeakCallbacks.swift).
    final var hasWeakCallbacks: Bool {
        @inline(__always) get { collectorWord & 0x8000_0000 != 0 }
        set { collectorWord = newValue ? collectorWord | 0x8000_0000 : collectorWord & 0x7fff_ffff }
    }

    /// Set once `__del__` has been called for this object (CPython calls
    /// it at most once per object, PEP 442).
    final var isFinalized: Bool {
        @inline(__always) get { collectorWord & 0x4000_0000 != 0 }
        set { collectorWord = newValue ? collectorWord | 0x4000_0000 : collectorWord & ~UInt32(0x4000_0000) }
    }

    /// The object's slot in its thread's cycle registry, or -1.
    final var collectorSlot: Int {
        @inline(__always) get { Int(collectorWord & 0x3fff_ffff) - 1 }
        set { collectorWord = (collectorWord & 0xc000_0000) | UInt32(truncatingIfNeeded: newValue + 1) }
    }

    /// The object's Python type (`type(obj)`).
    @inline(__always)
    public final var type: PyType {
        get { typeStorage ?? exactBuiltinType }
        set { typeStorage = newValue }
    }

    /// The object's class when it is a user-defined one, nil for an
    /// instance of a builtin type. Cheaper than `!type.isBuiltin`: an
    /// object of a builtin type has no `typeStorage`, so for it the check
    /// reads one field and touches no type (no lazy static, no dynamic
    /// dispatch, no retain). Protocol operations ask it before looking
    /// for a user dunder.
    @inline(__always)
    public final var userClass: PyType? {
        guard let t = typeStorage, !t.isBuiltin else { return nil }
        return t
    }

    /// `typeStorage` and `dict` as unretained references, for borrowing
    /// them across native work that runs no Python code (see
    /// Protocols/InstanceAttributeFastPaths.swift): the strong copy made to
    /// read the field ends inside the getter, so no retain is left.
    @inline(__always)
    final var typeRef: Unmanaged<PyType>? {
        guard let t = typeStorage else { return nil }
        return Unmanaged.passUnretained(t)
    }

    /// See `typeRef`.
    @inline(__always)
    final var dictRef: Unmanaged<PyDict>? {
        guard let d = dict else { return nil }
        return Unmanaged.passUnretained(d)
    }

    /// The builtin type of this storage class, used when `typeStorage` is nil
    /// (so that creating core objects never touches a type's lazy static
    /// during bootstrap). Storage classes override it.
    open var exactBuiltinType: PyType { BuiltinTypes.object }

    /// What `await` and `yield from` do with this storage class
    /// (VM/ExecuteAsync.swift): one virtual read where a chain of class
    /// casts cost tens of instructions for each cast that failed. Storage
    /// classes that `await` handles natively override it.
    open var awaitRole: AwaitRole { .other }

    /// Creates an object of `type`; `hasDict` gives it an empty `__dict__`.
    public init(type: PyType?, hasDict: Bool = false) {
        self.typeStorage = type
        self.dict = hasDict ? PyDict() : nil
    }

    deinit {
        if collectorWord & 0x3fff_ffff != 0 { CycleCollector.untrack(self) }
        if hasWeakCallbacks { WeakCallbacks.objectDied(ObjectIdentifier(self)) }
    }
}

/// The storage classes `await`/`yield from` handle without a protocol
/// lookup (`PyObject.awaitRole`).
public enum AwaitRole {
    /// Anything else: the `__await__`/iterator protocols apply.
    case other
    /// A `PyGenerator` (generator, coroutine or async generator).
    case generator
    /// An asyncio future or task (`PyFuture`).
    case future
    /// The iterator `await future` delegates to (`PyFutureIterator`).
    case futureIterator
    /// One of asyncio's native coroutines (`PyNativeCoroutine`).
    case nativeCoroutine
}

/// A plain instance of a user-defined class (layout `object`).
public final class PyInstance: PyObject {
    /// Creates an instance of `type` with an empty attribute dictionary.
    public init(of type: PyType) {
        super.init(type: type, hasDict: true)
        CycleCollector.track(self)
    }

    deinit {
        if let t = typeStorage, t.flags.hasFinalizer, !isFinalized { handOverForFinalization(t) }
    }
}

/// A cell holding a variable shared between a function and its closures.
public final class PyCell: PyObject {
    /// The cell contents; nil when the variable is unbound.
    public var value: Value?
    deinit { if value != nil { DeepRelease.release(&value, leaving: nil) } }
    /// Creates a cell, optionally already bound.
    public init(_ value: Value? = nil) {
        self.value = value
        super.init(type: nil)
        CycleCollector.track(self)
    }
    public override var exactBuiltinType: PyType { BuiltinTypes.cell }
}

/// A big integer that does not fit in `Int` (type `int`).
public final class PyBigInt: PyObject {
    /// The exact value.
    public let value: BigIntValue
    /// Wraps `value`; prefer `Value.integer(_:)` which demotes small values.
    public init(_ value: BigIntValue) {
        self.value = value
        super.init(type: nil)
    }
    /// An instance of an int subclass (any value, never demoted; it has a `__dict__`).
    public init(_ value: BigIntValue, type: PyType) {
        self.value = value
        super.init(type: type, hasDict: true)
    }
    public override var exactBuiltinType: PyType { BuiltinTypes.int }
}

import BigInt
/// The arbitrary-precision integer type used by the runtime.
public typealias BigIntValue = BigInt

/// Live bytes of large script objects of one run: large strings and lists
/// add their size when created and subtract it when they are freed.
public final class MemoryAccount {
    /// Bytes currently attributed to live objects.
    public var used = 0
    /// Creates an empty account.
    public init() {}
}
