/// Splits program text into tokens the way CPython 3.11's tokenizer does:
/// INDENT/DEDENT from a stack of indentation widths (tabs to multiples of 8,
/// cross-checked with tabs as width 1 to detect `TabError`), NEWLINE only at
/// the end of a logical line outside brackets, backslash continuation,
/// comments, and at most `maxBracketDepth` open brackets.
///
/// Lexing never throws: it returns the tokens it produced up to the first
/// error, plus that error, so the parser can report a precise parser error
/// that comes before it in the text (as CPython does, tokenizing lazily).
public final class Lexer {
    /// CPython's MAXLEVEL: more open brackets is "too many nested parentheses".
    public static let maxBracketDepth = 200
    /// CPython's MAXINDENT: this many indentation levels is "too many levels of indentation".
    public static let maxIndentDepth = 100

    let source: SourceText
    let bytes: [UInt8]
    var pos: Int
    let end: Int
    var line: Int
    var lineStart: Int
    var indents: [Int] = [0]
    var altIndents: [Int] = [0]
    var brackets: [(punct: Punct, line: Int, column: Int)] = []
    var tokens: [Token] = []
    /// The identifiers, numbers and string literals the tokens refer to.
    public internal(set) var payloads = TokenPayloads()
    var atLineStart = true
    /// Whether a token was produced on the current logical line (so a NEWLINE is due).
    var lineHasTokens = false
    /// f-string expressions are lexed as if inside brackets: no NEWLINE/INDENT.
    let implicitlyBracketed: Bool
    /// Brackets already open around an f-string expression (they count toward the limit).
    var outerBrackets = 0

    /// Prepares to tokenize the whole of `source`.
    public init(_ source: SourceText) {
        self.source = source
        self.bytes = source.bytes
        self.pos = 0
        self.end = source.bytes.count
        self.line = 1
        self.lineStart = 0
        self.implicitlyBracketed = false
        // About one token per six bytes of library code: no regrowth while lexing.
        tokens.reserveCapacity(source.bytes.count / 6 + 16)
    }

    /// Prepares to tokenize the bytes `start..<end` of `source` as the inside of
    /// brackets (used for the expressions of f-strings); `line` is the line of `start`.
    public init(_ source: SourceText, start: Int, end: Int, line: Int, openBrackets: Int = 0) {
        self.source = source
        self.bytes = source.bytes
        self.pos = start
        self.end = min(end, source.bytes.count)
        self.line = line
        self.lineStart = line >= 1 && line <= source.lineStarts.count ? source.lineStarts[line - 1] : 0
        self.implicitlyBracketed = true
        self.atLineStart = false
        self.outerBrackets = openBrackets
    }

    /// Tokenizes everything; returns the tokens (always ending in ENDMARKER
    /// unless an error stopped the lexer) and the first error, if any.
    public func tokenize() -> (tokens: [Token], error: SyntaxError?) {
        do {
            try run()
            return (tokens, nil)
        } catch let error as SyntaxError {
            return (tokens, error)
        } catch {
            return (tokens, source.error(.syntaxError, "\(error)", line: line, byteColumn: pos - lineStart))
        }
    }

    // MARK: - Helpers

    @inline(__always) func peek(_ offset: Int = 0) -> UInt8 {
        let i = pos + offset
        return i < end ? bytes[i] : 0
    }

    @inline(__always) var column: Int { pos - lineStart }

    func fail(_ message: String, line: Int? = nil, byteColumn: Int? = nil,
              kind: SyntaxError.Kind = .syntaxError) -> SyntaxError {
        source.error(kind, message, line: line ?? self.line, byteColumn: byteColumn ?? column)
    }

    func newLine() {
        line += 1
        lineStart = pos
    }

    func emit(_ kind: Token.Kind, start: Int, line startLine: Int, column startColumn: Int) {
        tokens.append(Token(kind: kind,
                            range: SourceRange(line: startLine, column: startColumn,
                                               endLine: line, endColumn: column),
                            start: start, end: pos))
        switch kind {
        case .newline, .indent, .dedent, .endmarker: break
        default: lineHasTokens = true
        }
    }

    // MARK: - Main loop

