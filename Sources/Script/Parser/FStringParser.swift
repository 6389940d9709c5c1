/// f-strings, split the way CPython 3.11 does it (`Parser/string_parser.c`):
/// the lexer hands over the raw body; here it is cut into literal text
/// (`{{`/`}}` un-doubled, escapes decoded unless raw) and `{expr!c:spec}`
/// fields whose expression text is lexed and parsed on its own.

/// Accumulates the parts of a `JoinedStr`, merging adjacent literal text.
struct FStringBuilder {
    var values: [Expr] = []
    var pending = ""
    let range: SourceRange

    init(range: SourceRange) {
        self.range = range
    }

    mutating func appendLiteral(_ s: String) {
        pending += s
    }

    mutating func flush() {
        if !pending.isEmpty {
            values.append(Expr(.constant(.init(value: .str(pending), kind: nil)), range))
            pending = ""
        }
    }

    mutating func appendField(_ e: Expr) {
        flush()
        values.append(e)
    }

    mutating func finish() -> [Expr] {
        flush()
        return values
    }
}

extension Parser {
    @inline(__always) func byte(_ i: Int, _ end: Int) -> UInt8 {
        i < end ? source.bytes[i] : 0
    }

    /// An error in the f-string itself; like CPython it points at the token after the string literals.
    func fstringError(_ message: String, at offset: Int) -> SyntaxError {
        let at = (try? tok.range) ?? previous.range
        let text = message.hasPrefix("expression part") ? "f-string " + message : "f-string: " + message
        return source.error(.syntaxError, text, line: at.line, byteColumn: at.column, end: (at.endLine, at.endColumn))
    }

    /// Parses f-string text from `i` (literal parts and fields) into `builder`.
    /// At `level` 0 it runs to the end of the body; inside a format spec
    /// (`level` 1) it stops at the `}` closing the field.
    func parseFStringBody(_ s: StringToken, _ i: inout Int, level: Int, into builder: inout FStringBuilder,
                          tokenRange: SourceRange) throws {
        let end = s.bodyEnd
        let bytes = source.bytes
        while true {
            // Literal text up to a `{` or `}` (doubled braces only un-double at the top level).
            let literalStart = i
            var literalEnd = i
            var doubled: UInt8?
            while i < end {
                let c = bytes[i]
                if !s.isRaw && c == UInt8(ascii: "\\") && i + 1 < end {
                    if bytes[i + 1] == UInt8(ascii: "N") && i + 2 < end && bytes[i + 2] == UInt8(ascii: "{") {
                        i += 3
                        while i < end && bytes[i] != UInt8(ascii: "}") { i += 1 }
                        if i < end { i += 1 }
                    } else {
                        i += 2
                    }
                    continue
                }
                if c == UInt8(ascii: "{") || c == UInt8(ascii: "}") {
                    if level == 0 {
                        if byte(i + 1, end) == c {
                            literalEnd = i
                            doubled = c
                            i += 2
                            break
                        }
                        if c == UInt8(ascii: "}") {
                            throw fstringError("single '}' is not allowed", at: i)
                        }
                    }
                    break
                }
                i += 1
            }
            if doubled == nil { literalEnd = i }
            if literalEnd > literalStart {
                let raw = bytes[literalStart..<literalEnd]
                do {
                    builder.appendLiteral(try StringDecoder.decodeString(raw, raw: s.isRaw))
                } catch let e as StringDecoder.DecodeError {
                    throw fstringError(e.message, at: literalStart)
                }
            }
            if let doubled {
                builder.appendLiteral(String(UnicodeScalar(doubled)))
                continue
            }
            if i >= end || bytes[i] == UInt8(ascii: "}") { break }
            // A `{` field.
            if level >= 2 {
                throw fstringError("expressions nested too deeply", at: i)
            }
            try parseFStringField(s, &i, level: level, into: &builder, tokenRange: tokenRange)
        }
        if level > 0 && (i >= end || bytes[i] != UInt8(ascii: "}")) {
            throw fstringError("expecting '}'", at: min(i, end))
        }
    }

