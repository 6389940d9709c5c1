/// Dunders of `int` and `float` that programs call explicitly
/// (`x.__round__()`, `super().__abs__()`) or that `copy`/`pickle` need
/// (`__getnewargs__`, also on `str` and `tuple`), each delegating to the builtin operation on the
/// receiver's value.
enum NumberDunders {
    static func install() {
        // str and tuple subclasses are rebuilt from their plain value too.
        BuiltinTypes.str.defineMethod("__getnewargs__") { vm, a in
            .object(PyTuple([.str(try vm.str(a[0].asStr.map { Value.str($0.value) } ?? a[0]))]))
        }
        BuiltinTypes.tuple.defineMethod("__getnewargs__") { vm, a in
            .object(PyTuple([.object(PyTuple(try vm.toArray(a[0])))]))
        }
        for type in [BuiltinTypes.int, BuiltinTypes.float] {
            let isFloat = type === BuiltinTypes.float
            func plain(_ v: Value) -> Value {
                if isFloat { return v.unboxedFloat }
                if case .object(let o) = v, let b = o as? PyBigInt, !o.type.isBuiltin { return .integer(b.value) }
                return v
            }
            type.defineMethod("__getnewargs__") { _, a in .object(PyTuple([plain(a[0])])) }
            type.defineMethod("__round__") { vm, a in
                try a.check("__round__", min: 1, max: 2, skipSelf: 1)
                let ndigits = a.optional(1).flatMap { $0.isNone ? nil : $0 }
                return try NumericBuiltins.round(vm, Args(ndigits.map { [plain(a[0]), $0] } ?? [plain(a[0])]))
            }
            type.defineMethod("__abs__") { vm, a in try NumericBuiltins.abs(vm, Args([plain(a[0])])) }
            type.defineMethod("__neg__") { vm, a in try vm.unaryOp(plain(a[0]), Names.neg) }
            type.defineMethod("__pos__") { _, a in plain(a[0]) }
            type.defineMethod("__bool__") { vm, a in .bool(try vm.isTruthy(plain(a[0]))) }
            type.defineMethod("__floor__") { vm, a in
                try MathModule.rounding(vm, Args([plain(a[0])]), "floor", "__floor__", .down)
            }
            type.defineMethod("__ceil__") { vm, a in
                try MathModule.rounding(vm, Args([plain(a[0])]), "ceil", "__ceil__", .up)
            }
            // divmod's slots: NotImplemented for an operand the type's own
            // arithmetic does not take (int knows nothing of floats).
            func takes(_ other: Value) -> Bool {
                switch other {
                case .int, .bool: return true
                case .float: return isFloat
                case .none: return false
                case .object(let o):
                    return o is PyBigInt || (isFloat && o is PyFloatSubclassInstance)
                }
            }
            type.defineMethod("__divmod__") { vm, a in
                try a.check("__divmod__", min: 2, max: 2, skipSelf: 1)
                guard takes(a[1]) else { return .object(BuiltinTypes.notImplemented) }
                return try NumericBuiltins.divmod(vm, Args([plain(a[0]), plain(a[1])]))
            }
            type.defineMethod("__rdivmod__") { vm, a in
                try a.check("__rdivmod__", min: 2, max: 2, skipSelf: 1)
                guard takes(a[1]) else { return .object(BuiltinTypes.notImplemented) }
                return try NumericBuiltins.divmod(vm, Args([plain(a[1]), plain(a[0])]))
            }
            if !isFloat {
                type.defineMethod("__invert__") { vm, a in try vm.unaryOp(plain(a[0]), Names.invert) }
                type.defineMethod("__trunc__") { vm, a in try vm.unaryOp(plain(a[0]), Names.pos) }
            }
        }
        BuiltinTypes.float.defineClassMethod("__getformat__") { _, a in
            try a.check("__getformat__", min: 2, max: 2, skipSelf: 1)
            guard let kind = a[1].asStr?.value else {
                throw PyError.typeError("__getformat__() argument must be str, not \(a[1].type.name)")
            }
            guard kind == "double" || kind == "float" else {
                throw PyError.valueError("__getformat__() argument 1 must be 'double' or 'float'")
            }
            return .str("IEEE, little-endian")
        }
    }
}
