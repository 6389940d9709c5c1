/// `_re_native`: the native half of Lib/re.py, which compiles a pattern
/// in Python and hands the program to `compile` here; `search` and `match`
/// then run it in Swift (RegexMatcher.swift). CPython has no such module,
/// so re.py falls back to its Python engine (Lib/_re_engine.py) there.
///
/// - `compile(prog, prefix, first)` -> an opaque program
/// - `search(program, string, pos, endpos, regs, must_advance)` -> bool;
///   fills the list `regs` (0 and 1: the match's span)
/// - `match(program, string, pos, endpos, regs, match_all)` -> bool
enum RegexModule {
    static let modules: [(String, (Interpreter) throws -> PyModule)] = [("_re_native", make)]

    /// The type of compiled programs (not constructible from Python).
    static let programType: PyType = PyType(name: "Program", bases: [BuiltinTypes.object], builtin: true,
                                             layout: .native, module: "_re_native", namedWithModule: false)

    static func make(_ vm: Interpreter) throws -> PyModule {
        let m = PyModule(name: "_re_native")
        m.add("Program", .object(programType))
        m.addFunction("compile") { vm, a in
            try a.check("compile", min: 3, max: 3)
            let translator = RegexTranslator(vm: vm)
            let ops = try translator.program(a[0])
            var prefix: Unicode.Scalar?
            if let p = a[1].asStr {
                guard p.scalars.count == 1 else { throw PyError.valueError("prefix must be one character") }
                prefix = p.scalars[0]
            }
            let first = a[2].isNone ? nil : try translator.charTest(a[2])
            return .object(PyRegexProgram(ops: ops, prefix: prefix, first: first))
        }
        m.addFunction("search") { vm, a in
            try a.check("search", min: 6, max: 6)
            let (prog, text, pos, end, regsList) = try operands(vm, a)
            var regs = try registers(vm, regsList)
            let mustAdvance = try vm.isTruthy(a[5])
            let found = try withSubject(vm, text, ascii: { m in
                try m.search(prog, pos: pos, end: end, regs: &regs, mustAdvance: mustAdvance)
            }, scalars: { m in
                try m.search(prog, pos: pos, end: end, regs: &regs, mustAdvance: mustAdvance)
            })
            if found { regsList.items = regs.map { .int($0) } }
            return .bool(found)
        }
        m.addFunction("match") { vm, a in
            try a.check("match", min: 6, max: 6)
            let (prog, text, pos, end, regsList) = try operands(vm, a)
            var regs = try registers(vm, regsList)
            let matchAll = try vm.isTruthy(a[5])
            let e = try withSubject(vm, text, ascii: { m in
                try m.run(prog.ops, start: pos, end: end, regs: &regs,
                          mustAdvance: false, matchAll: matchAll, toplevel: true)
            }, scalars: { m in
                try m.run(prog.ops, start: pos, end: end, regs: &regs,
                          mustAdvance: false, matchAll: matchAll, toplevel: true)
            })
            guard e >= 0 else { return .false }
            regs[0] = pos
            regs[1] = e
            regsList.items = regs.map { .int($0) }
            return .true
        }
        return m
    }

    /// The program, subject, bounds (clamped to the subject) and register list of a call.
    private static func operands(_ vm: Interpreter, _ a: Args)
        throws -> (PyRegexProgram, PyStr, Int, Int, PyList) {
        guard let prog = a[0].object as? PyRegexProgram else {
            throw PyError.typeError("expected a compiled program, got '\(a[0].type.cTypeName)'")
        }
        guard let text = a[1].asStr else {
            throw PyError.typeError("expected str, got '\(a[1].type.cTypeName)'")
        }
        guard let regs = a[4].object as? PyList else {
            throw PyError.typeError("expected a list of registers, got '\(a[4].type.cTypeName)'")
        }
        let n = text.count
        let pos = min(max(try vm.indexInt(a[2]), 0), n)
        let end = min(max(try vm.indexInt(a[3]), 0), n)
        return (prog, text, pos, end, regs)
    }

    /// Runs a matcher over `text`: over its bytes when it is all ASCII,
    /// else over its code-point array (charged to the memory limit).
    private static func withSubject<R>(_ vm: Interpreter, _ text: PyStr,
                                       ascii: (RegexMatcher<ASCIIRegexSubject>) throws -> R,
                                       scalars: (RegexMatcher<[Unicode.Scalar]>) throws -> R) throws -> R {
        if text.isASCII, let r = try text.value.utf8.withContiguousStorageIfAvailable({ bytes in
            try ascii(RegexMatcher(vm: vm, s: ASCIIRegexSubject(bytes: bytes)))
        }) {
            return r
        }
        return try scalars(RegexMatcher(vm: vm, s: try text.scalars(charging: vm)))
    }

    private static func registers(_ vm: Interpreter, _ list: PyList) throws -> [Int] {
        try list.items.map { try vm.indexInt($0) }
    }
}
