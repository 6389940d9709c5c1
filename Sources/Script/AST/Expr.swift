/// The abstract syntax tree of the scenario language.
///
/// The tree mirrors CPython 3.11's `ast` module node for node: every class of
/// `ast` is a nested type of the same name here, with the same fields, in the
/// same order. Field names are camel-cased (`kw_defaults` -> `kwDefaults`,
/// `decorator_list` -> `decoratorList`, `format_spec` -> `formatSpec`,
/// `is_async` -> `isAsync`, `context_expr` -> `contextExpr`,
/// `optional_vars` -> `optionalVars`, `func` is spelled `` `func` ``); CPython's
/// `type_comment` fields are left out.
///
/// Entry point: `Parser.parse(_ source: String, filename: String) throws -> Module`;
/// it throws `SyntaxError` (see `SyntaxError.swift`) with CPython 3.11's message,
/// line and 1-based character column (and end). It parses on its own 64 MiB-stack
/// thread (`LargeStack`), so callers on small stacks are safe; the tree it returns
/// is at most about `Parser.maxNesting` (1000) levels deep. `Module.source` keeps
/// the text: `module.source?.error(.syntaxError, "...", at: node.range)` gives the
/// compiler CPython-style errors. `ASTDump.dump(module)` prints exactly what
/// CPython's `ast.dump(ast.parse(source))` prints (the tests compare the two).
///
/// Left to the compiler, as in CPython: `'return'`/`'yield'`/`'await'` outside a
/// (async) function, `global`/`nonlocal` rules, duplicate parameters, starred
/// assignment rules, `from x import *` placement.
///
/// Shape: `Expr`, `Stmt`, `Pattern` are structs holding a `kind` enum (one case
/// per `ast` class, payload is the nested struct of that name) plus a
/// `SourceRange`. Nodes are values; the parser never shares them.
///
/// Positions follow CPython: `line` is 1-based, `column` is the 0-based
/// UTF-8 byte offset in the line (CPython's `col_offset`); `endLine` and
/// `endColumn` likewise (`end_lineno`, `end_col_offset`).
public struct SourceRange: Hashable, Sendable {
    /// 1-based first line.
    public var line: Int
    /// 0-based UTF-8 byte offset of the first character within `line`.
    public var column: Int
    /// 1-based last line.
    public var endLine: Int
    /// 0-based UTF-8 byte offset just past the last character within `endLine`.
    public var endColumn: Int

    /// Creates a range; the end defaults to the start.
    public init(line: Int, column: Int, endLine: Int? = nil, endColumn: Int? = nil) {
        self.line = line
        self.column = column
        self.endLine = endLine ?? line
        self.endColumn = endColumn ?? column
    }
}

/// `expr_context`: whether a name/attribute/subscript/list/tuple/starred is read, assigned or deleted.
public enum ExprContext: String, Hashable, Sendable {
    case load = "Load", store = "Store", del = "Del"
}

/// `boolop`.
public enum BoolOperator: String, Hashable, Sendable {
    case and = "And", or = "Or"
}

/// `operator`: binary arithmetic operators (also used by `AugAssign`).
public enum Operator: String, Hashable, Sendable {
    case add = "Add", sub = "Sub", mult = "Mult", matMult = "MatMult", div = "Div"
    case mod = "Mod", pow = "Pow", lShift = "LShift", rShift = "RShift"
    case bitOr = "BitOr", bitXor = "BitXor", bitAnd = "BitAnd", floorDiv = "FloorDiv"
}

/// `unaryop`.
public enum UnaryOperator: String, Hashable, Sendable {
    case invert = "Invert", not = "Not", uAdd = "UAdd", uSub = "USub"
}

/// `cmpop`.
public enum CmpOperator: String, Hashable, Sendable {
    case eq = "Eq", notEq = "NotEq", lt = "Lt", ltE = "LtE", gt = "Gt", gtE = "GtE"
    case `is` = "Is", isNot = "IsNot", `in` = "In", notIn = "NotIn"
}

/// The value of an `ast.Constant`.
public enum ConstantValue: Hashable, Sendable {
    case none
    case `true`
    case `false`
    case ellipsis
    /// An int literal that fits in `Int` (64-bit).
    case int(Int)
    /// An int literal too large for `Int`: its decimal digits, or for a
    /// `0x`/`0o`/`0b` literal its lowercase prefix and digits (no sign, no
    /// underscores, no leading zeros).
    case bigInt(String)
    case float(Double)
    /// An imaginary literal (`2j`): the imaginary part of a complex with a zero real part.
    case imaginary(Double)
    case str(String)
    case bytes([UInt8])
}

/// `ast.expr`: an expression node with its source range.
public struct Expr: Sendable {
    /// Which `ast` expression class this is, with its fields.
    public var kind: Kind
    /// Where the expression is in the source.
    public var range: SourceRange

    /// Creates an expression node.
    public init(_ kind: Kind, _ range: SourceRange) {
        self.kind = kind
        self.range = range
    }

    /// 1-based line (`lineno`).
    public var line: Int { range.line }
    /// 0-based UTF-8 column (`col_offset`).
    public var column: Int { range.column }

