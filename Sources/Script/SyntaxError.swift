/// The error the lexer and parser throw for a program that does not compile.
///
/// Mirrors CPython's `SyntaxError` family: `kind` says which class
/// (`SyntaxError`, `IndentationError`, `TabError`) or `NotImplementedError`
/// for valid Python outside the supported subset.
public struct SyntaxError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The Python exception class the error corresponds to.
    public enum Kind: String, Sendable, Equatable {
        case syntaxError = "SyntaxError"
        case indentationError = "IndentationError"
        case tabError = "TabError"
        case notImplementedError = "NotImplementedError"
    }

    /// Which Python exception class this is.
    public var kind: Kind
    /// CPython's message, e.g. `"invalid syntax"`, `"expected ':'"`.
    public var message: String
    /// The file name given to the parser.
    public var filename: String
    /// 1-based line of the error.
    public var line: Int
    /// 1-based column in characters (unicode scalars), like CPython's `SyntaxError.offset`.
    public var column: Int
    /// The offending source line without its line terminator (`SyntaxError.text`), if known.
    public var text: String?
    /// 1-based last line of the offending range (`end_lineno`), if known.
    public var endLine: Int?
    /// 1-based column just past the offending range (`end_offset`, in characters), if known;
    /// a traceback underlines `column..<endColumn` with carets when both are on `line`.
    public var endColumn: Int?

    /// Creates an error.
    public init(_ kind: Kind = .syntaxError, _ message: String, filename: String = "<string>",
                line: Int, column: Int, text: String? = nil) {
        self.kind = kind
        self.message = message
        self.filename = filename
        self.line = line
        self.column = column
        self.text = text
    }

    /// `SyntaxError: invalid syntax (line 3, column 5)`.
    public var description: String {
        "\(kind.rawValue): \(message) (\(filename), line \(line), column \(column))"
    }
}
