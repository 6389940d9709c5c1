import Script

extension CompilerContext {
    func compile(_ e: Expr) throws {
        let saved = b.location
        b.locate(e.range)
        defer { b.location = saved }
        switch e.kind {
        case .constant(let c):
            let (v, k) = try constant(c.value)
            b.loadConst(v, key: k)
        case .name(let n):
            loadName(n.id)
        case .attribute(let a):
            try compile(a.value)
            b.emit(.loadAttr, b.name(b.scope.mangle(a.attr)))
        case .subscript(let s):
            try compile(s.value)
            try compileSlice(s.slice)
            let at = b.emit(.binarySubscr)
            if e.range.endLine == e.line {
                b.anchor(at, CodeAnchor(kind: .subscription, from: Int32(truncatingIfNeeded: s.value.range.endColumn),
                                        to: Int32(truncatingIfNeeded: s.slice.range.endColumn)))
            }
        case .call(let c):
            try compileCall(c, e)
        case .binOp(let o):
            try compile(o.left)
            try compile(o.right)
            let at = b.emit(.binaryOp, binaryOpCode(o.op))
            if e.range.endLine == e.line {
                b.anchor(at, CodeAnchor(kind: .binaryOperator, from: Int32(truncatingIfNeeded: o.left.range.endColumn),
                                        to: Int32(truncatingIfNeeded: o.right.range.column)))
            }
        case .unaryOp(let u):
            try compile(u.operand)
            switch u.op {
            case .not: b.emit(.unaryNot)
            case .uSub: b.emit(.unaryNegative)
            case .uAdd: b.emit(.unaryPositive)
            case .invert: b.emit(.unaryInvert)
            }
        case .boolOp(let o):
            var jumps: [Int] = []
            for (i, v) in o.values.enumerated() {
                try compile(v)
                if i < o.values.count - 1 { jumps.append(b.emit(o.op == .and ? .jumpIfFalseOrPop : .jumpIfTrueOrPop)) }
            }
            for j in jumps { b.patch(j) }
        case .compare(let c):
            try compileCompare(c)
        case .ifExp(let i):
            try compile(i.test)
            let j = b.emit(.popJumpIfFalse)
            try compile(i.body)
            let end = b.emit(.jump)
            b.patch(j)
            try compile(i.orelse)
            b.patch(end)
        case .lambda(let l):
            try compileFunction(name: "<lambda>", args: l.args, range: e.range, line: e.line, body: nil,
                                lambdaBody: l.body, isAsync: false)
        case .dict(let d):
            if d.keys.contains(where: { $0 == nil }) {
                b.emit(.buildMap, 0)
                for (k, v) in zip(d.keys, d.values) {
                    if let k = k { try compile(k); try compile(v); b.emit(.mapAdd, 1) }
                    else { try compile(v); b.emit(.dictUpdate, 1) }
                }
            } else {
                for (k, v) in zip(d.keys, d.values) { if let k = k { try compile(k) }; try compile(v) }
                b.emit(.buildMap, d.values.count)
            }
        case .list(let l):
            try compileSequence(l.elts, build: .buildList)
        case .tuple(let t):
            try compileSequence(t.elts, build: .buildTuple)
        case .set(let s):
            try compileSequence(s.elts, build: .buildSet)
        case .listComp(let c):
            try compileComprehension(e, kind: 0, elts: [c.elt], c.generators, "<listcomp>")
        case .setComp(let c):
            try compileComprehension(e, kind: 1, elts: [c.elt], c.generators, "<setcomp>")
        case .dictComp(let c):
            try compileComprehension(e, kind: 2, elts: [c.key, c.value], c.generators, "<dictcomp>")
        case .generatorExp(let c):
            try compileComprehension(e, kind: 3, elts: [c.elt], c.generators, "<genexpr>")
        case .await(let a):
            try compile(a.value)
            emitAwait(0)
        case .yield(let y):
            if let v = y.value { try compile(v) } else { b.loadNone() }
            b.emit(.yieldValue, b.code.isAsyncGenerator ? 1 : 0)
        case .yieldFrom(let y):
            try compile(y.value)
            b.emit(.getYieldFromIter)
            b.loadNone()
            let s = b.emit(.send)
            b.patch(s)
        case .joinedStr(let j):
            for v in j.values { try compileFStringPart(v) }
            if j.values.count != 1 { b.emit(.buildString, j.values.count) }
            else if case .constant = j.values[0].kind {} else { b.emit(.buildString, 1) }
        case .formattedValue:
            try compileFStringPart(e)
        case .namedExpr(let n):
            try compile(n.value)
            b.emit(.dupTop)
            try compileStore(n.target)
        case .starred:
            throw error("can't use starred expression here", at: e.range)
        case .slice(let s):
            try compileSliceParts(s)
        }
    }

