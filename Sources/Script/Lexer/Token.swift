/// Tokens produced by `Lexer`, mirroring CPython's `tokenize` token types
/// (NAME, NUMBER, STRING, OP, NEWLINE, INDENT, DEDENT, ENDMARKER).

/// A hard keyword of Python 3.11 (soft keywords `match`, `case`, `_` are plain names).
public enum HardKeyword: String, Sendable, CaseIterable {
    case `false` = "False", none = "None", `true` = "True"
    case and, `as`, assert, async, await, `break`, `class`, `continue`, def, del
    case elif, `else`, except, finally, `for`, from, global, `if`, `import`, `in`
    case `is`, lambda, nonlocal, not, or, pass, raise, `return`, `try`, `while`
    case with, yield
}

/// An operator or delimiter token; the raw value is its spelling.
public enum Punct: String, Sendable, CaseIterable {
    case lpar = "(", rpar = ")", lsqb = "[", rsqb = "]", lbrace = "{", rbrace = "}"
    case colon = ":", comma = ",", semi = ";", dot = ".", ellipsis = "...", at = "@"
    case rarrow = "->", colonEqual = ":=", equal = "="
    case plus = "+", minus = "-", star = "*", slash = "/", doubleSlash = "//"
    case percent = "%", doubleStar = "**", vbar = "|", amper = "&", circumflex = "^"
    case tilde = "~", leftShift = "<<", rightShift = ">>"
    case less = "<", greater = ">", eqEqual = "==", notEqual = "!=", lessEqual = "<=", greaterEqual = ">="
    case plusEqual = "+=", minusEqual = "-=", starEqual = "*=", slashEqual = "/=", doubleSlashEqual = "//="
    case percentEqual = "%=", doubleStarEqual = "**=", vbarEqual = "|=", amperEqual = "&="
    case circumflexEqual = "^=", leftShiftEqual = "<<=", rightShiftEqual = ">>=", atEqual = "@="
    /// A character that starts no token (`$`, `?`, `!`, a backtick): CPython's ERRORTOKEN.
    case unknown = "?"
}

/// A string literal token: its prefix, and either its decoded value or (for
/// f-strings) the raw body for the parser to split into parts.
public struct StringToken: Sendable {
    /// `b` prefix.
    public var isBytes: Bool
    /// `r` prefix.
    public var isRaw: Bool
    /// `f` prefix.
    public var isFormatted: Bool
    /// `u` prefix (recorded as `Constant.kind == "u"`).
    public var isUnicode: Bool
    /// The decoded value (`.str` or `.bytes`); `.none` for f-strings.
    public var value: ConstantValue
    /// Byte offsets of the body (between the quotes) in the source.
    public var bodyStart: Int
    /// End (exclusive) of the body.
    public var bodyEnd: Int
    /// Line and 0-based byte column where the body starts.
    public var bodyLine: Int
    /// Column of `bodyStart` within `bodyLine`.
    public var bodyColumn: Int
    /// Why the body could not be decoded (bad escape, non-ASCII bytes); the parser reports it.
    var decodeFailure: StringDecoder.DecodeError?
}

/// One token with its source range.
public struct Token: Sendable {
    /// The token type and payload.
    public enum Kind: Sendable {
        case name(String)
        case keyword(HardKeyword)
        case number(ConstantValue)
        /// Boxed: a string token is large, and tokens are copied often.
        indirect case string(StringToken)
        case op(Punct)
        case newline
        case indent
        case dedent
        case endmarker
    }

    /// The token type and payload.
    public var kind: Kind
    /// Where the token is (lines 1-based, columns 0-based UTF-8 byte offsets).
    public var range: SourceRange
    /// Byte offset of the first byte in the source.
    public var start: Int
    /// Byte offset just past the token.
    public var end: Int

    /// Whether this is the given operator.
    @inline(__always)
    public func isOp(_ p: Punct) -> Bool {
        if case .op(let q) = kind { return p == q }
        return false
    }

    /// Whether this is the given keyword.
    @inline(__always)
    public func isKeyword(_ k: HardKeyword) -> Bool {
        if case .keyword(let q) = kind { return k == q }
        return false
    }

    /// The identifier if this is a NAME token (soft keywords included).
    public var name: String? {
        if case .name(let s) = kind { return s }
        return nil
    }

    /// Whether this is the NAME `s` (used for the soft keywords `match`, `case`, `_`).
    public func isName(_ s: String) -> Bool {
        if case .name(let n) = kind { return n == s }
        return false
    }
}
