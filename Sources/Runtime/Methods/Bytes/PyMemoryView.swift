/// A Python `memoryview` over a `bytes` or `bytearray` (one dimension, format
/// `'B'` or another native single-character format after `cast`): indexing,
/// slicing (a slice is a view of the same buffer, so writes through a view of
/// a bytearray reach it), `tobytes`, `tolist`, `hex`, comparison, `release`
/// and the context-manager protocol.
public final class PyMemoryView: PyObject, NativeContainer, NativeIterable, CustomPyRepr, NativeHashable {
    /// The type object `memoryview`.
    public static let type = PyType(name: "memoryview", bases: [BuiltinTypes.object], builtin: true, layout: .native)

    /// The exporting object (`m.obj`).
    let base: PyObject
    /// First byte of the view in the base, and the step between items.
    let start: Int, step: Int
    /// Number of items.
    let count: Int
    /// The item format (`struct` character) and its size in bytes.
    let format: MemoryViewFormat
    /// Set by `release()`.
    var released = false

    init(base: PyObject, start: Int, step: Int, count: Int, format: MemoryViewFormat = .unsignedByte) {
        self.base = base
        self.start = start
        self.step = step
        self.count = count
        self.format = format
        super.init(type: nil)
    }
    public override var exactBuiltinType: PyType { PyMemoryView.type }

    /// Whether writes are refused (a view of `bytes`).
    var readonly: Bool { !(base is PyByteArray) }

    /// The viewed octets, in order (every item's bytes).
    func octets() throws -> [UInt8] {
        try checkReleased()
        let all = BytesLibraryMethods.bytesOf(.object(base)) ?? []
        let size = format.itemSize
        var out: [UInt8] = []
        out.reserveCapacity(count * size)
        var i = start
        for _ in 0..<count {
            guard i >= 0, i + size <= all.count else { break }
            out.append(contentsOf: all[i..<(i + size)])
            i += step
        }
        return out
    }

    /// The items as Python values (`tolist`, iteration, `in`).
    func items() throws -> [Value] {
        let bytes = try octets()
        let size = format.itemSize
        return stride(from: 0, to: bytes.count, by: size).map { format.unpack(bytes[$0..<($0 + size)]) }
    }

    func checkReleased() throws {
        if released { throw PyError.valueError("operation forbidden on released memoryview object") }
    }

    public func nativeLength(_ vm: Interpreter) throws -> Int {
        try checkReleased()
        return count
    }

    public func nativeGetItem(_ vm: Interpreter, _ key: Value) throws -> Value {
        try checkReleased()
        if case .object(let o) = key, let slice = o as? PySlice {
            let r = try slice.indices(length: count)
            return .object(PyMemoryView(base: base, start: start + r.start * step, step: step * r.step,
                                        count: max(0, r.count), format: format))
        }
        let i = try position(vm, key)
        let all = BytesLibraryMethods.bytesOf(.object(base)) ?? []
        guard i + format.itemSize <= all.count else { throw PyError.indexError("index out of bounds on dimension 1") }
        return format.unpack(all[i..<(i + format.itemSize)])
    }

    public func nativeSetItem(_ vm: Interpreter, _ key: Value, _ value: Value) throws {
        try checkReleased()
        guard let target = base as? PyByteArray else { throw PyError.typeError("cannot modify read-only memory") }
        if case .object(let o) = key, let slice = o as? PySlice {
            let r = try slice.indices(length: count)
            let new: [UInt8]
            if case .object(let o) = value, let view = o as? PyMemoryView {
                guard view.format == format else {
                    throw PyError.valueError("memoryview assignment: lvalue and rvalue have different structures")
                }
                new = try view.octets()
            } else {
                guard format == .unsignedByte || format == .signedByte || format == .char else {
                    throw PyError.valueError("memoryview assignment: lvalue and rvalue have different structures")
                }
                new = try ByteArrayMethods.octets(vm, value, for: "a bytes-like object is required, not '\(value.type.cTypeName)'")
            }
            let size = format.itemSize
            guard new.count == max(0, r.count) * size else {
                throw PyError.valueError("memoryview assignment: lvalue and rvalue have different structures")
            }
            var i = start + r.start * step
            for k in stride(from: 0, to: new.count, by: size) where i + size <= target.bytes.count {
                target.bytes.replaceSubrange(i..<(i + size), with: new[k..<(k + size)])
                i += step * r.step
            }
            return
        }
        let i = try position(vm, key)
        let size = format.itemSize
        guard i + size <= target.bytes.count else { throw PyError.indexError("index out of bounds on dimension 1") }
        let packed = try format.pack(vm, value)
        target.bytes.replaceSubrange(i..<(i + size), with: packed)
    }

    public func nativeContains(_ vm: Interpreter, _ item: Value) throws -> Bool? {
        if format == .unsignedByte {
            guard let i = item.intValue else { return false }
            return try octets().contains { Int($0) == i }
        }
        for v in try items() { if try vm.equals(v, item) { return true } }
        return false
    }

    public func makeIterator(_ vm: Interpreter) throws -> Value {
        .object(PyArrayIterator(try items()))
    }

    public func pyRepr(_ vm: Interpreter) throws -> String {
        released ? "<released memory at \(vm.addressString(self))>" : "<memory at \(vm.addressString(self))>"
    }

    public func nativeHash(_ vm: Interpreter) throws -> Int {
        guard readonly else { throw PyError.valueError("cannot hash writable memoryview object") }
        guard format == .unsignedByte || format == .signedByte || format == .char else {
            throw PyError.valueError("memoryview: hashing is restricted to formats 'B', 'b' or 'c'")
        }
        return try PyBytes(try octets()).nativeHash(vm)
    }

    /// The base index of item `key` (negative counts from the end).
    private func position(_ vm: Interpreter, _ key: Value) throws -> Int {
        guard key.isInteger || key.type.lookup(Names.index) != nil else {
            throw PyError.typeError("memoryview: invalid slice key")
        }
        let n = try vm.indexInt(key)
        let i = n < 0 ? n + count : n
        guard i >= 0 && i < count else { throw PyError.indexError("index out of bounds on dimension 1") }
        return start + i * step
    }
}

extension PyMemoryView: NativeOperand {
    public func nativeBinary(_ vm: Interpreter, _ op: BinaryOp, _ other: Value, reflected: Bool) throws -> Value? { nil }

    public func nativeCompare(_ vm: Interpreter, _ op: CompareOp, _ other: Value) throws -> Value? {
        guard op == .eq || op == .ne, let theirs = BytesLibraryMethods.bytesOf(other) else { return nil }
        if released { return .bool((op == .eq) == (other.object === self)) }
        let same: Bool
        let otherFormat = (other.object as? PyMemoryView)?.format ?? .unsignedByte
        if format == otherFormat {
            same = try octets() == theirs
        } else if let view = other.object as? PyMemoryView {
            // Different formats compare item by item (struct unpacking).
            let mine = try items(), yours = try view.items()
            var equal = mine.count == yours.count
            if equal {
                for (a, b) in zip(mine, yours) { if !(try vm.equals(a, b)) { equal = false; break } }
            }
            same = equal
        } else {
            let mine = try items()
            var equal = mine.count == theirs.count
            if equal {
                for (a, b) in zip(mine, theirs) { if !(try vm.equals(a, .int(Int(b)))) { equal = false; break } }
            }
            same = equal
        }
        return .bool(op == .eq ? same : !same)
    }
}
