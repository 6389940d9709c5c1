/// `bytearray`'s constructor and its mutating methods (CPython 3.11's
/// names, arguments and messages). The methods it shares with `bytes` are
/// installed by BytesLibraryMethods.
enum ByteArrayMethods {
    static func install() {
        let t = PyByteArray.type
        t.defineNew { vm, cls, a in
            let made = try newByteArray(vm, a)
            guard cls !== PyByteArray.type, case .object(let o) = made, let b = o as? PyByteArray else { return made }
            return .object(PyByteArray(b.bytes, type: cls))
        }
        installMutators(on: t)
    }

    /// `bytearray(...)` for the exact type.
    private static func newByteArray(_ vm: Interpreter, _ a: Args) throws -> Value {
            let s = try a.bind("bytearray", ["source", "encoding", "errors"], required: 0)
            guard let source = s[0] else {
                if s[1] != nil { throw PyError.typeError("encoding without a string argument") }
                return .object(PyByteArray([]))
            }
            if let text = source.stringValue {
                guard s[1] != nil else { throw PyError.typeError("string argument without an encoding") }
                let codec = try BytesLibraryMethods.codec(s[1], "bytearray")
                return .object(PyByteArray(try BytesLibraryMethods.encode(text, codec, try BytesLibraryMethods.errorsMode(s[2]))))
            }
            if s[1] != nil { throw PyError.typeError("encoding without a string argument") }
            if source.isInteger {
                let n = try vm.indexInt(source)
                if n < 0 { throw PyError.valueError("negative count") }
                try vm.charge(n)
                return .object(PyByteArray(Array(repeating: 0, count: n)))
            }
            return .object(PyByteArray(try octets(vm, source, for: "cannot convert '\(source.type.cTypeName)' object to bytearray")))
    }

    private static func installMutators(on t: PyType) {
        t.defineMethod("append") { vm, a in
            try a.check("append", min: 2, max: 2, skipSelf: 1)
            let b = try receiver(a, "append")
            b.bytes.append(try octet(vm, a[1]))
            return .none
        }
        t.defineMethod("extend") { vm, a in
            try a.check("extend", min: 2, max: 2, skipSelf: 1)
            let b = try receiver(a, "extend")
            if a[1].stringValue != nil { throw PyError.typeError("'str' object cannot be interpreted as an integer") }
            let more = try octets(vm, a[1], for: "can't extend bytearray with \(a[1].type.name)")
            try vm.chargeAppend(count: b.bytes.count, capacity: b.bytes.capacity, adding: more.count, size: 1)
            try vm.nativeWork(more.count >> 4)
            b.bytes.append(contentsOf: more)
            return .none
        }
        t.defineMethod("insert") { vm, a in
            try a.check("insert", min: 3, max: 3, skipSelf: 1)
            let b = try receiver(a, "insert")
            var i = try vm.indexInt(a[1])
            if i < 0 { i = max(0, i + b.bytes.count) }
            b.bytes.insert(try octet(vm, a[2]), at: min(i, b.bytes.count))
            return .none
        }
        t.defineMethod("pop") { vm, a in
            try a.check("pop", min: 1, max: 2, skipSelf: 1)
            let b = try receiver(a, "pop")
            if b.bytes.isEmpty { throw PyError.indexError("pop from empty bytearray") }
            var i = try a.optional(1).map { try vm.indexInt($0) } ?? -1
            if i < 0 { i += b.bytes.count }
            guard i >= 0, i < b.bytes.count else { throw PyError.indexError("pop index out of range") }
            return .int(Int(b.bytes.remove(at: i)))
        }
        t.defineMethod("remove") { vm, a in
            try a.check("remove", min: 2, max: 2, skipSelf: 1)
            let b = try receiver(a, "remove")
            let x = try octet(vm, a[1])
            guard let i = b.bytes.firstIndex(of: x) else { throw PyError.valueError("value not found in bytearray") }
            b.bytes.remove(at: i)
            return .none
        }
        t.defineMethod("clear") { _, a in
            try a.check("clear", min: 1, max: 1, skipSelf: 1)
            try receiver(a, "clear").bytes.removeAll()
            return .none
        }
        t.defineMethod("reverse") { _, a in
            try a.check("reverse", min: 1, max: 1, skipSelf: 1)
            try receiver(a, "reverse").bytes.reverse()
            return .none
        }
        t.defineMethod("__setitem__") { vm, a in
            try a.check("__setitem__", min: 3, max: 3, skipSelf: 1)
            try receiver(a, "__setitem__").nativeSetItem(vm, a[1], a[2])
            return .none
        }
        t.defineMethod("__delitem__") { vm, a in
            try a.check("__delitem__", min: 2, max: 2, skipSelf: 1)
            try receiver(a, "__delitem__").nativeDeleteItem(vm, a[1])
            return .none
        }
        for type in [PyBytes.type, t] {
            type.defineMethod("__len__") { vm, a in
                try a.check("__len__", min: 1, max: 1, skipSelf: 1)
                return .int(try BytesLibraryMethods.receiver(a, "__len__").count)
            }
            type.defineMethod("__getitem__") { vm, a in
                try a.check("__getitem__", min: 2, max: 2, skipSelf: 1)
                _ = try BytesLibraryMethods.receiver(a, "__getitem__")
                return try (a[0].object as? NativeContainer)?.nativeGetItem(vm, a[1]) ?? .none
            }
            type.defineMethod("__contains__") { vm, a in
                try a.check("__contains__", min: 2, max: 2, skipSelf: 1)
                _ = try BytesLibraryMethods.receiver(a, "__contains__")
                return .bool(try (a[0].object as? NativeContainer)?.nativeContains(vm, a[1]) ?? false)
            }
        }
        t.defineMethod("copy") { _, a in
            try a.check("copy", min: 1, max: 1, skipSelf: 1)
            return .object(PyByteArray(try receiver(a, "copy").bytes))
        }
    }

    static func receiver(_ a: Args, _ name: String) throws -> PyByteArray {
        guard case .object(let o) = a[0], let b = o as? PyByteArray else {
            throw PyError.typeError("descriptor '\(name)' for 'bytearray' objects doesn't apply to a '\(a[0].type.cTypeName)' object")
        }
        return b
    }

    /// One octet from an int-like value (`ba[i] = v`, `append(v)`).
    static func octet(_ vm: Interpreter, _ v: Value) throws -> UInt8 {
        guard v.isInteger || v.type.lookup(Names.index) != nil else {
            throw PyError.typeError("'\(v.type.cTypeName)' object cannot be interpreted as an integer")
        }
        let i = try vm.indexInt(v)
        guard i >= 0 && i < 256 else { throw PyError.valueError("byte must be in range(0, 256)") }
        return UInt8(i)
    }

    /// The octets of a bytes-like object or an iterable of ints; `message`
    /// is the TypeError for anything else (a str, a non-iterable).
    static func octets(_ vm: Interpreter, _ v: Value, for message: String) throws -> [UInt8] {
        if let b = BytesLibraryMethods.bytesOf(v) { return b }
        if v.stringValue != nil || v.isInteger { throw PyError.typeError(message) }
        return try vm.toArray(v).map { item in
            guard item.isInteger || item.type.lookup(Names.index) != nil else {
                throw PyError.typeError("'\(item.type.cTypeName)' object cannot be interpreted as an integer")
            }
            let i = try vm.indexInt(item)
            guard i >= 0 && i < 256 else { throw PyError.valueError("byte must be in range(0, 256)") }
            return UInt8(i)
        }
    }
}
