/// `BaseExceptionGroup` / `ExceptionGroup`: construction rules, `exceptions`,
/// `message`, `split`, `subgroup`, `derive`.
enum ExceptionGroups {
    static func install() {
        let beg = BuiltinTypes.baseExceptionGroup
        beg.defineNew { vm, cls, a in
            guard a.count == 2, let msg = a[0].stringValue else {
                if a.count == 2 { throw PyError.typeError("argument 1 must be str, not \(a[0].type.name)") }
                throw PyError.typeError("BaseExceptionGroup.__new__() takes exactly 2 arguments (\(a.count) given)")
            }
            let excs = try vm.toArray(a[1])
            if excs.isEmpty { throw PyError.valueError("second argument (exceptions) must be a non-empty sequence") }
            var allExceptions = true
            for (i, e) in excs.enumerated() {
                guard let ex = e.object as? PyException else {
                    throw PyError.valueError("Item \(i) of second argument (exceptions) is not an exception")
                }
                if !ex.type.isSubtype(of: BuiltinTypes.exception) { allExceptions = false }
            }
            var target = cls
            if cls === BuiltinTypes.baseExceptionGroup && allExceptions { target = BuiltinTypes.exceptionGroup }
            if cls === BuiltinTypes.exceptionGroup && !allExceptions {
                throw PyError.typeError("Cannot nest BaseExceptions in an ExceptionGroup")
            }
            // A user subclass: BaseExceptions only in one that is not an Exception.
            if cls !== BuiltinTypes.baseExceptionGroup && cls !== BuiltinTypes.exceptionGroup && !allExceptions
                && cls.isSubtype(of: BuiltinTypes.exception) {
                throw PyError.typeError("Cannot nest BaseExceptions in '\(cls.cTypeName)'")
            }
            let g = PyException(type: target, args: [.str(msg), a[1]])
            g.payload = .object(PyTuple(excs))
            return .object(g)
        }
        // BaseException's `__init__`: the arguments of the call become
        // `args` (a subclass whose `__new__` takes more keeps them all).
        beg.defineMethod("__init__") { _, a in
            if let e = a[0].object as? PyException {
                if !a.keywords.isEmpty { throw PyError.typeError("\(e.type.name)() takes no keyword arguments") }
                e.args = Array(a.positional.dropFirst())
            }
            return .none
        }
        beg.defineProperty("message", get: { _, a in (a[0].object as? PyException)?.args.first ?? .none })
        beg.defineProperty("exceptions", get: { _, a in (a[0].object as? PyException)?.payload ?? .none })
        beg.defineMethod("derive") { vm, a in
            guard let g = a[0].object as? PyException else { return .none }
            return try vm.call(.object(BuiltinTypes.baseExceptionGroup), [g.args.first ?? .str(""), a[1]])
        }
        beg.defineMethod("split") { vm, a in
            guard let g = a[0].object as? PyException, a.count == 2 else { return .none }
            let (m, r) = try vm.splitGroup(g, a[1])
            return .object(PyTuple([m.map { .object($0) } ?? .none, r.map { .object($0) } ?? .none]))
        }
        beg.defineMethod("subgroup") { vm, a in
            guard let g = a[0].object as? PyException, a.count == 2 else { return .none }
            return try vm.splitGroup(g, a[1]).0.map { .object($0) } ?? .none
        }
        beg.defineMethod("__str__") { vm, a in
            guard let e = a[0].object as? PyException else { return .str("") }
            return .str(try vm.exceptionStr(e))
        }
    }
}

extension Interpreter {
    /// Leaf exceptions of a group.
    func groupMembers(_ g: PyException) -> [PyException] {
        guard case .object(let o) = g.payload, let t = o as? PyTuple else { return [] }
        return t.items.compactMap { $0.object as? PyException }
    }

