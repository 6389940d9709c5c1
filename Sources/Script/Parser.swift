/// Turns program text into an AST `Module`.
public struct Parser {
    /// Parses a whole program.
    ///
    /// - Throws: `SyntaxError` (with kind, CPython's message, line, column and
    ///   the offending line) for a program that is not valid, or uses a
    ///   construct outside the supported subset (`kind == .notImplementedError`).
    public static func parse(_ source: String, filename: String = "<string>") throws -> Module {
        throw SyntaxError(.notImplementedError, "parser not written yet", filename: filename, line: 1, column: 1)
    }
}
