/// `sys.getsizeof(obj[, default])`: plausible sizes in bytes, computed with
/// CPython 3.11's 64-bit layouts (header sizes, 30-bit int digits, compact
/// str kinds, dict key tables, set tables, list over-allocation). Our own
/// objects are laid out differently, so these are CPython's figures for the
/// same value, not ours; where CPython's answer depends on history we cannot
/// see (a list's spare capacity, a dict that shrank), the list is sized as if
/// built by appends and the dict as if built by insertions. A class that
/// defines `__sizeof__` gets its result plus the GC header, as in CPython.
enum SysSizeOf {
    static func install(into m: PyModule) {
        m.addFunction("getsizeof") { vm, a in
            let slots = try a.bind("getsizeof", ["object", "default"], required: 1)
            guard let object = slots[0] else { return .none }
            do {
                return .int(try size(vm, object))
            } catch let e as PyError where slots[1] != nil && e.exception.type.isSubtype(of: BuiltinTypes.typeError) {
                return slots[1] ?? .none
            }
        }
    }

    /// The GC header CPython 3.11 puts before tracked objects (16), plus the
    /// managed `__dict__`/weakref pointers of plain class instances (16).
    static let gcHeader = 16

    static func size(_ vm: Interpreter, _ v: Value) throws -> Int {
        let t = v.type
        if !t.isBuiltin, let custom = t.lookupUser(PyStr("__sizeof__")) {
            let r = try vm.call(custom, [v])
            guard r.bigIntValue != nil else { throw PyError.typeError("an integer is required") }
            let n = try vm.indexInt(r)
            if n < 0 { throw PyError.valueError("__sizeof__() should return >= 0") }
            return n + gcHeader + (v.object is PyInstance && t.allowedInstanceAttributes() == nil ? 16 : 0)
        }
        switch v {
        case .none: return 16
        case .bool: return 28
        case .int(let i): return intSize(bits: i == Int.min ? 64 : (Int.bitWidth - abs(i).leadingZeroBitCount))
        case .float: return 24
        case .object(let o): return try objectSize(vm, o, v)
        }
    }

    static func intSize(bits: Int) -> Int { 24 + 4 * max(1, (bits + 29) / 30) }

    /// CPython 3.11's fixed sizes of builtin types without variable parts,
    /// by type name (iterators, views, descriptors, itertools objects).
    static let fixedSizes: [String: Int] = [
        "ellipsis": 16, "NotImplementedType": 16, "property": 80, "enumerate": 72, "zip": 64,
        "dict_keyiterator": 72, "dict_valueiterator": 72, "dict_itemiterator": 72, "set_iterator": 64,
        "dict_keys": 40, "dict_values": 40, "dict_items": 40, "memoryview": 184, "super": 56,
        "method": 64, "SimpleNamespace": 40, "mappingproxy": 40, "partial": 80,
        "count": 56, "chain": 48, "cycle": 64, "islice": 72, "product": 64, "permutations": 80,
        "combinations": 80, "groupby": 80, "accumulate": 64, "starmap": 48, "zip_longest": 72,
        "ReferenceType": 80,
        "itemgetter": 64, "attrgetter": 56,
    ]

    /// Modules whose classes are C types in CPython but Python classes here.
    static let cModules: Set<String> = ["functools", "collections", "itertools", "operator", "types",
                                        "weakref", "_weakref", "builtins"]

    /// BaseException's size by the builtin exception class nearest in the
    /// MRO; a class defined in Python adds its weakref slot.
    static func exceptionSize(_ type: PyType) -> Int {
        guard let base = type.mro.first(where: { $0.isBuiltin }) else { return 88 }
        let size: Int
        switch base.name {
        case "NameError", "UnboundLocalError", "StopIteration", "SystemExit": size = 96
        case "AttributeError": size = 104
        case "ImportError", "ModuleNotFoundError", "BaseExceptionGroup", "ExceptionGroup": size = 112
        case "SyntaxError", "IndentationError", "TabError": size = 152
        case "UnicodeDecodeError", "UnicodeEncodeError", "UnicodeTranslateError": size = 128
        default: size = base.isSubtype(of: BuiltinTypes.osError) ? 128 : 88
        }
        return type.isBuiltin ? size : size + 8
    }

