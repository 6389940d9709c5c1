/// Pattern nodes of `match` statements; mirrors CPython 3.11's `ast.pattern`
/// classes (see `Expr.swift` for the conventions).

/// `ast.pattern`: a `case` pattern with its source range.
public struct Pattern: Sendable {
    /// Which `ast` pattern class this is, with its fields.
    public var kind: Kind
    /// Where the pattern is in the source.
    public var range: SourceRange

    /// Creates a pattern node.
    public init(_ kind: Kind, _ range: SourceRange) {
        self.kind = kind
        self.range = range
    }

    /// 1-based line (`lineno`).
    public var line: Int { range.line }
    /// 0-based UTF-8 column (`col_offset`).
    public var column: Int { range.column }

    /// One case per `ast` pattern class.
    public indirect enum Kind: Sendable {
        case matchValue(MatchValue)
        case matchSingleton(MatchSingleton)
        case matchSequence(MatchSequence)
        case matchMapping(MatchMapping)
        case matchClass(MatchClass)
        case matchStar(MatchStar)
        case matchAs(MatchAs)
        case matchOr(MatchOr)
    }

    /// A literal or dotted-name value compared with `==`.
    public struct MatchValue: Sendable { public var value: Expr }
    /// `None`, `True` or `False`, compared with `is`.
    public struct MatchSingleton: Sendable { public var value: ConstantValue }
    /// `[p, q, *rest]` / `(p, q)`.
    public struct MatchSequence: Sendable { public var patterns: [Pattern] }
    /// `{key: p, **rest}`.
    public struct MatchMapping: Sendable { public var keys: [Expr]; public var patterns: [Pattern]; public var rest: String? }
    /// `Cls(p, kw=q)`.
    public struct MatchClass: Sendable {
        public var cls: Expr
        public var patterns: [Pattern]
        public var kwdAttrs: [String]
        public var kwdPatterns: [Pattern]
    }
    /// `*name` in a sequence pattern (`name == nil` for `*_`).
    public struct MatchStar: Sendable { public var name: String? }
    /// `pattern as name`, a capture `name` (pattern nil), or the wildcard `_` (both nil).
    public struct MatchAs: Sendable { public var pattern: Pattern?; public var name: String? }
    /// `p | q | r`.
    public struct MatchOr: Sendable { public var patterns: [Pattern] }
}
