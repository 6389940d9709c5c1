/// Renders an AST exactly like CPython 3.11's `ast.dump(tree)` (fields
/// named, no position attributes, no indentation), so parser output can be
/// compared with CPython's verbatim. Also handy for debugging the compiler.
public struct ASTDump {
    /// `ast.dump(module)`, or `ast.dump(module, include_attributes=True)` when `positions` is set.
    public static func dump(_ module: Module, positions: Bool = false) -> String {
        ASTDump(positions: positions).module(module)
    }

    /// Whether node positions are printed (`include_attributes=True`).
    let positions: Bool

    func module(_ module: Module) -> String {
        "Module(body=\(list(module.body, stmt)), type_ignores=[])"
    }

    /// Appends CPython's position attributes to a rendered node when `positions` is set.
    func located(_ rendered: String, _ r: SourceRange) -> String {
        guard positions, rendered.hasSuffix(")") else { return rendered }
        let attrs = "lineno=\(r.line), col_offset=\(r.column), end_lineno=\(r.endLine), end_col_offset=\(r.endColumn)"
        let body = rendered.dropLast()
        return body.hasSuffix("(") ? body + attrs + ")" : body + ", " + attrs + ")"
    }

    /// `ast.dump(expr)`.
    public static func dump(_ e: Expr) -> String { ASTDump(positions: false).expr(e) }

    func node(_ name: String, _ fields: [(String, String?)]) -> String {
        let parts = fields.compactMap { f in f.1.map { "\(f.0)=\($0)" } }
        return "\(name)(\(parts.joined(separator: ", ")))"
    }

    func list<T>(_ items: [T], _ f: (T) -> String) -> String {
        "[" + items.map(f).joined(separator: ", ") + "]"
    }

    func opt(_ e: Expr?) -> String? { e.map(expr) }

    func body(_ s: [Stmt]) -> String { list(s, stmt) }

    func stmt(_ s: Stmt) -> String { located(stmtBody(s), s.range) }

    func stmtBody(_ s: Stmt) -> String {
        switch s.kind {
        case .functionDef(let f): return functionDef("FunctionDef", f)
        case .asyncFunctionDef(let f): return functionDef("AsyncFunctionDef", f)
        case .classDef(let c):
            return node("ClassDef", [("name", PyRepr.str(c.name)), ("bases", list(c.bases, expr)),
                                     ("keywords", list(c.keywords, keyword)), ("body", body(c.body)),
                                     ("decorator_list", list(c.decoratorList, expr))])
        case .return(let r): return node("Return", [("value", opt(r.value))])
        case .delete(let d): return node("Delete", [("targets", list(d.targets, expr))])
        case .assign(let a): return node("Assign", [("targets", list(a.targets, expr)), ("value", expr(a.value))])
        case .augAssign(let a):
            return node("AugAssign", [("target", expr(a.target)), ("op", a.op.rawValue + "()"), ("value", expr(a.value))])
        case .annAssign(let a):
            return node("AnnAssign", [("target", expr(a.target)), ("annotation", expr(a.annotation)),
                                      ("value", opt(a.value)), ("simple", String(a.simple))])
        case .for(let f): return forNode("For", f)
        case .asyncFor(let f): return forNode("AsyncFor", f)
        case .while(let w):
            return node("While", [("test", expr(w.test)), ("body", body(w.body)), ("orelse", body(w.orelse))])
        case .if(let i):
            return node("If", [("test", expr(i.test)), ("body", body(i.body)), ("orelse", body(i.orelse))])
        case .with(let w): return withNode("With", w)
        case .asyncWith(let w): return withNode("AsyncWith", w)
        case .match(let m):
            return node("Match", [("subject", expr(m.subject)), ("cases", list(m.cases, matchCase))])
        case .raise(let r): return node("Raise", [("exc", opt(r.exc)), ("cause", opt(r.cause))])
        case .try(let t): return tryNode("Try", t)
        case .tryStar(let t): return tryNode("TryStar", t)
        case .assert(let a): return node("Assert", [("test", expr(a.test)), ("msg", opt(a.msg))])
        case .import(let i): return node("Import", [("names", list(i.names, alias))])
        case .importFrom(let i):
            return node("ImportFrom", [("module", i.module.map(PyRepr.str)), ("names", list(i.names, alias)),
                                       ("level", String(i.level))])
        case .global(let g): return node("Global", [("names", list(g.names, PyRepr.str))])
        case .nonlocal(let n): return node("Nonlocal", [("names", list(n.names, PyRepr.str))])
        case .expr(let e): return node("Expr", [("value", expr(e.value))])
        case .pass: return "Pass()"
        case .break: return "Break()"
        case .continue: return "Continue()"
        }
    }