    /// `await` on the value on top of the stack (context: see getAwaitable).
    func emitAwait(_ context: Int) {
        b.emit(.getAwaitable, context)
        b.loadNone()
        let s = b.emit(.send)
        b.patch(s)
    }

    func binaryOpCode(_ op: Operator, inplace: Bool = false) -> Int {
        let base: BinaryOp
        switch op {
        case .add: base = .add; case .sub: base = .sub; case .mult: base = .mul; case .matMult: base = .matmul
        case .div: base = .truediv; case .floorDiv: base = .floordiv; case .mod: base = .mod; case .pow: base = .pow
        case .lShift: base = .lshift; case .rShift: base = .rshift; case .bitAnd: base = .and; case .bitOr: base = .or
        case .bitXor: base = .xor
        }
        return base.rawValue | (inplace ? 16 : 0)
    }

    func emitCompareOp(_ op: CmpOperator) {
        switch op {
        case .eq: b.emit(.compareOp, CompareOp.eq.rawValue)
        case .notEq: b.emit(.compareOp, CompareOp.ne.rawValue)
        case .lt: b.emit(.compareOp, CompareOp.lt.rawValue)
        case .ltE: b.emit(.compareOp, CompareOp.le.rawValue)
        case .gt: b.emit(.compareOp, CompareOp.gt.rawValue)
        case .gtE: b.emit(.compareOp, CompareOp.ge.rawValue)
        case .is: b.emit(.isOp, 0)
        case .isNot: b.emit(.isOp, 1)
        case .in: b.emit(.containsOp, 0)
        case .notIn: b.emit(.containsOp, 1)
        }
    }

    func compileCompare(_ c: Expr.Compare) throws {
        try compile(c.left)
        if c.ops.count == 1 {
            try compile(c.comparators[0])
            emitCompareOp(c.ops[0])
            return
        }
        var cleanups: [Int] = []
        for i in 0..<(c.ops.count - 1) {
            try compile(c.comparators[i])
            b.emit(.dupTop)
            b.emit(.rotThree)
            emitCompareOp(c.ops[i])
            cleanups.append(b.emit(.jumpIfFalseOrPop))
        }
        try compile(c.comparators[c.ops.count - 1])
        emitCompareOp(c.ops[c.ops.count - 1])
        let end = b.emit(.jump)
        for j in cleanups { b.patch(j) }
        b.emit(.rotTwo)
        b.emit(.popTop)
        b.patch(end)
    }

    func compileSlice(_ e: Expr) throws {
        if case .slice(let s) = e.kind { try compileSliceParts(s) } else { try compile(e) }
    }

    func compileSliceParts(_ s: Expr.Slice) throws {
        if let x = s.lower { try compile(x) } else { b.loadNone() }
        if let x = s.upper { try compile(x) } else { b.loadNone() }
        if let x = s.step { try compile(x); b.emit(.buildSlice, 3) } else { b.emit(.buildSlice, 2) }
    }

