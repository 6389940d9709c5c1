import Script

extension CompilerContext {
    func compile(_ s: Stmt) throws {
        b.locate(s.range)
        switch s.kind {
        case .expr(let e):
            try compile(e.value)
            b.emit(.popTop)
        case .assign(let a):
            try compile(a.value)
            for (i, t) in a.targets.enumerated() {
                if i < a.targets.count - 1 { b.emit(.dupTop) }
                try compileStore(t)
            }
        case .augAssign(let a):
            try compileAugAssign(a)
        case .annAssign(let a):
            if let v = a.value {
                try compile(v)
                try compileStore(a.target)
            }
            if b.scope.kind == .module || b.scope.kind == .classBody {
                if a.simple == 1, case .name(let n) = a.target.kind {
                    // __annotations__[name] = annotation (CPython's order:
                    // the value is stored first).
                    try compileAnnotation(a.annotation)
                    b.emit(.loadName, b.name("__annotations__"))
                    let key = b.scope.mangle(n.id)
                    b.loadConst(.str(key), key: .str(key))
                    b.emit(.storeSubscr)
                } else if !futureAnnotations {
                    try compile(a.annotation)
                    b.emit(.popTop)
                }
            }
        case .functionDef(let f), .asyncFunctionDef(let f):
            for d in f.decoratorList { try compile(d) }
            var isAsync = false
            if case .asyncFunctionDef = s.kind { isAsync = true }
            // CPython's co_firstlineno of a decorated function is its first
            // decorator's line (task reprs say "defined at" that line).
            try compileFunction(name: f.name, args: f.args, range: s.range, line: s.line, body: f.body,
                                lambdaBody: nil, isAsync: isAsync, returns: f.returns,
                                firstLine: f.decoratorList.first?.line)
            applyDecorators(f.decoratorList)
            storeName(f.name)
        case .classDef(let c):
            try compileClass(c, s)
        case .return(let r):
            if b.code.isAsyncGenerator, r.value != nil {
                throw error("'return' with value in async generator", s.line, s.column)
            }
            if let v = r.value { try compile(v) } else { b.loadNone() }
            try unwindFBlocks(preserveTop: true, upToLoop: false)
            b.locate(s.range)
            b.emit(.returnValue)
        case .delete(let d):
            for t in d.targets { try compileDelete(t) }
        case .if(let i):
            try compile(i.test)
            let j = b.emit(.popJumpIfFalse)
            for x in i.body { try compile(x) }
            if i.orelse.isEmpty {
                b.patch(j)
            } else {
                let end = b.emit(.jump)
                b.patch(j)
                for x in i.orelse { try compile(x) }
                b.patch(end)
            }
        case .while(let w):
            let fb = FBlock(.whileLoop)
            let start = b.here
            fb.continueTarget = start
            try compile(w.test)
            let exit = b.emit(.popJumpIfFalse)
            b.fblocks.append(fb)
            for x in w.body { try compile(x) }
            b.fblocks.removeLast()
            b.emit(.jump, start)
            b.patch(exit)
            for x in w.orelse { try compile(x) }
            for j in fb.breakJumps { b.patch(j) }
        case .for(let f):
            try compile(f.iter)
            b.emit(.getIter)
            let fb = FBlock(.forLoop)
            let start = b.here
            fb.continueTarget = start
            let exit = b.emit(.forIter)
            try compileStore(f.target)
            b.fblocks.append(fb)
            for x in f.body { try compile(x) }
            b.fblocks.removeLast()
            b.emit(.jump, start)
            b.patch(exit)
            for x in f.orelse { try compile(x) }
            for j in fb.breakJumps { b.patch(j) }
        case .asyncFor(let f):
            try compile(f.iter)
            b.emit(.getAiter)
            let fb = FBlock(.asyncForLoop)
            let start = b.here
            fb.continueTarget = start
            let handler = b.emit(.setupFinally)
            b.emit(.getAnext)
            b.loadNone()
            let send = b.emit(.send)
            b.patch(send)
            b.emit(.popBlock)
            try compileStore(f.target)
            b.fblocks.append(fb)
            for x in f.body { try compile(x) }
            b.fblocks.removeLast()
            b.emit(.jump, start)
            b.patch(handler)
            b.emit(.endAsyncFor)
            for x in f.orelse { try compile(x) }
            for j in fb.breakJumps { b.patch(j) }
        case .break:
            guard b.fblocks.contains(where: { $0.isLoop }) else { throw error("'break' outside loop", s.line, s.column) }
            let loop = try unwindFBlocks(preserveTop: false, upToLoop: true, isBreak: true)
            loop?.breakJumps.append(b.emit(.jump))
        case .continue:
            guard b.fblocks.contains(where: { $0.isLoop }) else {
                throw error("'continue' not properly in loop", s.line, s.column)
            }
            let loop = try unwindFBlocks(preserveTop: false, upToLoop: true, isBreak: false)
            b.emit(.jump, loop?.continueTarget ?? 0)
        case .pass, .global, .nonlocal:
            break
        case .raise(let r):
            var n = 0
            if let e = r.exc { try compile(e); n = 1 }
            if let c = r.cause { try compile(c); n = 2 }
            b.locate(s.range)
            b.emit(.raiseVarargs, n)
        case .assert(let a):
            try compile(a.test)
            let j = b.emit(.popJumpIfTrue)
            // CPython 3.11 leaves the location of the comparison its jump was
            // compiled from on the raise, so a traceback underlines it.
            let saved = b.location
            if let compare = CompilerContext.assertCaretNode(a.test) { b.locate(compare.range) }
            b.emit(.loadAssertionError)
            if let m = a.msg { try compile(m); b.emit(.call, 1) }
            b.emit(.raiseVarargs, 1)
            b.location = saved
            b.patch(j)
        case .import(let i):
            for alias in i.names {
                b.loadConst(.int(0), key: .int(0))
                if alias.asname != nil && alias.name.contains(".") {
                    b.loadConst(.object(PyTuple([.str("*")])), key: nil)
                } else {
                    b.loadNone()
                }
                b.emit(.importName, b.name(alias.name))
                storeName(alias.asname ?? String(alias.name.split(separator: ".").first ?? ""))
            }
        case .importFrom(let i):
            b.loadConst(.int(i.level), key: .int(i.level))
            b.loadConst(.object(PyTuple(i.names.map { .str($0.name) })), key: nil)
            b.emit(.importName, b.name(i.module ?? ""))
            if i.names.count == 1 && i.names[0].name == "*" {
                b.emit(.importStar)
            } else {
                for a in i.names {
                    b.emit(.importFrom, b.name(a.name))
                    storeName(a.asname ?? a.name)
                }
                b.emit(.popTop)
            }
        case .try(let t):
            try compileTry(t, star: false)
        case .tryStar(let t):
            try compileTry(t, star: true)
        case .with(let w):
            try compileWith(w.items[...], w.body, isAsync: false)
        case .asyncWith(let w):
            try compileWith(w.items[...], w.body, isAsync: true)
        case .match(let m):
            try compileMatch(m, s)
        }
    }

