/// Atoms: names, literals, strings, and the bracketed displays — tuples,
/// parenthesised groups, generator expressions, lists, dicts, sets and
/// their comprehensions.
extension Parser {
    /// `atom`.
    func parseAtom() throws -> Expr {
        let t = try tok
        switch t.kind {
        case .name(let id):
            index += 1
            return Expr(.name(.init(id: name(id), ctx: .load)), t.range)
        case .keyword(.true):
            index += 1
            return Expr(.constant(.init(value: .true, kind: nil)), t.range)
        case .keyword(.false):
            index += 1
            return Expr(.constant(.init(value: .false, kind: nil)), t.range)
        case .keyword(.none):
            index += 1
            return Expr(.constant(.init(value: .none, kind: nil)), t.range)
        case .number(let value):
            index += 1
            return Expr(.constant(.init(value: payloads.numbers[Int(value)], kind: nil)), t.range)
        case .string:
            return try parseStrings()
        case .op(.ellipsis):
            index += 1
            return Expr(.constant(.init(value: .ellipsis, kind: nil)), t.range)
        case .op(.lpar):
            return try parseParenthesized()
        case .op(.lsqb):
            return try parseListDisplay()
        case .op(.lbrace):
            return try parseBraceDisplay()
        default:
            throw try invalidSyntax()
        }
    }

    /// Whether the current token starts a comprehension clause (`for` or `async for`).
    func atComprehension() throws -> Bool {
        let t = try tok
        if t.isKeyword(.for) { return true }
        return try t.isKeyword(.async) && peek(1).isKeyword(.for)
    }

    /// `(...)`: empty tuple, group, tuple, generator expression, or parenthesised yield.
    func parseParenthesized() throws -> Expr {
        let open = try advance()
        bracketDepth += 1
        defer { bracketDepth -= 1 }
        if try accept(.rpar) {
            return Expr(.tuple(.init(elts: [], ctx: .load)), range(from: open))
        }
        if try check(.yield) {
            let e = try parseYieldExpression()
            try expect(.rpar)
            return e
        }
        let first = try parseStarNamedExpression()
        if try atComprehension() {
            if case .starred = first.kind {
                throw error("iterable unpacking cannot be used in comprehension", at: first.range)
            }
            let generators = try parseComprehensionClauses()
            try expect(.rpar)
            return Expr(.generatorExp(.init(elt: first, generators: generators)), range(from: open))
        }
        if try accept(.rpar) {
            if case .starred = first.kind {
                throw error("cannot use starred expression here", at: first.range)
            }
            return first
        }
        guard try check(.comma) else {
            throw try invalidSyntax()
        }
        var elts = [first]
        while try accept(.comma) {
            if try check(.rpar) { break }
            elts.append(try parseStarNamedExpression())
        }
        if !(try check(.rpar)) { throw try invalidSyntax() }
        index += 1
        return Expr(.tuple(.init(elts: elts, ctx: .load)), range(from: open))
    }

    /// `[...]`: list display or list comprehension.
    func parseListDisplay() throws -> Expr {
        let open = try advance()
        bracketDepth += 1
        defer { bracketDepth -= 1 }
        if try accept(.rsqb) {
            return Expr(.list(.init(elts: [], ctx: .load)), range(from: open))
        }
        let first = try parseStarNamedExpression()
        if try atComprehension() {
            if case .starred = first.kind {
                throw error("iterable unpacking cannot be used in comprehension", at: first.range)
            }
            let generators = try parseComprehensionClauses()
            try expect(.rsqb)
            return Expr(.listComp(.init(elt: first, generators: generators)), range(from: open))
        }
        var elts = [first]
        while try accept(.comma) {
            if try check(.rsqb) { break }
            elts.append(try parseStarNamedExpression())
        }
        if !(try check(.rsqb)) { throw try invalidSyntax() }
        index += 1
        return Expr(.list(.init(elts: elts, ctx: .load)), range(from: open))
    }

    /// `{...}`: dict or set display, dict or set comprehension.
    func parseBraceDisplay() throws -> Expr {
        let open = try advance()
        bracketDepth += 1
        defer { bracketDepth -= 1 }
        if try accept(.rbrace) {
            return Expr(.dict(.init(keys: [], values: [])), range(from: open))
        }
        if try check(.doubleStar) {
            return try parseDictRest(open: open, keys: [], values: [])
        }
        let first = try parseStarNamedExpression()
        if try accept(.colon) {
            if case .starred = first.kind { throw try invalidSyntax() }
            let value = try parseDictValue()
            if try atComprehension() {
                let generators = try parseComprehensionClauses()
                try expect(.rbrace)
                return Expr(.dictComp(.init(key: first, value: value, generators: generators)), range(from: open))
            }
            return try parseDictRest(open: open, keys: [first], values: [value])
        }
        if try atComprehension() {
            if case .starred = first.kind {
                throw error("iterable unpacking cannot be used in comprehension", at: first.range)
            }
            let generators = try parseComprehensionClauses()
            try expect(.rbrace)
            return Expr(.setComp(.init(elt: first, generators: generators)), range(from: open))
        }
        var elts = [first]
        while try accept(.comma) {
            if try check(.rbrace) { break }
            elts.append(try parseStarNamedExpression())
        }
        if !(try check(.rbrace)) { throw try invalidSyntax() }
        index += 1
        return Expr(.set(.init(elts: elts)), range(from: open))
    }

