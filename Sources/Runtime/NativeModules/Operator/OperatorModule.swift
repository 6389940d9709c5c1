import BigInt

/// `_operator`: the functions of CPython's C module of the same name
/// (`operator.add`, `operator.lt`, `operator.getitem`, ...). Lib/operator.py
/// defines them in Python (the reference, and what the CPython harness
/// checks) and then imports these over them, as CPython's operator.py
/// does: they are `builtin_function_or_method`s with CPython's argument
/// errors (`add expected 2 arguments, got 1`,
/// `_operator.neg() takes exactly one argument (2 given)`), run no frame
/// of their own, and cost no Python call in `reduce(operator.mul, ...)`.
/// `attrgetter`, `itemgetter` and `methodcaller` stay Python classes.
enum OperatorModule {
    static let name = "_operator"
    static let modules: [(String, (Interpreter) throws -> PyModule)] = [(name, make)]

    /// CPython's checks for a positional-only function of `count`
    /// arguments: a METH_O function (one argument) words them as
    /// `_operator.neg() takes exactly one argument (2 given)`, an Argument
    /// Clinic one as `add expected 2 arguments, got 1`.
    static func check(_ a: Args, _ fname: String, _ count: Int) throws {
        if !a.keywords.isEmpty { throw PyError.typeError("\(name).\(fname)() takes no keyword arguments") }
        if a.count == count { return }
        if count == 1 {
            throw PyError.typeError("\(name).\(fname)() takes exactly one argument (\(a.count) given)")
        }
        throw PyError.typeError("\(fname) expected \(count) arguments, got \(a.count)")
    }

    static let binary: [(String, BinaryOp)] = [
        ("add", .add), ("sub", .sub), ("mul", .mul), ("matmul", .matmul), ("truediv", .truediv),
        ("floordiv", .floordiv), ("mod", .mod), ("pow", .pow), ("lshift", .lshift), ("rshift", .rshift),
        ("and_", .and), ("or_", .or), ("xor", .xor),
    ]
    static let comparisons: [(String, CompareOp)] = [
        ("lt", .lt), ("le", .le), ("eq", .eq), ("ne", .ne), ("gt", .gt), ("ge", .ge),
    ]
    static let unary: [(String, PyStr)] = [("neg", Names.neg), ("pos", Names.pos), ("inv", Names.invert),
                                           ("invert", Names.invert)]
    private static let getitemName = Names.intern("__getitem__")
    private static let lengthHintName = Names.intern("__length_hint__")

