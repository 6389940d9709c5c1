/// Compound statements: `if`/`elif`/`else`, `while`, `for`, `try` (with
/// `except`/`except*`), `with`, `def`, `class`, decorators, their `async`
/// forms, and indented blocks.
extension Parser {
    /// Dispatches on the leading keyword (`async` included).
    func parseCompoundStatement() throws -> Stmt {
        let t = try tok
        if t.isKeyword(.async) {
            let next = try peek(1)
            index += 1
            if next.isKeyword(.def) { return try parseFunctionDef(start: t, decorators: [], isAsync: true) }
            if next.isKeyword(.for) { return try parseFor(start: t, isAsync: true) }
            return try parseWith(start: t, isAsync: true)
        }
        switch t.kind {
        case .keyword(.def): return try parseFunctionDef(start: t, decorators: [], isAsync: false)
        case .keyword(.class): return try parseClassDef(start: t, decorators: [])
        case .keyword(.if): return try parseIf()
        case .keyword(.while): return try parseWhile()
        case .keyword(.for): return try parseFor(start: t, isAsync: false)
        case .keyword(.try): return try parseTry()
        case .keyword(.with): return try parseWith(start: t, isAsync: false)
        default: throw try invalidSyntax()
        }
    }

    /// `block`: NEWLINE INDENT statements DEDENT, or simple statements on the same line.
    /// `what` names the statement for "expected an indented block after ...".
    func parseBlock(after what: String, line: Int) throws -> [Stmt] {
        guard case .newline = try tok.kind else {
            return try parseSimpleStatements()
        }
        index += 1
        let t = try tok
        guard case .indent = t.kind else {
            throw error("expected an indented block after \(what) on line \(line)", at: t.range, kind: .indentationError)
        }
        index += 1
        try enter()
        defer { leave() }
        var body: [Stmt] = []
        while true {
            let t = try tok
            if case .dedent = t.kind { break }
            if case .endmarker = t.kind { break }
            body += try parseStatement()
        }
        index += 1
        return body
    }

    /// Consumes the `:` ending a compound statement header. CPython says "expected ':'"
    /// after `def`, `try`, `else`, `finally` (`forced`), and for the others only when the
    /// header runs into the end of the line; anything else is "invalid syntax".
    func expectColon(forced: Bool = false) throws {
        let t = try tok
        guard t.isOp(.colon) else {
            if forced { throw expected("':'", at: t) }
            if case .newline = t.kind { throw expected("':'", at: t) }
            throw try invalidSyntax()
        }
        index += 1
    }

    /// `decorators (def | async def | class)`.
    func parseDecorated() throws -> Stmt {
        var decorators: [Expr] = []
        while try accept(.at) {
            decorators.append(try parseNamedExpression())
            guard case .newline = try tok.kind else { throw try invalidSyntax() }
            index += 1
        }
        let t = try tok
        if t.isKeyword(.def) { return try parseFunctionDef(start: t, decorators: decorators, isAsync: false) }
        if t.isKeyword(.class) { return try parseClassDef(start: t, decorators: decorators) }
        if t.isKeyword(.async), try peek(1).isKeyword(.def) {
            index += 1
            return try parseFunctionDef(start: t, decorators: decorators, isAsync: true)
        }
        throw try invalidSyntax()
    }

    /// `def name(params) [-> expr]: block`; `start` is the `def` or `async` token (already consumed for async).
    func parseFunctionDef(start: Token, decorators: [Expr], isAsync: Bool) throws -> Stmt {
        try expectKeyword(.def)
        let name = try expectName()
        if try check(.lsqb) {
            throw error("type parameter lists ('def \(name)[T]') are not supported", at: try tok.range)
        }
        let open = try tok
        guard open.isOp(.lpar) else { throw expected("'('", at: open) }
        index += 1
        bracketDepth += 1
        let args = try parseParameters(closing: .rpar, annotations: true)
        bracketDepth -= 1
        if !(try check(.rpar)) { throw try invalidSyntax() }
        index += 1
        var returns: Expr?
        if try accept(.rarrow) { returns = try parseExpression() }
        try expectColon(forced: true)
        let body = try parseBlock(after: "function definition", line: start.range.line)
        let def = Stmt.FunctionDef(name: name, args: args, body: body, decoratorList: decorators, returns: returns)
        return Stmt(isAsync ? .asyncFunctionDef(def) : .functionDef(def), range(from: start))
    }

    func expectKeyword(_ k: HardKeyword) throws {
        guard try accept(k) else { throw try invalidSyntax() }
    }

    /// `class name[(bases, keywords)]: block`.
    func parseClassDef(start: Token, decorators: [Expr]) throws -> Stmt {
        index += 1
        let name = try expectName()
        if try check(.lsqb) {
            throw error("type parameter lists ('class \(name)[T]') are not supported", at: try tok.range)
        }
        var bases: [Expr] = []
        var keywords: [Keyword] = []
        let open = try tok
        if open.isOp(.lpar) {
            index += 1
            (bases, keywords) = try parseCallArguments(open: open, allowGenerator: false)
        }
        try expectColon()
        let body = try parseBlock(after: "class definition", line: start.range.line)
        return Stmt(.classDef(.init(name: name, bases: bases, keywords: keywords, body: body, decoratorList: decorators)),
                    range(from: start))
    }

