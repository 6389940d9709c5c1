/// `struct` (CPython 3.11's `_struct` behind `struct`): pack, unpack,
/// calcsize, iter_unpack, pack_into/unpack_from and the `Struct` class,
/// with `struct.error` and CPython's messages.
enum StructModule {
    static let modules: [(String, (Interpreter) throws -> PyModule)] = [("struct", make)]

    /// `struct.error`.
    static let errorType = PyType(name: "error", bases: [BuiltinTypes.exception], builtin: true, layout: .exception,
                                  module: "struct")

    static func error(_ message: String) -> PyError { PyError(errorType, message) }

    static func make(_ vm: Interpreter) throws -> PyModule {
        let m = PyModule(name: "struct")
        m.add("error", .object(errorType))
        m.add("Struct", .object(PyStructObject.type))
        m.addFunction("calcsize") { vm, a in
            try a.check("calcsize", min: 1, max: 1)
            return .int(try parse(vm, a[0]).size)
        }
        m.addFunction("pack") { vm, a in
            guard a.count >= 1, a.keywords.isEmpty else {
                if !a.keywords.isEmpty { throw PyError.typeError("_struct.pack() takes no keyword arguments") }
                throw PyError.typeError("missing format argument")
            }
            return try pack(vm, try parse(vm, a[0]), a.positional.dropFirst())
        }
        m.addFunction("unpack") { vm, a in
            try a.check("unpack", min: 2, max: 2)
            return try unpack(vm, try parse(vm, a[0]), a[1])
        }
        m.addFunction("unpack_from") { vm, a in
            let slots = try a.bind("unpack_from", ["format", "buffer", "offset"], required: 2)
            return try unpackFrom(vm, try parse(vm, slots[0] ?? .none), slots[1] ?? .none, slots[2])
        }
        m.addFunction("pack_into") { vm, a in
            guard a.count >= 1, a.keywords.isEmpty else {
                if !a.keywords.isEmpty { throw PyError.typeError("_struct.pack_into() takes no keyword arguments") }
                throw PyError.typeError("missing format argument")
            }
            return try packInto(vm, try parse(vm, a[0]), a.positional.dropFirst())
        }
        m.addFunction("iter_unpack") { vm, a in
            try a.check("iter_unpack", min: 2, max: 2)
            return try iterUnpack(vm, try parse(vm, a[0]), a[1])
        }
        m.addFunction("_clearcache") { _, _ in .none }
        return m
    }

    /// The parsed form of a format argument.
    static func parse(_ vm: Interpreter, _ v: Value) throws -> StructFormat { try format(vm, formatBytes(v)) }

    /// Parses format text, charging its items first: one per format
    /// character at most (`struct.Struct('x' * 10**7)` built 500 MB of
    /// items the memory limit never saw).
    static func format(_ vm: Interpreter, _ raw: [UInt8]) throws -> StructFormat {
        try vm.charge(raw.count, times: MemoryLayout<StructFormat.Item>.stride * 2)
        return try StructFormat(raw)
    }

    static func formatBytes(_ v: Value) throws -> [UInt8] {
        if let s = v.stringValue { return Array(s.utf8) }
        if case .object(let o) = v, let b = o as? PyBytes { return b.bytes }
        throw PyError.typeError("Struct() argument 1 must be a str or bytes object, not \(v.type.name)")
    }

    static func pack(_ vm: Interpreter, _ f: StructFormat, _ values: ArraySlice<Value>) throws -> Value {
        guard values.count == f.valueCount else {
            throw error("pack expected \(f.valueCount) items for packing (got \(values.count))")
        }
        try vm.charge(f.size)
        var out = [UInt8](repeating: 0, count: f.size)
        try StructCodec.pack(vm, f, values, into: &out, at: 0)
        return .object(PyBytes(out))
    }

    static func buffer(_ v: Value) throws -> [UInt8] {
        guard let b = BytesLibraryMethods.bytesOf(v) else {
            throw PyError.typeError("a bytes-like object is required, not '\(v.type.cTypeName)'")
        }
        return b
    }

    static func unpack(_ vm: Interpreter, _ f: StructFormat, _ data: Value) throws -> Value {
        let bytes = try buffer(data)
        guard bytes.count == f.size else { throw error("unpack requires a buffer of \(f.size) bytes") }
        return .object(PyTuple(try StructCodec.unpack(vm, f, bytes, at: 0)))
    }

    static func unpackFrom(_ vm: Interpreter, _ f: StructFormat, _ data: Value, _ offsetArg: Value?) throws -> Value {
        let bytes = try buffer(data)
        var offset = try offsetArg.map { try vm.indexInt($0) } ?? 0
        if offset < 0 {
            if offset + bytes.count < 0 { throw error("offset \(offset) out of range for \(bytes.count)-byte buffer") }
            offset += bytes.count
        }
        if bytes.count - offset < f.size {
            throw error("unpack_from requires a buffer of at least \(f.size + offset) bytes for unpacking \(f.size) "
                + "bytes at offset \(offset) (actual buffer size is \(bytes.count))")
        }
        return .object(PyTuple(try StructCodec.unpack(vm, f, bytes, at: offset)))
    }

