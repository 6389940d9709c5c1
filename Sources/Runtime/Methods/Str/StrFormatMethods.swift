/// `str.format` and `str.format_map` over the markup engine, resolving
/// fields through the object model.
enum StrFormatMethods {
    static func install(_ str: PyType) {
        str.defineMethod("format") { vm, a in
            let template = try StrTypeMethods.chargedReceiver(vm, a, "format")
            let resolver = ValueFieldResolver(vm: vm, positional: Array(a.positional.dropFirst()),
                                              keywords: a.keywords, mapping: nil)
            return try render(vm, template, resolver)
        }
        str.defineMethod("format_map") { vm, a in
            try a.check("format_map", min: 2, max: 2, skipSelf: 1)
            let template = try StrTypeMethods.chargedReceiver(vm, a, "format_map")
            let resolver = ValueFieldResolver(vm: vm, positional: nil, keywords: [], mapping: a[1])
            return try render(vm, template, resolver)
        }
    }

    private static func render(_ vm: Interpreter, _ template: [Unicode.Scalar],
                               _ resolver: ValueFieldResolver) throws -> Value {
        var engine = FormatStringEngine(resolver: resolver)
        let text = try vm.bridging { try engine.render(scalars: template) }
        return try vm.newStr(text)
    }
}

/// Resolves `str.format` fields against call arguments (or, for
/// `format_map`, a mapping) with CPython's exceptions.
struct ValueFieldResolver: FormatFieldResolver {
    let vm: Interpreter
    /// Positional arguments; nil for `format_map`, which has none.
    let positional: [Value]?
    let keywords: [(name: String, value: Value)]
    let mapping: Value?

    func positional(_ index: Int) throws -> Value {
        guard let args = positional else { throw PyError.valueError("Format string contains positional fields") }
        guard index < args.count else {
            throw PyError.indexError("Replacement index \(index) out of range for positional args tuple")
        }
        return args[index]
    }

    func keyword(_ name: String) throws -> Value {
        if let mapping { return try vm.getItem(mapping, .str(name)) }
        for k in keywords where k.name == name { return k.value }
        throw PyError.keyError(.str(name))
    }

    func attribute(_ obj: Value, _ name: String) throws -> Value { try vm.getAttribute(obj, name) }

    func item(_ obj: Value, index: Int) throws -> Value { try vm.getItem(obj, .int(index)) }

    func item(_ obj: Value, key: String) throws -> Value { try vm.getItem(obj, .str(key)) }

    func convert(_ obj: Value, _ conversion: Unicode.Scalar) throws -> Value {
        switch conversion {
        case "r": return .str(try vm.repr(obj))
        case "a": return .str(NumericBuiltins.asciiEscaped(try vm.repr(obj)))
        default: return .str(try vm.str(obj))
        }
    }

    /// Called once per replacement field: a template of millions of fields
    /// counts as native work (wall and memory checks between fields).
    func format(_ obj: Value, spec: String) throws -> String {
        try vm.nativeWork()
        return try vm.chargedFormat(obj, spec)
    }
}
