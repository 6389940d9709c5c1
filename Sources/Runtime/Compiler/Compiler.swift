import BigInt
import Script

/// Compiles an AST module to bytecode.
public enum Compiler {
    /// Compiles a parsed module; throws `SyntaxError` for constructs the compiler rejects.
    public static func compile(_ module: Module, filename: String) throws -> CodeObject {
        var st = SymbolTableBuilder(filename: filename)
        let root = try st.build(module)
        let c = CompilerContext(filename: filename, scopes: st.scopesByRange)
        return try c.compileModule(module, root)
    }

    /// What `compile()`'s mode asks for: statements (`exec`) or one expression (`eval`).
    public enum DynamicMode: Sendable {
        /// A module body, run for its effects; it returns None.
        case exec
        /// A single expression whose value the code returns.
        case eval
    }

    /// Compiles source given to `exec`/`eval`/`compile()` at run time. The top
    /// level reads and writes its names through a locals mapping (CPython's
    /// LOAD_NAME/STORE_NAME), so a call may give locals apart from globals.
    ///
    /// - Throws: `SyntaxError` when an `eval` source is not one expression.
    public static func compileDynamic(_ module: Module, filename: String, mode: DynamicMode) throws -> CodeObject {
        // eval's grammar is one expression: anything else is "invalid syntax"
        // (an empty source at line 0), before any check of the statements.
        var expression: Expr?
        if mode == .eval {
            guard module.body.count == 1, let first = module.body.first, case .expr(let e) = first.kind else {
                throw EvalSyntaxLocation.error(module, filename: filename)
            }
            // `yield` and a starred expression are statements' syntax, not eval's.
            switch e.value.kind {
            case .yield, .yieldFrom, .starred: throw EvalSyntaxLocation.error(module, filename: filename)
            default: break
            }
            expression = e.value
        }
        var st = SymbolTableBuilder(filename: filename)
        let root = try st.build(module)
        let c = CompilerContext(filename: filename, scopes: st.scopesByRange)
        c.namesThroughLocals = true
        if let expression { return try c.compileExpressionBody(expression, root) }
        return try c.compileModule(module, root)
    }
}

/// The state of one compilation: the current code builder and qualname path.
final class CompilerContext {
    let filename: String
    let scopes: [SourceRange: Scope]
    var b: CodeBuilder
    var qualPrefix: [String] = []
    /// `from __future__ import annotations`: annotations are stored as
    /// their source text (Script.Unparse) instead of being evaluated.
    var futureAnnotations = false
    /// One `PyStr` per identifier across the compilation's code objects.
    let nameTable = NameTable()
    /// Set for code compiled by `exec`/`eval`: the module scope's names go
    /// through the frame's locals mapping, as a class body's do.
    var namesThroughLocals = false

    /// Whether names at the top of scope `s` are looked up by name in a locals mapping.
    func usesNameLookups(_ s: Scope) -> Bool {
        s.kind == .classBody || (namesThroughLocals && s.kind == .module)
    }

    init(filename: String, scopes: [SourceRange: Scope]) {
        self.filename = filename
        self.scopes = scopes
        b = CodeBuilder(scope: Scope(kind: .module, name: "", parent: nil), name: "", qualname: "", filename: filename, firstLine: 1, names: nameTable)
    }

    func error(_ msg: String, _ line: Int, _ col: Int, kind: SyntaxError.Kind = .syntaxError) -> SyntaxError {
        SyntaxError(kind, msg, filename: filename, line: line, column: col + 1)
    }

    /// An error spanning a node (with `end_lineno`/`end_offset`).
    func error(_ msg: String, at range: SourceRange) -> SyntaxError {
        var e = error(msg, range.line, range.column)
        e.endLine = range.endLine
        e.endColumn = range.endColumn + 1
        return e
    }

    func compileModule(_ m: Module, _ root: Scope) throws -> CodeObject {
        b = CodeBuilder(scope: root, name: "<module>", qualname: "<module>", filename: filename, firstLine: 1, names: nameTable)
        if let first = m.body.first, case .expr(let e) = first.kind, case .constant(let c) = e.value.kind,
           case .str(let doc) = c.value {
            b.loadConst(.str(doc), key: .str(doc))
            storeName("__doc__")
        }
        try checkFutureImports(m.body)
        futureAnnotations = CompilerContext.importsFutureAnnotations(m.body)
        if CompilerContext.hasAnnotatedNames(m.body) { setupAnnotations() }
        for s in m.body { try compile(s) }
        b.loadNone()
        b.emit(.returnValue)
        return b.code
    }