    func functionDef(_ name: String, _ f: Stmt.FunctionDef) -> String {
        node(name, [("name", PyRepr.str(f.name)), ("args", arguments(f.args)), ("body", body(f.body)),
                    ("decorator_list", list(f.decoratorList, expr)), ("returns", opt(f.returns))])
    }

    func forNode(_ name: String, _ f: Stmt.For) -> String {
        node(name, [("target", expr(f.target)), ("iter", expr(f.iter)), ("body", body(f.body)), ("orelse", body(f.orelse))])
    }

    func withNode(_ name: String, _ w: Stmt.With) -> String {
        node(name, [("items", list(w.items, withItem)), ("body", body(w.body))])
    }

    func tryNode(_ name: String, _ t: Stmt.Try) -> String {
        node(name, [("body", body(t.body)), ("handlers", list(t.handlers, handler)),
                    ("orelse", body(t.orelse)), ("finalbody", body(t.finalbody))])
    }

    func handler(_ h: ExceptHandler) -> String {
        located(node("ExceptHandler", [("type", opt(h.type)), ("name", h.name.map(PyRepr.str)), ("body", body(h.body))]), h.range)
    }

    func alias(_ a: Alias) -> String {
        located(node("alias", [("name", PyRepr.str(a.name)), ("asname", a.asname.map(PyRepr.str))]), a.range)
    }

    func withItem(_ w: WithItem) -> String {
        node("withitem", [("context_expr", expr(w.contextExpr)), ("optional_vars", opt(w.optionalVars))])
    }

    func matchCase(_ c: MatchCase) -> String {
        node("match_case", [("pattern", pattern(c.pattern)), ("guard", opt(c.guard)), ("body", body(c.body))])
    }

    func keyword(_ k: Keyword) -> String {
        located(node("keyword", [("arg", k.arg.map(PyRepr.str)), ("value", expr(k.value))]), k.range)
    }

    func arg(_ a: Arg) -> String {
        located(node("arg", [("arg", PyRepr.str(a.arg)), ("annotation", opt(a.annotation))]), a.range)
    }

    func arguments(_ a: Arguments) -> String {
        node("arguments", [("posonlyargs", list(a.posonlyargs, arg)), ("args", list(a.args, arg)),
                           ("vararg", a.vararg.map(arg)), ("kwonlyargs", list(a.kwonlyargs, arg)),
                           ("kw_defaults", list(a.kwDefaults) { $0.map(expr) ?? "None" }),
                           ("kwarg", a.kwarg.map(arg)), ("defaults", list(a.defaults, expr))])
    }

    func comprehension(_ c: Comprehension) -> String {
        node("comprehension", [("target", expr(c.target)), ("iter", expr(c.iter)), ("ifs", list(c.ifs, expr)),
                               ("is_async", c.isAsync ? "1" : "0")])
    }

    func ctx(_ c: ExprContext) -> String { c.rawValue + "()" }

    func expr(_ e: Expr) -> String { located(exprBody(e), e.range) }

