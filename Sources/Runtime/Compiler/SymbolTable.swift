import Script

/// How a name is accessed in one scope.
enum NameScope {
    /// Fast local (function scopes).
    case local
    /// Cell variable owned by this scope (captured by an inner function).
    case cell
    /// Free variable (captured from an enclosing function).
    case free
    /// `global x` declared, or module-level.
    case globalExplicit
    /// Not bound anywhere visible: globals, then builtins.
    case globalImplicit
    /// A name bound in a class body (dict-based).
    case classLocal
}

/// One scope (module, function, lambda, comprehension or class body) with
/// the facts the compiler needs.
final class Scope {
    enum Kind { case module, function, classBody, comprehension }
    let kind: Kind
    let name: String
    weak var parent: Scope?
    var bound: [String] = []
    var boundSet = Set<String>()
    var used = Set<String>()
    var globals = Set<String>()
    var nonlocals = Set<String>()
    var params: [String] = []
    var cells = Set<String>()
    var frees = Set<String>()
    var isGenerator = false
    var isCoroutine = false
    var hasAwait = false
    var usesSuperOrClass = false
    var children: [Scope] = []
    /// Class bodies: a nested function needs `__class__`.
    var needsClassCell = false
    /// Comprehensions: walrus targets bound in the enclosing scope.
    var walrusTargets = Set<String>()

    init(kind: Kind, name: String, parent: Scope?) {
        self.kind = kind
        self.name = name
        self.parent = parent
    }

    var isFunctionLike: Bool { kind == .function || kind == .comprehension }

    func bind(_ n: String) {
        let n = mangle(n)
        if boundSet.insert(n).inserted { bound.append(n) }
    }

    /// Records a read of `n` (mangled).
    func use(_ n: String) {
        used.insert(mangle(n))
    }

    /// The class whose name private names (`__x`) are mangled with: the
    /// class itself for its body, the nearest enclosing class for the
    /// functions and comprehensions inside it (CPython's `u_private`).
    private(set) lazy var privateClass: String? = kind == .classBody ? name : parent?.privateClass

    /// `n` mangled for this scope's class (`__x` in class `C` is `_C__x`).
    /// (Mangling is idempotent: a mangled name starts with one underscore.)
    func mangle(_ n: String) -> String {
        Scope.mayNeedMangling(n) ? PrivateNames.mangle(n, className: privateClass) : n
    }

    /// Whether `n` starts with `__`, read from its UTF-8 bytes (`hasPrefix`
    /// compares by grapheme and was a visible share of compiling).
    @inline(__always)
    static func mayNeedMangling(_ n: String) -> Bool {
        var bytes = n.utf8.makeIterator()
        return bytes.next() == UInt8(ascii: "_") && bytes.next() == UInt8(ascii: "_")
    }

    /// Resolution of `name` in this scope.
    func lookup(_ n: String) -> NameScope {
        lookup(mangled: mangle(n))
    }

    /// Resolution of a name already mangled for this scope. Empty sets
    /// are skipped before hashing the name (most scopes have no globals,
    /// cells or frees).
    func lookup(mangled n: String) -> NameScope {
        if !globals.isEmpty && globals.contains(n) { return .globalExplicit }
        if kind == .module { return .globalExplicit }
        if !cells.isEmpty && cells.contains(n) { return .cell }
        if !frees.isEmpty && frees.contains(n) && (kind != .classBody || !boundSet.contains(n)) { return .free }
        if kind == .classBody {
            return boundSet.contains(n) ? .classLocal : .globalImplicit
        }
        if boundSet.contains(n) { return .local }
        return .globalImplicit
    }
}

/// Builds the scope tree of a module: which names are local, cells, free
/// or global in each function (CPython's `symtable.c` rules).
struct SymbolTableBuilder {
    var scopesByRange: [SourceRange: Scope] = [:]
    var current: Scope
    let filename: String
    let root: Scope

    init(filename: String) {
        self.filename = filename
        root = Scope(kind: .module, name: "<module>", parent: nil)
        current = root
    }

