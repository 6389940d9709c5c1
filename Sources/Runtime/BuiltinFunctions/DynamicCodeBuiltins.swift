import Script

/// `eval`, `exec` and `compile`: program text compiled at run time by the
/// playground's own parser and compiler, and run on the same VM under the
/// same sandbox limits as the rest of the program (it can reach nothing the
/// program could not write directly). Semantics follow CPython 3.11 for the
/// common cases: without dictionaries the code sees the caller's globals and
/// a snapshot of its locals (writes to a function's locals do not persist);
/// with `globals` only, `locals` is the same dict; `__builtins__` is added to
/// a globals dict that lacks it. Mode `single` (the REPL's echo) is refused.
enum DynamicCodeBuiltins {
    static let functions: [(String, NativeFunction)] = [
        ("eval", { vm, a in try run(vm, a, name: "eval") }),
        ("exec", { vm, a in try run(vm, a, name: "exec") }),
        ("compile", compile),
    ]

    /// `eval(source, globals=None, locals=None)` and `exec(...)` (which returns None).
    static func run(_ vm: Interpreter, _ a: Args, name: String) throws -> Value {
        let slots = try a.bind(name, ["source", "globals", "locals"], required: 1)
        let source = slots[0] ?? .none
        let code: CodeObject
        if case .object(let o) = source, let c = o as? PyCodeValue {
            code = c.code
        } else {
            guard let text = try sourceText(source) else {
                throw PyError.typeError("\(name)() arg 1 must be a string, bytes or code object")
            }
            // eval() forgives leading spaces and tabs, as CPython's does.
            let body = name == "eval" ? String(text.drop(while: { $0 == " " || $0 == "\t" })) : text
            code = try compileText(vm, body, filename: "<string>", mode: name == "eval" ? .eval : .exec)
        }
        let (globals, locals) = try namespaces(vm, slots[1], slots[2], name: name)
        let frame = Frame(code: code, globals: globals, localsDict: locals, function: nil)
        try checkRunnable(code, name: name)
        // A function's code (`f.__code__`) may have cells for its inner functions.
        if !code.cellNames.isEmpty { frame.cells = code.cellNames.map { _ in PyCell(nil) } }
        let result: Value
        switch try vm.execute(frame) {
        case .returned(let v), .yielded(let v): result = v
        }
        return name == "eval" ? result : .none
    }

    /// A function's code given to eval/exec runs as a body without
    /// arguments, as in CPython; codes that need a closure, arguments or a
    /// generator object are refused (CPython's wording where it has one).
    private static func checkRunnable(_ code: CodeObject, name: String) throws {
        if !code.freeNames.isEmpty {
            throw PyError.typeError("code object requires a closure of exactly length \(code.freeNames.count)")
        }
        // Run without arguments, a code's parameters are all missing.
        let positional = Array(code.varNames.prefix(code.argCount))
        let keywordOnly = Array(code.varNames.dropFirst(code.argCount).prefix(code.kwOnlyCount))
        for (names, kind) in [(positional, "positional"), (keywordOnly, "keyword-only")] where !names.isEmpty {
            let quoted = names.map { "'\($0)'" }
            let list = quoted.count == 1 ? quoted[0]
                : quoted.dropLast().joined(separator: ", ") + " and " + quoted[quoted.count - 1]
            throw PyError.typeError("\(code.qualname)() missing \(names.count) required \(kind) argument\(names.count == 1 ? "" : "s"): \(list)")
        }
        if code.totalArgs > 0 {
            throw PyError(BuiltinTypes.notImplementedError,
                          "\(name)() of a function's code with *args or **kwargs is not supported in the playground")
        }
        if code.isGenerator || code.isCoroutine || code.isAsyncGenerator {
            throw PyError(BuiltinTypes.notImplementedError,
                          "\(name)() of a generator or coroutine function's code is not supported in the playground")
        }
    }

    /// `compile(source, filename, mode, flags=0, dont_inherit=False, optimize=-1)`.
    static func compile(_ vm: Interpreter, _ a: Args) throws -> Value {
        let slots = try a.bind("compile", ["source", "filename", "mode", "flags", "dont_inherit", "optimize", "_feature_version"],
                               required: 3)
        guard let text = try sourceText(slots[0] ?? .none) else {
            throw PyError.typeError("compile() arg 1 must be a string, bytes or AST object")
        }
        guard let filename = slots[1]?.stringValue else {
            throw PyError.typeError("compile() argument 'filename' must be str, not \((slots[1] ?? .none).type.name)")
        }
        guard let mode = slots[2]?.stringValue else {
            throw PyError.typeError("compile() argument 'mode' must be str, not \((slots[2] ?? .none).type.name)")
        }
        let dynamicMode: Compiler.DynamicMode
        switch mode {
        case "exec": dynamicMode = .exec
        case "eval": dynamicMode = .eval
        case "single":
            throw PyError(BuiltinTypes.notImplementedError,
                          "compile() mode 'single' (interactive echo) is not supported in the playground; use 'exec' or 'eval'")
        default:
            throw PyError.valueError("compile() mode must be 'exec', 'eval' or 'single'")
        }
        let body = dynamicMode == .eval ? String(text.drop(while: { $0 == " " || $0 == "\t" })) : text
        return .object(PyCodeValue(try compileText(vm, body, filename: filename, mode: dynamicMode)))
    }

