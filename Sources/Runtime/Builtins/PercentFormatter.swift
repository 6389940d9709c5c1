import BigInt

/// `str % args` (printf-style formatting): adapts the VM's values to
/// Support's `PercentFormat`, which owns the parsing, padding and errors.
struct PercentFormatter {
    let vm: Interpreter

    /// `fmt % args`, raising CPython's exceptions.
    func format(_ fmt: String, _ args: Value) throws -> String {
        // The format is read as a code-point array (4 bytes each).
        if fmt.utf8.count >= 1 << 14 { try vm.charge(fmt.utf8.count, times: 4) }
        do {
            return try PercentFormat.format(fmt, arguments(args), lookup: { mapping, key in
                try vm.getItem(mapping, .str(key))
            }, convert: convert)
        } catch let f as PyFailure {
            throw vm.pyError(from: f)
        }
    }

    /// CPython's rule: any tuple (subclasses too) supplies the items; any
    /// other object with `__getitem__` that is not a str is a mapping.
    private func arguments(_ args: Value) -> PercentFormat.Arguments<Value> {
        guard case .object(let o) = args else { return .single(args, isMapping: false) }
        if let t = o as? PyTuple { return .tuple(t.items) }
        if o is PyStr { return .single(args, isMapping: false) }
        return .single(args, isMapping: o.type.lookup(Names.getitem) != nil)
    }

    /// What one conversion needs from `value`.
    /// Called once per conversion: a format of millions of conversions
    /// counts as native work (wall and memory checks between them).
    private func convert(_ value: Value, _ request: PercentFormat.Request) throws -> PercentFormat.Value {
        try vm.nativeWork()
        switch request {
        case .str: return .string(try vm.str(value))
        case .repr: return .string(try vm.repr(value))
        case .ascii: return .string(StringRepr.escapeNonASCII(try vm.repr(value)))
        case .number(let letter): return try number(value, letter)
        }
    }

    /// Ints, floats and strs as themselves; other objects through
    /// `__index__` (all integer letters), `__int__` (`%d %i %u`) or
    /// `__float__` (`%e %f %g`), else named by type for the error message.
    private func number(_ value: Value, _ letter: Character) throws -> PercentFormat.Value {
        if let b = value.bigIntValue { return .int(b) }
        if case .float(let d) = value.unboxedFloat { return .float(d) }
        guard case .object(let o) = value else { return .other(typeName: value.type.name) }
        if let s = o as? PyStr { return .string(s.value) }
        let type = o.type
        if type.lookup(Names.index) != nil || ("diu".contains(letter) && type.lookup(Names.int) != nil) {
            if let b = try vm.intConstruct(value, base: nil).bigIntValue { return .int(b) }
        }
        if "eEfFgG".contains(letter), type.lookup(Names.float) != nil {
            return .float(try vm.toDouble(value))
        }
        return .other(typeName: type.name)
    }
}