    static func make(_ vm: Interpreter) throws -> PyModule {
        let m = PyModule(name: name)
        for (fname, op) in binary {
            m.addFunction(fname) { vm, a in
                try check(a, fname, 2)
                return try vm.binaryOp(a[0], a[1], op)
            }
            let iname = "i" + (fname.hasSuffix("_") ? String(fname.dropLast()) : fname)
            m.addFunction(iname) { vm, a in
                try check(a, iname, 2)
                return try vm.binaryOp(a[0], a[1], op, inplace: true)
            }
        }
        for (fname, op) in comparisons {
            m.addFunction(fname) { vm, a in
                try check(a, fname, 2)
                return try vm.compare(a[0], a[1], op)
            }
        }
        for (fname, dunder) in unary {
            m.addFunction(fname) { vm, a in
                try check(a, fname, 1)
                return try vm.unaryOp(a[0], dunder)
            }
        }
        m.addFunction("abs") { vm, a in
            try check(a, "abs", 1)
            return try NumericBuiltins.abs(vm, a)
        }
        m.addFunction("index") { vm, a in
            try check(a, "index", 1)
            if case .int = a[0] { return a[0] }
            return .integer(try vm.indexValue(a[0]))
        }
        m.addFunction("truth") { vm, a in
            try check(a, "truth", 1)
            return .bool(try vm.isTruthy(a[0]))
        }
        m.addFunction("not_") { vm, a in
            try check(a, "not_", 1)
            return .bool(!(try vm.isTruthy(a[0])))
        }
        m.addFunction("is_") { _, a in
            try check(a, "is_", 2)
            return .bool(a[0].isIdentical(a[1]))
        }
        m.addFunction("is_not") { _, a in
            try check(a, "is_not", 2)
            return .bool(!a[0].isIdentical(a[1]))
        }
        m.addFunction("getitem") { vm, a in
            try check(a, "getitem", 2)
            return try vm.getItem(a[0], a[1])
        }
        m.addFunction("setitem") { vm, a in
            try check(a, "setitem", 3)
            try vm.setItem(a[0], a[1], a[2])
            return .none
        }
        m.addFunction("delitem") { vm, a in
            try check(a, "delitem", 2)
            try vm.deleteItem(a[0], a[1])
            return .none
        }
        m.addFunction("contains") { vm, a in
            try check(a, "contains", 2)
            return .bool(try vm.contains(a[0], a[1]))
        }
        for (fname, inplace) in [("concat", false), ("iconcat", true)] {
            m.addFunction(fname) { vm, a in
                try check(a, fname, 2)
                try requireSequence(vm, a[0])
                return try vm.binaryOp(a[0], a[1], .add, inplace: inplace)
            }
        }
        m.addFunction("countOf") { vm, a in
            try check(a, "countOf", 2)
            var count = 0
            try scan(vm, a[0], for: a[1]) { _ in count += 1; return false }
            return .int(count)
        }
        m.addFunction("indexOf") { vm, a in
            try check(a, "indexOf", 2)
            var found: Int?
            try scan(vm, a[0], for: a[1]) { i in found = i; return true }
            guard let found else { throw PyError.valueError("sequence.index(x): x not in sequence") }
            return .int(found)
        }
        m.addFunction("length_hint") { vm, a in
            if !a.keywords.isEmpty { throw PyError.typeError("\(name).length_hint() takes no keyword arguments") }
            if a.count < 1 { throw PyError.typeError("length_hint expected at least 1 argument, got \(a.count)") }
            if a.count > 2 { throw PyError.typeError("length_hint expected at most 2 arguments, got \(a.count)") }
            return try lengthHint(vm, a[0], default: a.count > 1 ? a[1] : .int(0))
        }
        m.addFunction("call") { vm, a in
            if a.count < 1 { throw PyError.typeError("call expected at least 1 argument, got 0") }
            return try vm.call(a[0], Args(Array(a.positional.dropFirst()), keywords: a.keywords))
        }
        return m
    }

    /// `concat`'s check that its left operand is a sequence.
    private static func requireSequence(_ vm: Interpreter, _ v: Value) throws {
        let isDict = v.type.isSubtype(of: BuiltinTypes.dict)
        if try isDict || vm.lookupAttribute(v, getitemName) == nil {
            throw PyError.typeError("'\(v.type.cTypeName)' object can't be concatenated")
        }
    }

    /// Calls `found(index)` for each item of `container` that is `target`
    /// or equals it, until `found` returns true.
    private static func scan(_ vm: Interpreter, _ container: Value, for target: Value,
                             _ found: (Int) throws -> Bool) throws {
        let it: Value
        do {
            it = try vm.iterator(container)
        } catch let e as PyError where e.exception.type.isSubtype(of: BuiltinTypes.typeError) {
            throw PyError.typeError("argument of type '\(container.type.cTypeName)' is not iterable")
        }
        var i = 0
        while let item = try vm.next(it) {
            if try item.isIdentical(target) || vm.equals(item, target) {
                if try found(i) { return }
            }
            i += 1
        }
    }

    /// `operator.length_hint(obj, default)`: `len(obj)`, else
    /// `obj.__length_hint__()`, else `default` (CPython's PyObject_LengthHint).
    private static func lengthHint(_ vm: Interpreter, _ obj: Value, default dflt: Value) throws -> Value {
        guard dflt.bigIntValue != nil else {
            throw PyError.typeError("'\(dflt.type.cTypeName)' object cannot be interpreted as an integer")
        }
        do {
            return .int(try vm.length(obj))
        } catch let e as PyError where e.exception.type.isSubtype(of: BuiltinTypes.typeError) {}
        guard let hint = try vm.lookupAttribute(.object(obj.type), lengthHintName) else { return dflt }
        let r: Value
        do {
            r = try vm.call(hint, [obj])
        } catch let e as PyError where e.exception.type.isSubtype(of: BuiltinTypes.typeError) {
            return dflt
        }
        if vm.isNotImplemented(r) { return dflt }
        guard let n = r.bigIntValue else {
            throw PyError.typeError("__length_hint__ must be integer, not \(r.type.cTypeName)")
        }
        if n < 0 { throw PyError.valueError("__length_hint__() should return >= 0") }
        return r
    }
}
