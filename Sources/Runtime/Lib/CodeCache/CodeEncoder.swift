import Foundation

/// Serializes a compiled `CodeObject` tree into the payload `CodeFormat`
/// describes; `CodeDecoder` is its exact inverse.
struct CodeEncoder {
    private var body = ByteWriter()
    private var stringIndex: [BytesKey: Int] = [:]
    private var strings: [String] = []

    /// The payload of `code` and everything nested in it.
    /// - Throws: `CodeCacheError.unsupportedConstant` for a constant the
    ///   format has no tag for (the caller then simply does not cache).
    static func encode(_ code: CodeObject) throws -> [UInt8] {
        var e = CodeEncoder()
        e.body.reserve(1 << 16)
        try e.write(code, depth: 0)
        var out = ByteWriter()
        out.count(e.strings.count)
        for s in e.strings {
            out.count(s.utf8.count)
            out.append(contentsOf: s.utf8)
        }
        out.append(contentsOf: e.body.bytes)
        return out.bytes
    }

    private mutating func string(_ s: String) {
        let key = BytesKey(s)
        if let i = stringIndex[key] { body.count(i); return }
        stringIndex[key] = strings.count
        body.count(strings.count)
        strings.append(s)
    }

    private mutating func strings(_ list: [String]) {
        body.count(list.count)
        for s in list { string(s) }
    }

    private mutating func write(_ code: CodeObject, depth: Int) throws {
        guard depth < CodeFormat.maximumDepth else { throw CodeCacheError.unsupportedConstant("nesting too deep") }
        string(code.name)
        string(code.qualname)
        string(code.filename)
        body.signed(Int64(code.firstLine))
        body.varint(CodeFlags(of: code).rawValue)
        body.count(code.argCount)
        body.count(code.posOnlyCount)
        body.count(code.kwOnlyCount)
        if let doc = code.docstring { string(doc) }
        // Lines and positions are parallel to the instructions: the decoder
        // reads one of each per instruction.
        guard code.lines.count == code.instructions.count, code.positions.count == code.instructions.count else {
            throw CodeCacheError.unsupportedConstant("line table not parallel to instructions")
        }
        body.count(code.instructions.count)
        for ins in code.instructions {
            body.byte(ins.op.rawValue)
            body.signed(Int64(ins.arg))
        }
        var previous = Int64(code.firstLine)
        for line in code.lines {
            body.signed(Int64(line) - previous)
            previous = Int64(line)
        }
        for p in code.positions {
            body.signed(Int64(p.column))
            body.signed(Int64(p.endLine))
            body.signed(Int64(p.endColumn))
        }
        body.count(code.anchors.count)
        for (index, a) in code.anchors.sorted(by: { $0.key < $1.key }) {
            body.count(index)
            body.byte(UInt8(a.kind.rawValue))
            body.signed(Int64(a.from))
            body.signed(Int64(a.to))
        }
        body.count(code.constants.count)
        for c in code.constants { try write(c, depth: depth + 1) }
        body.count(code.names.count)
        for n in code.names { string(n.value) }
        strings(code.varNames)
        strings(code.cellNames)
        strings(code.freeNames)
        body.count(code.cellToArg.count)
        for i in code.cellToArg { body.signed(Int64(i)) }
    }

    private mutating func tag(_ t: CodeFormat.Tag) { body.byte(t.rawValue) }

    private mutating func write(_ value: Value, depth: Int) throws {
        guard depth < CodeFormat.maximumDepth else { throw CodeCacheError.unsupportedConstant("nesting too deep") }
        switch value {
        case .none: tag(.none)
        case .bool(let b): tag(b ? .trueValue : .falseValue)
        case .int(let i): tag(.int); body.signed(Int64(i))
        case .float(let d): tag(.float); body.word64(d.bitPattern)
        case .object(let o):
            if o === BuiltinTypes.ellipsis { tag(.ellipsis); return }
            if o === PyTuple.empty { tag(.emptyTuple); return }
            if o === ExceptStarTypeCheck.function { tag(.exceptStarCheck); return }
            // The compiler makes plain instances only (no subclass, no dict).
            guard o.typeStorage == nil, o.dict == nil else {
                throw CodeCacheError.unsupportedConstant("instance of \(o.type.name)")
            }
            switch o {
            case let s as PyStr: tag(.str); string(s.value)
            case let b as PyBigInt: tag(.bigInt); string(String(b.value))
            case let b as PyBytes: tag(.bytes); body.count(b.bytes.count); body.append(contentsOf: b.bytes)
            case let c as PyComplex: tag(.complex); body.word64(c.value.real.bitPattern); body.word64(c.value.imag.bitPattern)
            case let t as PyTuple:
                tag(.tuple)
                body.count(t.items.count)
                for item in t.items { try write(item, depth: depth + 1) }
            case let c as PyCodeValue: tag(.code); try write(c.code, depth: depth + 1)
            default: throw CodeCacheError.unsupportedConstant(String(describing: type(of: o)))
            }
        }
    }
}

/// A string keyed by its UTF-8 bytes (never `String` equality, which is
/// canonical equivalence: "\u{212A}" == "K"), hashed once with `Checksum`
/// and compared with `memcmp`.
private struct BytesKey: Hashable {
    let text: String
    let checksum: UInt64

    init(_ text: String) {
        self.text = text
        checksum = Checksum.of(text)
    }

    func hash(into hasher: inout Hasher) { hasher.combine(checksum) }

    static func == (a: BytesKey, b: BytesKey) -> Bool {
        guard a.checksum == b.checksum, a.text.utf8.count == b.text.utf8.count else { return false }
        var x = a.text, y = b.text
        return x.withUTF8 { p in y.withUTF8 { q in p.count == 0 || memcmp(p.baseAddress!, q.baseAddress!, p.count) == 0 } }
    }
}
