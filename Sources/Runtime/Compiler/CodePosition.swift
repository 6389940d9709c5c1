import Script

/// The source span of one instruction beyond its line: what a CPython 3.11
/// traceback underlines with carets. Columns are 0-based UTF-8 byte offsets
/// within their line, like the AST's (`col_offset`, `end_col_offset`).
public struct CodePosition: Equatable, Sendable {
    /// First column, or -1 when unknown.
    public var column: Int32
    /// Last line of the span.
    public var endLine: Int32
    /// Column just past the span on `endLine`, or -1 when unknown.
    public var endColumn: Int32

    /// No columns: a traceback shows the line without carets.
    public static let unknown = CodePosition(column: -1, endLine: -1, endColumn: -1)

    /// Creates a position from its parts.
    public init(column: Int32, endLine: Int32, endColumn: Int32) {
        self.column = column
        self.endLine = endLine
        self.endColumn = endColumn
    }

    /// The columns of an AST node's range.
    init(_ range: SourceRange) {
        self.init(column: Int32(truncatingIfNeeded: range.column), endLine: Int32(truncatingIfNeeded: range.endLine),
                  endColumn: Int32(truncatingIfNeeded: range.endColumn))
    }

    /// Whether the columns are known.
    public var isKnown: Bool { column >= 0 && endColumn >= 0 }
}

/// Where a traceback splits an instruction's span into operands (`~`) and
/// the operation itself (`^`): CPython 3.11 does it for binary operators
/// (`a + b` -> `~~^~~`) and subscripts (`d[k]` -> `~^^^`). Offsets are UTF-8
/// byte columns of the line; the traceback module finds the operator itself
/// in the text between them.
public struct CodeAnchor: Equatable, Sendable {
    /// Which node the span belongs to.
    public enum Kind: Int, Sendable {
        /// `left op right`: `from` is the end of `left`, `to` the start of `right`.
        case binaryOperator = 1
        /// `value[slice]`: `from` is the end of `value`, `to` the end of `slice`.
        case subscription = 2
    }

    /// The node kind.
    public var kind: Kind
    /// See `Kind`.
    public var from: Int32
    /// See `Kind`.
    public var to: Int32
}
