/// CPython's slice_richcompare: two slices compare as the tuples
/// `(start, stop, step)` (so `slice(1, 5) == slice(1, 5)` and
/// `slice(1, 2) < slice(1, 3)`); a slice against anything else is
/// NotImplemented. Slices take part in no arithmetic, and in 3.11 they are
/// unhashable (equal slices could not share a hash otherwise).
extension PySlice: NativeOperand {
    public func nativeBinary(_ vm: Interpreter, _ op: BinaryOp, _ other: Value, reflected: Bool) throws -> Value? {
        nil
    }

    public func nativeCompare(_ vm: Interpreter, _ op: CompareOp, _ other: Value) throws -> Value? {
        guard case .object(let o) = other, let that = o as? PySlice else { return nil }
        if that === self {
            return .bool(op == .eq || op == .le || op == .ge)
        }
        let mine = Value.object(PyTuple([start, stop, step]))
        let theirs = Value.object(PyTuple([that.start, that.stop, that.step]))
        return try vm.compare(mine, theirs, op)
    }
}

extension PySlice: NativeHashable {
    public func nativeHash(_ vm: Interpreter) throws -> Int {
        throw PyError.typeError("unhashable type: 'slice'")
    }
}