    /// `if test: block (elif test: block)* [else: block]`; elif chains nest as in CPython.
    func parseIf() throws -> Stmt {
        var clauses: [(start: Token, test: Expr, body: [Stmt])] = []
        var orelse: [Stmt] = []
        var chain = 0
        defer { leave(chain) }
        var keyword = try advance()
        while true {
            let test = try parseNamedExpression()
            try expectColon()
            let what = keyword.isKeyword(.if) ? "'if' statement" : "'elif' statement"
            let body = try parseBlock(after: what, line: keyword.range.line)
            clauses.append((keyword, test, body))
            if try check(.elif) {
                keyword = try advance()
                try enter()
                chain += 1
                continue
            }
            if try check(.else) {
                let elseToken = try advance()
                try expectColon(forced: true)
                orelse = try parseBlock(after: "'else' statement", line: elseToken.range.line)
            }
            break
        }
        var result: Stmt?
        for clause in clauses.reversed() {
            let tail = result.map { [$0] } ?? orelse
            result = Stmt(.if(.init(test: clause.test, body: clause.body, orelse: tail)), range(from: clause.start))
        }
        guard let result else { throw try invalidSyntax() }
        return result
    }

    /// `else: block` after a loop or try, if present.
    func parseOptionalElse() throws -> [Stmt] {
        guard try check(.else) else { return [] }
        let t = try advance()
        try expectColon(forced: true)
        return try parseBlock(after: "'else' statement", line: t.range.line)
    }

    /// `while test: block [else: block]`.
    func parseWhile() throws -> Stmt {
        let start = try advance()
        let test = try parseNamedExpression()
        try expectColon()
        let body = try parseBlock(after: "'while' statement", line: start.range.line)
        let orelse = try parseOptionalElse()
        return Stmt(.while(.init(test: test, body: body, orelse: orelse)), range(from: start))
    }

    /// `[async] for targets in expressions: block [else: block]`.
    func parseFor(start: Token, isAsync: Bool) throws -> Stmt {
        try expectKeyword(.for)
        let target = try parseStarTargets()
        guard try accept(.in) else { throw try invalidSyntax() }
        let iter = try parseStarExpressions()
        try expectColon()
        let body = try parseBlock(after: "'for' statement", line: start.range.line)
        let orelse = try parseOptionalElse()
        let node = Stmt.For(target: target, iter: iter, body: body, orelse: orelse)
        return Stmt(isAsync ? .asyncFor(node) : .for(node), range(from: start))
    }

    /// `[async] with items: block`, items optionally in parentheses.
    func parseWith(start: Token, isAsync: Bool) throws -> Stmt {
        try expectKeyword(.with)
        var items: [WithItem]?
        if try check(.lpar) {
            // `with (a, b as c):` — items in brackets; if that reading fails, `(a, b)` is an expression.
            let save = (index, nesting, bracketDepth)
            do {
                index += 1
                bracketDepth += 1
                var list: [WithItem] = []
                repeat {
                    if try check(.rpar) { break }
                    list.append(try parseWithItem())
                } while try accept(.comma)
                try expect(.rpar)
                bracketDepth -= 1
                if try check(.colon) { items = list } else { (index, nesting, bracketDepth) = save }
            } catch {
                (index, nesting, bracketDepth) = save
            }
        }
        if items == nil {
            var list: [WithItem] = []
            repeat { list.append(try parseWithItem()) } while try accept(.comma)
            items = list
        }
        try expectColon()
        // Each item nests the rest of the statement (the compiler emits one
        // context manager inside the other), so each is a nesting unit:
        // `with` and 100,000 items overflowed the compiler's stack.
        let itemCount = items?.count ?? 0
        for _ in 0..<itemCount { try enter() }
        defer { leave(itemCount) }
        let body = try parseBlock(after: "'with' statement", line: start.range.line)
        let node = Stmt.With(items: items ?? [], body: body)
        return Stmt(isAsync ? .asyncWith(node) : .with(node), range(from: start))
    }

    /// `with_item`: `expression ['as' star_target]`.
    func parseWithItem() throws -> WithItem {
        let e = try parseExpression()
        var vars: Expr?
        if try accept(.as) { vars = try parseStarTarget() }
        return WithItem(contextExpr: e, optionalVars: vars)
    }

    /// `try: block` with `except` / `except*` handlers, `else`, `finally`.
    func parseTry() throws -> Stmt {
        let start = try advance()
        try expectColon(forced: true)
        let body = try parseBlock(after: "'try' statement", line: start.range.line)
        var handlers: [ExceptHandler] = []
        var sawStar: Bool?
        while try check(.except) {
            let exceptToken = try advance()
            let star = try accept(.star)
            if let sawStar, sawStar != star {
                throw error("cannot have both 'except' and 'except*' on the same 'try'", at: range(from: exceptToken))
            }
            sawStar = star
            var type: Expr?
            var name: String?
            if !(try check(.colon)) {
                type = try parseExpression()
                if try check(.comma), let first = type {
                    while try accept(.comma) { _ = try? parseExpression() }
                    throw error("multiple exception types must be parenthesized", at: range(from: first.range))
                }
                if try accept(.as) { name = try expectName() }
            } else if star {
                throw error("expected one or more exception types", at: try tok.range)
            }
            try expectColon()
            let what = star ? "'except*' statement" : "'except' statement"
            let handlerBody = try parseBlock(after: what, line: exceptToken.range.line)
            handlers.append(ExceptHandler(type: type, name: name, body: handlerBody, range: range(from: exceptToken)))
        }
        let orelse = handlers.isEmpty ? [] : try parseOptionalElse()
        var finalbody: [Stmt] = []
        if try check(.finally) {
            let t = try advance()
            try expectColon(forced: true)
            finalbody = try parseBlock(after: "'finally' statement", line: t.range.line)
        }
        if handlers.isEmpty && finalbody.isEmpty {
            throw error("expected 'except' or 'finally' block", at: try tok.range)
        }
        let node = Stmt.Try(body: body, handlers: handlers, orelse: orelse, finalbody: finalbody)
        return Stmt(sawStar == true ? .tryStar(node) : .try(node), range(from: start))
    }
}
