/// Assignment and deletion targets: parsing `star_targets` (for `for`,
/// comprehensions, `with ... as`) and turning a parsed expression into a
/// target with `Store`/`Del` context, or CPython's "cannot assign to ..." error.
extension Parser {
    /// `star_targets`: one target, or a bare tuple of them.
    func parseStarTargets() throws -> Expr {
        let start = try tok
        let first = try parseStarTarget()
        guard try check(.comma) else { return first }
        var elts = [first]
        while try accept(.comma) {
            let t = try tok
            guard t.isOp(.star) || Parser.canStartExpression(t) else { break }
            elts.append(try parseStarTarget())
        }
        return Expr(.tuple(.init(elts: elts, ctx: .store)), range(from: start))
    }

    /// `star_target`: `['*'] target`, parsed as a primary and then checked.
    func parseStarTarget() throws -> Expr {
        let start = try tok
        if start.isOp(.star) {
            index += 1
            let inner = try parseStarTarget()
            return Expr(.starred(.init(value: inner, ctx: .store)), range(from: start))
        }
        let e = try parsePrimary()
        return try target(e, .store)
    }

    /// `e` as an assignment (`.store`) or deletion (`.del`) target.
    func target(_ e: Expr, _ ctx: ExprContext) throws -> Expr {
        if let bad = Parser.invalidTarget(e, ctx) {
            let verb = ctx == .del ? "delete" : "assign to"
            throw error("cannot \(verb) \(Parser.describe(bad))", at: bad.range)
        }
        return Parser.withContext(e, ctx)
    }

    /// The first sub-expression of `e` that cannot be a target, if any.
    static func invalidTarget(_ e: Expr, _ ctx: ExprContext) -> Expr? {
        switch e.kind {
        case .name, .attribute, .subscript:
            return nil
        case .starred(let s):
            return ctx == .del ? e : invalidTarget(s.value, ctx)
        case .tuple(let t):
            for elt in t.elts { if let bad = invalidTarget(elt, ctx) { return bad } }
            return nil
        case .list(let l):
            for elt in l.elts { if let bad = invalidTarget(elt, ctx) { return bad } }
            return nil
        default:
            return e
        }
    }

    /// `e` with `ctx` set on it and (for tuples, lists, starred) its elements.
    static func withContext(_ e: Expr, _ ctx: ExprContext) -> Expr {
        var e = e
        switch e.kind {
        case .name(var n): n.ctx = ctx; e.kind = .name(n)
        case .attribute(var a): a.ctx = ctx; e.kind = .attribute(a)
        case .subscript(var s): s.ctx = ctx; e.kind = .subscript(s)
        case .starred(var s):
            s.ctx = ctx
            s.value = withContext(s.value, ctx)
            e.kind = .starred(s)
        case .tuple(var t):
            t.ctx = ctx
            t.elts = t.elts.map { withContext($0, ctx) }
            e.kind = .tuple(t)
        case .list(var l):
            l.ctx = ctx
            l.elts = l.elts.map { withContext($0, ctx) }
            e.kind = .list(l)
        default: break
        }
        return e
    }

    /// CPython's name for a kind of expression in error messages (`_PyPegen_get_expr_name`).
    static func describe(_ e: Expr) -> String {
        switch e.kind {
        case .attribute: return "attribute"
        case .subscript: return "subscript"
        case .starred: return "starred"
        case .name: return "name"
        case .list: return "list"
        case .tuple: return "tuple"
        case .lambda: return "lambda"
        case .call: return "function call"
        case .boolOp, .binOp, .unaryOp: return "expression"
        case .generatorExp: return "generator expression"
        case .yield, .yieldFrom: return "yield expression"
        case .await: return "await expression"
        case .listComp: return "list comprehension"
        case .setComp: return "set comprehension"
        case .dictComp: return "dict comprehension"
        case .dict: return "dict literal"
        case .set: return "set display"
        case .joinedStr, .formattedValue: return "f-string expression"
        case .constant(let c):
            switch c.value {
            case .none: return "None"
            case .true: return "True"
            case .false: return "False"
            case .ellipsis: return "ellipsis"
            default: return "literal"
            }
        case .compare: return "comparison"
        case .ifExp: return "conditional expression"
        case .namedExpr: return "named expression"
        case .slice: return "slice"
        }
    }
}
