/// Expressions from `expression` down to `primary` (CPython grammar names):
/// conditional expressions, lambda, walrus, `or`/`and`/`not`, comparisons,
/// binary operators by precedence climbing, unary operators, `**`, `await`,
/// and the trailers `.name`, `(...)`, `[...]`.
extension Parser {
    /// `expression`: lambda, or `disjunction ['if' disjunction 'else' expression]`.
    func parseExpression() throws -> Expr {
        try enter()
        defer { leave() }
        let start = try tok
        if start.isKeyword(.lambda) { return try parseLambda() }
        let body = try parseDisjunction()
        if try check(.if) {
            // `x if y` needs `else`; CPython's message names the missing part.
            index += 1
            let test = try parseDisjunction()
            guard try accept(.else) else {
                throw error("expected 'else' after 'if' expression", at: range(from: start))
            }
            let orelse = try parseExpression()
            lastExpressionStart = start.range
            lastExpressionEnd = index
            return Expr(.ifExp(.init(test: test, body: body, orelse: orelse)), range(from: start))
        }
        lastExpressionStart = start.range
        lastExpressionEnd = index
        return body
    }

    /// `named_expression`: `NAME ':=' expression` or `expression`.
    func parseNamedExpression(inCall: Bool = false) throws -> Expr {
        let start = try tok
        if case .name(let nameIndex) = start.kind, try peek(1).isOp(.colonEqual) {
            let id = name(nameIndex)
            index += 2
            let value = try parseExpression()
            let target = Expr(.name(.init(id: id, ctx: .store)), start.range)
            return Expr(.namedExpr(.init(target: target, value: value)), range(from: start))
        }
        let e = try parseExpression()
        let next = try tok
        if next.isOp(.colonEqual) {
            throw error("cannot use assignment expressions with \(Parser.describe(e))", at: e.range)
        }
        if next.isOp(.equal) && !inCall {
            // CPython's invalid_named_expression: `if x = 1:` and `[a.b = 1]`.
            let excluded = start.isOp(.lpar) || start.isOp(.lsqb) || start.isKeyword(.true)
                || start.isKeyword(.false) || start.isKeyword(.none)
            var isName = false
            if case .name = e.kind { isName = true }
            if isName || (!excluded && Parser.isBitwiseOrLevel(e)) {
                // The message spans `target = value`, like CPython's.
                index += 1
                _ = try? parseBitOr()
                let span = range(from: start)
                if isName {
                    throw error("invalid syntax. Maybe you meant '==' or ':=' instead of '='?", at: span)
                }
                throw error("cannot assign to \(Parser.describe(e)) here. Maybe you meant '==' instead of '='?",
                            at: SourceRange(line: e.range.line, column: e.range.column, endLine: span.endLine, endColumn: span.endColumn))
            }
        }
        return e
    }

    /// `star_expression`: `'*' bitwise_or` or `expression`.
    func parseStarExpression() throws -> Expr {
        let start = try tok
        if start.isOp(.star) {
            index += 1
            let value = try parseBitOr()
            return Expr(.starred(.init(value: value, ctx: .load)), range(from: start))
        }
        return try parseExpression()
    }

    /// `star_named_expression`: `'*' bitwise_or` or `named_expression`.
    func parseStarNamedExpression() throws -> Expr {
        let start = try tok
        if start.isOp(.star) {
            index += 1
            let value = try parseBitOr()
            return Expr(.starred(.init(value: value, ctx: .load)), range(from: start))
        }
        return try parseNamedExpression()
    }

    /// `star_expressions`: one star_expression, or a tuple of them without brackets.
    func parseStarExpressions() throws -> Expr {
        let start = try tok
        let first = try parseStarExpression()
        guard try check(.comma) else { return first }
        var elts = [first]
        while try accept(.comma) {
            let t = try tok
            if !Parser.canStartExpression(t) && !t.isOp(.star) && !t.isKeyword(.await) { break }
            elts.append(try parseStarExpression())
        }
        return Expr(.tuple(.init(elts: elts, ctx: .load)), range(from: start))
    }

