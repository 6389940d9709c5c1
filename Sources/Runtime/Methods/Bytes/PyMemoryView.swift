/// A Python `memoryview` over a `bytes` or `bytearray` (format `'B'`, one
/// dimension): indexing, slicing (a slice is a view of the same buffer, so
/// writes through a view of a bytearray reach it), `tobytes`, `tolist`,
/// `hex`, comparison, `release` and the context-manager protocol.
public final class PyMemoryView: PyObject, NativeContainer, NativeIterable, CustomPyRepr, NativeHashable {
    /// The type object `memoryview`.
    public static let type = PyType(name: "memoryview", bases: [BuiltinTypes.object], builtin: true, layout: .native)

    /// The exporting object (`m.obj`).
    let base: PyObject
    /// First byte of the view in the base, and the step between items.
    let start: Int, step: Int
    /// Number of items.
    let count: Int
    /// Set by `release()`.
    var released = false

    init(base: PyObject, start: Int, step: Int, count: Int) {
        self.base = base
        self.start = start
        self.step = step
        self.count = count
        super.init(type: nil)
    }
    public override var exactBuiltinType: PyType { PyMemoryView.type }

    /// Whether writes are refused (a view of `bytes`).
    var readonly: Bool { !(base is PyByteArray) }

    /// The viewed octets, in order.
    func octets() throws -> [UInt8] {
        try checkReleased()
        let all = BytesLibraryMethods.bytesOf(.object(base)) ?? []
        var out: [UInt8] = []
        out.reserveCapacity(count)
        var i = start
        for _ in 0..<count {
            guard i >= 0, i < all.count else { break }
            out.append(all[i])
            i += step
        }
        return out
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
                                        count: max(0, r.count)))
        }
        let i = try position(vm, key)
        let all = BytesLibraryMethods.bytesOf(.object(base)) ?? []
        guard i < all.count else { throw PyError.indexError("index out of bounds on dimension 1") }
        return .int(Int(all[i]))
    }

    public func nativeSetItem(_ vm: Interpreter, _ key: Value, _ value: Value) throws {
        try checkReleased()
        guard let target = base as? PyByteArray else { throw PyError.typeError("cannot modify read-only memory") }
        if case .object(let o) = key, let slice = o as? PySlice {
            let r = try slice.indices(length: count)
            let new = try ByteArrayMethods.octets(vm, value, for: "a bytes-like object is required, not '\(value.type.cTypeName)'")
            guard new.count == max(0, r.count) else {
                throw PyError.valueError("memoryview assignment: lvalue and rvalue have different structures")
            }
            var i = start + r.start * step
            for b in new where i < target.bytes.count { target.bytes[i] = b; i += step * r.step }
            return
        }
        let i = try position(vm, key)
        guard i < target.bytes.count else { throw PyError.indexError("index out of bounds on dimension 1") }
        guard value.isInteger else {
            throw PyError.typeError("memoryview: invalid type for format 'B'")
        }
        let v = try vm.indexInt(value)
        guard v >= 0 && v < 256 else { throw PyError.valueError("memoryview: invalid value for format 'B'") }
        target.bytes[i] = UInt8(v)
    }

    public func nativeContains(_ vm: Interpreter, _ item: Value) throws -> Bool? {
        guard let i = item.intValue else { return false }
        return try octets().contains { Int($0) == i }
    }

    public func makeIterator(_ vm: Interpreter) throws -> Value {
        .object(PyArrayIterator(try octets().map { .int(Int($0)) }))
    }

    public func pyRepr(_ vm: Interpreter) throws -> String {
        released ? "<released memory at \(vm.addressString(self))>" : "<memory at \(vm.addressString(self))>"
    }

    public func nativeHash(_ vm: Interpreter) throws -> Int {
        guard readonly else { throw PyError.valueError("cannot hash writable memoryview object") }
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
        let same = try octets() == theirs
        return .bool(op == .eq ? same : !same)
    }
}
