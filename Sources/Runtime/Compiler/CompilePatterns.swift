import Script

/// Jumps taken when a pattern fails, with how many values they leave on the stack.
struct PatternFails {
    var jumps: [(index: Int, extra: Int)] = []
}

extension CompilerContext {
    func compileMatch(_ m: Stmt.Match, _ s: Stmt) throws {
        try compile(m.subject)
        var endJumps: [Int] = []
        for c in m.cases {
            b.line = c.pattern.line
            b.emit(.dupTop)
            var fails = PatternFails()
            try compilePattern(c.pattern, &fails, extra: 0)
            if let g = c.guard {
                try compile(g)
                fails.jumps.append((b.emit(.popJumpIfFalse), 0))
            }
            b.emit(.popTop)
            for st in c.body { try compile(st) }
            endJumps.append(b.emit(.jump))
            emitFailCleanup(fails)
        }
        b.emit(.popTop)
        for j in endJumps { b.patch(j) }
    }

    /// Emits pop chains so every failure jump arrives with its extra values removed.
    func emitFailCleanup(_ fails: PatternFails) {
        let maxExtra = fails.jumps.map { $0.extra }.max() ?? 0
        var n = maxExtra
        while n >= 0 {
            for f in fails.jumps where f.extra == n { b.patch(f.index) }
            if n > 0 { b.emit(.popTop) }
            n -= 1
        }
    }

    /// Matches the value on top of the stack (consumed on success). `extra`
    /// counts values below it that a failure must also pop.
    func compilePattern(_ p: Pattern, _ fails: inout PatternFails, extra: Int) throws {
        b.line = p.line
        switch p.kind {
        case .matchValue(let v):
            try compile(v.value)
            b.emit(.compareOp, CompareOp.eq.rawValue)
            fails.jumps.append((b.emit(.popJumpIfFalse), extra))
        case .matchSingleton(let v):
            let (c, k) = try constant(v.value)
            b.loadConst(c, key: k)
            b.emit(.isOp, 0)
            fails.jumps.append((b.emit(.popJumpIfFalse), extra))
        case .matchAs(let a):
            if let sub = a.pattern {
                if a.name != nil { b.emit(.dupTop) }
                try compilePattern(sub, &fails, extra: extra + (a.name != nil ? 1 : 0))
            }
            if let n = a.name { storeName(n) } else if a.pattern == nil { b.emit(.popTop) }
        case .matchStar(let st):
            if let n = st.name { storeName(n) } else { b.emit(.popTop) }
        case .matchOr(let o):
            var successJumps: [Int] = []
            for (i, alt) in o.patterns.enumerated() {
                if i == o.patterns.count - 1 {
                    try compilePattern(alt, &fails, extra: extra)
                } else {
                    b.emit(.dupTop)
                    var local = PatternFails()
                    try compilePattern(alt, &local, extra: 0)
                    b.emit(.popTop)
                    successJumps.append(b.emit(.jump))
                    emitFailCleanup(local)
                }
            }
            for j in successJumps { b.patch(j) }
        case .matchSequence(let sq):
            b.emit(.matchSequence)
            fails.jumps.append((b.emit(.popJumpIfFalse), extra + 1))
            let star = sq.patterns.firstIndex { if case .matchStar = $0.kind { return true }; return false }
            b.emit(.getLen)
            let n = sq.patterns.count
            b.loadConst(.int(star == nil ? n : n - 1), key: .int(star == nil ? n : n - 1))
            b.emit(.compareOp, (star == nil ? CompareOp.eq : CompareOp.ge).rawValue)
            fails.jumps.append((b.emit(.popJumpIfFalse), extra + 1))
            if let s = star {
                b.emit(.unpackEx, s | ((n - s - 1) << 8))
            } else {
                b.emit(.unpackSequence, n)
            }
            for (i, sub) in sq.patterns.enumerated() {
                try compilePattern(sub, &fails, extra: extra + (n - i - 1))
            }
        case .matchMapping(let mm):
            b.emit(.matchMapping)
            fails.jumps.append((b.emit(.popJumpIfFalse), extra + 1))
            let k = mm.keys.count
            if k > 0 {
                b.emit(.getLen)
                b.loadConst(.int(k), key: .int(k))
                b.emit(.compareOp, CompareOp.ge.rawValue)
                fails.jumps.append((b.emit(.popJumpIfFalse), extra + 1))
            }
            for key in mm.keys { try compile(key) }
            b.emit(.buildTuple, k)
            b.emit(.matchKeys)
            b.emit(.dupTop)
            fails.jumps.append((b.emit(.popJumpIfNone), extra + 3))
            b.emit(.unpackSequence, k)
            for (i, sub) in mm.patterns.enumerated() {
                try compilePattern(sub, &fails, extra: extra + 2 + (k - i - 1))
            }
            if let rest = mm.rest {
                b.emit(.copyDictWithoutKeys)
                storeName(rest)
                b.emit(.popTop)
            } else {
                b.emit(.popTop)
                b.emit(.popTop)
            }
        case .matchClass(let mc):
            try compile(mc.cls)
            b.loadConst(.object(PyTuple(mc.kwdAttrs.map { .str($0) })), key: nil)
            b.emit(.matchClass, mc.patterns.count)
            b.emit(.dupTop)
            fails.jumps.append((b.emit(.popJumpIfNone), extra + 1))
            let subs = mc.patterns + mc.kwdPatterns
            b.emit(.unpackSequence, subs.count)
            for (i, sub) in subs.enumerated() {
                try compilePattern(sub, &fails, extra: extra + (subs.count - i - 1))
            }
        }
    }
}