    /// The remaining `key: value` / `**mapping` items of a dict display.
    func parseDictRest(open: Token, keys: [Expr?], values: [Expr]) throws -> Expr {
        var keys = keys
        var values = values
        var needComma = !keys.isEmpty
        while true {
            if needComma {
                guard try accept(.comma) else { break }
            }
            needComma = true
            if try check(.rbrace) { break }
            if try accept(.doubleStar) {
                keys.append(nil)
                values.append(try parseBitOr())
            } else {
                keys.append(try parseExpression())
                try expect(.colon)
                values.append(try parseDictValue())
            }
        }
        if !(try check(.rbrace)) { throw try invalidSyntax() }
        index += 1
        return Expr(.dict(.init(keys: keys, values: values)), range(from: open))
    }

    /// A dict display value (`*x` there gets CPython's dedicated message).
    func parseDictValue() throws -> Expr {
        let t = try tok
        if t.isOp(.star) {
            index += 1
            _ = try? parseBitOr()
            throw error("cannot use a starred expression in a dictionary value", at: range(from: t))
        }
        return try parseExpression()
    }

    /// `for_if_clauses`: one or more `[async] for targets in disjunction (if disjunction)*`.
    /// Each clause is a nesting unit (it nests a loop around the ones after
    /// it): 100,000 clauses overflowed the compiler's stack.
    func parseComprehensionClauses() throws -> [Comprehension] {
        var clauses: [Comprehension] = []
        defer { leave(clauses.count) }
        while try atComprehension() {
            try enter()
            let isAsync = try accept(.async)
            try expectKeyword(.for)
            let target = try parseStarTargets()
            guard try accept(.in) else { throw try invalidSyntax() }
            let iter = try parseDisjunction()
            var ifs: [Expr] = []
            while try accept(.if) { ifs.append(try parseDisjunction()) }
            clauses.append(Comprehension(target: target, iter: iter, ifs: ifs, isAsync: isAsync))
        }
        return clauses
    }

    /// Adjacent string literals, concatenated; a `JoinedStr` if any is an f-string.
    func parseStrings() throws -> Expr {
        let first = try tok
        var parts: [(Token, StringToken)] = []
        while case .string(let s) = try tok.kind {
            parts.append((try tok, payloads.strings[Int(s)]))
            index += 1
        }
        let whole = range(from: first)
        for (t, s) in parts {
            guard let failure = s.decodeFailure else { continue }
            let kind: SyntaxError.Kind = failure.notImplemented ? .notImplementedError : .syntaxError
            // CPython points at the literal for non-ASCII bytes, else past the strings.
            let at = failure.atStart ? t.range : ((try? tok.range) ?? whole)
            throw error(failure.message, at: SourceRange(line: at.line, column: at.column), kind: kind)
        }
        let bytesCount = parts.filter { $0.1.isBytes }.count
        if bytesCount != 0 && bytesCount != parts.count {
            throw error("cannot mix bytes and nonbytes literals", at: (try? tok.range) ?? whole)
        }
        if bytesCount > 0 {
            var out: [UInt8] = []
            for (_, s) in parts { if case .bytes(let b) = s.value { out += b } }
            return Expr(.constant(.init(value: .bytes(out), kind: nil)), whole)
        }
        let kind: String? = parts.first?.1.isUnicode == true ? "u" : nil
        if !parts.contains(where: { $0.1.isFormatted }) {
            var out = ""
            for (_, s) in parts { if case .str(let v) = s.value { out += v } }
            return Expr(.constant(.init(value: .str(out), kind: kind)), whole)
        }
        var builder = FStringBuilder(range: whole)
        for (t, s) in parts {
            if s.isFormatted {
                var i = s.bodyStart
                try parseFStringBody(s, &i, level: 0, into: &builder, tokenRange: t.range)
            } else if case .str(let v) = s.value {
                builder.appendLiteral(v)
            }
        }
        return Expr(.joinedStr(.init(values: builder.finish())), whole)
    }
}