    /// The code of an `eval` source: the expression's value is returned.
    func compileExpressionBody(_ e: Expr, _ root: Scope) throws -> CodeObject {
        b = CodeBuilder(scope: root, name: "<module>", qualname: "<module>", filename: filename, firstLine: 1, names: nameTable)
        try compile(e)
        b.emit(.returnValue)
        return b.code
    }

    func scope(for range: SourceRange, _ line: Int) throws -> Scope {
        guard let s = scopes[range] else { throw error("internal error: no scope for node", line, 0) }
        return s
    }

    // MARK: names

    func loadName(_ raw: String) {
        let s = b.scope
        let n = s.mangle(raw)
        switch s.lookup(mangled: n) {
        case .local: b.emit(.loadFast, b.local(n))
        case .cell, .free:
            if s.kind == .classBody { b.emit(.loadClassDeref, b.cell(n) ?? 0) } else { b.emit(.loadDeref, b.cell(n) ?? 0) }
        case .globalExplicit:
            b.emit(namesThroughLocals && s.kind == .module && !s.globals.contains(n) ? .loadName : .loadGlobal, b.name(n))
        case .globalImplicit: b.emit(usesNameLookups(s) ? .loadName : .loadGlobal, b.name(n))
        case .classLocal: b.emit(.loadName, b.name(n))
        }
    }

    func storeName(_ raw: String) {
        let s = b.scope
        let n = s.mangle(raw)
        switch s.lookup(mangled: n) {
        case .local: b.emit(.storeFast, b.local(n))
        case .cell, .free: b.emit(.storeDeref, b.cell(n) ?? 0)
        case .globalExplicit, .globalImplicit:
            b.emit(usesNameLookups(s) && !s.globals.contains(n) ? .storeName : .storeGlobal, b.name(n))
        case .classLocal: b.emit(.storeName, b.name(n))
        }
    }

    func deleteName(_ raw: String) {
        let s = b.scope
        let n = s.mangle(raw)
        switch s.lookup(mangled: n) {
        case .local: b.emit(.deleteFast, b.local(n))
        case .cell, .free: b.emit(.deleteDeref, b.cell(n) ?? 0)
        case .globalExplicit, .globalImplicit:
            b.emit(usesNameLookups(s) && !s.globals.contains(n) ? .deleteName : .deleteGlobal, b.name(n))
        case .classLocal: b.emit(.deleteName, b.name(n))
        }
    }

    // MARK: constants

    func constant(_ c: ConstantValue) throws -> (Value, ConstKey?) {
        switch c {
        case .none: return (.none, ConstKey.none)
        case .true: return (.true, .bool(true))
        case .false: return (.false, .bool(false))
        case .ellipsis: return (.object(BuiltinTypes.ellipsis), .ellipsis)
        case .int(let i): return (.int(i), .int(i))
        case .bigInt(let text): return (.integer(IntParsing.literal(text)), .big(text))
        case .float(let d): return (.float(d), .float(d.bitPattern))
        case .imaginary(let d): return (.object(PyComplex(0, d)), nil)
        case .str(let s): return (.str(s), .str(s))
        case .bytes(let bytes): return (.object(PyBytes(bytes)), nil)
        }
    }

    // MARK: nested code objects

    /// Compiles a nested scope's body into a code object with `body`.
    func nestedCode(_ scope: Scope, name: String, firstLine: Int, qualname: String,
                    _ body: () throws -> Void) rethrows -> CodeObject {
        let saved = b
        b = CodeBuilder(scope: scope, name: name, qualname: qualname, filename: filename, firstLine: firstLine, names: nameTable)
        defer { b = saved }
        try body()
        return b.code
    }

    func qualname(_ name: String) -> String {
        (qualPrefix.last.map { $0 + "." } ?? "") + name
    }

    /// Pushes the closure tuple for `code`'s free variables; returns MAKE_FUNCTION flag bits.
    func emitClosure(_ code: CodeObject) -> Int {
        if code.freeNames.isEmpty { return 0 }
        for n in code.freeNames { b.emit(.loadClosure, b.cell(n) ?? 0) }
        b.emit(.buildTuple, code.freeNames.count)
        return 8
    }

    func emitCode(_ code: CodeObject) {
        b.loadConst(.object(PyCodeValue(code)), key: nil)
    }

