import BigInt

/// Argument conversions shared by builtin functions, methods and native
/// modules, with CPython's error messages.
extension Interpreter {
    /// Runs a Support algorithm, turning its `PyFailure` into the Python
    /// exception it names.
    @inline(__always)
    public func bridging<T>(_ body: () throws -> T) throws -> T {
        do {
            return try body()
        } catch let failure as PyFailure {
            throw pyError(from: failure)
        }
    }

    /// `operator.index(v)`: an int, a bool, or an object with `__index__`.
    public func indexValue(_ v: Value) throws -> BigInt {
        if let b = v.bigIntValue { return b }
        if case .object(let o) = v, let userCls = o.userClass, let m = userCls.lookupUser(Names.index) {
            let r = try call(m, [v])
            guard let b = r.bigIntValue else {
                throw PyError.typeError("__index__ returned non-int (type \(r.type.name))")
            }
            return b
        }
        throw PyError.typeError("'\(v.type.cTypeName)' object cannot be interpreted as an integer")
    }

    /// `operator.index(v)` that must fit a machine integer (`Py_ssize_t`).
    public func indexInt(_ v: Value) throws -> Int {
        if let i = v.intValue { return i }
        let b = try indexValue(v)
        guard let i = Int(exactly: b) else {
            throw PyError.overflow("Python int too large to convert to C ssize_t")
        }
        return i
    }

    /// An optional index argument where `None` means "absent" (slice-style
    /// `start`/`end` of `str.find` & co.); huge values are clamped.
    public func optionalSliceIndex(_ v: Value?) throws -> Int? {
        guard let v, !v.isNone else { return nil }
        if let i = v.intValue { return i }
        guard v.bigIntValue != nil || (v.object.map { !$0.type.isBuiltin } ?? false) else {
            throw PyError.typeError("slice indices must be integers or None or have an __index__ method")
        }
        let b = try indexValue(v)
        return Int(exactly: b) ?? (b.signum() < 0 ? Int.min / 2 : Int.max / 2)
    }

    /// The `str` argument of a builtin, or CPython's
    /// `"<fname>() argument N must be str, not int"`.
    public func strArgument(_ v: Value, _ fname: String, position: Int) throws -> PyStr {
        if let s = v.asStr { return s }
        throw PyError.typeError("\(fname)() argument \(position) must be str, not \(v.type.name)")
    }

    /// A Python `str` value for Swift text.
    @inline(__always)
    public func newStr(_ s: String) throws -> Value {
        // Charging a long string counts it as native work too (`charge`).
        try charge(s.utf8.count)
        return .str(s)
    }
}
