import BigInt

extension Interpreter {
    /// The `__format__` of the builtin types, applied to the builtin storage
    /// of `value` (so subclasses without their own `__format__` use it too).
    public func builtinFormat(_ value: Value, _ spec: String) throws -> String {
        // An empty spec is str(value) (int/float/str/complex.__format__ in
        // CPython), so a subclass's own __str__ shows (f'{IntEnumMember}').
        if spec.isEmpty, !value.type.isBuiltin { return try str(value) }
        let typeName = value.type.name
        switch value.unboxedFloat {
        case .int(let i):
            if spec.isEmpty { return String(i) }
            return try bridging { try PyFormat.format(i, spec: spec, typeName: typeName) }
        case .bool(let b):
            if spec.isEmpty { return b ? "True" : "False" }
            return try bridging { try PyFormat.format(b ? 1 : 0, spec: spec, typeName: typeName) }
        case .float(let d):
            return try bridging { try PyFormat.format(d, spec: spec, typeName: typeName) }
        case .none:
            break
        case .object(let o):
            if let s = o as? PyStr {
                if spec.isEmpty { return s.value }
                return try bridging { try PyFormat.format(s.value, spec: spec, typeName: typeName) }
            }
            if let b = o as? PyBigInt {
                return try bridging { try PyFormat.format(b.value, spec: spec, typeName: typeName) }
            }
            if let c = o as? PyComplex {
                if spec.isEmpty { return try str(value) }
                return try bridging { try ComplexText.format(c.value, spec: spec) }
            }
        }
        if !spec.isEmpty {
            throw PyError.typeError("unsupported format string passed to \(value.type.cTypeName).__format__")
        }
        return try str(value)
    }
}

extension Interpreter {
    /// `format(value, spec)` after charging the memory limit for the
    /// spec's field width (`'{:1000000000}'` would otherwise pad unchecked).
    public func chargedFormat(_ value: Value, _ spec: String) throws -> String {
        if spec.count > 1 {
            // Only the spec's own errors wait for `format`; a limit ends the run.
            let parsed: FormatSpec?
            do { parsed = try FormatSpec.parse(spec, typeName: value.type.name, defaultType: nil) } catch is PyFailure {
                parsed = nil
            }
            if let width = parsed?.width { try charge(width, times: 4) }
        }
        return try format(value, spec)
    }
}

/// `__format__` on `int`, `bool`, `float` and `str`, so `int.__format__(5, 'x')`
/// and `super().__format__(spec)` in subclasses behave like CPython.
enum FormatMethods {
    static func install() {
        for type in [BuiltinTypes.int, BuiltinTypes.float, BuiltinTypes.str] {
            type.defineMethod("__format__") { vm, a in
                try a.check("__format__", min: 2, max: 2, skipSelf: 1)
                guard let spec = a[1].stringValue else {
                    throw PyError.typeError("__format__() argument must be str, not \(a[1].type.name)")
                }
                return .str(try vm.builtinFormat(a[0], spec))
            }
        }
    }
}
