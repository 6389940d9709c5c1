import BigInt

/// Rebuilds a `CodeObject` tree from a `CodeEncoder` payload. Identifier
/// names go through one `NameTable` for the whole tree, as in a compilation,
/// so the decoded tree shares name strings exactly as a fresh compile does;
/// every constant is a new object, as the compiler makes them.
///
/// Every count, index and tag is checked; a bad payload throws
/// `CodeCacheError`. The checks guard against corruption (the entry's
/// checksum catches most of it first); instruction arguments are trusted as
/// the compiler's own output is, so a cache directory must be writable by
/// its owner only (it is created 0700).
struct CodeDecoder {
    private var reader: ByteReader
    private var strings: [String] = []
    private let names = NameTable()
    /// `names.intern` of each string used as a name, by string index.
    private var interned: [PyStr?] = []

    private init(_ reader: ByteReader) { self.reader = reader }

    /// The code tree of `payload`.
    static func decode(_ payload: UnsafeRawBufferPointer) throws -> CodeObject {
        var d = CodeDecoder(ByteReader(payload))
        let n = try d.reader.count()
        d.strings.reserveCapacity(n)
        for _ in 0..<n {
            let length = try d.reader.count()
            let bytes = try d.reader.bytes(length)
            d.strings.append(String(decoding: bytes, as: UTF8.self))
        }
        d.interned = Array(repeating: nil, count: n)
        let code = try d.readCode(depth: 0)
        guard d.reader.remaining == 0 else { throw CodeCacheError.malformed("bytes after the code tree") }
        return code
    }

    /// The code tree of a payload held in an array.
    static func decode(_ payload: [UInt8]) throws -> CodeObject {
        try payload.withUnsafeBytes { try decode($0) }
    }

    private mutating func string() throws -> String {
        strings[try reader.index(below: strings.count)]
    }

    /// An identifier: the compilation's shared `PyStr` for that string.
    private mutating func identifier() throws -> PyStr {
        let i = try reader.index(below: strings.count)
        if let s = interned[i] { return s }
        let s = names.intern(strings[i])
        interned[i] = s
        return s
    }

    private mutating func stringList() throws -> [String] {
        let n = try reader.count()
        var out: [String] = []
        out.reserveCapacity(n)
        for _ in 0..<n { out.append(try string()) }
        return out
    }

    private mutating func int() throws -> Int {
        let v = try reader.signed()
        guard let i = Int(exactly: v) else { throw CodeCacheError.malformed("integer out of range") }
        return i
    }

    private mutating func readCode(depth: Int) throws -> CodeObject {
        guard depth < CodeFormat.maximumDepth else { throw CodeCacheError.malformed("nesting too deep") }
        let name = try string(), qualname = try string(), filename = try string()
        let firstLine = try int()
        let code = CodeObject(name: name, qualname: qualname, filename: filename, firstLine: firstLine)
        let flags = CodeFlags(rawValue: try reader.varint())
        guard CodeFlags.all.isSuperset(of: flags) else { throw CodeCacheError.malformed("unknown flags") }
        flags.apply(to: code)
        code.argCount = try reader.index(below: CodeFormat.maximumParameters)
        code.posOnlyCount = try reader.index(below: CodeFormat.maximumParameters)
        code.kwOnlyCount = try reader.index(below: CodeFormat.maximumParameters)
        if flags.contains(.hasDocstring) { code.docstring = try string() }

        // Each instruction takes at least 2 bytes, its line 1 and its position 3.
        let n = try reader.count(minimumBytes: 6)
        var instructions: [Instruction] = []
        instructions.reserveCapacity(n)
        for _ in 0..<n {
            guard let op = Opcode(rawValue: try reader.byte()) else { throw CodeCacheError.malformed("unknown opcode") }
            instructions.append(Instruction(op, try reader.int32()))
        }
        var lines: [Int32] = []
        lines.reserveCapacity(n)
        var line = Int64(firstLine)
        for _ in 0..<n {
            let (sum, overflow) = line.addingReportingOverflow(try reader.signed())
            guard !overflow, let l = Int32(exactly: sum) else { throw CodeCacheError.malformed("line out of range") }
            line = sum
            lines.append(l)
        }
        var positions: [CodePosition] = []
        positions.reserveCapacity(n)
        for _ in 0..<n {
            positions.append(CodePosition(column: try reader.int32(), endLine: try reader.int32(), endColumn: try reader.int32()))
        }
        code.instructions = instructions
        code.lines = lines
        code.positions = positions

        let anchorCount = try reader.count(minimumBytes: 4)
        var anchors: [Int: CodeAnchor] = [:]
        anchors.reserveCapacity(anchorCount)
        for _ in 0..<anchorCount {
            let index = try reader.index(below: n)
            guard let kind = CodeAnchor.Kind(rawValue: Int(try reader.byte())) else {
                throw CodeCacheError.malformed("unknown anchor kind")
            }
            anchors[index] = CodeAnchor(kind: kind, from: try reader.int32(), to: try reader.int32())
        }
        guard anchors.count == anchorCount else { throw CodeCacheError.malformed("duplicate anchor") }
        code.anchors = anchors

        let constantCount = try reader.count()
        var constants: [Value] = []
        constants.reserveCapacity(constantCount)
        for _ in 0..<constantCount { constants.append(try readValue(depth: depth + 1)) }
        code.constants = constants

        let nameCount = try reader.count()
        var codeNames: [PyStr] = []
        codeNames.reserveCapacity(nameCount)
        for _ in 0..<nameCount { codeNames.append(try identifier()) }
        code.names = codeNames
        code.varNames = try stringList()
        code.cellNames = try stringList()
        code.freeNames = try stringList()
        let cellCount = try reader.count()
        var cellToArg: [Int] = []
        cellToArg.reserveCapacity(cellCount)
        for _ in 0..<cellCount { cellToArg.append(try int()) }
        code.cellToArg = cellToArg
        return code
    }

    private mutating func readValue(depth: Int) throws -> Value {
        guard depth < CodeFormat.maximumDepth else { throw CodeCacheError.malformed("nesting too deep") }
        guard let tag = CodeFormat.Tag(rawValue: try reader.byte()) else { throw CodeCacheError.malformed("unknown constant tag") }
        switch tag {
        case .none: return .none
        case .falseValue: return .bool(false)
        case .trueValue: return .bool(true)
        case .int: return .int(try int())
        case .float: return .float(Double(bitPattern: try reader.word64()))
        case .str: return .object(PyStr(try string()))
        case .bigInt:
            guard let v = BigInt(try string()) else { throw CodeCacheError.malformed("bad big integer") }
            return .object(PyBigInt(v))
        case .bytes:
            let n = try reader.count()
            return .object(PyBytes(Array(try reader.bytes(n))))
        case .complex:
            let real = Double(bitPattern: try reader.word64())
            return .object(PyComplex(real, Double(bitPattern: try reader.word64())))
        case .ellipsis: return .object(BuiltinTypes.ellipsis)
        case .emptyTuple: return .object(PyTuple.empty)
        case .exceptStarCheck: return .object(ExceptStarTypeCheck.function)
        case .tuple:
            let n = try reader.count()
            var items: [Value] = []
            items.reserveCapacity(n)
            for _ in 0..<n { items.append(try readValue(depth: depth + 1)) }
            return .object(PyTuple(items))
        case .code: return .object(PyCodeValue(try readCode(depth: depth + 1)))
        }
    }
}
