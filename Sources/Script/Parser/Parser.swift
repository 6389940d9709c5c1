/// Turns program text into an AST `Module` by recursive descent over the
/// token list, following CPython 3.11's grammar (`Grammar/python.gram`)
/// rule for rule where the AST shape depends on it.
///
/// Entry point: `Parser.parse(_:filename:)`. Errors are `SyntaxError` values
/// with CPython's wording where practical. Nesting is bounded: the lexer
/// allows at most 200 open brackets and 100 indentation levels, and the
/// parser counts its own nesting (`maxNesting`), so hostile input ends in a
/// `SyntaxError`, never a stack overflow, and the AST it returns is at most
/// about `maxNesting` levels deep (safe for recursive tree walks).
///
/// Checks left to the compiler (CPython does them in its symbol table /
/// compiler too, after `ast.parse` succeeds): `'return' outside function`,
/// `'await' outside (async) function`, `'yield' outside function`,
/// `nonlocal`/`global` placement, duplicate parameter names, starred
/// assignment rules (`*a = 1`, two starred targets), `from x import *`
/// inside a function.
public final class Parser {
    /// Nesting units (expressions within expressions, blocks, operator chains) allowed before
    /// "too many nested expressions"; CPython itself fails somewhere between 2000 and 3000.
    public static let maxNesting = 1000

    let source: SourceText
    var tokens: [Token]
    /// The identifiers, numbers and strings the tokens refer to.
    let payloads: TokenPayloads
    /// The lexer's error, due when the parser reaches the end of `tokens`.
    let lexError: SyntaxError?
    var index = 0
    /// The furthest token index looked at (CPython's "last token fetched", used to place errors).
    var furthest = 0
    /// Set while `invalidSyntax` parses ahead speculatively, to stop it from recursing.
    var speculating = false
    var nesting = 0
    /// Open brackets around the current position (for "Perhaps you forgot a comma?").
    var bracketDepth = 0
    /// Whether errors are reported with CPython's "f-string: " prefix.
    var inFString = false
    /// Start of the most recently completed `expression` (where "Perhaps you forgot a comma?" points).
    var lastExpressionStart: SourceRange?
    /// Token index just after that expression.
    var lastExpressionEnd = -1

    /// Parses a whole program.
    ///
    /// - Throws: `SyntaxError` (with kind, CPython's message, line, column and
    ///   the offending line) for a program that is not valid, or uses a
    ///   construct outside the supported subset (`kind == .notImplementedError`).
    public static func parse(_ source: String, filename: String = "<string>") throws -> Module {
        try parse(SourceText(source, filename: filename))
    }

    /// Parses a program already indexed as `SourceText`.
    ///
    /// Runs on a dedicated thread with a `LargeStack.size` stack, so the
    /// nesting the limits allow can never overflow the caller's stack
    /// (a debug build needs a few MiB for 200 nested brackets).
    public static func parse(_ text: SourceText) throws -> Module {
        try LargeStack.run { try parseOnCurrentThread(text) }
    }

    /// Parses on the calling thread (which needs a stack of several MiB for hostile nesting).
    public static func parseOnCurrentThread(_ text: SourceText) throws -> Module {
        if let nul = text.bytes.firstIndex(of: 0) {
            // CPython refuses such source before tokenizing (comments included).
            let line = text.line(ofOffset: nul)
            throw text.error(.syntaxError, "source code string cannot contain null bytes",
                             line: line, byteColumn: nul - text.lineStarts[line - 1])
        }
        let lexer = Lexer(text)
        let (tokens, error) = lexer.tokenize()
        let parser = Parser(source: text, tokens: tokens, payloads: lexer.payloads, lexError: error)
        do {
            let body = try parser.parseFile()
            return Module(body: body, filename: text.filename, source: text)
        } catch let e as SyntaxError {
            throw parser.preferringLexerError(over: e)
        }
    }