    /// The text of a str or bytes source (nil for any other type).
    private static func sourceText(_ v: Value) throws -> String? {
        if let s = v.stringValue { return s }
        if case .object(let o) = v, let b = o as? PyBytes {
            guard let s = String(validating: b.bytes, as: UTF8.self) else {
                throw PyError(BuiltinTypes.syntaxError, "source code string cannot be decoded as UTF-8")
            }
            return s
        }
        return nil
    }

    /// Parses and compiles `text`; a syntax error becomes Python's
    /// `SyntaxError` with CPython's fields (`msg`, `lineno`, `offset`, `text`).
    private static func compileText(_ vm: Interpreter, _ text: String, filename: String,
                                    mode: Compiler.DynamicMode) throws -> CodeObject {
        // Parsing and compiling are linear in the text but cannot be
        // interrupted, so a long text is refused up front when its trees
        // and code (measured: up to ~125 bytes per source byte, 0.4 us per
        // byte for a 20 MB list display, which took 2.5 GB and 8 s) would
        // not fit the memory or the wall time left; then the work counts
        // as native work.
        let length = text.utf8.count
        if length > 1 << 16 {
            try vm.charge(length, times: 128)
            if Double(length) * 1e-6 > vm.deadline.secondsLeft { throw vm.wallLimit }
        }
        try vm.nativeWork(length / 16 + 1)
        do {
            let ast = try Parser.parse(text, filename: filename)
            return try Compiler.compileDynamic(ast, filename: filename, mode: mode)
        } catch let raw as SyntaxError {
            let e = mode == .eval ? EvalSyntaxLocation.parseError(raw, source: text) : raw
            let type: PyType
            switch e.kind {
            case .syntaxError: type = BuiltinTypes.syntaxError
            case .indentationError, .tabError: type = BuiltinTypes.indentationError
            case .notImplementedError: throw PyError(BuiltinTypes.notImplementedError, e.message)
            }
            // CPython's `text` keeps the line's newline when the source has
            // one; exec-mode source is read as if it ended with a newline.
            var lineText = e.text
            if let t = lineText {
                let read = mode == .exec && !text.hasSuffix("\n") ? text + "\n" : text
                let lines = read.split(separator: "\n", omittingEmptySubsequences: false)
                if e.line >= 1, e.line < lines.count, String(lines[e.line - 1]) == t { lineText = t + "\n" }
            }
            var fields: [Value] = [.str(e.filename), .int(e.line), .int(e.column), lineText.map { Value.str($0) } ?? .none]
            if let endLine = e.endLine, let endColumn = e.endColumn { fields += [.int(endLine), .int(endColumn)] }
            let details = PyTuple(fields)
            throw PyError(try exception(vm, type, [.str(e.message), .object(details)]))
        }
    }

    private static func exception(_ vm: Interpreter, _ type: PyType, _ args: [Value]) throws -> PyException {
        guard case .object(let o) = try vm.call(.object(type), args), let e = o as? PyException else {
            return PyException(type: type, args: args)
        }
        return e
    }

    /// The globals and locals dicts the code runs with (CPython's defaults and TypeErrors).
    private static func namespaces(_ vm: Interpreter, _ g: Value?, _ l: Value?, name: String) throws -> (PyDict, PyDict) {
        let globalsGiven = g.map { !$0.isNone } ?? false
        let localsGiven = l.map { !$0.isNone } ?? false
        var globals: PyDict
        var locals: PyDict?
        if globalsGiven, let given = g {
            guard case .object(let o) = given, let d = o as? PyDict else {
                if name != "eval" { throw PyError.typeError("exec() globals must be a dict, not \(given.type.name)") }
                // CPython suggests a locals mapping only when globals is a mapping.
                let isMapping = given.type.lookup(Names.getitem) != nil
                throw PyError.typeError(isMapping ? "globals must be a real dict; try eval(expr, {}, mapping)"
                                                  : "globals must be a dict")
            }
            globals = d
        } else {
            guard let caller = vm.frameStack.last else { return (PyDict(), PyDict()) }
            globals = caller.globals
            if !localsGiven { locals = caller.localsSnapshot() }
        }
        if localsGiven {
            guard case .object(let o) = l!, let d = o as? PyDict else {
                throw PyError.typeError(name == "eval" ? "locals must be a mapping"
                                                       : "locals must be a mapping or None, not \(l!.type.name)")
            }
            locals = d
        }
        if globals.getStr(Names.builtinsName) == nil {
            globals.setStr(Names.builtinsName, .object(vm.builtins))
        }
        return (globals, locals ?? globals)
    }
}