    func error(_ msg: String, _ line: Int, _ col: Int) -> SyntaxError {
        SyntaxError(.syntaxError, msg, filename: filename, line: line, column: col + 1)
    }

    /// An error spanning a node (`end_lineno`/`end_offset` too, as CPython's symtable errors).
    func error(_ msg: String, at range: SourceRange) -> SyntaxError {
        var e = error(msg, range.line, range.column)
        e.endLine = range.endLine
        e.endColumn = range.endColumn + 1
        return e
    }

    mutating func push(_ kind: Scope.Kind, _ name: String, _ range: SourceRange) -> Scope {
        let s = Scope(kind: kind, name: name, parent: current)
        current.children.append(s)
        scopesByRange[range] = s
        current = s
        return s
    }

    mutating func pop() { if let p = current.parent { current = p } }

    mutating func build(_ m: Module) throws -> Scope {
        for s in m.body { try visit(s) }
        try resolve(root)
        return root
    }

    // MARK: statements

    mutating func visitBody(_ b: [Stmt]) throws { for s in b { try visit(s) } }

    /// Parameter and return annotations, evaluated where the def runs.
    mutating func visitAnnotations(_ args: Arguments, _ returns: Expr?) throws {
        for a in args.posonlyargs + args.args + args.kwonlyargs { if let e = a.annotation { try visit(e) } }
        if let e = args.vararg?.annotation { try visit(e) }
        if let e = args.kwarg?.annotation { try visit(e) }
        if let e = returns { try visit(e) }
    }

    mutating func visit(_ s: Stmt) throws {
        switch s.kind {
        case .functionDef(let f), .asyncFunctionDef(let f):
            for d in f.decoratorList { try visit(d) }
            try visitArgDefaults(f.args)
            try visitAnnotations(f.args, f.returns)
            current.bind(f.name)
            let scope = push(.function, f.name, s.range)
            if case .asyncFunctionDef = s.kind { scope.isCoroutine = true }
            declareParams(f.args)
            try visitBody(f.body)
            pop()
        case .classDef(let c):
            for d in c.decoratorList { try visit(d) }
            for b in c.bases { try visit(b) }
            for k in c.keywords { try visit(k.value) }
            current.bind(c.name)
            _ = push(.classBody, c.name, s.range)
            try visitBody(c.body)
            pop()
        case .return(let r):
            if current.kind != .function {
                throw error("'return' outside function", at: s.range)
            }
            if let v = r.value { try visit(v) }
        case .delete(let d): for t in d.targets { try visitTarget(t) }
        case .assign(let a):
            try visit(a.value)
            for t in a.targets { try visitTarget(t) }
        case .augAssign(let a):
            try visit(a.value)
            try visitTarget(a.target)
            if case .name(let n) = a.target.kind { current.use(n.id) }
        case .annAssign(let a):
            if let v = a.value { try visit(v) }
            // The annotation is evaluated in this scope (module and class
            // bodies store it in __annotations__).
            if current.kind != .function { try visit(a.annotation) }
            if a.value != nil || current.kind != .module { try visitTarget(a.target) }
        case .for(let f), .asyncFor(let f):
            if case .asyncFor = s.kind { try requireAsync("asynchronous for", s) }
            try visit(f.iter)
            try visitTarget(f.target)
            try visitBody(f.body)
            try visitBody(f.orelse)
        case .while(let w):
            try visit(w.test); try visitBody(w.body); try visitBody(w.orelse)
        case .if(let i):
            try visit(i.test); try visitBody(i.body); try visitBody(i.orelse)
        case .with(let w), .asyncWith(let w):
            if case .asyncWith = s.kind { try requireAsync("async with", s) }
            for item in w.items {
                try visit(item.contextExpr)
                if let v = item.optionalVars { try visitTarget(v) }
            }
            try visitBody(w.body)
        case .match(let m):
            try visit(m.subject)
            for c in m.cases {
                try visitPattern(c.pattern)
                if let g = c.guard { try visit(g) }
                try visitBody(c.body)
            }
        case .raise(let r):
            if let e = r.exc { try visit(e) }
            if let c = r.cause { try visit(c) }
        case .try(let t), .tryStar(let t):
            try visitBody(t.body)
            for h in t.handlers {
                if let ty = h.type { try visit(ty) }
                if let n = h.name { current.bind(n) }
                try visitBody(h.body)
            }
            try visitBody(t.orelse)
            try visitBody(t.finalbody)
        case .assert(let a):
            try visit(a.test)
            if let m = a.msg { try visit(m) }
        case .import(let i):
            for a in i.names {
                let n = a.asname ?? String(a.name.split(separator: ".").first ?? "")
                current.bind(n)
            }
        case .importFrom(let i):
            for a in i.names where a.name != "*" { current.bind(a.asname ?? a.name) }
        case .global(let g):
            for raw in g.names {
                let n = current.mangle(raw)
                if current.boundSet.contains(n) || current.used.contains(n) {
                    let what = current.params.contains(n) ? "parameter" : (current.boundSet.contains(n) ? "assigned to" : "used")
                    if what == "parameter" { throw error("name '\(raw)' is parameter and global", s.line, s.column) }
                    throw error("name '\(raw)' is \(what) before global declaration", s.line, s.column)
                }
                current.globals.insert(n)
            }
        case .nonlocal(let nl):
            if current.kind == .module { throw error("nonlocal declaration not allowed at module level", at: s.range) }
            for raw in nl.names {
                let n = current.mangle(raw)
                if current.params.contains(n) { throw error("name '\(raw)' is parameter and nonlocal", s.line, s.column) }
                if current.boundSet.contains(n) || current.used.contains(n) {
                    throw error("name '\(raw)' is \(current.boundSet.contains(n) ? "assigned to" : "used") before nonlocal declaration", s.line, s.column)
                }
                current.nonlocals.insert(n)
            }
        case .expr(let e): try visit(e.value)
        case .pass, .break, .continue: break
        }
    }

