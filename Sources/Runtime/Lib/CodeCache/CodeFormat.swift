/// The layout shared by `CodeEncoder` and `CodeDecoder` (the payload of a
/// cache entry). A payload is a string table followed by one code tree:
///
///     strings: count, then per string its UTF-8 length and bytes
///     code:    name qualname filename (string indexes), firstLine,
///              flags (CodeFlags), argCount posOnlyCount kwOnlyCount,
///              [docstring], instructions (count, then op byte + arg each),
///              lines (one delta per instruction), positions (column,
///              endLine, endColumn per instruction), anchors (count, then
///              index, kind, from, to in index order), constants (count,
///              then tagged values), names varNames cellNames freeNames
///              (count, then string indexes), cellToArg (count, then values)
///
/// Counts and indexes are LEB128 varints; signed fields are zigzag varints.
/// Strings are deduplicated by their UTF-8 bytes (never by `String`
/// equality, which would merge canonically equivalent strings).
/// Change `CodeFormat.version` whenever anything here or in the compiler's
/// output changes shape.
enum CodeFormat {
    /// Bumped on every change of the payload or file layout.
    static let version: UInt32 = 2
    /// Deepest nesting of code objects and tuples a payload may have.
    static let maximumDepth = 200
    /// Bound on each parameter count of a decoded code object.
    static let maximumParameters = 1 << 24

    /// Tags of the constants table.
    enum Tag: UInt8 {
        case none = 0, falseValue, trueValue, int, float, str, bigInt, bytes, complex, ellipsis, tuple, emptyTuple, code
        /// The `except*` clause type check the compiler loads (`ExceptStarTypeCheck`).
        case exceptStarCheck
    }
}

/// The Boolean fields of a `CodeObject`, one bit each.
struct CodeFlags: OptionSet {
    let rawValue: UInt64
    static let hasVarArgs = CodeFlags(rawValue: 1 << 0)
    static let hasVarKeywords = CodeFlags(rawValue: 1 << 1)
    static let isGenerator = CodeFlags(rawValue: 1 << 2)
    static let isCoroutine = CodeFlags(rawValue: 1 << 3)
    static let isAsyncGenerator = CodeFlags(rawValue: 1 << 4)
    static let usesNameDict = CodeFlags(rawValue: 1 << 5)
    static let firstArgIsCell = CodeFlags(rawValue: 1 << 6)
    static let isIterableCoroutine = CodeFlags(rawValue: 1 << 7)
    static let hasDocstring = CodeFlags(rawValue: 1 << 8)
    /// Every bit a valid payload may set.
    static let all = CodeFlags(rawValue: (1 << 9) - 1)

    /// The flags of `code`.
    init(of code: CodeObject) {
        var f = CodeFlags()
        if code.hasVarArgs { f.insert(.hasVarArgs) }
        if code.hasVarKeywords { f.insert(.hasVarKeywords) }
        if code.isGenerator { f.insert(.isGenerator) }
        if code.isCoroutine { f.insert(.isCoroutine) }
        if code.isAsyncGenerator { f.insert(.isAsyncGenerator) }
        if code.usesNameDict { f.insert(.usesNameDict) }
        if code.firstArgIsCell { f.insert(.firstArgIsCell) }
        if code.isIterableCoroutineFlag { f.insert(.isIterableCoroutine) }
        if code.docstring != nil { f.insert(.hasDocstring) }
        self = f
    }

    init(rawValue: UInt64) { self.rawValue = rawValue }

    /// Sets the Boolean fields of `code` (the docstring is set apart).
    func apply(to code: CodeObject) {
        code.hasVarArgs = contains(.hasVarArgs)
        code.hasVarKeywords = contains(.hasVarKeywords)
        code.isGenerator = contains(.isGenerator)
        code.isCoroutine = contains(.isCoroutine)
        code.isAsyncGenerator = contains(.isAsyncGenerator)
        code.usesNameDict = contains(.usesNameDict)
        code.firstArgIsCell = contains(.firstArgIsCell)
        code.isIterableCoroutineFlag = contains(.isIterableCoroutine)
    }
}
