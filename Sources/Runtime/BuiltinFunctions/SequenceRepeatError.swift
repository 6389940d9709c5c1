/// CPython's message for `seq * x` (and `x * seq`) when the count is not an
/// integer: the sequence types' repeat slot refuses it with
/// "can't multiply sequence by non-int of type 'T'".
enum SequenceRepeatError {
    /// The builtin types whose `*` is sequence repetition.
    static func isSequence(_ t: PyType) -> Bool {
        t.isSubtype(of: BuiltinTypes.str) || t.isSubtype(of: BuiltinTypes.list)
            || t.isSubtype(of: BuiltinTypes.tuple) || t.isSubtype(of: PyBytes.type)
            || t.isSubtype(of: PyByteArray.type)
    }

    /// The message for a failed `a * b` with operand types `ta`, `tb`, or nil
    /// when neither operand is a sequence (the generic message applies).
    static func message(_ ta: PyType, _ tb: PyType) -> String? {
        if isSequence(ta) { return "can't multiply sequence by non-int of type '\(tb.cTypeName)'" }
        if isSequence(tb) { return "can't multiply sequence by non-int of type '\(ta.cTypeName)'" }
        return nil
    }
}
