/// Set algebra and comparison on `dict_keys` and `dict_items`, like
/// CPython's `dictviews_and/or/sub/xor` (the result is always a `set`).
extension PyDictView: NativeOperand {
    public func nativeBinary(_ vm: Interpreter, _ op: BinaryOp, _ other: Value, reflected: Bool) throws -> Value? {
        guard kind != .values, [.and, .or, .sub, .xor].contains(op) else { return nil }
        guard vm.isIterableForJoin(other) else { return nil }
        let mine = Value.object(self)
        let (left, right) = reflected ? (other, mine) : (mine, other)
        let result = PySet()
        try vm.setUpdate(result, left)
        switch op {
        case .and:
            let probe = try SetMethods.asSet(vm, right)
            let keep = try result.elements.filter { try probe.contains($0, vm) }
            result.removeAll()
            for e in keep { try result.add(e, vm) }
        case .or:
            try vm.setUpdate(result, right)
        case .sub:
            try vm.forEach(right) { _ = try result.remove($0, vm) }
        default:
            try SetMethods.symmetricUpdate(vm, result, right)
        }
        return .object(result)
    }

    public func nativeCompare(_ vm: Interpreter, _ op: CompareOp, _ other: Value) throws -> Value? {
        guard kind != .values, case .object(let o) = other, o is PySet || o is PyDictView else { return nil }
        if let view = o as? PyDictView, view.kind == .values { return nil }
        let mine = PySet()
        try vm.setUpdate(mine, .object(self))
        let theirs = try SetMethods.asSet(vm, other)
        return try vm.compare(.object(mine), .object(theirs), op)
    }
}

extension PyBytes: NativeOperand {
    public func nativeBinary(_ vm: Interpreter, _ op: BinaryOp, _ other: Value, reflected: Bool) throws -> Value? {
        if op == .mod, !reflected {
            return .object(PyBytes(try BytesPercentFormatter(vm: vm).format(bytes, other)))
        }
        // bytes + bytearray is a bytes; bytearray + bytes is the bytearray's.
        guard let b = BytesLibraryMethods.bytesOf(other) else {
            if op == .mul, let n = other.intValue {  // b * n and n * b
                return .object(PyBytes(try vm.repeatedBytes(bytes, n)))
            }
            // CPython's sq_concat message, once no __radd__ can answer.
            if op == .add, !reflected, other.type.isBuiltin {
                throw PyError.typeError("can't concat \(other.type.name) to bytes")
            }
            return nil
        }
        guard op == .add else { return nil }
        if reflected, other.object is PyByteArray { return nil }
        try vm.charge(bytes.count + b.count)
        return .object(PyBytes(reflected ? b + bytes : bytes + b))
    }

    public func nativeCompare(_ vm: Interpreter, _ op: CompareOp, _ other: Value) throws -> Value? {
        guard let b = BytesLibraryMethods.bytesOf(other) else { return nil }
        return PyBytes.compare(bytes, b, op)
    }

    /// Lexicographic comparison of two octet strings.
    static func compare(_ a: [UInt8], _ b: [UInt8], _ op: CompareOp) -> Value {
        let order = a.lexicographicallyPrecedes(b) ? -1 : (a == b ? 0 : 1)
        switch op {
        case .lt: return .bool(order < 0)
        case .le: return .bool(order <= 0)
        case .eq: return .bool(order == 0)
        case .ne: return .bool(order != 0)
        case .gt: return .bool(order > 0)
        case .ge: return .bool(order >= 0)
        }
    }
}