    /// `yield_expr`: `'yield' 'from' expression` or `'yield' [star_expressions]`.
    func parseYieldExpression() throws -> Expr {
        let start = try advance()
        if try accept(.from) {
            let value = try parseExpression()
            return Expr(.yieldFrom(.init(value: value)), range(from: start))
        }
        let t = try tok
        if Parser.canStartExpression(t) || t.isOp(.star) || t.isKeyword(.await) || t.isKeyword(.yield) {
            let value = try parseStarExpressions()
            return Expr(.yield(.init(value: value)), range(from: start))
        }
        return Expr(.yield(.init(value: nil)), range(from: start))
    }

    /// `lambdef`: `'lambda' [params] ':' expression`.
    func parseLambda() throws -> Expr {
        let start = try advance()
        try enter()
        defer { leave() }
        let args = try parseParameters(closing: .colon, annotations: false)
        try expect(.colon)
        let body = try parseExpression()
        return Expr(.lambda(.init(args: args, body: body)), range(from: start))
    }

    /// `disjunction`: `conjunction ('or' conjunction)*`.
    func parseDisjunction() throws -> Expr {
        let start = try tok
        let first = try parseConjunction()
        guard try check(.or) else { return first }
        var values = [first]
        while try accept(.or) { values.append(try parseConjunction()) }
        return Expr(.boolOp(.init(op: .or, values: values)), range(from: start))
    }

    /// `conjunction`: `inversion ('and' inversion)*`.
    func parseConjunction() throws -> Expr {
        let start = try tok
        let first = try parseInversion()
        guard try check(.and) else { return first }
        var values = [first]
        while try accept(.and) { values.append(try parseInversion()) }
        return Expr(.boolOp(.init(op: .and, values: values)), range(from: start))
    }

    /// `inversion`: `'not' inversion` or `comparison`.
    func parseInversion() throws -> Expr {
        let start = try tok
        guard start.isKeyword(.not) else { return try parseComparison() }
        index += 1
        try enter()
        defer { leave() }
        let operand = try parseInversion()
        return Expr(.unaryOp(.init(op: .not, operand: operand)), range(from: start))
    }

    /// `comparison`: `bitwise_or (compare_op bitwise_or)*`, chained into one `Compare`.
    func parseComparison() throws -> Expr {
        let start = try tok
        let left = try parseBitOr()
        var ops: [CmpOperator] = []
        var comparators: [Expr] = []
        while let op = try comparisonOperator() {
            ops.append(op)
            comparators.append(try parseBitOr())
        }
        if ops.isEmpty { return left }
        return Expr(.compare(.init(left: left, ops: ops, comparators: comparators)), range(from: start))
    }

    /// Consumes a comparison operator (`not in` and `is not` are two tokens).
    func comparisonOperator() throws -> CmpOperator? {
        let t = try tok
        switch t.kind {
        case .op(.eqEqual): index += 1; return .eq
        case .op(.notEqual): index += 1; return .notEq
        case .op(.less): index += 1; return .lt
        case .op(.lessEqual): index += 1; return .ltE
        case .op(.greater): index += 1; return .gt
        case .op(.greaterEqual): index += 1; return .gtE
        case .keyword(.in): index += 1; return .in
        case .keyword(.is):
            index += 1
            return try accept(.not) ? .isNot : .is
        case .keyword(.not):
            guard try peek(1).isKeyword(.in) else { return nil }
            index += 2
            return .notIn
        default: return nil
        }
    }

    /// `bitwise_or` and everything down to `term`, by precedence climbing.
    func parseBitOr() throws -> Expr {
        try parseBinary(minPrecedence: 1)
    }

    static func binaryOperator(_ t: Token) -> (Operator, Int)? {
        guard case .op(let p) = t.kind else { return nil }
        switch p {
        case .vbar: return (.bitOr, 1)
        case .circumflex: return (.bitXor, 2)
        case .amper: return (.bitAnd, 3)
        case .leftShift: return (.lShift, 4)
        case .rightShift: return (.rShift, 4)
        case .plus: return (.add, 5)
        case .minus: return (.sub, 5)
        case .star: return (.mult, 6)
        case .slash: return (.div, 6)
        case .doubleSlash: return (.floorDiv, 6)
        case .percent: return (.mod, 6)
        case .at: return (.matMult, 6)
        default: return nil
        }
    }