    func compileAugAssign(_ a: Stmt.AugAssign) throws {
        let op = binaryOpCode(a.op, inplace: true)
        switch a.target.kind {
        case .name(let n):
            loadName(n.id)
            try compile(a.value)
            b.emit(.binaryOp, op)
            storeName(n.id)
        case .attribute(let at):
            try compile(at.value)
            b.emit(.dupTop)
            b.emit(.loadAttr, b.name(b.scope.mangle(at.attr)))
            try compile(a.value)
            b.emit(.binaryOp, op)
            b.emit(.rotTwo)
            b.emit(.storeAttr, b.name(b.scope.mangle(at.attr)))
        case .subscript(let sub):
            try compile(sub.value)
            try compileSlice(sub.slice)
            b.emit(.dupTopTwo)
            b.emit(.binarySubscr)
            try compile(a.value)
            b.emit(.binaryOp, op)
            b.emit(.rotThree)
            b.emit(.storeSubscr)
        default:
            throw error("'\(describe(a.target))' is an illegal expression for augmented assignment",
                        a.target.line, a.target.column)
        }
    }

    /// Emits the code that leaves the active fblocks for `return` (all of
    /// them) or `break`/`continue` (up to the innermost loop). Returns that loop.
    @discardableResult
    func unwindFBlocks(preserveTop: Bool, upToLoop: Bool, isBreak: Bool = false) throws -> FBlock? {
        var i = b.fblocks.count - 1
        while i >= 0 {
            let fb = b.fblocks[i]
            if upToLoop && fb.isLoop {
                if isBreak {
                    if case .forLoop = fb.kind { b.emit(.popTop) }
                    if case .asyncForLoop = fb.kind { b.emit(.popTop) }
                }
                return fb
            }
            switch fb.kind {
            case .whileLoop: break
            case .forLoop, .asyncForLoop:
                if preserveTop { b.emit(.rotTwo) }
                b.emit(.popTop)
            case .tryExcept:
                b.emit(.popBlock)
            case .tryFinally(let body):
                b.emit(.popBlock)
                // Run the finally body with only the outer blocks active.
                let saved = b.fblocks
                b.fblocks = Array(b.fblocks[..<i])
                for st in body { try compile(st) }
                b.fblocks = saved
            case .finallyHandler:
                b.emit(.popBlock)
                b.emit(.popExcept)
                if preserveTop { b.emit(.rotTwo) }
                b.emit(.popTop)
            case .exceptHandler(let name):
                b.emit(.popBlock)
                b.emit(.popExcept)
                if let n = name { clearHandlerName(n) }
            case .namedExceptHandler(let n):
                b.emit(.popBlock)
                b.emit(.popBlock)
                b.emit(.popExcept)
                clearHandlerName(n)
            case .with(let isAsync):
                let saved = b.location
                b.line = fb.line
                b.emit(.popBlock)
                if preserveTop { b.emit(.rotTwo) }
                if isAsync {
                    b.emit(.withExitNormal, 1)
                    emitAwait(2)
                    b.emit(.popTop)
                } else {
                    b.emit(.withExitNormal, 0)
                }
                b.location = saved
            case .handlerCleanup:
                b.emit(.popBlock)
                b.emit(.popExcept)
            }
            i -= 1
        }
        return nil
    }

