/// An instance of a user subclass of `float` (`class Money(float)`): the
/// value plus the subclass type and a `__dict__`. Plain floats stay
/// `Value.float`. As in CPython, arithmetic on it returns plain floats;
/// it hashes, compares, formats and converts as its value.
public final class PyFloatSubclassInstance: PyObject, CustomPyRepr, NativeHashable, NativeUnaryOperand {
    /// The float value.
    public let value: Double

    /// Creates an instance of `type`, a subclass of `float`.
    public init(_ value: Double, type: PyType) {
        self.value = value
        super.init(type: type, hasDict: true)
    }
    public override var exactBuiltinType: PyType { BuiltinTypes.float }

    public func pyRepr(_ vm: Interpreter) throws -> String { FloatRepr.repr(value) }

    public func nativeHash(_ vm: Interpreter) throws -> Int { NumericHash.hash(value) }

    public func nativeUnary(_ vm: Interpreter, _ op: UnaryOperator) throws -> Value? {
        switch op {
        case .negative: return .float(-value)
        case .positive: return .float(value)
        case .invert: return nil
        }
    }
}

extension Value {
    /// A float subclass instance as the plain `.float` of its value;
    /// any other value unchanged.
    @inline(__always)
    var unboxedFloat: Value {
        if case .object(let o) = self, let f = o as? PyFloatSubclassInstance { return .float(f.value) }
        return self
    }
}
