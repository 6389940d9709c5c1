/// The statement level: the file, statement dispatch, and the simple
/// (one-line) statements — expression statements, assignments of all kinds,
/// `return`, `raise`, `del`, `assert`, `import`, `global`, `pass`, ...
extension Parser {
    /// `file`: statements up to ENDMARKER.
    func parseFile() throws -> [Stmt] {
        var body: [Stmt] = []
        while true {
            let t = try tok
            if case .endmarker = t.kind { return body }
            body += try parseStatement()
        }
    }

    /// One statement line: a compound statement, or simple statements separated by `;`.
    func parseStatement() throws -> [Stmt] {
        let t = try tok
        switch t.kind {
        case .keyword(let k):
            switch k {
            case .def, .class, .if, .while, .for, .try, .with:
                return [try parseCompoundStatement()]
            case .async:
                let next = try peek(1)
                if next.isKeyword(.def) || next.isKeyword(.for) || next.isKeyword(.with) {
                    return [try parseCompoundStatement()]
                }
                index += 1
                throw try invalidSyntax()
            default:
                break
            }
        case .op(.at):
            return [try parseDecorated()]
        case .name(Token.matchName):
            if let m = try parseMatchStatement() { return [m] }
        case .indent:
            throw unexpectedIndent(t)
        default:
            break
        }
        return try parseSimpleStatements()
    }

    /// `simple_stmts`: `simple_stmt (';' simple_stmt)* [';'] NEWLINE`.
    func parseSimpleStatements() throws -> [Stmt] {
        var result: [Stmt] = []
        while true {
            result.append(try parseSimpleStatement())
            if try accept(.semi) {
                if case .newline = try tok.kind { break }
                continue
            }
            break
        }
        guard case .newline = try tok.kind else { throw try invalidSyntax() }
        index += 1
        return result
    }

    /// `simple_stmt`.
    func parseSimpleStatement() throws -> Stmt {
        let t = try tok
        guard case .keyword(let k) = t.kind else { return try parseExpressionStatement() }
        switch k {
        case .pass:
            index += 1
            return Stmt(.pass, t.range)
        case .break:
            index += 1
            return Stmt(.break, t.range)
        case .continue:
            index += 1
            return Stmt(.continue, t.range)
        case .return:
            index += 1
            let value = try atStatementEnd() ? nil : try parseStarExpressions()
            return Stmt(.return(.init(value: value)), range(from: t))
        case .raise:
            index += 1
            var exc: Expr?
            var cause: Expr?
            if !(try atStatementEnd()) {
                exc = try parseExpression()
                if try accept(.from) { cause = try parseExpression() }
            }
            return Stmt(.raise(.init(exc: exc, cause: cause)), range(from: t))
        case .global, .nonlocal:
            index += 1
            var names = [try expectName()]
            while try accept(.comma) { names.append(try expectName()) }
            let kind: Stmt.Kind = k == .global ? .global(.init(names: names)) : .nonlocal(.init(names: names))
            return Stmt(kind, range(from: t))
        case .del:
            index += 1
            var targets: [Expr] = []
            repeat {
                if try atStatementEnd() { break }
                targets.append(try target(try parseStarExpression(), .del))
            } while try accept(.comma)
            if targets.isEmpty { throw try invalidSyntax() }
            return Stmt(.delete(.init(targets: targets)), range(from: t))
        case .assert:
            index += 1
            let test = try parseExpression()
            let msg = try accept(.comma) ? try parseExpression() : nil
            return Stmt(.assert(.init(test: test, msg: msg)), range(from: t))
        case .import:
            return try parseImport()
        case .from:
            return try parseImportFrom()
        default:
            return try parseExpressionStatement()
        }
    }

    /// Whether the current token ends a simple statement.
    func atStatementEnd() throws -> Bool {
        let t = try tok
        if case .newline = t.kind { return true }
        return t.isOp(.semi)
    }

    /// Expression statements and assignments (`=`, augmented, annotated).
    func parseExpressionStatement() throws -> Stmt {
        let start = try tok
        if isName(start, "print") || isName(start, "exec"), Parser.isLegacyArgument(try peek(1)) {
            index += 1
            _ = try? parseStarExpressions()
            throw error("Missing parentheses in call to '\(payloads.name(start) ?? "")'. Did you mean \(payloads.name(start) ?? "")(...)?", at: range(from: start))
        }
        if isName(start, "type"), case .name = try peek(1).kind {
            let after = try peek(2)
            if after.isOp(.equal) || after.isOp(.lsqb) {
                throw error("type alias statements ('type X = ...') are not supported", at: start.range)
            }
        }
        let first = try check(.yield) ? try parseYieldExpression() : try parseStarExpressions()
        let t = try tok
        if t.isOp(.colon) {
            return try parseAnnotatedAssignment(first, start: start)
        }
        if let op = Parser.augmentedOperator(t) {
            switch first.kind {
            case .name, .attribute, .subscript: break
            default:
                throw error("'\(Parser.describe(first))' is an illegal expression for augmented assignment", at: first.range)
            }
            index += 1
            let value = try check(.yield) ? try parseYieldExpression() : try parseStarExpressions()
            let target = Parser.withContext(first, .store)
            return Stmt(.augAssign(.init(target: target, op: op, value: value)), range(from: start))
        }
        guard t.isOp(.equal) else {
            return Stmt(.expr(.init(value: first)), range(from: start))
        }
        var parts = [first]
        var partStarts = [start]
        while try accept(.equal) {
            partStarts.append(try tok)
            parts.append(try check(.yield) ? try parseYieldExpression() : try parseStarExpressions())
        }
        let value = parts.removeLast()
        var targets: [Expr] = []
        for (i, part) in parts.enumerated() {
            if partStarts[i].isKeyword(.yield) {
                throw error("assignment to yield expression not possible", at: part.range)
            }
            if let bad = Parser.invalidTarget(part, .store) {
                let opener = partStarts[i]
                let excluded = opener.isOp(.lpar) || opener.isOp(.lsqb) || opener.isKeyword(.true)
                    || opener.isKeyword(.false) || opener.isKeyword(.none)
                if parts.count == 1 && !excluded && Parser.isBitwiseOrLevel(part) {
                    throw error("cannot assign to \(Parser.describe(bad)) here. Maybe you meant '==' instead of '='?", at: bad.range)
                }
                throw error("cannot assign to \(Parser.describe(bad))", at: bad.range)
            }
            targets.append(Parser.withContext(part, .store))
        }
        return Stmt(.assign(.init(targets: targets, value: value)), range(from: start))
    }

