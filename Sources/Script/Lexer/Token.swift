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

/// The payloads of a token list: identifiers, numbers and string literals
/// by the index their token carries, so that `Token` itself is plain data
/// (copying one is a memory copy: no retain, no outlined value witness;
/// copies between the lexer and the parser were a third of parsing).
public struct TokenPayloads: Sendable {
    /// NAME texts (NFKC-normalised); `Token.Kind.name(i)` is `names[i]`.
    /// The soft keyword `match` is always entry `Token.matchName`.
    public internal(set) var names: [String] = ["match"]
    /// NUMBER values; `Token.Kind.number(i)` is `numbers[i]`.
    public internal(set) var numbers: [ConstantValue] = []
    /// STRING literals; `Token.Kind.string(i)` is `strings[i]`.
    public internal(set) var strings: [StringToken] = []

    /// An empty table (with `match` pre-entered).
    public init() {}

    /// The identifier of a NAME token, else nil.
    @inline(__always)
    public func name(_ t: Token) -> String? {
        if case .name(let i) = t.kind { return names[Int(i)] }
        return nil
    }

    /// Whether `t` is the NAME `s` (the soft keywords `match`, `case`, `_`, and `print`/`exec`/`type`).
    public func isName(_ t: Token, _ s: String) -> Bool {
        if case .name(let i) = t.kind { return names[Int(i)] == s }
        return false
    }

    mutating func addName(_ s: String) -> Int32 {
        if s == "match" { return Token.matchName }
        names.append(s)
        return Int32(truncatingIfNeeded: names.count - 1)
    }

    mutating func addNumber(_ v: ConstantValue) -> Int32 {
        numbers.append(v)
        return Int32(truncatingIfNeeded: numbers.count - 1)
    }

    mutating func addString(_ s: StringToken) -> Int32 {
        strings.append(s)
        return Int32(truncatingIfNeeded: strings.count - 1)
    }
}

/// One token with its source range. Plain data: a payload (identifier,
/// number, string literal) is an index into the lexer's `TokenPayloads`.
public struct Token: Sendable {
    /// The token type and payload index.
    public enum Kind: Sendable, Equatable {
        /// Index into `TokenPayloads.names`.
        case name(Int32)
        case keyword(HardKeyword)
        /// Index into `TokenPayloads.numbers`.
        case number(Int32)
        /// Index into `TokenPayloads.strings`.
        case string(Int32)
        case op(Punct)
        case newline
        case indent
        case dedent
        case endmarker
    }

    /// The payload index of the NAME `match` in every `TokenPayloads`.
    public static let matchName: Int32 = 0

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

    /// Whether this is a NAME token.
    @inline(__always)
    public var isName: Bool {
        if case .name = kind { return true }
        return false
    }
}
