/// Storage classes (of builtin types, which have no Python-level dunder
/// lookup) that implement binary operators or rich comparison in Swift:
/// dict views (`d.keys() & s`, `d.keys() == s`) and `bytes` equality.
/// `PyStr`, `PyList`, `PyTuple`, `PyDict` and `PySet` must not adopt it:
/// `builtinBinary` skips the cast for them (`Interpreter.isCoreContainer`).
public protocol NativeOperand: AnyObject {
    /// `self op other`, or `other op self` when `reflected`; nil means
    /// NotImplemented.
    func nativeBinary(_ vm: Interpreter, _ op: BinaryOp, _ other: Value, reflected: Bool) throws -> Value?
    /// `self op other`; nil means NotImplemented.
    func nativeCompare(_ vm: Interpreter, _ op: CompareOp, _ other: Value) throws -> Value?
}

/// Storage classes whose instances hash by value (equal values, equal
/// hashes), e.g. `bytes` as a dict key.
public protocol NativeHashable: AnyObject {
    /// `hash(self)`.
    func nativeHash(_ vm: Interpreter) throws -> Int
}

/// A unary operator (`-x`, `+x`, `~x`).
public enum UnaryOperator {
    case negative, positive, invert
}

/// Storage classes of builtin types implementing unary operators in Swift
/// (e.g. `complex`).
public protocol NativeUnaryOperand: AnyObject {
    /// `op self`; nil means the type does not support `op`.
    func nativeUnary(_ vm: Interpreter, _ op: UnaryOperator) throws -> Value?
}