    /// def / async def / lambda: leaves the function object on the stack.
    func compileFunction(name: String, args: Script.Arguments, range: SourceRange, line: Int,
                         body: [Stmt]?, lambdaBody: Expr?, isAsync: Bool, returns: Expr? = nil,
                         firstLine: Int? = nil) throws {
        var flags = 0
        if !args.defaults.isEmpty {
            for d in args.defaults { try compile(d) }
            b.emit(.buildTuple, args.defaults.count)
            flags |= 1
        }
        var nkw = 0
        for (i, d) in args.kwDefaults.enumerated() {
            guard let d = d else { continue }
            let key = b.scope.mangle(args.kwonlyargs[i].arg)
            b.loadConst(.str(key), key: .str(key))
            try compile(d)
            nkw += 1
        }
        if nkw > 0 { b.emit(.buildMap, nkw); flags |= 2 }
        let scope = try self.scope(for: range, line)
        let qn = qualname(name)
        qualPrefix.append(qn + ".<locals>")
        defer { qualPrefix.removeLast() }
        let code = try nestedCode(scope, name: name, firstLine: firstLine ?? line, qualname: qn) {
            let c = b.code
            c.posOnlyCount = args.posonlyargs.count
            c.argCount = args.posonlyargs.count + args.args.count
            c.kwOnlyCount = args.kwonlyargs.count
            c.hasVarArgs = args.vararg != nil
            c.hasVarKeywords = args.kwarg != nil
            c.isCoroutine = scope.isCoroutine && !scope.isGenerator
            c.isAsyncGenerator = scope.isCoroutine && scope.isGenerator
            c.isGenerator = scope.isGenerator && !scope.isCoroutine
            if let e = lambdaBody {
                try compile(e)
                b.emit(.returnValue)
                return
            }
            let stmts = body ?? []
            if let first = stmts.first, case .expr(let e) = first.kind, case .constant(let k) = e.value.kind,
               case .str(let doc) = k.value {
                c.docstring = doc
            }
            for s in stmts { try compile(s) }
            b.loadNone()
            b.emit(.returnValue)
        }
        flags |= emitClosure(code)
        emitCode(code)
        b.emit(.makeFunction, flags)
        try emitFunctionAnnotations(args, returns)
    }

    /// `fn.__annotations__ = {param: annotation, ..., 'return': ...}` for
    /// the function on top of the stack (left there).
    func emitFunctionAnnotations(_ args: Script.Arguments, _ returns: Expr?) throws {
        var entries: [(String, Expr)] = []
        for a in args.posonlyargs + args.args { if let e = a.annotation { entries.append((a.arg, e)) } }
        if let v = args.vararg, let e = v.annotation { entries.append((v.arg, e)) }
        for a in args.kwonlyargs { if let e = a.annotation { entries.append((a.arg, e)) } }
        if let v = args.kwarg, let e = v.annotation { entries.append((v.arg, e)) }
        entries = entries.map { (b.scope.mangle($0.0), $0.1) }
        if let e = returns { entries.append(("return", e)) }
        if entries.isEmpty { return }
        b.emit(.dupTop)
        for (name, e) in entries {
            b.loadConst(.str(name), key: .str(name))
            try compileAnnotation(e)
        }
        b.emit(.buildMap, entries.count)
        b.emit(.rotTwo)
        b.emit(.storeAttr, b.name("__annotations__"))
    }

    /// An annotation's value: evaluated, or its source text under
    /// `from __future__ import annotations`.
    func compileAnnotation(_ e: Expr) throws {
        if futureAnnotations {
            let text = Unparse.expression(e)
            b.loadConst(.str(text), key: .str(text))
        } else if case .starred(let st) = e.kind {
            // `*args: *Ts` (PEP 646): the value's single unpacked item,
            // as CPython's UNPACK_SEQUENCE 1 (`Unpack[Ts]` for a TypeVarTuple).
            try compile(st.value)
            b.emit(.unpackSequence, 1)
        } else {
            try compile(e)
        }
    }

    /// `__annotations__ = {}` at the start of a module or class body that
    /// annotates names (CPython's SETUP_ANNOTATIONS).
    func setupAnnotations() {
        b.emit(.buildMap, 0)
        b.emit(.storeName, b.name("__annotations__"))
    }

