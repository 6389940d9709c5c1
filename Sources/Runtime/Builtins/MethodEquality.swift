/// `==` and `hash()` of bound methods, as CPython 3.11 defines them: two
/// bound methods are equal when they bind the same object (identity, not
/// `==`) to equal functions, and hash as the object's identity mixed with
/// the function's hash. So `obj.handler == obj.handler` holds although each
/// attribute access makes a new method object (callbacks can be found and
/// removed again, `WeakMethod`s compare equal).
extension PyBoundMethod: NativeOperand, NativeHashable {
    public func nativeBinary(_ vm: Interpreter, _ op: BinaryOp, _ other: Value, reflected: Bool) throws -> Value? {
        nil
    }

    public func nativeCompare(_ vm: Interpreter, _ op: CompareOp, _ other: Value) throws -> Value? {
        guard op == .eq || op == .ne, case .object(let o) = other, let m = o as? PyBoundMethod else { return nil }
        let same = try MethodEquality.sameReceiver(receiver, m.receiver) && vm.equals(function, m.function)
        return .bool(op == .eq ? same : !same)
    }

    public func nativeHash(_ vm: Interpreter) throws -> Int {
        try MethodEquality.receiverHash(vm, receiver) ^ (try vm.hash(function))
    }
}

/// Bound builtin methods (`lst.append`): equal when they bind the same
/// object to the same method; unbound builtins keep identity semantics.
extension PyBuiltinFunction: NativeOperand, NativeHashable {
    public func nativeBinary(_ vm: Interpreter, _ op: BinaryOp, _ other: Value, reflected: Bool) throws -> Value? {
        nil
    }

    public func nativeCompare(_ vm: Interpreter, _ op: CompareOp, _ other: Value) throws -> Value? {
        guard op == .eq || op == .ne, case .object(let o) = other, let f = o as? PyBuiltinFunction else { return nil }
        let same: Bool
        if let mine = boundSelf, let theirs = f.boundSelf {
            same = MethodEquality.sameReceiver(mine, theirs) && qualname == f.qualname && name == f.name
        } else {
            same = self === f
        }
        return .bool(op == .eq ? same : !same)
    }

    public func nativeHash(_ vm: Interpreter) throws -> Int {
        guard let receiver = boundSelf else { return vm.objectIdentityHash(self) }
        // Our str hash is deterministic (Swift's String.hashValue is seeded per process).
        return try MethodEquality.receiverHash(vm, receiver) ^ (try vm.hash(.str(qualname)))
    }
}

enum MethodEquality {
    /// CPython compares `__self__` by identity.
    static func sameReceiver(_ a: Value, _ b: Value) -> Bool {
        switch (a, b) {
        case (.object(let x), .object(let y)): return x === y
        default: return a.isIdentical(b)
        }
    }

    /// The receiver's identity hash (its value's hash for unboxed scalars).
    static func receiverHash(_ vm: Interpreter, _ v: Value) throws -> Int {
        if case .object(let o) = v { return vm.objectIdentityHash(o) }
        return try vm.hash(v)
    }
}