    func exprBody(_ e: Expr) -> String {
        switch e.kind {
        case .boolOp(let b): return node("BoolOp", [("op", b.op.rawValue + "()"), ("values", list(b.values, expr))])
        case .namedExpr(let n): return node("NamedExpr", [("target", expr(n.target)), ("value", expr(n.value))])
        case .binOp(let b):
            return node("BinOp", [("left", expr(b.left)), ("op", b.op.rawValue + "()"), ("right", expr(b.right))])
        case .unaryOp(let u): return node("UnaryOp", [("op", u.op.rawValue + "()"), ("operand", expr(u.operand))])
        case .lambda(let l): return node("Lambda", [("args", arguments(l.args)), ("body", expr(l.body))])
        case .ifExp(let i):
            return node("IfExp", [("test", expr(i.test)), ("body", expr(i.body)), ("orelse", expr(i.orelse))])
        case .dict(let d):
            return node("Dict", [("keys", list(d.keys) { $0.map(expr) ?? "None" }), ("values", list(d.values, expr))])
        case .set(let s): return node("Set", [("elts", list(s.elts, expr))])
        case .listComp(let c):
            return node("ListComp", [("elt", expr(c.elt)), ("generators", list(c.generators, comprehension))])
        case .setComp(let c):
            return node("SetComp", [("elt", expr(c.elt)), ("generators", list(c.generators, comprehension))])
        case .dictComp(let c):
            return node("DictComp", [("key", expr(c.key)), ("value", expr(c.value)),
                                     ("generators", list(c.generators, comprehension))])
        case .generatorExp(let c):
            return node("GeneratorExp", [("elt", expr(c.elt)), ("generators", list(c.generators, comprehension))])
        case .await(let a): return node("Await", [("value", expr(a.value))])
        case .yield(let y): return node("Yield", [("value", opt(y.value))])
        case .yieldFrom(let y): return node("YieldFrom", [("value", expr(y.value))])
        case .compare(let c):
            return node("Compare", [("left", expr(c.left)), ("ops", list(c.ops) { $0.rawValue + "()" }),
                                    ("comparators", list(c.comparators, expr))])
        case .call(let c):
            return node("Call", [("func", expr(c.func)), ("args", list(c.args, expr)),
                                 ("keywords", list(c.keywords, keyword))])
        case .formattedValue(let f):
            return node("FormattedValue", [("value", expr(f.value)), ("conversion", String(f.conversion)),
                                           ("format_spec", opt(f.formatSpec))])
        case .joinedStr(let j): return node("JoinedStr", [("values", list(j.values, expr))])
        case .constant(let c): return node("Constant", [("value", constant(c.value)), ("kind", c.kind.map(PyRepr.str))])
        case .attribute(let a):
            return node("Attribute", [("value", expr(a.value)), ("attr", PyRepr.str(a.attr)), ("ctx", ctx(a.ctx))])
        case .subscript(let s):
            return node("Subscript", [("value", expr(s.value)), ("slice", expr(s.slice)), ("ctx", ctx(s.ctx))])
        case .starred(let s): return node("Starred", [("value", expr(s.value)), ("ctx", ctx(s.ctx))])
        case .name(let n): return node("Name", [("id", PyRepr.str(n.id)), ("ctx", ctx(n.ctx))])
        case .list(let l): return node("List", [("elts", list(l.elts, expr)), ("ctx", ctx(l.ctx))])
        case .tuple(let t): return node("Tuple", [("elts", list(t.elts, expr)), ("ctx", ctx(t.ctx))])
        case .slice(let s):
            return node("Slice", [("lower", opt(s.lower)), ("upper", opt(s.upper)), ("step", opt(s.step))])
        }
    }

    func constant(_ v: ConstantValue) -> String {
        switch v {
        case .none: return "None"
        case .true: return "True"
        case .false: return "False"
        case .ellipsis: return "Ellipsis"
        case .int(let i): return String(i)
        case .bigInt(let text): return Lexer.decimalDigits(ofBigIntText: text)
        case .float(let d): return PyRepr.float(d)
        case .imaginary(let d): return PyRepr.imaginary(d)
        case .str(let s): return PyRepr.str(s)
        case .bytes(let b): return PyRepr.bytes(b)
        }
    }

    func pattern(_ p: Pattern) -> String { located(patternBody(p), p.range) }

    func patternBody(_ p: Pattern) -> String {
        switch p.kind {
        case .matchValue(let m): return node("MatchValue", [("value", expr(m.value))])
        case .matchSingleton(let m): return node("MatchSingleton", [("value", constant(m.value))])
        case .matchSequence(let m): return node("MatchSequence", [("patterns", list(m.patterns, pattern))])
        case .matchMapping(let m):
            return node("MatchMapping", [("keys", list(m.keys, expr)), ("patterns", list(m.patterns, pattern)),
                                         ("rest", m.rest.map(PyRepr.str))])
        case .matchClass(let m):
            return node("MatchClass", [("cls", expr(m.cls)), ("patterns", list(m.patterns, pattern)),
                                       ("kwd_attrs", list(m.kwdAttrs, PyRepr.str)),
                                       ("kwd_patterns", list(m.kwdPatterns, pattern))])
        case .matchStar(let m): return node("MatchStar", [("name", m.name.map(PyRepr.str))])
        case .matchAs(let m): return node("MatchAs", [("pattern", m.pattern.map(pattern)), ("name", m.name.map(PyRepr.str))])
        case .matchOr(let m): return node("MatchOr", [("patterns", list(m.patterns, pattern))])
        }
    }
}
