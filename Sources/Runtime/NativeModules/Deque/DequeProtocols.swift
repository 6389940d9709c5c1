/// Storage classes with their own `reversed(x)` iterator (builtin types have
/// no Python-level `__reversed__` dispatch), e.g. `collections.deque`.
public protocol NativeReversible: AnyObject {
    /// A fresh reverse iterator.
    func makeReversedIterator(_ vm: Interpreter) throws -> Value
}

/// Storage classes whose augmented assignments (`x += y`, `x *= n`) mutate
/// in place, e.g. `collections.deque`; consulted before `NativeOperand`.
public protocol NativeInplaceOperand: AnyObject {
    /// `self op= other`; nil falls back to the binary operator.
    func nativeInplace(_ vm: Interpreter, _ op: BinaryOp, _ other: Value) throws -> Value?
}

extension PyDeque: NativeContainer, NativeIterable, NativeReversible, CustomPyRepr, NativeHashable,
                   NativeOperand, NativeInplaceOperand {
    public func nativeLength(_ vm: Interpreter) throws -> Int { count }

    public func nativeGetItem(_ vm: Interpreter, _ key: Value) throws -> Value {
        self[try position(vm, key)]
    }

    public func nativeSetItem(_ vm: Interpreter, _ key: Value, _ value: Value) throws {
        self[try position(vm, key)] = value
    }

    public func nativeDeleteItem(_ vm: Interpreter, _ key: Value) throws {
        delete(at: try position(vm, key))
    }

    public func nativeContains(_ vm: Interpreter, _ item: Value) throws -> Bool? {
        try containsValue(vm, item)
    }

    public func makeIterator(_ vm: Interpreter) throws -> Value {
        .object(PyDequeIterator(self, reversed: false))
    }

    public func makeReversedIterator(_ vm: Interpreter) throws -> Value {
        .object(PyDequeIterator(self, reversed: true))
    }

    public func pyRepr(_ vm: Interpreter) throws -> String { try reprText(vm) }

    public func nativeHash(_ vm: Interpreter) throws -> Int {
        throw PyError.typeError("unhashable type: '\(DequeModule.typeName(type))'")
    }

    public func nativeBinary(_ vm: Interpreter, _ op: BinaryOp, _ other: Value, reflected: Bool) throws -> Value? {
        switch op {
        case .add:
            if reflected { return nil }
            if case .object(let o) = other, !(o is PyDeque), !o.type.isBuiltin,
               o.type.lookupUser(BinaryOp.reflected[op.rawValue]) != nil {
                return nil  // the other operand's __radd__ goes first, as in CPython
            }
            return try concat(vm, other)
        case .mul:
            guard let n = try DequeModule.repeatCount(vm, other) else { return nil }
            let result = try copy(vm)
            if case .object(let o) = result, let d = o as? PyDeque { try d.repeatInPlace(vm, n) }
            return result
        default:
            return nil
        }
    }

    public func nativeCompare(_ vm: Interpreter, _ op: CompareOp, _ other: Value) throws -> Value? {
        try compare(vm, op, other)
    }

    public func nativeInplace(_ vm: Interpreter, _ op: BinaryOp, _ other: Value) throws -> Value? {
        switch op {
        case .add:
            try extend(vm, other, left: false)
            return .object(self)
        case .mul:
            guard let n = try DequeModule.repeatCount(vm, other) else { return nil }
            try repeatInPlace(vm, n)
            return .object(self)
        default:
            return nil
        }
    }
}

/// `iter(d)` / `reversed(d)` of a deque: raises RuntimeError once the deque
/// was mutated (append, pop, rotate, ...; not `d[i] = x` or `reverse()`).
final class PyDequeIterator: PyIteratorBase {
    let deque: PyDeque
    let reversed: Bool
    /// The deque's mutation count when the iterator was made.
    let state: Int
    /// Elements not yet produced.
    var remaining: Int
    /// Next logical position.
    var index: Int

    init(_ deque: PyDeque, reversed: Bool) {
        self.deque = deque
        self.reversed = reversed
        state = deque.state
        remaining = deque.count
        index = reversed ? deque.count - 1 : 0
        super.init()
    }

    override var exactBuiltinType: PyType {
        reversed ? DequeModule.reverseIteratorType : DequeModule.iteratorType
    }

    override func nextValue(_ vm: Interpreter) throws -> Value? {
        if deque.state != state {
            remaining = 0
            throw PyError.runtimeError("deque mutated during iteration")
        }
        if remaining == 0 || index < 0 || index >= deque.count { return nil }
        let v = deque[index]
        index += reversed ? -1 : 1
        remaining -= 1
        return v
    }
}