    func run() throws {
        while true {
            if atLineStart {
                atLineStart = false
                if brackets.isEmpty && !implicitlyBracketed { try indentation() }
            }
            skipBlanks()
            if pos >= end {
                try finish()
                return
            }
            let c = bytes[pos]
            switch c {
            case UInt8(ascii: "#"):
                while pos < end && bytes[pos] != UInt8(ascii: "\n") { pos += 1 }
            case UInt8(ascii: "\n"):
                if brackets.isEmpty && !implicitlyBracketed && lineHasTokens {
                    let startCol = column
                    pos += 1
                    tokens.append(Token(kind: .newline,
                                        range: SourceRange(line: line, column: startCol, endLine: line, endColumn: startCol),
                                        start: pos - 1, end: pos))
                    lineHasTokens = false
                } else {
                    pos += 1
                }
                newLine()
                atLineStart = true
            case UInt8(ascii: "\\"):
                if peek(1) == UInt8(ascii: "\n") {
                    if pos + 2 >= end {
                        throw fail("unexpected EOF while parsing", byteColumn: column + 1)
                    }
                    pos += 2
                    newLine()
                } else if pos + 1 >= end {
                    throw fail("unexpected EOF while parsing", byteColumn: column + 1)
                } else {
                    throw fail("unexpected character after line continuation character", byteColumn: column + 1)
                }
            case UInt8(ascii: "0")...UInt8(ascii: "9"):
                try number()
            case UInt8(ascii: "."):
                if case UInt8(ascii: "0")...UInt8(ascii: "9") = peek(1) {
                    try number()
                } else {
                    try punctuation()
                }
            case UInt8(ascii: "\""), UInt8(ascii: "'"):
                try string(prefixStart: pos)
            default:
                if isIdentifierStartByte(c) {
                    try identifierOrPrefixedString()
                } else {
                    try punctuation()
                }
            }
        }
    }

    func skipBlanks() {
        while pos < end {
            let c = bytes[pos]
            if c == UInt8(ascii: " ") || c == UInt8(ascii: "\t") || c == 0x0C {
                pos += 1
            } else {
                break
            }
        }
    }

    /// End of input: close the logical line, report unclosed brackets, unwind indentation.
    func finish() throws {
        if let open = brackets.last {
            throw source.error(.syntaxError, "'\(open.punct.rawValue)' was never closed",
                               line: open.line, byteColumn: open.column)
        }
        if lineHasTokens && !implicitlyBracketed {
            // The implicit NEWLINE at end of input has no width, as in CPython.
            tokens.append(Token(kind: .newline,
                                range: SourceRange(line: line, column: column, endLine: line, endColumn: column),
                                start: pos, end: pos))
            lineHasTokens = false
        }
        // After a final newline CPython places DEDENT/ENDMARKER at the end of the last line.
        var eofLine = line
        var eofColumn = column
        if pos > 0 && bytes[pos - 1] == UInt8(ascii: "\n") && line > 1 && !implicitlyBracketed {
            eofLine = line - 1
            eofColumn = pos - 1 - source.lineStarts[line - 2]
        }
        func eofToken(_ kind: Token.Kind) {
            tokens.append(Token(kind: kind, range: SourceRange(line: eofLine, column: eofColumn),
                                start: pos, end: pos))
        }
        if !implicitlyBracketed {
            while indents.count > 1 {
                indents.removeLast()
                altIndents.removeLast()
                eofToken(.dedent)
            }
        }
        eofToken(.endmarker)
    }

    /// Measures the indentation of a new line and emits INDENT/DEDENT (CPython's `tok_get` at `atbol`).
    func indentation() throws {
        var col = 0
        var altCol = 0
        var i = pos
        while i < end {
            let c = bytes[i]
            if c == UInt8(ascii: " ") {
                col += 1
                altCol += 1
            } else if c == UInt8(ascii: "\t") {
                col = (col / 8 + 1) * 8
                altCol += 1
            } else if c == 0x0C {
                col = 0
                altCol = 0
            } else {
                break
            }
            i += 1
        }
        // Blank lines and comment-only lines do not affect indentation.
        if i >= end || bytes[i] == UInt8(ascii: "#") || bytes[i] == UInt8(ascii: "\n") { return }
        let textColumn = i - lineStart
        let top = indents[indents.count - 1]
        if col == top {
            if altCol != altIndents[altIndents.count - 1] {
                throw fail("inconsistent use of tabs and spaces in indentation", byteColumn: 0, kind: .tabError)
            }
        } else if col > top {
            if indents.count >= Lexer.maxIndentDepth {
                throw fail("too many levels of indentation", byteColumn: 0, kind: .indentationError)
            }
            if altCol <= altIndents[altIndents.count - 1] {
                throw fail("inconsistent use of tabs and spaces in indentation", byteColumn: 0, kind: .tabError)
            }
            indents.append(col)
            altIndents.append(altCol)
            pos = i
            emit(.indent, start: lineStart, line: line, column: 0)
            tokens[tokens.count - 1].range.column = 0
        } else {
            var dedents = 0
            while indents.count > 1 && col < indents[indents.count - 1] {
                indents.removeLast()
                altIndents.removeLast()
                dedents += 1
            }
            if col != indents[indents.count - 1] {
                var lineEnd = i
                while lineEnd < end && bytes[lineEnd] != UInt8(ascii: "\n") { lineEnd += 1 }
                throw fail("unindent does not match any outer indentation level",
                           byteColumn: lineEnd - lineStart, kind: .indentationError)
            }
            if altCol != altIndents[altIndents.count - 1] {
                throw fail("inconsistent use of tabs and spaces in indentation", byteColumn: 0, kind: .tabError)
            }
            pos = i
            for _ in 0..<dedents {
                emit(.dedent, start: pos, line: line, column: textColumn)
            }
        }
        pos = i
    }
}