    /// One `{expr[=][!c][:spec]}` field starting at the `{` at `i`.
    func parseFStringField(_ s: StringToken, _ i: inout Int, level: Int, into builder: inout FStringBuilder,
                           tokenRange: SourceRange) throws {
        let end = s.bodyEnd
        let bytes = source.bytes
        i += 1
        let exprStart = i
        var quote: UInt8 = 0
        var tripleQuote = false
        var stack: [UInt8] = []
        scan: while i < end {
            let c = bytes[i]
            if c == UInt8(ascii: "\\") {
                throw fstringError("expression part cannot include a backslash", at: i)
            }
            if quote != 0 {
                if c == quote {
                    if !tripleQuote {
                        quote = 0
                    } else if byte(i + 1, end) == c && byte(i + 2, end) == c {
                        quote = 0
                        i += 3
                        continue
                    }
                }
                i += 1
                continue
            }
            switch c {
            case UInt8(ascii: "'"), UInt8(ascii: "\""):
                tripleQuote = byte(i + 1, end) == c && byte(i + 2, end) == c
                quote = c
                if tripleQuote { i += 2 }
            case UInt8(ascii: "("), UInt8(ascii: "["), UInt8(ascii: "{"):
                if stack.count >= Lexer.maxBracketDepth {
                    throw fstringError("too many nested parenthesis", at: i)
                }
                stack.append(c)
            case UInt8(ascii: "#"):
                throw fstringError("expression part cannot include '#'", at: i)
            case UInt8(ascii: ")"), UInt8(ascii: "]"), UInt8(ascii: "}"):
                guard let open = stack.popLast() else {
                    if c == UInt8(ascii: "}") { break scan }
                    throw fstringError("unmatched '\(Character(UnicodeScalar(c)))'", at: i)
                }
                let matches = (open == UInt8(ascii: "(") && c == UInt8(ascii: ")"))
                    || (open == UInt8(ascii: "[") && c == UInt8(ascii: "]"))
                    || (open == UInt8(ascii: "{") && c == UInt8(ascii: "}"))
                if !matches {
                    throw fstringError("closing parenthesis '\(Character(UnicodeScalar(c)))' does not match opening parenthesis '\(Character(UnicodeScalar(open)))'", at: i)
                }
            case UInt8(ascii: "!"), UInt8(ascii: ":"), UInt8(ascii: "="), UInt8(ascii: "<"), UInt8(ascii: ">"):
                if stack.isEmpty {
                    if c != UInt8(ascii: ":") && byte(i + 1, end) == UInt8(ascii: "=") {
                        // `!=`, `==`, `<=`, `>=` belong to the expression.
                        i += 2
                        continue
                    }
                    if c != UInt8(ascii: "<") && c != UInt8(ascii: ">") { break scan }
                }
            default:
                break
            }
            i += 1
        }
        let exprEnd = i
        if quote != 0 { throw fstringError("unterminated string", at: exprStart) }
        if let open = stack.last {
            throw fstringError("unmatched '\(Character(UnicodeScalar(open)))'", at: exprStart)
        }
        if i >= end { throw fstringError("expecting '}'", at: exprStart) }
        let value = try parseFStringExpression(from: exprStart, to: exprEnd)
        var conversion = -1
        var selfDocumenting = false
        if bytes[i] == UInt8(ascii: "=") {
            i += 1
            while i < end, bytes[i] == UInt8(ascii: " ") || bytes[i] == UInt8(ascii: "\t") || bytes[i] == UInt8(ascii: "\n") {
                i += 1
            }
            if i >= end { throw fstringError("expecting '}'", at: exprStart) }
            builder.appendLiteral(String(decoding: bytes[exprStart..<i], as: UTF8.self))
            selfDocumenting = true
        }
        if bytes[i] == UInt8(ascii: "!") {
            i += 1
            if i >= end { throw fstringError("expecting '}'", at: exprStart) }
            let c = bytes[i]
            i += 1
            guard c == UInt8(ascii: "s") || c == UInt8(ascii: "r") || c == UInt8(ascii: "a") else {
                throw fstringError("invalid conversion character: expected 's', 'r', or 'a'", at: i)
            }
            conversion = Int(c)
        }
        var formatSpec: Expr?
        if i < end && bytes[i] == UInt8(ascii: ":") {
            i += 1
            if i >= end { throw fstringError("expecting '}'", at: exprStart) }
            // CPython gives a format spec the range of its own string token, not of the whole concatenation.
            var spec = FStringBuilder(range: tokenRange)
            try parseFStringBody(s, &i, level: level + 1, into: &spec, tokenRange: tokenRange)
            formatSpec = Expr(.joinedStr(.init(values: spec.finish())), tokenRange)
        }
        guard i < end && bytes[i] == UInt8(ascii: "}") else {
            throw fstringError("expecting '}'", at: min(i, end))
        }
        i += 1
        if selfDocumenting && formatSpec == nil && conversion == -1 {
            conversion = Int(UInt8(ascii: "r"))
        }
        builder.appendField(Expr(.formattedValue(.init(value: value, conversion: conversion, formatSpec: formatSpec)),
                                 builder.range))
    }

    /// Lexes and parses the expression text of one field (as if parenthesised).
    func parseFStringExpression(from start: Int, to end: Int) throws -> Expr {
        let blank = source.bytes[start..<end].allSatisfy {
            $0 == UInt8(ascii: " ") || $0 == UInt8(ascii: "\t") || $0 == UInt8(ascii: "\n") || $0 == 0x0C
        }
        if blank {
            let terminator = end < source.bytes.count ? source.bytes[end] : UInt8(ascii: "}")
            if terminator == UInt8(ascii: "}") { throw fstringError("empty expression not allowed", at: end) }
            throw fstringError("expression required before '\(Character(UnicodeScalar(terminator)))'", at: end)
        }
        let lexer = Lexer(source, start: start, end: end, line: source.line(ofOffset: start),
                          openBrackets: bracketDepth + 1)
        let (tokens, lexError) = lexer.tokenize()
        let sub = Parser(source: source, tokens: tokens, payloads: lexer.payloads, lexError: lexError.map(Parser.fstringPrefixed), nesting: nesting)
        sub.inFString = true
        sub.bracketDepth = bracketDepth + 1
        var e: Expr
        if try sub.check(.yield) {
            e = try sub.parseYieldExpression()
        } else {
            e = try sub.parseStarExpressions()
            if try sub.atComprehension() {
                // CPython parses the field as `(expr)`, so `f"{x for x in y}"` is a generator expression.
                let generators = try sub.parseComprehensionClauses()
                e = Expr(.generatorExp(.init(elt: e, generators: generators)), e.range)
            }
        }
        guard case .endmarker = try sub.tok.kind else { throw try sub.invalidSyntax() }
        switch e.kind {
        case .tuple, .generatorExp:
            // Those take the range of CPython's implicit parentheses: from `{` to the end of the field.
            let line = source.line(ofOffset: start - 1)
            let endLine = source.line(ofOffset: end)
            e.range = SourceRange(line: line, column: start - 1 - source.lineStarts[line - 1],
                                  endLine: endLine, endColumn: end + 1 - source.lineStarts[endLine - 1])
        default:
            break
        }
        return e
    }

    static func fstringPrefixed(_ e: SyntaxError) -> SyntaxError {
        var e = e
        if !e.message.hasPrefix("f-string") { e.message = "f-string: " + e.message }
        return e
    }
}
