import Script

/// Accumulates one code object's instructions, line table, constants and
/// names while the compiler walks a scope.
final class CodeBuilder {
    let scope: Scope
    let code: CodeObject
    /// The line of the next instruction; setting it alone forgets the
    /// columns (statement-level instructions get their span from
    /// `locate(_:)`).
    var line = 1 { didSet { position = .unknown } }
    /// The columns of the next instruction.
    var position = CodePosition.unknown
    private var constIndex: [ConstKey: Int] = [:]
    private var nameIndex: [String: Int] = [:]
    private var localIndex: [String: Int] = [:]
    private var cellIndex: [String: Int] = [:]
    /// The compilation's shared identifier strings.
    private let nameTable: NameTable
    /// Unwinding context for break/continue/return.
    var fblocks: [FBlock] = []

    init(scope: Scope, name: String, qualname: String, filename: String, firstLine: Int, names: NameTable) {
        self.scope = scope
        nameTable = names
        code = CodeObject(name: name, qualname: qualname, filename: filename, firstLine: firstLine)
        line = firstLine
        // Room for a typical body's names and locals: growing these
        // dictionaries one rehash at a time was a tenth of compiling.
        nameIndex.reserveCapacity(8)
        if scope.isFunctionLike {
            localIndex.reserveCapacity(scope.bound.count)
            for p in scope.params { _ = local(p) }
            for n in scope.bound where scope.lookup(mangled: n) == .local { _ = local(n) }
        }
        let cells = scope.cells.sorted()
        for (i, c) in cells.enumerated() { cellIndex[c] = i }
        code.cellNames = cells
        code.cellToArg = cells.map { c in scope.params.firstIndex(of: c) ?? -1 }
        let frees = scope.frees.subtracting(scope.cells).sorted()
        for (i, f) in frees.enumerated() { cellIndex[f] = cells.count + i }
        code.freeNames = frees
    }

    /// The next instruction's index.
    var here: Int { code.instructions.count }

    @discardableResult
    func emit(_ op: Opcode, _ arg: Int = 0) -> Int {
        code.instructions.append(Instruction(op, Int32(truncatingIfNeeded: arg)))
        code.lines.append(Int32(truncatingIfNeeded: line))
        code.positions.append(position)
        return code.instructions.count - 1
    }

    /// Attributes the next instructions to `range` (line and columns).
    func locate(_ range: SourceRange) {
        line = range.line
        position = CodePosition(range)
    }

    /// The current location, to restore after compiling a sub-node.
    var location: (line: Int, position: CodePosition) {
        get { (line, position) }
        set { line = newValue.line; position = newValue.position }
    }

    /// Records caret anchors for the instruction at `index`.
    func anchor(_ index: Int, _ anchor: CodeAnchor) {
        code.anchors[index] = anchor
    }

    /// Points the jump at `index` to `target` (default: here).
    func patch(_ index: Int, _ target: Int? = nil) {
        code.instructions[index].arg = Int32(target ?? here)
    }

    func local(_ n: String) -> Int {
        if let i = localIndex[n] { return i }
        let i = code.varNames.count
        code.varNames.append(n)
        localIndex[n] = i
        return i
    }

    func cell(_ n: String) -> Int? { cellIndex[n] }

    func name(_ n: String) -> Int {
        if let i = nameIndex[n] { return i }
        let i = code.names.count
        code.names.append(nameTable.intern(n))
        nameIndex[n] = i
        return i
    }

    func constant(_ v: Value, key: ConstKey?) -> Int {
        if let k = key, let i = constIndex[k] { return i }
        let i = code.constants.count
        code.constants.append(v)
        if let k = key { constIndex[k] = i }
        return i
    }

    func loadConst(_ v: Value, key: ConstKey?) { emit(.loadConst, constant(v, key: key)) }
    func loadNone() { loadConst(.none, key: ConstKey.none) }
}

/// Deduplication key of simple constants.
enum ConstKey: Hashable {
    case none, bool(Bool), int(Int), float(UInt64), big(String), ellipsis
    /// A tuple of constants that all have keys.
    indirect case tuple([ConstKey])
    /// A `str` by its UTF-8 bytes: Swift's `String` equality is canonical
    /// equivalence, which would merge `"\u00e9"` with `"e\u0301"`.
    case strBytes(UTF8Key)

    /// The key of a `str` constant.
    static func str(_ s: String) -> ConstKey { .strBytes(UTF8Key(text: s)) }
}

/// A string compared and hashed by its UTF-8 bytes, without copying them
/// into an array (hashing a `[UInt8]` combines it byte by byte: a tenth of
/// compiling the library was spent keying its string constants).
struct UTF8Key: Hashable {
    let text: String

    static func == (a: UTF8Key, b: UTF8Key) -> Bool {
        a.text.utf8.count == b.text.utf8.count && a.text.utf8.elementsEqual(b.text.utf8)
    }

    func hash(into hasher: inout Hasher) {
        var text = self.text
        text.withUTF8 { hasher.combine(bytes: UnsafeRawBufferPointer($0)) }
    }
}

/// What must be undone when `break`/`continue`/`return` leaves a block.
final class FBlock {
    enum Kind {
        case whileLoop, forLoop, asyncForLoop
        case tryExcept                // SETUP_FINALLY of a try body
        case tryFinally([Stmt])       // SETUP_FINALLY with a finally body to run
        case finallyHandler           // running a finally body on the exception path
        case exceptHandler(String?)   // inside an except clause (name to clear)
        case namedExceptHandler(String) // inside `except E as name:` (its cleanup block around the body)
        case with(Bool)               // with / async with (true)
        case handlerCleanup           // cleanup block around an exception handler
    }
    let kind: Kind
    /// For `with`: the statement's line, which CPython gives the __exit__ call.
    var line = 0
    var continueTarget = 0
    var breakJumps: [Int] = []
    init(_ kind: Kind) { self.kind = kind }
    var isLoop: Bool {
        switch kind { case .whileLoop, .forLoop, .asyncForLoop: return true; default: return false }
    }
}