    static func objectSize(_ vm: Interpreter, _ o: PyObject, _ v: Value) throws -> Int {
        if let fixed = fixedSizes[o.type.name], o.type.isBuiltin || cModules.contains(o.type.moduleName) {
            return fixed
        }
        switch o {
        case is PyBigInt:
            let bits = try vm.indexInt(try vm.callMethod(v, "bit_length"))
            return intSize(bits: bits)
        case let s as PyStr:
            let maxScalar = s.value.unicodeScalars.reduce(0) { max($0, $1.value) }
            let n = s.count
            if maxScalar < 128 { return 49 + n }
            if maxScalar < 256 { return 73 + n }
            if maxScalar < 65536 { return 74 + 2 * n }
            return 76 + 4 * n
        case let b as PyBytes: return 33 + b.bytes.count
        case let b as PyByteArray: return b.bytes.isEmpty ? 56 : 57 + b.bytes.count
        case let tup as PyTuple: return 24 + gcHeader + 8 * tup.items.count
        case let l as PyList: return 40 + gcHeader + 8 * listCapacity(l.items.count)
        case let d as PyDict: return dictSize(d)
        case let s as PySet: return 200 + gcHeader + setTableExtra(s.count)
        case is PyComplex: return 32
        case is PyRange: return 48
        case is PySlice: return 56
        case is PyFunction: return 152
        case is PyBoundMethod: return 48
        case is PyBuiltinFunction: return 72
        case is PyGenerator: return 176
        case is PyModule: return 72
        case is PyException: return exceptionSize(o.type)
        case is PySingleton: return 16
        case let ty as PyType: return ty.isBuiltin ? 424 : 1688
        case is PyDeque: return 760
        case _ where o.type === BuiltinTypes.object: return 16
        case is PyInstance:
            guard let slots = o.type.allowedInstanceAttributes() else { return 56 }
            return 16 + 8 * slots.count + gcHeader
        default: return 48
        }
    }

    /// The capacity CPython's list reaches when `n` items are appended one by one.
    static func listCapacity(_ n: Int) -> Int {
        var allocated = 0
        var size = 0
        while size < n {
            size += 1
            if size > allocated { allocated = (size + (size >> 3) + 6) & ~3 }
        }
        return allocated
    }

    /// A dict built by insertions: 64 bytes empty; else the object, the key
    /// table header, its indices and its usable entries (16 bytes each when
    /// every key is a str, 24 otherwise).
    static func dictSize(_ d: PyDict) -> Int {
        let n = d.count
        if n == 0 { return 64 }
        var log2 = 3
        while ((1 << log2) * 2) / 3 < n { log2 += 1 }
        let slots = 1 << log2
        let usable = (slots * 2) / 3
        let indexBytes = slots <= 128 ? 1 : slots <= 65536 ? 2 : 4
        let allStr = d.keys.allSatisfy { $0.type === BuiltinTypes.str }
        return 96 + (allStr ? 16 : 24) * usable + slots * indexBytes
    }

    /// The table a set grows to holding `n` elements, beyond the 8 slots
    /// inside the object.
    static func setTableExtra(_ n: Int) -> Int {
        var table = 8
        var fill = 0
        while fill < n {
            fill += 1
            if fill * 5 >= (table - 1) * 3 {
                let minUsed = fill > 50000 ? fill * 2 : fill * 4
                var newSize = 8
                while newSize <= minUsed { newSize <<= 1 }
                table = newSize
            }
        }
        return table > 8 ? table * 16 : 0
    }
}
