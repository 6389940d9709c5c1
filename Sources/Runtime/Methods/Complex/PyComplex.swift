import Foundation

/// A Python `complex` object (immutable). Arithmetic mixes with `int`,
/// `float` and `bool` as CPython 3.11 does (the real operand becomes
/// `complex(x, 0.0)`); ordering comparisons are `NotImplemented`.
public final class PyComplex: PyObject, CustomPyRepr, NativeHashable, NativeOperand, NativeUnaryOperand {
    /// The type object `complex`.
    public static let type = PyType(name: "complex", bases: [BuiltinTypes.object], builtin: true, layout: .native)

    /// The value.
    public let value: ComplexValue

    /// Creates a complex of `type` (nil: exactly `complex`).
    public init(_ value: ComplexValue, type: PyType? = nil) {
        self.value = value
        super.init(type: type, hasDict: type != nil)
    }

    /// Creates `real + imag*j`.
    public convenience init(_ real: Double, _ imag: Double) {
        self.init(ComplexValue(real, imag))
    }
    public override var exactBuiltinType: PyType { PyComplex.type }

    public func pyRepr(_ vm: Interpreter) throws -> String { ComplexText.repr(value) }

    /// `complex.__hash__`: `hash(real) + 1000003 * hash(imag)`, wrapping.
    public func nativeHash(_ vm: Interpreter) throws -> Int {
        let h = NumericHash.hash(value.real) &+ 1000003 &* NumericHash.hash(value.imag)
        return h == -1 ? -2 : h
    }

    /// `other` as a complex when it is a number `complex` mixes with.
    static func operand(_ vm: Interpreter, _ v: Value) throws -> ComplexValue? {
        switch v {
        case .int(let i): return ComplexValue(Double(i), 0)
        case .bool(let b): return ComplexValue(b ? 1 : 0, 0)
        case .float(let d): return ComplexValue(d, 0)
        case .none: return nil
        case .object(let o):
            if let c = o as? PyComplex { return c.value }
            if let f = o as? PyFloatSubclassInstance { return ComplexValue(f.value, 0) }
            if o is PyBigInt { return ComplexValue(try vm.toDouble(v), 0) }
            return nil
        }
    }

    public func nativeBinary(_ vm: Interpreter, _ op: BinaryOp, _ other: Value, reflected: Bool) throws -> Value? {
        guard let y = try PyComplex.operand(vm, other) else { return nil }
        let (a, b) = reflected ? (y, value) : (value, y)
        let r: ComplexValue
        switch op {
        case .add: r = a + b
        case .sub: r = a - b
        case .mul: r = a * b
        case .truediv:
            do { r = try ComplexValue.quotient(a, b) } catch {
                throw PyError.zeroDivision("complex division by zero")
            }
        case .pow:
            do { r = try ComplexValue.power(a, b) } catch ComplexValue.Failure.range {
                throw PyError(BuiltinTypes.overflowError, "complex exponentiation")
            } catch {
                throw PyError.zeroDivision("0.0 to a negative or complex power")
            }
        default: return nil
        }
        return .object(PyComplex(r))
    }

    public func nativeCompare(_ vm: Interpreter, _ op: CompareOp, _ other: Value) throws -> Value? {
        guard op == .eq || op == .ne else { return nil }
        let equal: Bool
        switch other {
        case .int, .bool:
            // Exact: compare the real part with the integer as floats and ints compare.
            guard value.imag == 0 else { equal = false; break }
            equal = try vm.isTruthy(vm.compare(.float(value.real), other, .eq))
        case .object(let o) where o is PyBigInt:
            guard value.imag == 0 else { equal = false; break }
            equal = try vm.isTruthy(vm.compare(.float(value.real), other, .eq))
        default:
            guard let y = try PyComplex.operand(vm, other) else { return nil }
            equal = value.real == y.real && value.imag == y.imag
        }
        return .bool(op == .eq ? equal : !equal)
    }

    public func nativeUnary(_ vm: Interpreter, _ op: UnaryOperator) throws -> Value? {
        switch op {
        case .negative: return .object(PyComplex(ComplexValue(-value.real, -value.imag)))
        case .positive: return type === PyComplex.type ? .object(self) : .object(PyComplex(value))
        case .invert: return nil
        }
    }
}