    /// One case per `ast` expression class.
    public indirect enum Kind: Sendable {
        case boolOp(BoolOp)
        case namedExpr(NamedExpr)
        case binOp(BinOp)
        case unaryOp(UnaryOp)
        case lambda(Lambda)
        case ifExp(IfExp)
        case dict(Dict)
        case set(Set)
        case listComp(ListComp)
        case setComp(SetComp)
        case dictComp(DictComp)
        case generatorExp(GeneratorExp)
        case await(Await)
        case yield(Yield)
        case yieldFrom(YieldFrom)
        case compare(Compare)
        case call(Call)
        case formattedValue(FormattedValue)
        case joinedStr(JoinedStr)
        case constant(Constant)
        case attribute(Attribute)
        case `subscript`(Subscript)
        case starred(Starred)
        case name(Name)
        case list(List)
        case tuple(Tuple)
        case slice(Slice)
    }

    /// `a and b and c` / `a or b`.
    public struct BoolOp: Sendable { public var op: BoolOperator; public var values: [Expr] }
    /// `target := value`.
    public struct NamedExpr: Sendable { public var target: Expr; public var value: Expr }
    /// `left op right`.
    public struct BinOp: Sendable { public var left: Expr; public var op: Operator; public var right: Expr }
    /// `op operand`.
    public struct UnaryOp: Sendable { public var op: UnaryOperator; public var operand: Expr }
    /// `lambda args: body`.
    public struct Lambda: Sendable { public var args: Arguments; public var body: Expr }
    /// `body if test else orelse`.
    public struct IfExp: Sendable { public var test: Expr; public var body: Expr; public var orelse: Expr }
    /// `{k: v, **d}`: a `nil` key is a `**d` unpacking whose mapping is the matching value.
    public struct Dict: Sendable { public var keys: [Expr?]; public var values: [Expr] }
    /// `{a, b}`.
    public struct Set: Sendable { public var elts: [Expr] }
    /// `[elt for ...]`.
    public struct ListComp: Sendable { public var elt: Expr; public var generators: [Comprehension] }
    /// `{elt for ...}`.
    public struct SetComp: Sendable { public var elt: Expr; public var generators: [Comprehension] }
    /// `{key: value for ...}`.
    public struct DictComp: Sendable { public var key: Expr; public var value: Expr; public var generators: [Comprehension] }
    /// `(elt for ...)`.
    public struct GeneratorExp: Sendable { public var elt: Expr; public var generators: [Comprehension] }
    /// `await value`.
    public struct Await: Sendable { public var value: Expr }
    /// `yield` / `yield value`.
    public struct Yield: Sendable { public var value: Expr? }
    /// `yield from value`.
    public struct YieldFrom: Sendable { public var value: Expr }
    /// `left op0 c0 op1 c1 ...` (chained comparison).
    public struct Compare: Sendable { public var left: Expr; public var ops: [CmpOperator]; public var comparators: [Expr] }
    /// `func(*args, **keywords)`; positional `*x` is a `Starred` in `args`, `**x` is a keyword with `arg == nil`.
    public struct Call: Sendable { public var `func`: Expr; public var args: [Expr]; public var keywords: [Keyword] }
    /// One `{value!conversion:format_spec}` field of an f-string.
    /// `conversion` is -1 (none), 115 (`!s`), 114 (`!r`) or 97 (`!a`); `formatSpec` is a `JoinedStr`.
    public struct FormattedValue: Sendable { public var value: Expr; public var conversion: Int; public var formatSpec: Expr? }
    /// An f-string: `Constant` str parts and `FormattedValue`s.
    public struct JoinedStr: Sendable { public var values: [Expr] }
    /// A literal; `kind` is `"u"` for `u"..."` strings, else `nil`.
    public struct Constant: Sendable { public var value: ConstantValue; public var kind: String? }
    /// `value.attr`.
    public struct Attribute: Sendable { public var value: Expr; public var attr: String; public var ctx: ExprContext }
    /// `value[slice]` (`slice` is a `Slice`, a `Tuple` for `a[1:2, 3]`, or any expression).
    public struct Subscript: Sendable { public var value: Expr; public var slice: Expr; public var ctx: ExprContext }
    /// `*value` (in calls, displays and assignment targets).
    public struct Starred: Sendable { public var value: Expr; public var ctx: ExprContext }
    /// An identifier.
    public struct Name: Sendable { public var id: String; public var ctx: ExprContext }
    /// `[a, b]`.
    public struct List: Sendable { public var elts: [Expr]; public var ctx: ExprContext }
    /// `(a, b)` / `a, b`.
    public struct Tuple: Sendable { public var elts: [Expr]; public var ctx: ExprContext }
    /// `lower:upper:step` (only inside a subscript).
    public struct Slice: Sendable { public var lower: Expr?; public var upper: Expr?; public var step: Expr? }
}

/// `ast.comprehension`: one `for target in iter if ...` clause.
public struct Comprehension: Sendable {
    public var target: Expr
    public var iter: Expr
    public var ifs: [Expr]
    /// `async for` clause.
    public var isAsync: Bool
}

/// `ast.keyword`: `arg=value` in a call or class definition; `arg == nil` means `**value`.
public struct Keyword: Sendable {
    public var arg: String?
    public var value: Expr
    public var range: SourceRange
}

/// `ast.arg`: one parameter.
public struct Arg: Sendable {
    public var arg: String
    public var annotation: Expr?
    public var range: SourceRange
}

/// `ast.arguments`: a parameter list. `defaults` apply to the last
/// `posonlyargs + args`; `kwDefaults` is parallel to `kwonlyargs` (`nil` = required).
public struct Arguments: Sendable {
    public var posonlyargs: [Arg] = []
    public var args: [Arg] = []
    public var vararg: Arg? = nil
    public var kwonlyargs: [Arg] = []
    public var kwDefaults: [Expr?] = []
    public var kwarg: Arg? = nil
    public var defaults: [Expr] = []

    /// An empty parameter list.
    public init() {}
}