    /// `pack_into(buffer, offset, *values)` (after the format).
    static func packInto(_ vm: Interpreter, _ f: StructFormat, _ args: ArraySlice<Value>) throws -> Value {
        guard args.count == f.valueCount + 2 else {
            if args.isEmpty { throw error("pack_into expected buffer argument") }
            if args.count == 1 { throw error("pack_into expected offset argument") }
            throw error("pack_into expected \(f.valueCount) items for packing (got \(args.count - 2))")
        }
        let target = args[args.startIndex]
        guard case .object(let o) = target, let array = o as? PyByteArray else {
            throw PyError.typeError("argument must be read-write bytes-like object, not \(target.type.name)")
        }
        var offset = try vm.indexInt(args[args.startIndex + 1])
        let length = array.bytes.count
        if offset < 0 {
            if offset + f.size > 0 { throw error("no space to pack \(f.size) bytes at offset \(offset)") }
            if offset + length < 0 { throw error("offset \(offset) out of range for \(length)-byte buffer") }
            offset += length
        }
        if length - offset < f.size {
            throw error("pack_into requires a buffer of at least \(f.size + offset) bytes for packing \(f.size) "
                + "bytes at offset \(offset) (actual buffer size is \(length))")
        }
        // Packed into a copy first: a value that fails leaves the buffer as
        // CPython leaves it (the items before it written).
        var bytes = array.bytes
        defer { array.bytes = bytes }
        try StructCodec.pack(vm, f, args.dropFirst(2), into: &bytes, at: offset)
        return .none
    }

    static func iterUnpack(_ vm: Interpreter, _ f: StructFormat, _ data: Value) throws -> Value {
        if f.size == 0 { throw error("cannot iteratively unpack with a struct of length 0") }
        let bytes = try buffer(data)
        if bytes.count % f.size != 0 {
            throw error("iterative unpacking requires a buffer of a multiple of \(f.size) bytes")
        }
        return .object(PyUnpackIterator(format: f, bytes: bytes))
    }
}

/// `struct.Struct`: a compiled format.
final class PyStructObject: PyObject {
    let formatText: String
    let format: StructFormat

    init(formatText: String, format: StructFormat) {
        self.formatText = formatText
        self.format = format
        super.init(type: nil)
    }

    override var exactBuiltinType: PyType { PyStructObject.type }

    static let type: PyType = {
        let t = PyType(name: "Struct", bases: [BuiltinTypes.object], builtin: true, layout: .native, module: "_struct")
        t.defineNew { vm, _, a in
            let slots = try a.bind("Struct", ["format"], required: 1)
            let raw = try StructModule.formatBytes(slots[0] ?? .none)
            let format = try StructModule.format(vm, raw)
            return .object(PyStructObject(formatText: String(decoding: raw, as: UTF8.self), format: format))
        }
        t.defineMethod("__init__") { _, _ in .none }
        t.defineProperty("format", get: { _, a in .str(try receiver(a).formatText) })
        t.defineProperty("size", get: { _, a in .int(try receiver(a).format.size) })
        t.defineMethod("pack") { vm, a in
            if !a.keywords.isEmpty { throw PyError.typeError("pack() takes no keyword arguments") }
            return try StructModule.pack(vm, try receiver(a).format, a.positional.dropFirst())
        }
        t.defineMethod("unpack") { vm, a in
            try a.check("unpack", min: 2, max: 2, skipSelf: 1)
            return try StructModule.unpack(vm, try receiver(a).format, a[1])
        }
        t.defineMethod("unpack_from") { vm, a in
            let slots = try a.bind("unpack_from", ["buffer", "offset"], required: 1, skipSelf: 1)
            return try StructModule.unpackFrom(vm, try receiver(a).format, slots[0] ?? .none, slots[1])
        }
        t.defineMethod("pack_into") { vm, a in
            if !a.keywords.isEmpty { throw PyError.typeError("pack_into() takes no keyword arguments") }
            return try StructModule.packInto(vm, try receiver(a).format, a.positional.dropFirst())
        }
        t.defineMethod("iter_unpack") { vm, a in
            try a.check("iter_unpack", min: 2, max: 2, skipSelf: 1)
            return try StructModule.iterUnpack(vm, try receiver(a).format, a[1])
        }
        return t
    }()

    private static func receiver(_ a: Args) throws -> PyStructObject {
        guard let first = a.positional.first, case .object(let o) = first, let s = o as? PyStructObject else {
            throw PyError.typeError("descriptor requires a '_struct.Struct' object")
        }
        return s
    }
}

/// The iterator `iter_unpack` returns (`_struct.unpack_iterator`).
final class PyUnpackIterator: PyIteratorBase {
    private let format: StructFormat
    private let bytes: [UInt8]
    private var offset = 0

    init(format: StructFormat, bytes: [UInt8]) {
        self.format = format
        self.bytes = bytes
        super.init(type: nil)
    }

    override var exactBuiltinType: PyType { PyUnpackIterator.type }

    static let type: PyType = {
        let t = PyType(name: "unpack_iterator", bases: [BuiltinTypes.iterator], builtin: true, layout: .native,
                       module: "_struct")
        t.defineMethod("__length_hint__") { _, a in
            guard case .object(let o) = a[0], let it = o as? PyUnpackIterator else { return .int(0) }
            return .int((it.bytes.count - it.offset) / it.format.size)
        }
        return t
    }()

    override func nextValue(_ vm: Interpreter) throws -> Value? {
        guard offset + format.size <= bytes.count else { return nil }
        let values = try StructCodec.unpack(vm, format, bytes, at: offset)
        offset += format.size
        return .object(PyTuple(values))
    }
}