    /// `target: annotation [= value]`.
    func parseAnnotatedAssignment(_ target: Expr, start: Token) throws -> Stmt {
        index += 1
        // CPython only blames the target once an annotation expression follows the colon.
        let annotation = try parseExpression()
        switch target.kind {
        case .name, .attribute, .subscript: break
        case .tuple: throw error("only single target (not tuple) can be annotated", at: target.range)
        case .list: throw error("only single target (not list) can be annotated", at: target.range)
        default: throw error("illegal target for annotation", at: target.range)
        }
        var value: Expr?
        if try accept(.equal) {
            value = try check(.yield) ? try parseYieldExpression() : try parseStarExpressions()
        }
        var simple = 0
        if case .name = target.kind, !start.isOp(.lpar) { simple = 1 }
        return Stmt(.annAssign(.init(target: Parser.withContext(target, .store), annotation: annotation,
                                     value: value, simple: simple)), range(from: start))
    }

    /// Whether `e` is what CPython's `bitwise_or` rule produces (not a comparison,
    /// `not`/`and`/`or`, conditional, lambda or walrus), the only targets its
    /// "Maybe you meant '=='" hint applies to.
    static func isBitwiseOrLevel(_ e: Expr) -> Bool {
        switch e.kind {
        case .compare, .boolOp, .ifExp, .lambda, .namedExpr: return false
        case .unaryOp(let u): return u.op != .not
        default: return true
        }
    }

    /// A token that makes `print x` a Python 2 print statement.
    static func isLegacyArgument(_ t: Token) -> Bool {
        switch t.kind {
        case .name, .number, .string: return true
        default: return false
        }
    }

    static func augmentedOperator(_ t: Token) -> Operator? {
        guard case .op(let p) = t.kind else { return nil }
        switch p {
        case .plusEqual: return .add
        case .minusEqual: return .sub
        case .starEqual: return .mult
        case .atEqual: return .matMult
        case .slashEqual: return .div
        case .percentEqual: return .mod
        case .amperEqual: return .bitAnd
        case .vbarEqual: return .bitOr
        case .circumflexEqual: return .bitXor
        case .leftShiftEqual: return .lShift
        case .rightShiftEqual: return .rShift
        case .doubleStarEqual: return .pow
        case .doubleSlashEqual: return .floorDiv
        default: return nil
        }
    }

    /// A dotted module name `a.b.c`.
    func parseDottedName() throws -> String {
        var name = try expectName()
        while try accept(.dot) { name += "." + (try expectName()) }
        return name
    }

    /// `import a.b [as c], ...`.
    func parseImport() throws -> Stmt {
        let start = try advance()
        var names: [Alias] = []
        repeat {
            let aliasStart = try tok
            let name = try parseDottedName()
            let asname = try accept(.as) ? try expectName() : nil
            names.append(Alias(name: name, asname: asname, range: range(from: aliasStart)))
        } while try accept(.comma)
        return Stmt(.import(.init(names: names)), range(from: start))
    }

    /// `from [.]*module import names | (names) | *`.
    func parseImportFrom() throws -> Stmt {
        let start = try advance()
        var level = 0
        while true {
            if try accept(.dot) { level += 1 } else if try accept(.ellipsis) { level += 3 } else { break }
        }
        var module: String?
        if !(try check(.import)) || level == 0 { module = try parseDottedName() }
        guard try accept(.import) else { throw try invalidSyntax() }
        var names: [Alias] = []
        if try check(.star) {
            let t = try advance()
            names.append(Alias(name: "*", asname: nil, range: t.range))
        } else {
            let parenthesized = try accept(.lpar)
            if parenthesized { bracketDepth += 1 }
            while true {
                let aliasStart = try tok
                let name = try expectName()
                let asname = try accept(.as) ? try expectName() : nil
                names.append(Alias(name: name, asname: asname, range: range(from: aliasStart)))
                guard try accept(.comma) else { break }
                if try parenthesized && check(.rpar) { break }
                if try !parenthesized && atStatementEnd() {
                    throw error("trailing comma not allowed without surrounding parentheses", at: try tok.range)
                }
            }
            if parenthesized {
                bracketDepth -= 1
                try expect(.rpar)
            }
        }
        return Stmt(.importFrom(.init(module: module, names: names, level: level)), range(from: start))
    }
}