    mutating func requireAsync(_ what: String, _ s: Stmt) throws {
        if !(current.kind == .function && current.isCoroutine) {
            throw error("'\(what)' outside async function", at: s.range)
        }
    }

    mutating func visitArgDefaults(_ a: Script.Arguments) throws {
        for d in a.defaults { try visit(d) }
        for d in a.kwDefaults { if let d = d { try visit(d) } }
    }

    mutating func declareParams(_ a: Script.Arguments) {
        var names = a.posonlyargs.map { $0.arg } + a.args.map { $0.arg }
        names += a.kwonlyargs.map { $0.arg }
        if let v = a.vararg { names.append(v.arg) }
        if let k = a.kwarg { names.append(k.arg) }
        for n in names { current.params.append(current.mangle(n)); current.bind(n) }
    }

    mutating func visitTarget(_ e: Expr) throws {
        switch e.kind {
        case .name(let n):
            current.bind(n.id)
        case .tuple(let t): for x in t.elts { try visitTarget(x) }
        case .list(let l): for x in l.elts { try visitTarget(x) }
        case .starred(let s): try visitTarget(s.value)
        case .attribute(let a): try visit(a.value)
        case .subscript(let s): try visit(s.value); try visit(s.slice)
        default: try visit(e)
        }
    }

    mutating func visitPattern(_ p: Pattern) throws {
        switch p.kind {
        case .matchValue(let v): try visit(v.value)
        case .matchSingleton: break
        case .matchSequence(let s): for x in s.patterns { try visitPattern(x) }
        case .matchMapping(let m):
            for k in m.keys { try visit(k) }
            for x in m.patterns { try visitPattern(x) }
            if let r = m.rest { current.bind(r) }
        case .matchClass(let c):
            try visit(c.cls)
            for x in c.patterns + c.kwdPatterns { try visitPattern(x) }
        case .matchStar(let s): if let n = s.name { current.bind(n) }
        case .matchAs(let a):
            if let x = a.pattern { try visitPattern(x) }
            if let n = a.name { current.bind(n) }
        case .matchOr(let o): for x in o.patterns { try visitPattern(x) }
        }
    }

