/// `s += t` on strings in amortized linear time.
///
/// A Python `str` is immutable, so `s += t` builds a new string and a loop
/// of them is quadratic: the bytes of `s` are copied at every step. CPython
/// avoids that when the variable being assigned holds the only reference
/// to the left operand: it drops the variable's reference and resizes the
/// string in place. We do the same. When the instruction after an in-place
/// `+` stores into the very variable whose value is the left operand, the
/// variable is unbound for the duration of the operation; if the left
/// operand is then uniquely referenced (Swift's strong count is 1), the
/// `PyStr` appends in place and the store that follows puts it back. If
/// anyone else holds the string, the variable gets its value back and the
/// ordinary path builds a new string, so no other holder ever sees a change.
extension Interpreter {
    /// Appends `b` to `a` in place when `a` is an exact `str` referenced
    /// only by the store target of `next` (a fast local, or a name in the
    /// frame's locals or globals dict). Returns false, with every variable
    /// as it was, when that does not hold.
    @inline(__always)
    func concatenateInPlace(_ a: inout Value, _ b: Value, next: Instruction, frame: Frame) throws -> Bool {
        guard case .object(let bo) = b, let t = bo as? PyStr,
              let leftBytes = Interpreter.exactStrBytes(a) else { return false }
        try charge(leftBytes + t.value.utf8.count)
        switch next.op {
        case .storeFast:
            let slot = Int(next.arg)
            guard Interpreter.isSameObject(frame.locals[slot], a) else { return false }
            frame.locals[slot] = nil
            if Interpreter.appendIfUnique(&a, t) { return true }
            frame.locals[slot] = a
            return false
        case .storeName, .storeGlobal:
            let name = frame.names[Int(next.arg)]
            let dict = next.op == .storeGlobal ? frame.globals : (frame.localsDict ?? frame.globals)
            guard Interpreter.isSameObject(dict.getStr(name), a) else { return false }
            // Replacing the value keeps the key's place in the dict's order.
            dict.setStr(name, .none)
            if Interpreter.appendIfUnique(&a, t) { return true }
            dict.setStr(name, a)
            return false
        default:
            return false
        }
    }

    /// True when `held` is the very object in `value`. Out of line, like the
    /// other checks here, so the caller keeps no copy of `held`.
    @inline(never)
    static func isSameObject(_ held: Value?, _ value: Value) -> Bool {
        guard let held else { return false }
        return held.isIdentical(value)
    }

    /// The UTF-8 size of `value` when it is an exact `str`. A function of its
    /// own so no reference bound while checking outlives the check (a
    /// binding lives to the end of its scope and would spoil uniqueness).
    @inline(never)
    static func exactStrBytes(_ value: Value) -> Int? {
        guard case .object(let o) = value, let s = o as? PyStr, s.typeStorage == nil else { return nil }
        return s.value.utf8.count
    }

    /// Appends `suffix` to the `str` in `value` if `value` holds its only
    /// reference. Kept out of line so no temporary copy of the reference
    /// from the caller's pattern matching is alive during the check (such a
    /// copy only makes the check fail, never pass wrongly).
    @inline(never)
    static func appendIfUnique(_ value: inout Value, _ suffix: PyStr) -> Bool {
        var str: PyStr
        switch value {
        case .object(let o): str = unsafeDowncast(o, to: PyStr.self)
        default: return false
        }
        value = .none
        let unique = isKnownUniquelyReferenced(&str)
        if unique { str.append(suffix) }
        value = .object(str)
        return unique
    }
}
