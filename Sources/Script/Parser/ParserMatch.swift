/// `match` statements (soft keywords `match`, `case`, `_`) and patterns,
/// following CPython 3.11's pattern grammar.
extension Parser {
    /// `match subject: case...`, or nil (nothing consumed) if this `match` is an ordinary name.
    func parseMatchStatement() throws -> Stmt? {
        let start = try tok
        let next = try peek(1)
        switch next.kind {
        case .newline, .endmarker: return nil
        case .op(let p) where p == .equal || p == .dot || p == .colon || p == .comma || p == .rpar
            || p == .semi || Parser.augmentedOperator(next) != nil || p == .colonEqual:
            return nil
        default: break
        }
        let save = (index, nesting, bracketDepth)
        var subject: Expr
        do {
            index += 1
            subject = try parseMatchSubject()
            guard try check(.colon), case .newline = try peek(1).kind else {
                (index, nesting, bracketDepth) = save
                return nil
            }
        } catch {
            (index, nesting, bracketDepth) = save
            return nil
        }
        index += 2
        let t = try tok
        guard case .indent = t.kind else {
            throw error("expected an indented block after 'match' statement on line \(start.range.line)",
                        at: t.range, kind: .indentationError)
        }
        index += 1
        try enter()
        defer { leave() }
        var cases: [MatchCase] = []
        while true {
            let t = try tok
            if case .dedent = t.kind { break }
            guard isName(t, "case") else { throw try invalidSyntax() }
            cases.append(try parseCaseBlock())
        }
        index += 1
        return Stmt(.match(.init(subject: subject, cases: cases)), range(from: start))
    }

    /// `subject_expr`: a star-named-expression tuple or a named expression.
    func parseMatchSubject() throws -> Expr {
        let start = try tok
        let first = try parseStarNamedExpression()
        guard try check(.comma) else {
            if case .starred = first.kind { throw try invalidSyntax() }
            return first
        }
        var elts = [first]
        while try accept(.comma) {
            if try check(.colon) { break }
            elts.append(try parseStarNamedExpression())
        }
        return Expr(.tuple(.init(elts: elts, ctx: .load)), range(from: start))
    }

    /// `case patterns [if guard]: block`.
    func parseCaseBlock() throws -> MatchCase {
        let caseToken = try advance()
        let pattern = try parsePatterns()
        let guardExpr = try accept(.if) ? try parseNamedExpression() : nil
        try expectColon()
        let body = try parseBlock(after: "'case' statement", line: caseToken.range.line)
        return MatchCase(pattern: pattern, guard: guardExpr, body: body)
    }

    /// `patterns`: an open sequence pattern (`case a, b:`) or one pattern.
    func parsePatterns() throws -> Pattern {
        let start = try tok
        let first = try parseMaybeStarPattern()
        guard try check(.comma) else {
            if case .matchStar = first.kind {
                return Pattern(.matchSequence(.init(patterns: [first])), range(from: start))
            }
            return first
        }
        var patterns = [first]
        while try accept(.comma) {
            if try check(.colon) || check(.if) { break }
            patterns.append(try parseMaybeStarPattern())
        }
        return Pattern(.matchSequence(.init(patterns: patterns)), range(from: start))
    }

    /// `maybe_star_pattern`: `*name`, `*_`, or a pattern.
    func parseMaybeStarPattern() throws -> Pattern {
        let start = try tok
        guard start.isOp(.star) else { return try parsePattern() }
        index += 1
        let name = try expectName()
        return Pattern(.matchStar(.init(name: name == "_" ? nil : name)), range(from: start))
    }

    /// `pattern`: `or_pattern ['as' NAME]`.
    func parsePattern() throws -> Pattern {
        try enter()
        defer { leave() }
        let start = try tok
        let p = try parseOrPattern()
        guard try accept(.as) else { return p }
        let nameToken = try tok
        let name = try expectName()
        if name == "_" { throw error("cannot use '_' as a target", at: nameToken.range) }
        return Pattern(.matchAs(.init(pattern: p, name: name)), range(from: start))
    }