    /// A tuple display made only of literals (and such tuples), as one
    /// constant: CPython folds them at compile time, so `(1, 2)` is one
    /// shared object (`t is (1, 2)` inside one code object) and `()` is
    /// the empty tuple singleton. Nil when any element is not a literal.
    func constantTuple(_ elts: [Expr]) throws -> (Value, ConstKey?)? {
        if elts.isEmpty { return (.object(PyTuple.empty), .tuple([])) }
        var values: [Value] = []
        var keys: [ConstKey] = []
        var keyed = true
        for x in elts {
            let folded: (Value, ConstKey?)
            switch x.kind {
            case .constant(let c): folded = try constant(c.value)
            case .tuple(let t):
                guard let inner = try constantTuple(t.elts) else { return nil }
                folded = inner
            default: return nil
            }
            values.append(folded.0)
            if let k = folded.1 { keys.append(k) } else { keyed = false }
        }
        return (.object(PyTuple(values)), keyed ? .tuple(keys) : nil)
    }

    func compileSequence(_ elts: [Expr], build: Opcode) throws {
        if build == .buildTuple, let (value, key) = try constantTuple(elts) {
            b.loadConst(value, key: key)
            return
        }
        let hasStar = elts.contains { if case .starred = $0.kind { return true }; return false }
        if !hasStar {
            for x in elts { try compile(x) }
            b.emit(build, elts.count)
            return
        }
        if build == .buildSet {
            b.emit(.buildSet, 0)
            for x in elts {
                if case .starred(let s) = x.kind { try compile(s.value); b.emit(.setUpdate, 1) }
                else { try compile(x); b.emit(.setAdd, 1) }
            }
            return
        }
        b.emit(.buildList, 0)
        for x in elts {
            if case .starred(let s) = x.kind { try compile(s.value); b.emit(.listExtend, 1) }
            else { try compile(x); b.emit(.listAppend, 1) }
        }
        if build == .buildTuple { b.emit(.listToTuple) }
    }

    func compileFStringPart(_ v: Expr) throws {
        if case .formattedValue(let f) = v.kind {
            try compile(f.value)
            var flags = 0
            switch f.conversion { case 115: flags = 1; case 114: flags = 2; case 97: flags = 3; default: flags = 0 }
            if let spec = f.formatSpec { try compile(spec); flags |= 4 }
            b.emit(.formatValue, flags)
        } else {
            try compile(v)
        }
    }

    func compileCall(_ c: Expr.Call, _ e: Expr) throws {
        // Zero-argument super(): pass __class__ and the first argument explicitly.
        if case .name(let n) = c.func.kind, n.id == "super", c.args.isEmpty, c.keywords.isEmpty,
           b.scope.kind == .function, let ci = b.cell("__class__") {
            loadName("super")
            b.emit(.loadSuperArgs, ci)
            b.emit(.call, 2)
            return
        }
        let plain = !c.args.contains { if case .starred = $0.kind { return true }; return false }
            && !c.keywords.contains { $0.arg == nil }
        if plain, case .attribute(let a) = c.func.kind {
            try compile(a.value)
            b.locate(c.func.range)
            b.emit(.loadMethod, b.name(b.scope.mangle(a.attr)))
            b.locate(e.range)
            for x in c.args { try compile(x) }
            for k in c.keywords { try compile(k.value) }
            if c.keywords.isEmpty {
                b.emit(.callMethod, c.args.count)
            } else {
                let names = c.keywords.map { Value.str($0.arg ?? "") }
                b.loadConst(.object(PyTuple(names)), key: nil)
                b.emit(.callMethodKw, c.args.count + c.keywords.count)
            }
            return
        }
        try compile(c.func)
        try compileCallArguments(c.args, c.keywords, extra: 0, range: e.range)
    }