    /// CPython's checks on `from __future__ import ...`: only after the
    /// docstring and other future imports, and only known features.
    func checkFutureImports(_ body: [Stmt]) throws {
        let known: Set<String> = ["nested_scopes", "generators", "division", "absolute_import", "with_statement",
                                  "print_function", "unicode_literals", "barry_as_FLUFL", "generator_stop",
                                  "annotations"]
        var allowed = true
        for (i, s) in body.enumerated() {
            if case .importFrom(let imp) = s.kind, imp.module == "__future__", imp.level == 0 {
                guard allowed else {
                    throw error("from __future__ imports must occur at the beginning of the file", s.line, s.column)
                }
                for alias in imp.names where !known.contains(alias.name) {
                    throw error(alias.name == "braces" ? "not a chance" : "future feature \(alias.name) is not defined",
                                s.line, s.column)
                }
                continue
            }
            if i == 0, case .expr(let e) = s.kind, case .constant(let c) = e.value.kind, case .str = c.value { continue }
            allowed = false
        }
    }

    static func importsFutureAnnotations(_ body: [Stmt]) -> Bool {
        for s in body {
            switch s.kind {
            case .importFrom(let i) where i.module == "__future__":
                if i.names.contains(where: { $0.name == "annotations" }) { return true }
            case .expr(let e):
                if case .constant = e.value.kind { continue }
                return false
            default:
                return false
            }
        }
        return false
    }

    /// Whether a body annotates a simple name outside nested functions and
    /// classes (then CPython creates __annotations__ for it).
    static func hasAnnotatedNames(_ body: [Stmt]) -> Bool {
        for s in body {
            switch s.kind {
            case .annAssign(let a):
                if a.simple == 1, case .name = a.target.kind { return true }
            case .if(let i):
                if hasAnnotatedNames(i.body) || hasAnnotatedNames(i.orelse) { return true }
            case .for(let f), .asyncFor(let f):
                if hasAnnotatedNames(f.body) || hasAnnotatedNames(f.orelse) { return true }
            case .while(let w):
                if hasAnnotatedNames(w.body) || hasAnnotatedNames(w.orelse) { return true }
            case .with(let w), .asyncWith(let w):
                if hasAnnotatedNames(w.body) { return true }
            case .try(let t), .tryStar(let t):
                if hasAnnotatedNames(t.body) || hasAnnotatedNames(t.orelse) || hasAnnotatedNames(t.finalbody) { return true }
                for h in t.handlers where hasAnnotatedNames(h.body) { return true }
            default:
                break
            }
        }
        return false
    }

    func compileClass(_ c: Stmt.ClassDef, _ s: Stmt) throws {
        for d in c.decoratorList { try compile(d) }
        b.emit(.loadBuildClass)
        let scope = try self.scope(for: s.range, s.line)
        let qn = qualname(c.name)
        qualPrefix.append(qn)
        let code = try nestedCode(scope, name: c.name, firstLine: c.decoratorList.first?.line ?? s.line, qualname: qn) {
            b.code.usesNameDict = true
            if let first = c.body.first, case .expr(let e) = first.kind, case .constant(let k) = e.value.kind,
               case .str(let doc) = k.value {
                b.loadConst(.str(doc), key: .str(doc))
                b.emit(.storeName, b.name("__doc__"))
            }
            if CompilerContext.hasAnnotatedNames(c.body) { setupAnnotations() }
            for st in c.body { try compile(st) }
            if let ci = b.cell("__class__"), scope.cells.contains("__class__") {
                b.emit(.loadClosure, ci)
            } else {
                b.loadNone()
            }
            b.emit(.returnValue)
        }
        qualPrefix.removeLast()
        let flags = emitClosure(code)
        emitCode(code)
        b.emit(.makeFunction, flags)
        b.loadConst(.str(c.name), key: .str(c.name))
        try compileCallArguments(c.bases, c.keywords, extra: 2, range: s.range, columns: false)
        applyDecorators(c.decoratorList)
        storeName(c.name)
    }

    /// Calls the decorators (already evaluated, outermost deepest on the
    /// stack) on the function or class on top, innermost first. Each call
    /// is located at its decorator's expression, as CPython's
    /// compiler_apply_decorators does: a decorator that raises shows the
    /// `@decorator` line with its carets in the traceback, not the `def`
    /// line. The statement's location is restored for the store.
    func applyDecorators(_ decorators: [Expr]) {
        guard !decorators.isEmpty else { return }
        let saved = b.location
        for d in decorators.reversed() {
            b.locate(d.range)
            b.emit(.call, 1)
        }
        b.location = saved
    }
}