    /// `or_pattern`: `closed_pattern ('|' closed_pattern)*`.
    func parseOrPattern() throws -> Pattern {
        let start = try tok
        let first = try parseClosedPattern()
        guard try check(.vbar) else { return first }
        var patterns = [first]
        while try accept(.vbar) { patterns.append(try parseClosedPattern()) }
        return Pattern(.matchOr(.init(patterns: patterns)), range(from: start))
    }

    /// `closed_pattern`: literal, capture, wildcard, value, group, sequence, mapping or class pattern.
    func parseClosedPattern() throws -> Pattern {
        let start = try tok
        switch start.kind {
        case .keyword(.none), .keyword(.true), .keyword(.false):
            index += 1
            let value: ConstantValue = start.isKeyword(.none) ? .none : (start.isKeyword(.true) ? .true : .false)
            return Pattern(.matchSingleton(.init(value: value)), start.range)
        case .number, .string, .op(.minus):
            let value = try parseLiteralPatternValue()
            return Pattern(.matchValue(.init(value: value)), value.range)
        case .op(.lpar), .op(.lsqb):
            return try parseSequenceOrGroupPattern()
        case .op(.lbrace):
            return try parseMappingPattern()
        case .name(let nameIndex):
            let name = self.name(nameIndex)
            index += 1
            var dotted = Expr(.name(.init(id: name, ctx: .load)), start.range)
            var isDotted = false
            while try accept(.dot) {
                let attr = try expectName()
                dotted = Expr(.attribute(.init(value: dotted, attr: attr, ctx: .load)), range(from: start))
                isDotted = true
            }
            if try check(.lpar) {
                return try parseClassPattern(cls: dotted, start: start)
            }
            if isDotted {
                return Pattern(.matchValue(.init(value: dotted)), dotted.range)
            }
            return Pattern(.matchAs(.init(pattern: nil, name: name == "_" ? nil : name)), start.range)
        default:
            throw try invalidSyntax()
        }
    }

    /// A literal in a pattern: a (signed) number, a complex literal
    /// (`1+2j`, `-1-2j`) or string(s); f-strings are refused.
    func parseLiteralPatternValue() throws -> Expr {
        let start = try tok
        if start.isOp(.minus) {
            index += 1
            let t = try tok
            guard case .number = t.kind else { throw try invalidSyntax() }
            index += 1
            let operand = Expr(.constant(.init(value: numberValue(t), kind: nil)), t.range)
            let signed = Expr(.unaryOp(.init(op: .uSub, operand: operand)), range(from: start))
            return try parseComplexLiteralTail(real: signed, realToken: t, start: start)
        }
        if case .number = start.kind {
            index += 1
            let real = Expr(.constant(.init(value: numberValue(start), kind: nil)), start.range)
            return try parseComplexLiteralTail(real: real, realToken: start, start: start)
        }
        let e = try parseStrings()
        if case .joinedStr = e.kind {
            throw error("patterns may only match literals and attribute lookups", at: e.range)
        }
        return e
    }

    /// `complex_number`: after a signed number, `+ NUMBER` or `- NUMBER`
    /// where the first is real and the second imaginary (CPython's
    /// "real number required" / "imaginary number required in complex
    /// literal"); without a sign after it, the number itself.
    func parseComplexLiteralTail(real: Expr, realToken: Token, start: Token) throws -> Expr {
        let sign = try tok
        guard sign.isOp(.plus) || sign.isOp(.minus) else { return real }
        if case .imaginary = numberValue(realToken) {
            throw error("real number required in complex literal", at: realToken.range)
        }
        index += 1
        let t = try tok
        guard case .number = t.kind else { throw try invalidSyntax() }
        guard case .imaginary = numberValue(t) else {
            throw error("imaginary number required in complex literal", at: t.range)
        }
        index += 1
        let imaginary = Expr(.constant(.init(value: numberValue(t), kind: nil)), t.range)
        return Expr(.binOp(.init(left: real, op: sign.isOp(.plus) ? .add : .sub, right: imaginary)), range(from: start))
    }

