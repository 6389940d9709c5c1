/// Rich-comparison and arithmetic dunders of the builtin value types
/// (`dict.__eq__(self, other)` in `OrderedDict`, `int.__add__(1, 2)`,
/// `super().__lt__(other)`), computed on the builtin storage; an unsupported
/// pairing returns `NotImplemented` exactly as CPython's slots do.
enum OperatorDunders {
    static let comparisons: [(String, CompareOp)] = [
        ("__eq__", .eq), ("__ne__", .ne), ("__lt__", .lt), ("__le__", .le), ("__gt__", .gt), ("__ge__", .ge),
    ]

    static let arithmetic: [(String, BinaryOp)] = [
        ("add", .add), ("sub", .sub), ("mul", .mul), ("truediv", .truediv), ("floordiv", .floordiv),
        ("mod", .mod), ("pow", .pow), ("lshift", .lshift), ("rshift", .rshift), ("and", .and),
        ("or", .or), ("xor", .xor),
    ]

    static func install() {
        let valueTypes = [BuiltinTypes.int, BuiltinTypes.float, BuiltinTypes.str, BuiltinTypes.list,
                          BuiltinTypes.tuple, BuiltinTypes.dict, BuiltinTypes.set, BuiltinTypes.frozenset]
        for type in valueTypes {
            for (name, op) in comparisons {
                type.defineMethod(name) { vm, a in
                    try a.check(name, min: 2, max: 2, skipSelf: 1)
                    if intMeetsFloat(type, a[1]) { return .object(BuiltinTypes.notImplemented) }
                    return try vm.builtinCompare(a[0], a[1], op) ?? .object(BuiltinTypes.notImplemented)
                }
            }
        }
        // Each type gets the operator methods CPython's has (`hasattr([], '__sub__')`
        // is False): forward, reflected and in-place base names.
        let numeric = arithmetic.map(\.0)
        let floatOps = ["add", "sub", "mul", "truediv", "floordiv", "mod", "pow"]
        let setOps = ["sub", "and", "or", "xor"]
        let table: [(PyType, forward: [String], reflected: [String], inplace: [String])] = [
            (BuiltinTypes.int, numeric, numeric, []),
            (BuiltinTypes.float, floatOps, floatOps, []),
            (BuiltinTypes.str, ["add", "mul", "mod"], ["mul", "mod"], []),
            (BuiltinTypes.list, ["add", "mul"], ["mul"], ["add", "mul"]),
            (BuiltinTypes.tuple, ["add", "mul"], ["mul"], []),
            (BuiltinTypes.dict, ["or"], ["or"], ["or"]),
            (BuiltinTypes.set, setOps, setOps, setOps),
            (BuiltinTypes.frozenset, setOps, setOps, []),
        ]
        let ops = Dictionary(uniqueKeysWithValues: arithmetic)
        for (type, forward, reflected, inplace) in table {
            for base in forward {
                guard let op = ops[base] else { continue }
                type.defineMethod("__\(base)__") { vm, a in
                    try a.check("__\(base)__", min: 2, max: 2, skipSelf: 1)
                    if intMeetsFloat(type, a[1]) { return .object(BuiltinTypes.notImplemented) }
                    return try vm.builtinBinary(a[0], a[1], op, inplace: false) ?? .object(BuiltinTypes.notImplemented)
                }
            }
            for base in reflected {
                guard let op = ops[base] else { continue }
                type.defineMethod("__r\(base)__") { vm, a in
                    try a.check("__r\(base)__", min: 2, max: 2, skipSelf: 1)
                    if intMeetsFloat(type, a[1]) { return .object(BuiltinTypes.notImplemented) }
                    return try vm.builtinBinary(a[1], a[0], op, inplace: false) ?? .object(BuiltinTypes.notImplemented)
                }
            }
            for base in inplace {
                guard let op = ops[base] else { continue }
                type.defineMethod("__i\(base)__") { vm, a in
                    try a.check("__i\(base)__", min: 2, max: 2, skipSelf: 1)
                    return try vm.builtinBinary(a[0], a[1], op, inplace: true) ?? .object(BuiltinTypes.notImplemented)
                }
            }
        }
    }

    /// int's slots know nothing of floats (`int.__eq__(1, 1.0)` is
    /// NotImplemented; the float side answers).
    static func intMeetsFloat(_ type: PyType, _ other: Value) -> Bool {
        if type !== BuiltinTypes.int { return false }
        if case .float = other { return true }
        return false
    }
}
