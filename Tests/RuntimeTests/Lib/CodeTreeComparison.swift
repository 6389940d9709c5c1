import Foundation
@testable import Runtime

/// Compares two `CodeObject` trees field by field, constants deeply, and
/// checks that both share objects in the same pattern (the interned name
/// strings of one compilation are shared; every other constant is its own
/// object), which is what gives both trees the same frozen identities.
struct CodeTreeComparison {
    /// The stored properties of `CodeObject` the comparison covers, plus the
    /// runtime-only attribute cache and executable (fused) instructions,
    /// which are derived from the rest. A new field fails the round-trip test
    /// until it is serialized and compared here.
    static let knownFields: Set<String> = [
        "name", "qualname", "filename", "firstLine", "instructions", "lines", "positions", "anchors",
        "constants", "names", "varNames", "cellNames", "freeNames", "cellToArg", "argCount", "posOnlyCount",
        "kwOnlyCount", "hasVarArgs", "hasVarKeywords", "isGenerator", "isCoroutine", "isAsyncGenerator",
        "usesNameDict", "firstArgIsCell", "isIterableCoroutineFlag", "docstring",
        "attributeCacheStorage", "attributeCacheCount", "executableStorage",
    ]

    /// Differences found, as `path: what`.
    private(set) var differences: [String] = []
    private var leftIdentities: [ObjectIdentifier: Int] = [:]
    private var rightIdentities: [ObjectIdentifier: Int] = [:]
    /// Code objects compared.
    private(set) var codeCount = 0

    /// The differences between two trees (empty when equal).
    static func differences(_ a: CodeObject, _ b: CodeObject) -> [String] {
        var c = CodeTreeComparison()
        c.compare(a, b, path: a.qualname)
        return c.differences
    }

    private mutating func note(_ path: String, _ what: String) {
        if differences.count < 50 { differences.append("\(path): \(what)") }
    }

    private mutating func check<T: Equatable>(_ a: T, _ b: T, _ path: String, _ field: String) {
        if a != b { note(path, "\(field) \(a) != \(b)") }
    }

    /// Strings compared by UTF-8 bytes (`String ==` is canonical equivalence).
    private mutating func check(strings a: [String], _ b: [String], _ path: String, _ field: String) {
        check(a.map { Array($0.utf8) }, b.map { Array($0.utf8) }, path, field)
    }

    /// Both objects must be the same-numbered object of their tree.
    private mutating func checkIdentity(_ a: PyObject, _ b: PyObject, _ path: String) {
        let ia = leftIdentities[ObjectIdentifier(a)] ?? { let n = leftIdentities.count; leftIdentities[ObjectIdentifier(a)] = n; return n }()
        let ib = rightIdentities[ObjectIdentifier(b)] ?? { let n = rightIdentities.count; rightIdentities[ObjectIdentifier(b)] = n; return n }()
        if ia != ib { note(path, "object sharing differs (\(ia) vs \(ib))") }
    }

    private mutating func compare(_ a: CodeObject, _ b: CodeObject, path: String) {
        codeCount += 1
        let fields = Set(Mirror(reflecting: a).children.compactMap(\.label))
        if fields != CodeTreeComparison.knownFields {
            note(path, "CodeObject fields changed: \(fields.symmetricDifference(CodeTreeComparison.knownFields).sorted())")
        }
        check(strings: [a.name, a.qualname, a.filename], [b.name, b.qualname, b.filename], path, "names")
        check(a.firstLine, b.firstLine, path, "firstLine")
        check(a.instructions.map(\.op), b.instructions.map(\.op), path, "opcodes")
        check(a.instructions.map(\.arg), b.instructions.map(\.arg), path, "args")
        check(a.lines, b.lines, path, "lines")
        check(a.positions, b.positions, path, "positions")
        check(a.anchors, b.anchors, path, "anchors")
        check(a.names.count, b.names.count, path, "names.count")
        for (x, y) in zip(a.names, b.names) {
            check(strings: [x.value], [y.value], path, "name")
            check(x.typeStorage == nil, y.typeStorage == nil, path, "name type")
            checkIdentity(x, y, path + ".names")
        }
        check(strings: a.varNames, b.varNames, path, "varNames")
        check(strings: a.cellNames, b.cellNames, path, "cellNames")
        check(strings: a.freeNames, b.freeNames, path, "freeNames")
        check(a.cellToArg, b.cellToArg, path, "cellToArg")
        check([a.argCount, a.posOnlyCount, a.kwOnlyCount], [b.argCount, b.posOnlyCount, b.kwOnlyCount], path, "counts")
        check([a.hasVarArgs, a.hasVarKeywords, a.isGenerator, a.isCoroutine, a.isAsyncGenerator, a.usesNameDict,
               a.firstArgIsCell, a.isIterableCoroutineFlag],
              [b.hasVarArgs, b.hasVarKeywords, b.isGenerator, b.isCoroutine, b.isAsyncGenerator, b.usesNameDict,
               b.firstArgIsCell, b.isIterableCoroutineFlag], path, "flags")
        check(a.docstring.map { Array($0.utf8) }, b.docstring.map { Array($0.utf8) }, path, "docstring")
        check(a.constants.count, b.constants.count, path, "constants.count")
        for (i, (x, y)) in zip(a.constants, b.constants).enumerated() {
            compare(x, y, path: "\(path).constants[\(i)]")
        }
    }

    private mutating func compare(_ a: Value, _ b: Value, path: String) {
        switch (a, b) {
        case (.none, .none): return
        case (.bool(let x), .bool(let y)): check(x, y, path, "bool")
        case (.int(let x), .int(let y)): check(x, y, path, "int")
        case (.float(let x), .float(let y)): check(x.bitPattern, y.bitPattern, path, "float")
        case (.object(let x), .object(let y)):
            checkIdentity(x, y, path)
            guard type(of: x) == type(of: y) else { return note(path, "class \(type(of: x)) != \(type(of: y))") }
            check(x.typeStorage.map(ObjectIdentifier.init), y.typeStorage.map(ObjectIdentifier.init), path, "type")
            check(x.dict == nil, y.dict == nil, path, "dict")
            switch (x, y) {
            case let (s as PyStr, t as PyStr): check(strings: [s.value], [t.value], path, "str")
            case let (s as PyBigInt, t as PyBigInt): check(s.value, t.value, path, "big int")
            case let (s as PyBytes, t as PyBytes): check(s.bytes, t.bytes, path, "bytes")
            case let (s as PyComplex, t as PyComplex):
                check([s.value.real.bitPattern, s.value.imag.bitPattern], [t.value.real.bitPattern, t.value.imag.bitPattern],
                      path, "complex")
            case let (s as PyTuple, t as PyTuple):
                check(s === PyTuple.empty, t === PyTuple.empty, path, "empty tuple singleton")
                check(s.items.count, t.items.count, path, "tuple length")
                for (i, (p, q)) in zip(s.items, t.items).enumerated() { compare(p, q, path: "\(path)[\(i)]") }
            case let (s as PyCodeValue, t as PyCodeValue): compare(s.code, t.code, path: s.code.qualname)
            default:
                if x !== y { note(path, "unexpected constant \(type(of: x))") }
            }
        default:
            note(path, "value kinds differ: \(a) vs \(b)")
        }
    }
}