    /// CPython tokenizes the rest of the file after a parse error: a tokenizer error found
    /// there wins, except indentation errors and "unexpected EOF", and an unclosed bracket
    /// only if it was opened on a line before the one where parsing failed.
    func preferringLexerError(over e: SyntaxError) -> SyntaxError {
        guard let lexError, e != lexError, e.message != "too many nested expressions",
              e.message != "unexpected indent", e.message != "unexpected unindent" else { return e }
        switch lexError.kind {
        case .indentationError, .tabError:
            return e
        default:
            break
        }
        if lexError.message == "unexpected EOF while parsing"
            || lexError.message == "unexpected character after line continuation character" { return e }
        if lexError.message.hasSuffix("was never closed") {
            let failed = tokens.isEmpty ? 0 : tokens[min(max(index, furthest), tokens.count - 1)].range.line
            return failed > lexError.line ? lexError : e
        }
        return lexError
    }

    init(source: SourceText, tokens: [Token], payloads: TokenPayloads, lexError: SyntaxError?, nesting: Int = 0) {
        self.source = source
        self.tokens = tokens
        self.payloads = payloads
        self.lexError = lexError
        self.nesting = nesting
    }

    // MARK: - Token access

    /// The current token; reaching the lexer's error point throws that error.
    /// (Inlined: it runs for nearly every token; the error is built out of line.)
    var tok: Token {
        @inline(__always) get throws {
            if index > furthest { furthest = index }
            if index < tokens.count { return tokens[index] }
            throw endOfTokens()
        }
    }

    /// The token `k` places ahead of the current one (throws at the lexer's error point).
    @inline(__always)
    func peek(_ k: Int) throws -> Token {
        if index + k > furthest { furthest = index + k }
        if index + k < tokens.count { return tokens[index + k] }
        throw endOfTokens()
    }

    /// What reading past the last token throws: the lexer's error, else "unexpected EOF".
    @inline(never)
    func endOfTokens() -> SyntaxError {
        lexError ?? source.error(.syntaxError, "unexpected EOF while parsing",
                                 line: source.lineStarts.count, byteColumn: 0)
    }

    /// The last consumed token other than NEWLINE/INDENT/DEDENT (where a node's range ends).
    var previous: Token {
        var i = min(index, tokens.count) - 1
        while i > 0 {
            switch tokens[i].kind {
            case .newline, .indent, .dedent: i -= 1
            default: return tokens[i]
            }
        }
        return i == 0 ? tokens[0] : Token(kind: .endmarker, range: SourceRange(line: 1, column: 0), start: 0, end: 0)
    }

    @discardableResult
    func advance() throws -> Token {
        let t = try tok
        index += 1
        return t
    }

    /// `index`, checked as `tok` checks it, for looking at the current
    /// token in place: the checks below run for nearly every token, and
    /// `tok` returns a copy (its payload retained and released).
    @inline(__always)
    private func current() throws -> Int {
        if index > furthest { furthest = index }
        if index < tokens.count { return index }
        throw endOfTokens()
    }

    func check(_ p: Punct) throws -> Bool { tokens[try current()].isOp(p) }
    func check(_ k: HardKeyword) throws -> Bool { tokens[try current()].isKeyword(k) }

    func accept(_ p: Punct) throws -> Bool {
        if tokens[try current()].isOp(p) { index += 1; return true }
        return false
    }

    func accept(_ k: HardKeyword) throws -> Bool {
        if tokens[try current()].isKeyword(k) { index += 1; return true }
        return false
    }

    /// Consumes `p` or fails with "invalid syntax" (CPython only says "expected" for `:` after a header).
    @discardableResult
    func expect(_ p: Punct) throws -> Token {
        let t = try tok
        guard t.isOp(p) else { throw try invalidSyntax() }
        index += 1
        return t
    }

    /// Consumes a NAME token and returns its text.
    func expectName() throws -> String {
        let t = try tok
        guard case .name(let i) = t.kind else { throw try invalidSyntax() }
        index += 1
        return payloads.names[Int(i)]
    }

    /// The identifier of NAME payload index `i`.
    @inline(__always)
    func name(_ i: Int32) -> String { payloads.names[Int(i)] }

    /// Whether `t` is the NAME `s` (soft keywords, `print`, `exec`, `type`).
    func isName(_ t: Token, _ s: String) -> Bool { payloads.isName(t, s) }

    /// The range from `start` to the end of the last consumed token.
    func range(from start: Token) -> SourceRange {
        let last = previous
        return SourceRange(line: start.range.line, column: start.range.column,
                           endLine: last.range.endLine, endColumn: last.range.endColumn)
    }

