/// Parameter lists (`def`, `lambda`) and call arguments, with CPython's
/// messages for misordered parameters and arguments.
extension Parser {
    /// Parameters up to (not including) `closing` (`)` for def, `:` for lambda).
    func parseParameters(closing: Punct, annotations: Bool) throws -> Arguments {
        var result = Arguments()
        var seenSlash = false
        var seenStar = false
        var seenKwarg = false
        var seenDefault = false
        while !(try check(closing)) {
            let t = try tok
            if t.isOp(.slash) {
                if seenSlash { throw error("/ may appear only once", at: t.range) }
                if seenStar { throw error("/ must be ahead of *", at: t.range) }
                if result.args.isEmpty {
                    let seen = furthest
                    if try peek(1).isOp(.comma) { throw error("at least one argument must precede /", at: t.range) }
                    furthest = seen
                    throw try invalidSyntax()
                }
                index += 1
                seenSlash = true
                result.posonlyargs = result.args
                result.args = []
            } else if t.isOp(.star) {
                if seenStar { throw error("* argument may appear only once", at: t.range) }
                if seenKwarg { throw error("arguments cannot follow var-keyword argument", at: t.range) }
                index += 1
                seenStar = true
                let next = try tok
                if next.isOp(.comma) {
                    let after = try peek(1)
                    if after.isOp(closing) || after.isOp(.doubleStar) {
                        throw error("named arguments must follow bare *", at: t.range)
                    }
                } else if next.isOp(closing) {
                    throw error("named arguments must follow bare *", at: t.range)
                } else {
                    result.vararg = try parseParameter(annotations: annotations, allowStarAnnotation: true)
                    if try check(.equal) {
                        throw error("var-positional argument cannot have default value", at: try tok.range)
                    }
                }
            } else if t.isOp(.doubleStar) {
                if seenKwarg { throw error("arguments cannot follow var-keyword argument", at: t.range) }
                index += 1
                result.kwarg = try parseParameter(annotations: annotations, allowStarAnnotation: false)
                seenKwarg = true
                if try check(.equal) {
                    throw error("var-keyword argument cannot have default value", at: try tok.range)
                }
            } else {
                if seenKwarg { throw error("arguments cannot follow var-keyword argument", at: t.range) }
                guard case .name = t.kind else { throw try invalidSyntax() }
                let arg = try parseParameter(annotations: annotations, allowStarAnnotation: false)
                var defaultValue: Expr?
                if try accept(.equal) { defaultValue = try parseExpression() }
                if seenStar {
                    result.kwonlyargs.append(arg)
                    result.kwDefaults.append(defaultValue)
                } else {
                    result.args.append(arg)
                    if let defaultValue {
                        result.defaults.append(defaultValue)
                        seenDefault = true
                    } else if seenDefault {
                        throw error("non-default argument follows default argument", at: arg.range)
                    }
                }
            }
            guard try accept(.comma) else { break }
        }
        return result
    }

    /// One parameter name with its optional `: annotation`.
    func parseParameter(annotations: Bool, allowStarAnnotation: Bool) throws -> Arg {
        let start = try tok
        let name = try expectName()
        var annotation: Expr?
        if annotations, try accept(.colon) {
            if allowStarAnnotation, try check(.star) {
                annotation = try parseStarExpression()
            } else {
                annotation = try parseExpression()
            }
        }
        return Arg(arg: name, annotation: annotation, range: range(from: start))
    }

    /// Call arguments after `open` (`(` already consumed) up to and including `)`.
    func parseCallArguments(open: Token, allowGenerator: Bool = true) throws -> ([Expr], [Keyword]) {
        bracketDepth += 1
        defer { bracketDepth -= 1 }
        var args: [Expr] = []
        var keywords: [Keyword] = []
        var seenKeyword = false
        var seenDoubleStar = false
        while !(try check(.rpar)) {
            let t = try tok
            if t.isOp(.star) {
                index += 1
                if seenDoubleStar {
                    throw error("iterable argument unpacking follows keyword argument unpacking", at: t.range)
                }
                let value = try parseExpression()
                let starred = Expr(.starred(.init(value: value, ctx: .load)), range(from: t))
                if try atComprehension() {
                    throw error("iterable unpacking cannot be used in comprehension", at: starred.range)
                }
                args.append(starred)
            } else if t.isOp(.doubleStar) {
                index += 1
                let value = try parseExpression()
                keywords.append(Keyword(arg: nil, value: value, range: range(from: t)))
                seenDoubleStar = true
            } else if case .name(let nameIndex) = t.kind, try peek(1).isOp(.equal) {
                let name = self.name(nameIndex)
                index += 2
                let value = try parseExpression()
                keywords.append(Keyword(arg: name, value: value, range: range(from: t)))
                seenKeyword = true
            } else {
                let e = try parseNamedExpression(inCall: true)
                if try atComprehension() {
                    if !allowGenerator && args.isEmpty && keywords.isEmpty { throw try invalidSyntax() }
                    let generators = try parseComprehensionClauses()
                    let closesCall = try check(.rpar)
                    if !args.isEmpty || !keywords.isEmpty || !closesCall {
                        throw error("Generator expression must be parenthesized", at: range(from: e.range))
                    }
                    try expect(.rpar)
                    let genexp = Expr(.generatorExp(.init(elt: e, generators: generators)), range(from: open))
                    return ([genexp], [])
                }
                if try check(.equal) {
                    index += 1
                    throw error("expression cannot contain assignment, perhaps you meant \"==\"?", at: range(from: e.range))
                }
                if seenDoubleStar {
                    throw error("positional argument follows keyword argument unpacking", at: try tok.range)
                }
                if seenKeyword {
                    throw error("positional argument follows keyword argument", at: try tok.range)
                }
                args.append(e)
            }
            guard try accept(.comma) else { break }
        }
        if !(try check(.rpar)) { throw try invalidSyntax() }
        index += 1
        return (args, keywords)
    }
}
