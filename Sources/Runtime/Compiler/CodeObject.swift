/// A compiled function, class body, comprehension or module.
public final class CodeObject {
    /// `co_name` (`<module>`, `f`, `<lambda>`, `<listcomp>`...).
    public let name: String
    /// Qualified name for reprs and TypeError messages.
    public let qualname: String
    /// Source filename.
    public let filename: String
    /// First source line.
    public let firstLine: Int
    /// The instructions.
    public internal(set) var instructions: [Instruction]
    /// Source line of each instruction.
    public internal(set) var lines: [Int32]
    /// Columns of each instruction's source span (CPython's `co_positions`),
    /// parallel to `lines`; `.unknown` where the compiler had no node.
    public internal(set) var positions: [CodePosition] = []
    /// Caret anchors of the binary-operator and subscript instructions whose
    /// node fits on one line, by instruction index (what CPython 3.11's
    /// traceback recovers by re-parsing the line).
    public internal(set) var anchors: [Int: CodeAnchor] = [:]
    /// Constants (literals, nested code objects wrapped in `PyCodeValue`, kw-name tuples).
    public internal(set) var constants: [Value]
    /// Names used by global/name/attribute instructions.
    public internal(set) var names: [PyStr]
    /// Fast locals: parameters first, then other locals.
    public internal(set) var varNames: [String]
    /// Cell variables (locals captured by inner functions).
    public internal(set) var cellNames: [String]
    /// Free variables (captured from enclosing functions).
    public internal(set) var freeNames: [String]
    /// For each cell variable that is also a parameter, its local index (else -1).
    public internal(set) var cellToArg: [Int]
    /// Parameter counts.
    public internal(set) var argCount = 0, posOnlyCount = 0, kwOnlyCount = 0
    /// `*args` / `**kwargs` present.
    public internal(set) var hasVarArgs = false, hasVarKeywords = false
    /// Body kind.
    public internal(set) var isGenerator = false, isCoroutine = false, isAsyncGenerator = false
    /// Executes with a dictionary for locals (module and class bodies).
    public internal(set) var usesNameDict = false
    /// Index of the local holding `self` for zero-argument `super()`, or -1.
    public internal(set) var firstArgIsCell = false
    /// Set by `types.coroutine`: generator objects of this code are awaitable.
    public var isIterableCoroutineFlag = false
    /// The docstring, if the body starts with one.
    public internal(set) var docstring: String?
    /// The instructions frames execute: `instructions` with fused forms
    /// (VM/Quickening.swift), made at the first frame.
    var executableStorage: [Instruction]?
    /// Inline caches of attribute reads and writes (VM/AttributeCache.swift).
    var attributeCacheStorage: UnsafeMutablePointer<AttributeCacheEntry>?
    /// Entries in `attributeCacheStorage`.
    var attributeCacheCount = 0

    deinit {
        releaseAttributeCache()
    }

    init(name: String, qualname: String, filename: String, firstLine: Int) {
        self.name = name
        self.qualname = qualname
        self.filename = filename
        self.firstLine = firstLine
        instructions = []; lines = []; constants = []; names = []
        varNames = []; cellNames = []; freeNames = []; cellToArg = []
    }

    /// Total parameter slots (positional + kw-only + varargs + varkw).
    public var totalArgs: Int { argCount + kwOnlyCount + (hasVarArgs ? 1 : 0) + (hasVarKeywords ? 1 : 0) }
}

/// Wraps a code object so it can sit in a constants table.
public final class PyCodeValue: PyObject {
    /// The code.
    public let code: CodeObject
    init(_ code: CodeObject) { self.code = code; super.init(type: nil) }
    public override var exactBuiltinType: PyType { BuiltinTypes.code }
}