    /// Left-associative binary operators of precedence `minPrecedence` and above.
    func parseBinary(minPrecedence: Int) throws -> Expr {
        let start = try tok
        var left = try parseFactor()
        var chain = 0
        defer { leave(chain) }
        while let (op, precedence) = Parser.binaryOperator(try tok), precedence >= minPrecedence {
            index += 1
            let right = precedence < 6 ? try parseBinary(minPrecedence: precedence + 1) : try parseFactor()
            try enter()
            chain += 1
            left = Expr(.binOp(.init(left: left, op: op, right: right)), range(from: start))
        }
        return left
    }

    /// `factor`: unary `+`, `-`, `~`, or `power`.
    func parseFactor() throws -> Expr {
        let start = try tok
        let op: UnaryOperator
        switch start.kind {
        case .op(.plus): op = .uAdd
        case .op(.minus): op = .uSub
        case .op(.tilde): op = .invert
        default: return try parsePower()
        }
        index += 1
        try enter()
        defer { leave() }
        let operand = try parseFactor()
        return Expr(.unaryOp(.init(op: op, operand: operand)), range(from: start))
    }

    /// `power`: `await_primary ['**' factor]` (right-associative through `factor`).
    func parsePower() throws -> Expr {
        let start = try tok
        let base = try parseAwaitPrimary()
        guard try accept(.doubleStar) else { return base }
        try enter()
        defer { leave() }
        let exponent = try parseFactor()
        return Expr(.binOp(.init(left: base, op: .pow, right: exponent)), range(from: start))
    }

    /// `await_primary`: `'await' primary` or `primary`.
    func parseAwaitPrimary() throws -> Expr {
        let start = try tok
        guard start.isKeyword(.await) else { return try parsePrimary() }
        index += 1
        let value = try parsePrimary()
        return Expr(.await(.init(value: value)), range(from: start))
    }

    /// `primary`: an atom followed by any number of `.name`, `(args)`, `[slices]`.
    func parsePrimary() throws -> Expr {
        let start = try tok
        var e = try parseAtom()
        var chain = 0
        defer { leave(chain) }
        while true {
            let t = try tok
            if t.isOp(.dot) {
                index += 1
                let attr = try expectName()
                e = Expr(.attribute(.init(value: e, attr: attr, ctx: .load)), range(from: start))
            } else if t.isOp(.lpar) {
                index += 1
                let (args, keywords) = try parseCallArguments(open: t)
                e = Expr(.call(.init(func: e, args: args, keywords: keywords)), range(from: start))
            } else if t.isOp(.lsqb) {
                index += 1
                bracketDepth += 1
                let slice = try parseSlices()
                bracketDepth -= 1
                try expect(.rsqb)
                e = Expr(.subscript(.init(value: e, slice: slice, ctx: .load)), range(from: start))
            } else {
                return e
            }
            try enter()
            chain += 1
        }
    }

    /// `slices`: one slice, or a tuple of slices / starred expressions.
    func parseSlices() throws -> Expr {
        let start = try tok
        let first = try parseSlice()
        guard try check(.comma) else {
            if case .starred = first.kind {
                return Expr(.tuple(.init(elts: [first], ctx: .load)), range(from: start))
            }
            return first
        }
        var elts = [first]
        while try accept(.comma) {
            if try check(.rsqb) { break }
            elts.append(try parseSlice())
        }
        return Expr(.tuple(.init(elts: elts, ctx: .load)), range(from: start))
    }

    /// `slice`: `[lower] ':' [upper] [':' [step]]`, a named expression, or `*expr`.
    func parseSlice() throws -> Expr {
        let start = try tok
        if start.isOp(.star) {
            index += 1
            let value = try parseBitOr()
            return Expr(.starred(.init(value: value, ctx: .load)), range(from: start))
        }
        var lower: Expr?
        if !start.isOp(.colon) {
            let e = try parseNamedExpression()
            guard try check(.colon) else { return e }
            lower = e
        }
        try expect(.colon)
        func endsPart(_ t: Token) -> Bool { t.isOp(.colon) || t.isOp(.comma) || t.isOp(.rsqb) }
        let upper = endsPart(try tok) ? nil : try parseExpression()
        var step: Expr?
        if try accept(.colon) {
            step = endsPart(try tok) ? nil : try parseExpression()
        }
        return Expr(.slice(.init(lower: lower, upper: upper, step: step)), range(from: start))
    }
}