    /// `name = None; del name`: the end of an `except ... as name:` clause.
    func clearHandlerName(_ n: String) {
        b.loadNone()
        storeName(n)
        deleteName(n)
    }

    func compileTry(_ t: Stmt.Try, star: Bool) throws {
        if !t.finalbody.isEmpty {
            let handler = b.emit(.setupFinally)
            b.fblocks.append(FBlock(.tryFinally(t.finalbody)))
            if t.handlers.isEmpty {
                for s in t.body { try compile(s) }
            } else {
                try compileTryExcept(t, star: star)
            }
            b.fblocks.removeLast()
            b.emit(.popBlock)
            for s in t.finalbody { try compile(s) }
            let end = b.emit(.jump)
            b.patch(handler)
            b.emit(.pushExcInfo)
            b.emit(.setupCleanup)
            b.fblocks.append(FBlock(.finallyHandler))
            for s in t.finalbody { try compile(s) }
            b.fblocks.removeLast()
            b.emit(.reraise)
            b.patch(end)
            return
        }
        try compileTryExcept(t, star: star)
    }

    func compileTryExcept(_ t: Stmt.Try, star: Bool) throws {
        let handler = b.emit(.setupFinally)
        b.fblocks.append(FBlock(.tryExcept))
        for s in t.body { try compile(s) }
        b.fblocks.removeLast()
        b.emit(.popBlock)
        for s in t.orelse { try compile(s) }
        let end = b.emit(.jump)
        b.patch(handler)
        if star {
            try compileExceptStarHandlers(t.handlers)
            b.patch(end)
            return
        }
        b.emit(.pushExcInfo)
        b.emit(.setupCleanup)
        var endJumps: [Int] = []
        for (idx, h) in t.handlers.enumerated() {
            b.line = h.range.line
            var next = -1
            if let ty = h.type {
                try compile(ty)
                b.emit(.checkExcMatch)
                next = b.emit(.popJumpIfFalse)
            } else if idx != t.handlers.count - 1 {
                throw error("default 'except:' must be last", h.range.line, h.range.column)
            }
            if let n = h.name {
                // As CPython: the name is cleared however the clause ends,
                // by an exception too (a try/finally around the body), so
                // the frame does not keep the exception and its traceback.
                storeName(n)
                let cleanup = b.emit(.setupFinally)
                b.fblocks.append(FBlock(.namedExceptHandler(n)))
                for s in h.body { try compile(s) }
                b.fblocks.removeLast()
                b.emit(.popBlock)
                b.emit(.popBlock)
                b.emit(.popExcept)
                clearHandlerName(n)
                endJumps.append(b.emit(.jump))
                b.patch(cleanup)
                b.line = h.range.line
                clearHandlerName(n)
                b.emit(.reraise)
            } else {
                b.emit(.popTop)
                b.fblocks.append(FBlock(.exceptHandler(nil)))
                for s in h.body { try compile(s) }
                b.fblocks.removeLast()
                b.emit(.popBlock)
                b.emit(.popExcept)
                endJumps.append(b.emit(.jump))
            }
            if next >= 0 { b.patch(next) }
        }
        b.emit(.reraise)
        b.patch(end)
        for j in endJumps { b.patch(j) }
    }

