import Script

/// Compiles an AST module to bytecode.
public enum Compiler {
    /// Compiles a parsed module; throws `SyntaxError` for constructs the compiler rejects.
    public static func compile(_ module: Module, filename: String) throws -> CodeObject {
        throw SyntaxError(.notImplementedError, "compiler not written yet", filename: filename, line: 1, column: 1)
    }
}