    /// Arguments after a callee (and `extra` already-pushed positional values).
    /// `range` locates the call instruction; without `columns` only its line
    /// counts (a class statement's __build_class__ call spans the whole
    /// statement in CPython, which a traceback never underlines).
    func compileCallArguments(_ args: [Expr], _ kws: [Keyword], extra: Int, range: SourceRange,
                              columns: Bool = true) throws {
        func locateCall() { if columns { b.locate(range) } else { b.line = range.line } }
        let hasStar = args.contains { if case .starred = $0.kind { return true }; return false }
            || kws.contains { $0.arg == nil }
        if !hasStar {
            for a in args { try compile(a) }
            for k in kws { try compile(k.value) }
            locateCall()
            if kws.isEmpty {
                b.emit(.call, extra + args.count)
            } else {
                b.loadConst(.object(PyTuple(kws.map { .str($0.arg ?? "") })), key: nil)
                b.emit(.callKw, extra + args.count + kws.count)
            }
            return
        }
        if extra == 0, kws.isEmpty, args.count == 1, case .starred(let only) = args[0].kind {
            // `f(*xs)`: the iterable goes to the call as it is (as CPython
            // compiles it); the call makes a tuple of it unless it is one.
            try compile(only.value)
            locateCall()
            b.emit(.callEx, 0)
            return
        }
        b.emit(.buildList, extra)
        for a in args {
            if case .starred(let s) = a.kind { try compile(s.value); b.emit(.listExtend, 1 | Opcode.inCallFlag) }
            else { try compile(a); b.emit(.listAppend, 1) }
        }
        b.emit(.listToTuple)
        if kws.isEmpty {
            locateCall()
            b.emit(.callEx, 0)
            return
        }
        // As CPython: each run of named keywords becomes a dict merged like
        // a `**` argument, so `f(**d, x=1)` with `'x' in d` is the error
        // "got multiple values for keyword argument 'x'".
        b.emit(.buildMap, 0)
        var named: [Keyword] = []
        func flushNamed() throws {
            guard !named.isEmpty else { return }
            for k in named {
                if let name = k.arg { b.loadConst(.str(name), key: .str(name)) }
                try compile(k.value)
            }
            b.emit(.buildMap, named.count)
            b.emit(.dictMerge, 1)
            named = []
        }
        for k in kws {
            if k.arg != nil {
                named.append(k)
            } else {
                try flushNamed()
                try compile(k.value)
                b.emit(.dictMerge, 1)
            }
        }
        try flushNamed()
        locateCall()
        b.emit(.callEx, 1)
    }

    /// kind: 0 list, 1 set, 2 dict, 3 generator expression.
    func compileComprehension(_ e: Expr, kind: Int, elts: [Expr], _ gens: [Comprehension], _ name: String) throws {
        guard let first = gens.first else { return }
        try compile(first.iter)
        b.emit(first.isAsync ? .getAiter : .getIter)
        let scope = try self.scope(for: e.range, e.line)
        let qn = qualname(name)
        qualPrefix.append(qn + ".<locals>")
        let code = try nestedCode(scope, name: name, firstLine: e.line, qualname: qn) {
            let c = b.code
            c.argCount = 1
            let isAsync = scope.isCoroutine
            if kind == 3 {
                c.isGenerator = !isAsync
                c.isAsyncGenerator = isAsync
            } else {
                c.isCoroutine = isAsync
                b.emit([.buildList, .buildSet, .buildMap][kind], 0)
            }
            try compileComprehensionLoop(gens, 0, kind: kind, elts: elts, depth: 1)
            if kind == 3 { b.loadNone() }
            b.emit(.returnValue)
        }
        qualPrefix.removeLast()
        let flags = emitClosure(code)
        emitCode(code)
        b.emit(.makeFunction, flags)
        b.emit(.rotTwo)
        b.emit(.call, 1)
        if scope.isCoroutine && kind != 3 { emitAwait(0) }
    }