    /// `eg.split(condition)`: (matching subgroup, rest), preserving nesting.
    func splitGroup(_ g: PyException, _ cond: Value) throws -> (PyException?, PyException?) {
        func matches(_ e: PyException) throws -> Bool {
            if case .object(let o) = cond, o is PyType || o is PyTuple { return try isInstance(.object(e), cond) }
            return try isTruthy(call(cond, [.object(e)]))
        }
        if try matches(g) { return (g, nil) }
        guard g.type.isSubtype(of: BuiltinTypes.baseExceptionGroup) else { return (nil, g) }
        var yes: [Value] = [], no: [Value] = []
        for e in groupMembers(g) {
            if e.type.isSubtype(of: BuiltinTypes.baseExceptionGroup) {
                // Groups nest (`g = ExceptionGroup('g', [g])` in a loop).
                let (m, r) = try withNativeNesting("maximum recursion depth exceeded in exceptiongroup_split_recursive") {
                    try splitGroup(e, cond)
                }
                if let m = m { yes.append(.object(m)) }
                if let r = r { no.append(.object(r)) }
            } else if try matches(e) { yes.append(.object(e)) } else { no.append(.object(e)) }
        }
        func derive(_ items: [Value]) throws -> PyException? {
            if items.isEmpty { return nil }
            let r = try callMethod(.object(g), "derive", [.object(PyList(items))])
            guard let e = r.object as? PyException else { return nil }
            e.cause = g.cause; e.context = g.context; e.traceback = g.traceback
            // The same traceback as the original's, so a bare `raise` of a
            // part in the frame that raised it adds no second entry there.
            e.lastFrameSerial = g.lastFrameSerial
            e.suppressContext = g.suppressContext
            try copyNotes(from: g, to: e)
            return e
        }
        return (try derive(yes), try derive(no))
    }

    /// The parts of a split group get the original's `__notes__`, a list of
    /// their own when it is a sequence (`list(notes)`: a str gives its
    /// characters; CPython 3.11's
    /// `exceptiongroup_subset`), so a note added to one part shows on it only.
    private func copyNotes(from g: PyException, to e: PyException) throws {
        guard let notes = try lookupAttribute(.object(g), PyStr("__notes__")) else { return }
        var copy = notes
        if case .object(let o) = notes {
            if let l = o as? PyList { copy = .object(PyList(l.items)) }
            else if let t = o as? PyTuple { copy = .object(PyList(t.items)) }
            else if let str = o as? PyStr { copy = .object(PyList(str.value.unicodeScalars.map { .str(String($0)) })) }
        }
        try setAttribute(.object(e), PyStr("__notes__"), copy)
    }
}

/// The type check CPython's `CHECK_EG_MATCH` makes before matching an
/// `except*` clause: catching an exception group type (alone or in a
/// tuple) is a TypeError, raised whenever the clause is reached, even when
/// an earlier clause already handled everything. The compiler calls this
/// function on the clause's type (Compiler/CompileStatements.swift); it
/// returns the type unchanged. A type that is not an exception class is
/// left to the match itself, which raises CPython's other TypeError first.
enum ExceptStarTypeCheck {
    /// Shared by every run: it holds nothing and builtin functions are immutable.
    static let function: PyBuiltinFunction = PyBuiltinFunction(name: "_check_except_star_type") { _, a in
        guard a.count == 1 else { throw PyError.typeError("_check_except_star_type() takes exactly one argument") }
        try check(a[0])
        return a[0]
    }

    static func check(_ t: Value) throws {
        func exceptionClass(_ v: Value) -> PyType? {
            guard case .object(let o) = v, let ty = o as? PyType, ty.isSubtype(of: BuiltinTypes.baseException) else {
                return nil
            }
            return ty
        }
        let types: [PyType]
        if let single = exceptionClass(t) {
            types = [single]
        } else if case .object(let o) = t, let tuple = o as? PyTuple {
            var all: [PyType] = []
            for item in tuple.items {
                guard let ty = exceptionClass(item) else { return }
                all.append(ty)
            }
            types = all
        } else {
            return
        }
        if types.contains(where: { $0.isSubtype(of: BuiltinTypes.baseExceptionGroup) }) {
            throw PyError.typeError("catching ExceptionGroup with except* is not allowed. Use except instead.")
        }
    }
}