    // MARK: expressions

    mutating func visit(_ e: Expr) throws {
        switch e.kind {
        case .boolOp(let b): for v in b.values { try visit(v) }
        case .namedExpr(let n):
            try visit(n.value)
            guard case .name(let t) = n.target.kind else { return }
            if current.kind == .comprehension {
                // The target binds in the nearest enclosing non-comprehension scope.
                var s: Scope? = current
                while let c = s, c.kind == .comprehension {
                    c.walrusTargets.insert(c.mangle(t.id))
                    s = c.parent
                }
                guard let owner = s else { return }
                if owner.kind == .classBody {
                    throw error("assignment expression within a comprehension cannot be used in a class body", e.line, e.column)
                }
                owner.bind(t.id)
                var c: Scope? = current
                while let cc = c, cc.kind == .comprehension {
                    if owner.kind == .module || owner.globals.contains(owner.mangle(t.id)) { cc.globals.insert(cc.mangle(t.id)) }
                    else { cc.nonlocals.insert(cc.mangle(t.id)) }
                    c = cc.parent
                }
            } else {
                current.bind(t.id)
            }
        case .binOp(let b): try visit(b.left); try visit(b.right)
        case .unaryOp(let u): try visit(u.operand)
        case .lambda(let l):
            try visitArgDefaults(l.args)
            _ = push(.function, "<lambda>", e.range)
            declareParams(l.args)
            try visit(l.body)
            pop()
        case .ifExp(let i): try visit(i.test); try visit(i.body); try visit(i.orelse)
        case .dict(let d):
            for k in d.keys { if let k = k { try visit(k) } }
            for v in d.values { try visit(v) }
        case .set(let s): for x in s.elts { try visit(x) }
        case .listComp(let c): try visitComprehension(e, [c.elt], c.generators, "<listcomp>")
        case .setComp(let c): try visitComprehension(e, [c.elt], c.generators, "<setcomp>")
        case .dictComp(let c): try visitComprehension(e, [c.key, c.value], c.generators, "<dictcomp>")
        case .generatorExp(let c): try visitComprehension(e, [c.elt], c.generators, "<genexpr>")
        case .await(let a):
            if !(current.isCoroutine || (current.kind == .comprehension && enclosingCoroutine())) {
                if current.kind == .comprehension || current.kind == .function {
                    throw error("'await' outside async function", at: e.range)
                }
                throw error("'await' outside function", at: e.range)
            }
            current.hasAwait = true
            try visit(a.value)
        case .yield(let y):
            try markYield(e)
            if let v = y.value { try visit(v) }
        case .yieldFrom(let y):
            try markYield(e)
            if current.isCoroutine { throw error("'yield from' inside async function", e.line, e.column) }
            try visit(y.value)
        case .compare(let c):
            try visit(c.left)
            for x in c.comparators { try visit(x) }
        case .call(let c):
            try visit(c.func)
            for a in c.args { try visit(a) }
            for k in c.keywords { try visit(k.value) }
            if case .name(let n) = c.func.kind, n.id == "super", c.args.isEmpty { markSuper() }
        case .formattedValue(let f):
            try visit(f.value)
            if let s = f.formatSpec { try visit(s) }
        case .joinedStr(let j): for v in j.values { try visit(v) }
        case .constant: break
        case .attribute(let a): try visit(a.value)
        case .subscript(let s): try visit(s.value); try visit(s.slice)
        case .starred(let s): try visit(s.value)
        case .name(let n):
            if n.ctx == .load { current.use(n.id) } else { current.bind(n.id) }
            if n.id == "__class__" { markSuper() }
        case .list(let l): for x in l.elts { try visit(x) }
        case .tuple(let t): for x in t.elts { try visit(x) }
        case .slice(let s):
            if let x = s.lower { try visit(x) }
            if let x = s.upper { try visit(x) }
            if let x = s.step { try visit(x) }
        }
    }

    func enclosingCoroutine() -> Bool {
        var s: Scope? = current
        while let c = s, c.kind == .comprehension { s = c.parent }
        return s?.isCoroutine ?? false
    }