    func compileComprehensionLoop(_ gens: [Comprehension], _ i: Int, kind: Int, elts: [Expr], depth: Int) throws {
        let g = gens[i]
        if i == 0 {
            b.emit(.loadFast, b.local(".0"))
        } else {
            try compile(g.iter)
            b.emit(g.isAsync ? .getAiter : .getIter)
        }
        let start = b.here
        var exitJump = -1
        var handler = -1
        if g.isAsync {
            handler = b.emit(.setupFinally)
            b.emit(.getAnext)
            b.loadNone()
            let s = b.emit(.send)
            b.patch(s)
            b.emit(.popBlock)
        } else {
            exitJump = b.emit(.forIter)
        }
        try compileStore(g.target)
        for cond in g.ifs {
            try compile(cond)
            b.emit(.popJumpIfFalse, start)
        }
        if i + 1 < gens.count {
            try compileComprehensionLoop(gens, i + 1, kind: kind, elts: elts, depth: depth + 1)
        } else {
            switch kind {
            case 0: try compile(elts[0]); b.emit(.listAppend, depth + 1)
            case 1: try compile(elts[0]); b.emit(.setAdd, depth + 1)
            case 2: try compile(elts[0]); try compile(elts[1]); b.emit(.mapAdd, depth + 1)
            default:
                try compile(elts[0])
                b.emit(.yieldValue, b.code.isAsyncGenerator ? 1 : 0)
                b.emit(.popTop)
            }
        }
        b.emit(.jump, start)
        if g.isAsync {
            b.patch(handler)
            b.emit(.endAsyncFor)
        } else {
            b.patch(exitJump)
        }
    }

    // MARK: targets

    func compileStore(_ t: Expr) throws {
        switch t.kind {
        case .name(let n): storeName(n.id)
        case .attribute(let a):
            try compile(a.value)
            b.emit(.storeAttr, b.name(b.scope.mangle(a.attr)))
        case .subscript(let s):
            try compile(s.value)
            try compileSlice(s.slice)
            b.emit(.storeSubscr)
        case .tuple(let tp): try compileUnpack(tp.elts, t)
        case .list(let l): try compileUnpack(l.elts, t)
        case .starred:
            throw error("starred assignment target must be in a list or tuple", t.line, t.column)
        default:
            throw error("cannot assign to \(describe(t))", t.line, t.column)
        }
    }

    func compileUnpack(_ elts: [Expr], _ t: Expr) throws {
        if let star = elts.firstIndex(where: { if case .starred = $0.kind { return true }; return false }) {
            if elts.filter({ if case .starred = $0.kind { return true }; return false }).count > 1 {
                throw error("multiple starred expressions in assignment", t.line, t.column)
            }
            b.emit(.unpackEx, star | ((elts.count - star - 1) << 8))
        } else {
            b.emit(.unpackSequence, elts.count)
        }
        for x in elts {
            if case .starred(let s) = x.kind { try compileStore(s.value) } else { try compileStore(x) }
        }
    }

    func compileDelete(_ t: Expr) throws {
        switch t.kind {
        case .name(let n): deleteName(n.id)
        case .attribute(let a):
            try compile(a.value)
            b.emit(.deleteAttr, b.name(b.scope.mangle(a.attr)))
        case .subscript(let s):
            try compile(s.value)
            try compileSlice(s.slice)
            b.emit(.deleteSubscr)
        case .tuple(let tp): for x in tp.elts { try compileDelete(x) }
        case .list(let l): for x in l.elts { try compileDelete(x) }
        default: throw error("cannot delete \(describe(t))", t.line, t.column)
        }
    }

    func describe(_ e: Expr) -> String {
        switch e.kind {
        case .call: return "function call"
        case .constant: return "literal"
        case .binOp, .unaryOp, .boolOp: return "expression"
        case .compare: return "comparison"
        case .lambda: return "lambda"
        case .ifExp: return "conditional expression"
        case .await: return "await expression"
        case .yield, .yieldFrom: return "yield expression"
        case .namedExpr: return "named expression"
        case .joinedStr, .formattedValue: return "f-string expression"
        case .dict: return "dict literal"
        case .set: return "set display"
        case .listComp: return "list comprehension"
        case .setComp: return "set comprehension"
        case .dictComp: return "dict comprehension"
        case .generatorExp: return "generator expression"
        default: return "expression"
        }
    }
}
