/// A Python `bytearray`: a mutable sequence of octets. It shares the
/// searching, splitting, case and codec methods of `bytes`
/// (BytesLibraryMethods installs them on both types; results keep the
/// receiver's type) and adds the mutating ones (ByteArrayMethods).
public final class PyByteArray: PyObject, NativeContainer, NativeIterable, CustomPyRepr, NativeHashable {
    /// The type object `bytearray`.
    public static let type = PyType(name: "bytearray", bases: [BuiltinTypes.object], builtin: true, layout: .native)

    /// The octets.
    public var bytes: [UInt8]

    /// Creates a `bytearray`.
    public init(_ bytes: [UInt8]) {
        self.bytes = bytes
        super.init(type: nil)
    }

    /// Creates an instance of a `bytearray` subclass (it has a `__dict__`).
    public init(_ bytes: [UInt8], type: PyType) {
        self.bytes = bytes
        super.init(type: type, hasDict: true)
    }
    public override var exactBuiltinType: PyType { PyByteArray.type }

    public func nativeLength(_ vm: Interpreter) throws -> Int { bytes.count }

    public func nativeGetItem(_ vm: Interpreter, _ key: Value) throws -> Value {
        if case .object(let o) = key, let slice = o as? PySlice {
            let r = try slice.indices(length: bytes.count)
            var out: [UInt8] = []
            out.reserveCapacity(max(0, r.count))
            var i = r.start
            for _ in 0..<max(0, r.count) { out.append(bytes[i]); i += r.step }
            return .object(PyByteArray(out))
        }
        let i = try index(vm, key)
        return .int(Int(bytes[i]))
    }

    public func nativeSetItem(_ vm: Interpreter, _ key: Value, _ value: Value) throws {
        if case .object(let o) = key, let slice = o as? PySlice {
            let new = try ByteArrayMethods.octets(vm, value, for: "can assign only bytes, buffers, or iterables of ints in range(0, 256)")
            let r = try slice.indices(length: bytes.count)
            if r.step == 1 {
                let lo = r.start, hi = max(r.start, r.start + max(0, r.count))
                try vm.charge(new.count)
                bytes.replaceSubrange(lo..<hi, with: new)
                return
            }
            guard new.count == max(0, r.count) else {
                throw PyError.valueError("attempt to assign bytes of size \(new.count) to extended slice of size \(max(0, r.count))")
            }
            var i = r.start
            for b in new { bytes[i] = b; i += r.step }
            return
        }
        let i = try index(vm, key)
        bytes[i] = try ByteArrayMethods.octet(vm, value)
    }

    public func nativeDeleteItem(_ vm: Interpreter, _ key: Value) throws {
        if case .object(let o) = key, let slice = o as? PySlice {
            let r = try slice.indices(length: bytes.count)
            guard r.count > 0 else { return }
            if r.step == 1 {
                bytes.removeSubrange(r.start..<(r.start + r.count))
                return
            }
            var doomed = Set<Int>()
            var i = r.start
            for _ in 0..<r.count { doomed.insert(i); i += r.step }
            bytes = bytes.enumerated().filter { !doomed.contains($0.offset) }.map(\.element)
            return
        }
        bytes.remove(at: try index(vm, key))
    }

    public func nativeContains(_ vm: Interpreter, _ item: Value) throws -> Bool? {
        try PyBytes(bytes).nativeContains(vm, item)
    }

    public func makeIterator(_ vm: Interpreter) throws -> Value {
        .object(PyArrayIterator(bytes.map { .int(Int($0)) }))
    }

    /// `bytearray(b'...')`, or the subclass name for an instance of a subclass.
    public func pyRepr(_ vm: Interpreter) throws -> String { "\(type.name)(\(try PyBytes.repr(bytes)))" }

    public func nativeHash(_ vm: Interpreter) throws -> Int {
        throw PyError.typeError("unhashable type: 'bytearray'")
    }

    /// A checked element index (negative counts from the end).
    private func index(_ vm: Interpreter, _ key: Value) throws -> Int {
        guard key.isInteger || key.type.lookup(Names.index) != nil else {
            throw PyError.typeError("bytearray indices must be integers or slices, not \(key.type.name)")
        }
        let n = try vm.indexInt(key)
        let i = n < 0 ? n + bytes.count : n
        guard i >= 0 && i < bytes.count else { throw PyError.indexError("bytearray index out of range") }
        return i
    }
}

extension PyByteArray: NativeOperand, NativeInplaceOperand {
    public func nativeBinary(_ vm: Interpreter, _ op: BinaryOp, _ other: Value, reflected: Bool) throws -> Value? {
        switch op {
        case .add:
            guard let b = BytesLibraryMethods.bytesOf(other) else {
                if !reflected, other.type.isBuiltin {
                    throw PyError.typeError("can't concat \(other.type.name) to bytearray")
                }
                return nil
            }
            try vm.charge(bytes.count + b.count)
            return .object(PyByteArray(reflected ? b + bytes : bytes + b))
        case .mul:
            guard let n = other.intValue else { return nil }
            return .object(PyByteArray(try vm.repeatedBytes(bytes, n)))
        case .mod where !reflected:
            return .object(PyByteArray(try BytesPercentFormatter(vm: vm).format(bytes, other)))
        default:
            return nil
        }
    }

    public func nativeCompare(_ vm: Interpreter, _ op: CompareOp, _ other: Value) throws -> Value? {
        guard let b = BytesLibraryMethods.bytesOf(other) else { return nil }
        return PyBytes.compare(bytes, b, op)
    }

    public func nativeInplace(_ vm: Interpreter, _ op: BinaryOp, _ other: Value) throws -> Value? {
        switch op {
        case .add:
            guard let b = BytesLibraryMethods.bytesOf(other) else {
                throw PyError.typeError("can't concat \(other.type.name) to bytearray")
            }
            try vm.chargeAppend(count: bytes.count, capacity: bytes.capacity, adding: b.count, size: 1)
            try vm.nativeWork(b.count >> 4)
            bytes.append(contentsOf: b)
            return .object(self)
        case .mul:
            guard let n = other.intValue else { return nil }
            bytes = try vm.repeatedBytes(bytes, n)
            return .object(self)
        default:
            return nil
        }
    }
}
