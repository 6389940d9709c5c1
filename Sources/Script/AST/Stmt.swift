/// Statement nodes of the AST; see `Expr.swift` for the conventions
/// (mirrors CPython 3.11's `ast` module node for node).

/// `ast.Module`: a whole program.
public struct Module: Sendable {
    /// The top-level statements.
    public var body: [Stmt]
    /// The filename given to the parser (for error messages and tracebacks).
    public var filename: String
    /// The program text; `source.error(...)` builds a compile-time `SyntaxError` with
    /// CPython's character offset and the offending line from a node's byte column.
    public var source: SourceText? = nil
}

/// `ast.stmt`: a statement node with its source range.
public struct Stmt: Sendable {
    /// Which `ast` statement class this is, with its fields.
    public var kind: Kind
    /// Where the statement is in the source (a compound statement spans its whole body).
    public var range: SourceRange

    /// Creates a statement node.
    public init(_ kind: Kind, _ range: SourceRange) {
        self.kind = kind
        self.range = range
    }

    /// 1-based line (`lineno`).
    public var line: Int { range.line }
    /// 0-based UTF-8 column (`col_offset`).
    public var column: Int { range.column }

    /// One case per `ast` statement class.
    public indirect enum Kind: Sendable {
        case functionDef(FunctionDef)
        case asyncFunctionDef(FunctionDef)
        case classDef(ClassDef)
        case `return`(Return)
        case delete(Delete)
        case assign(Assign)
        case augAssign(AugAssign)
        case annAssign(AnnAssign)
        case `for`(For)
        case asyncFor(For)
        case `while`(While)
        case `if`(If)
        case with(With)
        case asyncWith(With)
        case match(Match)
        case raise(Raise)
        case `try`(Try)
        case tryStar(Try)
        case assert(Assert)
        case `import`(Import)
        case importFrom(ImportFrom)
        case global(Global)
        case nonlocal(Nonlocal)
        case expr(ExprStmt)
        case pass
        case `break`
        case `continue`
    }

    /// `def name(args) -> returns: body` (also `AsyncFunctionDef`, which has the same fields).
    public struct FunctionDef: Sendable {
        public var name: String
        public var args: Arguments
        public var body: [Stmt]
        public var decoratorList: [Expr]
        public var returns: Expr?
    }
    /// `class name(bases, keywords): body`.
    public struct ClassDef: Sendable {
        public var name: String
        public var bases: [Expr]
        public var keywords: [Keyword]
        public var body: [Stmt]
        public var decoratorList: [Expr]
    }
    /// `return value`.
    public struct Return: Sendable { public var value: Expr? }
    /// `del targets`.
    public struct Delete: Sendable { public var targets: [Expr] }
    /// `t1 = t2 = value`.
    public struct Assign: Sendable { public var targets: [Expr]; public var value: Expr }
    /// `target op= value`.
    public struct AugAssign: Sendable { public var target: Expr; public var op: Operator; public var value: Expr }
    /// `target: annotation = value`; `simple` is 1 for a bare (unparenthesised) name target.
    public struct AnnAssign: Sendable { public var target: Expr; public var annotation: Expr; public var value: Expr?; public var simple: Int }
    /// `for target in iter: body else: orelse` (also `AsyncFor`).
    public struct For: Sendable { public var target: Expr; public var iter: Expr; public var body: [Stmt]; public var orelse: [Stmt] }
    /// `while test: body else: orelse`.
    public struct While: Sendable { public var test: Expr; public var body: [Stmt]; public var orelse: [Stmt] }
    /// `if test: body else: orelse` (`elif` is a nested `If` as the only `orelse` statement).
    public struct If: Sendable { public var test: Expr; public var body: [Stmt]; public var orelse: [Stmt] }
    /// `with items: body` (also `AsyncWith`).
    public struct With: Sendable { public var items: [WithItem]; public var body: [Stmt] }
    /// `match subject: cases`.
    public struct Match: Sendable { public var subject: Expr; public var cases: [MatchCase] }
    /// `raise exc from cause`.
    public struct Raise: Sendable { public var exc: Expr?; public var cause: Expr? }
    /// `try: body except...: handlers else: orelse finally: finalbody` (also `TryStar` for `except*`).
    public struct Try: Sendable {
        public var body: [Stmt]
        public var handlers: [ExceptHandler]
        public var orelse: [Stmt]
        public var finalbody: [Stmt]
    }
    /// `assert test, msg`.
    public struct Assert: Sendable { public var test: Expr; public var msg: Expr? }
    /// `import a.b as c, d`.
    public struct Import: Sendable { public var names: [Alias] }
    /// `from ..module import a as b`; `module` is nil for `from . import x`, `level` counts the dots.
    public struct ImportFrom: Sendable { public var module: String?; public var names: [Alias]; public var level: Int }
    /// `global a, b`.
    public struct Global: Sendable { public var names: [String] }
    /// `nonlocal a, b`.
    public struct Nonlocal: Sendable { public var names: [String] }
    /// An expression statement (`ast.Expr`).
    public struct ExprStmt: Sendable { public var value: Expr }
}

/// `ast.excepthandler` (`ExceptHandler`): `except type as name: body`.
public struct ExceptHandler: Sendable {
    public var type: Expr?
    public var name: String?
    public var body: [Stmt]
    public var range: SourceRange
}

/// `ast.alias`: `name as asname` in an import (`name` may be dotted, or `*`).
public struct Alias: Sendable {
    public var name: String
    public var asname: String?
    public var range: SourceRange
}

/// `ast.withitem`: `context_expr as optional_vars`.
public struct WithItem: Sendable {
    public var contextExpr: Expr
    public var optionalVars: Expr?
}

/// `ast.match_case`: `case pattern if guard: body`.
public struct MatchCase: Sendable {
    public var pattern: Pattern
    public var `guard`: Expr?
    public var body: [Stmt]
}
