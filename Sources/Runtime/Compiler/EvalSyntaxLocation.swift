import Script

/// Where CPython 3.11 reports "invalid syntax" for `eval`/`compile(...,
/// 'eval')` source that parses as statements rather than one expression.
///
/// CPython's eval grammar is `expressions NEWLINE* ENDMARKER`, so the error
/// is the first token the expression cannot take: a statement keyword at
/// the start (`pass`, `import os`), the operator of an assignment
/// (`x = 1`, `x += 1`, `x: int`), or what follows the first expression
/// (`1; 2`, the second line of `1\n2`). The error spans that token.
enum EvalSyntaxLocation {
    /// The SyntaxError for `module`, whose statements are not a single expression.
    static func error(_ module: Module, filename: String) -> SyntaxError {
        guard let first = module.body.first else {
            return SyntaxError(.syntaxError, "invalid syntax", filename: filename, line: 0, column: 0)
        }
        guard let source = module.source else {
            return SyntaxError(.syntaxError, "invalid syntax", filename: filename,
                               line: first.line, column: first.column + 1)
        }
        let (line, start, length) = token(after: first, next: module.body.dropFirst().first, source)
        return source.error(.syntaxError, "invalid syntax", line: line, byteColumn: start,
                            end: (line, start + length))
    }

    /// Statement keywords: eval input starting with one fails at it, whatever follows.
    private static let statementKeywords: Set<String> = [
        "if", "elif", "else", "for", "while", "def", "class", "import", "from", "return", "del", "pass",
        "break", "continue", "raise", "global", "nonlocal", "try", "except", "finally", "with", "assert", "async",
    ]

    /// A parse error of eval input as CPython's eval grammar reports it:
    /// at a leading statement keyword, and with offset 0 at the end of
    /// input that has no final newline (the eval tokenizer's end marker).
    static func parseError(_ e: SyntaxError, source text: String) -> SyntaxError {
        guard e.kind == .syntaxError else { return e }
        let source = SourceText(text, filename: e.filename)
        let (line, start, length) = wordToken(line: 1, column: 0, source)
        let word = source.lineText(1).utf8.prefix(length)
        if statementKeywords.contains(String(decoding: word, as: UTF8.self)) {
            return source.error(.syntaxError, "invalid syntax", line: line, byteColumn: start, end: (line, start + length))
        }
        let lastLine = source.lineStarts.count
        if e.message == "invalid syntax", e.line == lastLine, text.last != "\n",
           e.column > source.lineText(lastLine).unicodeScalars.count {
            var moved = e
            moved.column = 0
            moved.endLine = e.line
            moved.endColumn = 0
            return moved
        }
        return e
    }

    /// The offending token: its line, 0-based byte column and byte length.
    private static func token(after first: Stmt, next: Stmt?, _ source: SourceText) -> (Int, Int, Int) {
        switch first.kind {
        case .assign(let a):
            if let target = a.targets.first { return operatorToken(after: target.range, source) }
        case .augAssign(let a):
            return operatorToken(after: a.target.range, source)
        case .annAssign(let a):
            return operatorToken(after: a.target.range, source)
        case .expr(let e):
            switch e.value.kind {
            case .yield, .yieldFrom: return wordToken(line: first.line, column: first.column, source)
            case .starred: return (first.line, first.column, 1)
            default: break
            }
            // What follows the expression: a `;` on its line, else the next statement.
            let (line, column) = skipBlanks(line: first.range.endLine, column: first.range.endColumn, source, closers: false)
            if byte(line, column, source) == UInt8(ascii: ";") { return (line, column, 1) }
            if let next { return wordToken(line: next.line, column: next.column, source) }
            return (line, column, 1)
        default:
            break
        }
        // A statement that starts with its keyword (`pass`, `import`, `del`, `async`, ...).
        return wordToken(line: first.line, column: first.column, source)
    }

    /// The assignment operator after a target (past blanks and the target's closing parentheses).
    private static func operatorToken(after target: SourceRange, _ source: SourceText) -> (Int, Int, Int) {
        let (line, column) = skipBlanks(line: target.endLine, column: target.endColumn, source, closers: true)
        var length = 0
        while let b = byte(line, column + length, source), length < 3,
              "=+-*/%@&|^<>:".utf8.contains(b) {
            length += 1
            if b == UInt8(ascii: "=") || b == UInt8(ascii: ":") { break }
        }
        return (line, column, max(length, 1))
    }

    /// An identifier-like token (a keyword) at a position, or one byte.
    private static func wordToken(line: Int, column: Int, _ source: SourceText) -> (Int, Int, Int) {
        var length = 0
        while let b = byte(line, column + length, source),
              b == UInt8(ascii: "_") || (b >= 0x30 && b <= 0x39) || ((b | 0x20) >= 0x61 && (b | 0x20) <= 0x7A) {
            length += 1
        }
        return (line, column, max(length, 1))
    }

    private static func skipBlanks(line: Int, column: Int, _ source: SourceText, closers: Bool) -> (Int, Int) {
        var c = column
        while let b = byte(line, c, source),
              b == UInt8(ascii: " ") || b == UInt8(ascii: "\t") || (closers && b == UInt8(ascii: ")")) {
            c += 1
        }
        return (line, c)
    }

    /// The byte at a 0-based column of a 1-based line (nil past the line's end).
    private static func byte(_ line: Int, _ column: Int, _ source: SourceText) -> UInt8? {
        guard line >= 1, line <= source.lineStarts.count, column >= 0 else { return nil }
        let i = source.lineStarts[line - 1] + column
        guard i < source.bytes.count, source.bytes[i] != UInt8(ascii: "\n") else { return nil }
        return source.bytes[i]
    }
}