    mutating func markYield(_ e: Expr) throws {
        if current.kind == .module || current.kind == .classBody {
            throw error("'yield' outside function", at: e.range)
        }
        if current.kind == .comprehension {
            throw error("'yield' inside \(current.name == "<genexpr>" ? "generator expression" : "list comprehension")", e.line, e.column)
        }
        current.isGenerator = true
    }

    mutating func markSuper() {
        var s: Scope? = current
        while let c = s, c.kind != .classBody {
            if c.kind == .function { c.usesSuperOrClass = true }
            s = c.parent
        }
        current.used.insert("__class__")
    }

    mutating func visitComprehension(_ e: Expr, _ elts: [Expr], _ gens: [Comprehension], _ name: String) throws {
        guard let first = gens.first else { return }
        try visit(first.iter)
        let scope = push(.comprehension, name, e.range)
        scope.params = [".0"]
        scope.bind(".0")
        if name == "<genexpr>" { scope.isGenerator = true }
        var isAsync = false
        for (i, g) in gens.enumerated() {
            if g.isAsync { isAsync = true }
            if i > 0 { try visit(g.iter) }
            try visitTarget(g.target)
            for c in g.ifs { try visit(c) }
        }
        for x in elts { try visit(x) }
        if isAsync || scope.hasAwait {
            if name != "<genexpr>" && !enclosingCoroutineOf(scope) {
                throw error("asynchronous comprehension outside of an asynchronous function", e.line, e.column)
            }
            scope.isCoroutine = true
        }
        pop()
        if scope.isCoroutine && name != "<genexpr>" { current.hasAwait = true }
    }

    func enclosingCoroutineOf(_ s: Scope) -> Bool {
        var p: Scope? = s.parent
        while let c = p, c.kind == .comprehension { if c.isCoroutine { return true }; p = c.parent }
        return p?.isCoroutine ?? false
    }

    // MARK: resolution

    /// Marks cells and free variables: a name used (or declared nonlocal) in
    /// a function that is bound in an enclosing function becomes a cell there
    /// and free in every scope on the way down.
    mutating func resolve(_ s: Scope) throws {
        if s.usesSuperOrClass && s.kind == .function {
            var p = s.parent
            while let c = p, c.kind != .classBody { p = c.parent }
            if let cls = p { cls.needsClassCell = true }
        }
        var wanted = s.nonlocals
        if s.isFunctionLike || s.kind == .classBody {
            for n in s.used where !s.boundSet.contains(n) && !s.globals.contains(n) { wanted.insert(n) }
            if s.kind == .function && s.usesSuperOrClass { wanted.insert("__class__") }
        }
        // Without a nonlocal (the only name that can fail) the order does not matter; without
        // an enclosing function no name can be a cell, except `__class__` in a class body.
        if wanted.isEmpty { for c in s.children { try resolve(c) }; return }
        var enclosingFunction = false
        var up = s.parent
        while let c = up { if c.isFunctionLike { enclosingFunction = true; break }; up = c.parent }
        let mayResolve = enclosingFunction || !s.nonlocals.isEmpty || wanted.contains("__class__")
        for n in mayResolve ? (s.nonlocals.isEmpty ? Array(wanted) : wanted.sorted()) : [] {
            var path: [Scope] = [s]
            var p = s.parent
            var owner: Scope?
            while let c = p {
                if c.kind == .module { break }
                if c.kind == .classBody {
                    if n == "__class__" && c.needsClassCell { owner = c; break }
                    path.append(c); p = c.parent; continue
                }
                if c.globals.contains(n) { break }
                if c.boundSet.contains(n) && !c.nonlocals.contains(n) { owner = c; break }
                path.append(c)
                p = c.parent
            }
            if let o = owner {
                o.cells.insert(n)
                for x in path { x.frees.insert(n) }
            } else if s.nonlocals.contains(n) {
                throw error("no binding for nonlocal '\(n)' found", 1, 0)
            }
        }
        for c in s.children { try resolve(c) }
    }
}
