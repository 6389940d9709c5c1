/// TimerHandle ordering, equality and hash as CPython 3.11's events.py:
/// timers order by `when`; two timers are equal when their callback, args,
/// `when` and cancelled state are; a timer hashes as its `when`. A plain
/// Handle compares and hashes by identity.
extension PyHandle: NativeOperand, NativeHashable {
    func nativeBinary(_ vm: Interpreter, _ op: BinaryOp, _ other: Value, reflected: Bool) throws -> Value? { nil }

    func nativeCompare(_ vm: Interpreter, _ op: CompareOp, _ other: Value) throws -> Value? {
        guard isTimer, case .object(let o) = other, let that = o as? PyHandle, that.isTimer else { return nil }
        switch op {
        case .lt: return .bool(when < that.when)
        case .gt: return .bool(when > that.when)
        case .le: return .bool(when < that.when ? true : try sameTimer(vm, that))
        case .ge: return .bool(when > that.when ? true : try sameTimer(vm, that))
        case .eq: return .bool(try sameTimer(vm, that))
        case .ne: return .bool(!(try sameTimer(vm, that)))
        }
    }

    func nativeHash(_ vm: Interpreter) throws -> Int {
        isTimer ? NumericHash.hash(when) : vm.objectIdentityHash(self)
    }

    /// TimerHandle.__eq__: same callback, args, deadline and cancelled state.
    private func sameTimer(_ vm: Interpreter, _ that: PyHandle) throws -> Bool {
        if self === that { return true }
        guard when == that.when, cancelled == that.cancelled else { return false }
        return try vm.equals(callbackValue(vm), that.callbackValue(vm)) && vm.equals(argsValue, that.argsValue)
    }
}