    /// `except*` clauses: each clause takes the matching part of the group;
    /// what is unmatched or raised in clauses is re-raised at the end.
    func compileExceptStarHandlers(_ handlers: [ExceptHandler]) throws {
        // Stack on entry: [exc]. Layout while matching: [orig, raisedList, rest].
        b.emit(.pushExcInfo)
        b.emit(.setupCleanup)
        b.emit(.dupTop)                 // orig, rest
        b.emit(.buildList, 0)           // orig, rest, raised
        b.emit(.rotTwo)                 // orig, raised, rest
        for h in handlers {
            b.line = h.range.line
            guard let ty = h.type else { throw error("expected one or more exception types", h.range.line, h.range.column) }
            // As CPython, the clause's type is evaluated and checked (no
            // exception group types) even when nothing is left to match.
            try compile(ty)             // orig, raised, rest, type
            b.loadConst(.object(ExceptStarTypeCheck.function), key: nil)
            b.emit(.rotTwo)
            b.emit(.call, 1)            // orig, raised, rest, type (checked)
            b.emit(.copy, 2)            // orig, raised, rest, type, rest
            let skip1 = b.emit(.popJumpIfNone)
            b.emit(.checkEgMatch)       // orig, raised, newrest, match
            b.emit(.dupTop)
            let noMatch = b.emit(.popJumpIfNone)
            // Run the clause with `match` as the handled exception.
            b.emit(.pushExcInfo)
            if let n = h.name { storeName(n) } else { b.emit(.popTop) }
            let inner = b.emit(.setupFinally)
            b.fblocks.append(FBlock(.exceptHandler(h.name)))
            for s in h.body { try compile(s) }
            b.fblocks.removeLast()
            b.emit(.popBlock)
            b.emit(.popExcept)
            if let n = h.name { clearHandlerName(n) }
            let done = b.emit(.jump)
            // The clause raised: stack orig, raised, newrest, exc -> append to raised.
            b.patch(inner)
            b.emit(.popExcept)
            b.emit(.copy, 3)            // orig, raised, newrest, exc, raised
            b.emit(.rotTwo)             // ..., raised, exc
            b.emit(.listAppend, 1)      // raised.append(exc) ; stack: ..., newrest, raised
            b.emit(.popTop)
            let after = b.emit(.jump)
            b.patch(noMatch)
            b.emit(.popTop)             // orig, raised, newrest
            let after2 = b.emit(.jump)
            b.patch(skip1)              // orig, raised, rest(None), type
            b.emit(.popTop)
            let after3 = b.emit(.jump)
            b.patch(done)
            b.patch(after)
            b.patch(after2)
            b.patch(after3)
        }
        // orig, raised, rest -> raised.append(rest)
        b.emit(.copy, 2)                // orig, raised, rest, raised
        b.emit(.rotTwo)
        b.emit(.listAppend, 1)          // orig, raised, raised? (listAppend pops value) -> orig, raised, raised
        b.emit(.popTop)                 // orig, raised
        b.emit(.prepReraiseStar)        // toRaise
        b.emit(.dupTop)
        let nothing = b.emit(.popJumpIfNone)
        b.emit(.reraise)
        b.patch(nothing)
        b.emit(.popTop)
        b.emit(.popBlock)
        b.emit(.popExcept)
    }

    func compileWith(_ items: ArraySlice<WithItem>, _ body: [Stmt], isAsync: Bool) throws {
        guard let item = items.first else {
            for s in body { try compile(s) }
            return
        }
        // CPython attributes the __exit__/__aexit__ calls to the `with` line.
        let withLine = b.line
        try compile(item.contextExpr)
        if isAsync {
            b.emit(.beforeAsyncWith)
            b.loadNone()
            let s = b.emit(.send)
            b.patch(s)
        } else {
            b.emit(.beforeWith)
        }
        if let v = item.optionalVars { try compileStore(v) } else { b.emit(.popTop) }
        let handler = b.emit(.setupFinally)
        let block = FBlock(.with(isAsync))
        block.line = withLine
        b.fblocks.append(block)
        try compileWith(items.dropFirst(), body, isAsync: isAsync)
        b.fblocks.removeLast()
        b.line = withLine
        b.emit(.popBlock)
        if isAsync {
            b.emit(.withExitNormal, 1)
            emitAwait(2)
            b.emit(.popTop)
        } else {
            b.emit(.withExitNormal, 0)
        }
        let end = b.emit(.jump)
        b.patch(handler)
        b.line = withLine
        b.emit(.pushExcInfo)
        b.emit(.setupCleanup)
        b.emit(.withExceptStart)
        if isAsync { emitAwait(2) }
        let suppress = b.emit(.popJumpIfTrue)
        b.emit(.reraise)
        b.patch(suppress)
        b.emit(.popBlock)
        b.emit(.popExcept)
        b.emit(.popTop)
        b.emit(.popTop)
        b.patch(end)
    }
}

extension CompilerContext {
    /// The comparison whose location CPython 3.11's `assert` raise carries:
    /// the test itself, the operand of a `not`, or the last operand of an
    /// `and`/`or`, when that is a comparison (nil otherwise: the statement's).
    static func assertCaretNode(_ test: Expr) -> Expr? {
        switch test.kind {
        case .compare: return test
        case .unaryOp(let u) where u.op == .not: return assertCaretNode(u.operand)
        case .boolOp(let o): return o.values.last.flatMap(assertCaretNode)
        default: return nil
        }
    }
}