    func numberValue(_ t: Token) -> ConstantValue {
        if case .number(let v) = t.kind { return payloads.numbers[Int(v)] }
        return .none
    }

    /// `(p)`, `(p,)`, `()`, `[p, *rest]`.
    func parseSequenceOrGroupPattern() throws -> Pattern {
        let open = try advance()
        let close: Punct = open.isOp(.lpar) ? .rpar : .rsqb
        bracketDepth += 1
        defer { bracketDepth -= 1 }
        var patterns: [Pattern] = []
        var sawComma = false
        while !(try check(close)) {
            patterns.append(try parseMaybeStarPattern())
            guard try accept(.comma) else { break }
            sawComma = true
        }
        try expect(close)
        if close == .rpar && patterns.count == 1 && !sawComma {
            if case .matchStar = patterns[0].kind {} else { return patterns[0] }
        }
        return Pattern(.matchSequence(.init(patterns: patterns)), range(from: open))
    }

    /// `{key: pattern, ..., **rest}`.
    func parseMappingPattern() throws -> Pattern {
        let open = try advance()
        bracketDepth += 1
        defer { bracketDepth -= 1 }
        var keys: [Expr] = []
        var patterns: [Pattern] = []
        var rest: String?
        while !(try check(.rbrace)) {
            if try accept(.doubleStar) {
                rest = try expectName()
                _ = try accept(.comma)
                break
            }
            keys.append(try parseMappingKey())
            try expect(.colon)
            patterns.append(try parsePattern())
            guard try accept(.comma) else { break }
        }
        try expect(.rbrace)
        return Pattern(.matchMapping(.init(keys: keys, patterns: patterns, rest: rest)), range(from: open))
    }

    /// A mapping-pattern key: a literal, `None`/`True`/`False`, or a dotted name.
    func parseMappingKey() throws -> Expr {
        let start = try tok
        switch start.kind {
        case .keyword(.none), .keyword(.true), .keyword(.false):
            index += 1
            let value: ConstantValue = start.isKeyword(.none) ? .none : (start.isKeyword(.true) ? .true : .false)
            return Expr(.constant(.init(value: value, kind: nil)), start.range)
        case .name(let nameIndex):
            let name = self.name(nameIndex)
            index += 1
            var e = Expr(.name(.init(id: name, ctx: .load)), start.range)
            var dotted = false
            while try accept(.dot) {
                e = Expr(.attribute(.init(value: e, attr: try expectName(), ctx: .load)), range(from: start))
                dotted = true
            }
            if !dotted { throw try invalidSyntax() }
            return e
        default:
            return try parseLiteralPatternValue()
        }
    }

    /// `Cls(positional..., kw=pattern...)`.
    func parseClassPattern(cls: Expr, start: Token) throws -> Pattern {
        index += 1
        bracketDepth += 1
        defer { bracketDepth -= 1 }
        var patterns: [Pattern] = []
        var kwdAttrs: [String] = []
        var kwdPatterns: [Pattern] = []
        while !(try check(.rpar)) {
            let t = try tok
            if case .name(let attrIndex) = t.kind, try peek(1).isOp(.equal) {
                index += 2
                kwdAttrs.append(name(attrIndex))
                kwdPatterns.append(try parsePattern())
            } else {
                let p = try parsePattern()
                if !kwdAttrs.isEmpty { throw error("positional patterns follow keyword patterns", at: p.range) }
                patterns.append(p)
            }
            guard try accept(.comma) else { break }
        }
        try expect(.rpar)
        return Pattern(.matchClass(.init(cls: cls, patterns: patterns, kwdAttrs: kwdAttrs, kwdPatterns: kwdPatterns)),
                       range(from: start))
    }
}