    /// The range from the start of `start` to the end of the last consumed token.
    func range(from start: SourceRange) -> SourceRange {
        let last = previous
        return SourceRange(line: start.line, column: start.column,
                           endLine: last.range.endLine, endColumn: last.range.endColumn)
    }

    // MARK: - Nesting bound

    /// Counts one nesting unit; fails past `maxNesting`.
    func enter() throws {
        nesting += 1
        if nesting > Parser.maxNesting {
            let t = (try? tok) ?? previous
            throw error("too many nested expressions", at: t.range)
        }
    }

    func leave(_ count: Int = 1) {
        nesting -= count
    }

    // MARK: - Errors

    /// A SyntaxError at the start of `range`.
    func error(_ message: String, at range: SourceRange, kind: SyntaxError.Kind = .syntaxError) -> SyntaxError {
        var e = source.error(kind, message, line: range.line, byteColumn: range.column,
                             end: (range.endLine, range.endColumn))
        if inFString && kind == .syntaxError && !message.hasPrefix("f-string") {
            e.message = "f-string: " + message
        }
        return e
    }

    /// "expected X" at token `t` (CPython points at the token where X was due).
    func expected(_ what: String, at t: Token) -> SyntaxError {
        if case .indent = t.kind { return unexpectedIndent(t) }
        if index >= tokens.count - 1, let lexError { return lexError }
        return error("expected \(what)", at: t.range)
    }

    func unexpectedIndent(_ t: Token) -> SyntaxError {
        var e = source.error(.indentationError, "unexpected indent", line: t.range.line,
                             byteColumn: max(0, t.range.endColumn - 1))
        e.kind = .indentationError
        return e
    }

    /// The generic "invalid syntax" at the current token, replaced by a lexer
    /// error further on if there is one (CPython re-tokenizes the rest of the file).
    func invalidSyntax() throws -> SyntaxError {
        let t = (try? tok) ?? previous
        if let lexError, index >= tokens.count { return lexError }
        // CPython reports a generic error at the furthest token its first pass fetched.
        let reported = furthest > index && furthest < tokens.count ? tokens[furthest] : t
        if !speculating && Parser.canStartExpression(t) {
            // CPython's error pass tries to read an expression here (`invalid_expression`);
            // how far that reads decides whether an unclosed bracket gets the blame.
            let saved = (index, nesting, bracketDepth, lastExpressionStart, lastExpressionEnd)
            speculating = true
            let following = try? parseExpression()
            _ = try? tok
            speculating = false
            (index, nesting, bracketDepth, lastExpressionStart, lastExpressionEnd) = saved
            // `invalid_expression`: two complete expressions side by side inside brackets.
            if following != nil, bracketDepth > 0, lastExpressionEnd == index, let start = lastExpressionStart,
               !(isName(previous, "print") || isName(previous, "exec")) {
                var span = start
                span.endLine = following?.range.endLine ?? t.range.endLine
                span.endColumn = following?.range.endColumn ?? t.range.endColumn
                return error("invalid syntax. Perhaps you forgot a comma?", at: span)
            }
        }
        switch t.kind {
        case .indent: return unexpectedIndent(t)
        case .dedent:
            return source.error(.indentationError, "unexpected unindent", line: t.range.line, byteColumn: t.range.column)
        default: break
        }
        if case .indent = reported.kind { return unexpectedIndent(reported) }
        return error("invalid syntax", at: reported.range)
    }

    static func canEndExpression(_ t: Token) -> Bool {
        switch t.kind {
        case .name, .number, .string: return true
        case .keyword(let k): return k == .none || k == .true || k == .false
        case .op(let p): return p == .rpar || p == .rsqb || p == .rbrace || p == .ellipsis
        default: return false
        }
    }

    static func canStartExpression(_ t: Token) -> Bool {
        switch t.kind {
        case .name, .number, .string: return true
        case .keyword(let k): return k == .none || k == .true || k == .false || k == .lambda || k == .not || k == .await
        case .op(let p):
            return p == .lpar || p == .lsqb || p == .lbrace || p == .minus || p == .plus || p == .tilde || p == .ellipsis
        default: return false
        }
    }
}
