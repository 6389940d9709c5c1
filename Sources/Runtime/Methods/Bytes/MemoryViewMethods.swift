/// `memoryview`'s constructor, methods and properties (CPython 3.11's
/// names and messages, for the one-dimensional byte views PyMemoryView has).
enum MemoryViewMethods {
    static func install() {
        let t = PyMemoryView.type
        t.defineNew { _, _, a in
            let s = try a.bind("memoryview", ["object"], required: 1)
            guard let source = s[0] else { return .none }
            switch source.object {
            case let b as PyBytes: return .object(PyMemoryView(base: b, start: 0, step: 1, count: b.bytes.count))
            case let b as PyByteArray: return .object(PyMemoryView(base: b, start: 0, step: 1, count: b.bytes.count))
            case let m as PyMemoryView:
                try m.checkReleased()
                return .object(PyMemoryView(base: m.base, start: m.start, step: m.step, count: m.count, format: m.format))
            default:
                throw PyError.typeError("memoryview: a bytes-like object is required, not '\(source.type.cTypeName)'")
            }
        }
        t.defineMethod("tobytes") { _, a in
            let s = try a.bind("tobytes", ["order"], required: 0, skipSelf: 1)
            _ = s
            return .object(PyBytes(try receiver(a, "tobytes").octets()))
        }
        t.defineMethod("tolist") { vm, a in
            try a.check("tolist", min: 1, max: 1, skipSelf: 1)
            let view = try receiver(a, "tolist")
            try view.checkReleased()
            // The list's slots, charged before they are made: 40 MB of
            // bytes became a 640 MB list the limit never saw.
            try vm.charge(view.count, times: MemoryLayout<Value>.stride)
            return .object(PyList(try view.items()))
        }
        t.defineMethod("cast") { vm, a in
            let s = try a.bind("cast", ["format", "shape"], required: 1, skipSelf: 1)
            let view = try receiver(a, "cast")
            try view.checkReleased()
            guard let formatArg = s[0], let text = formatArg.asStr?.value else {
                throw PyError.typeError("memoryview: format argument must be a string")
            }
            guard let format = MemoryViewFormat(code: text) else {
                throw PyError.valueError("memoryview: destination format must be a native single character format prefixed with an optional '@'")
            }
            guard view.step == view.format.itemSize || view.count <= 1 else {
                throw PyError.typeError("memoryview: casts are restricted to C-contiguous views")
            }
            guard view.format.isByteFormat || format.isByteFormat else {
                throw PyError.typeError("memoryview: cannot cast between two non-byte formats")
            }
            let nbytes = view.count * view.format.itemSize
            guard nbytes % format.itemSize == 0 else {
                throw PyError.typeError("memoryview: length is not a multiple of itemsize")
            }
            let count = nbytes / format.itemSize
            if let shape = s[1], !shape.isNone {
                let dims: [Value]
                switch shape.object {
                case let l as PyList: dims = l.items
                case let t as PyTuple: dims = t.items
                default: throw PyError.typeError("shape must be a list or a tuple")
                }
                var product = 1
                for d in dims { product *= try vm.indexInt(d) }
                guard product == count else {
                    throw PyError.typeError("memoryview: product(shape) * itemsize != buffer size")
                }
                guard dims.count == 1 else {
                    throw PyError(BuiltinTypes.notImplementedError, "memoryview: multi-dimensional casts are not supported")
                }
            }
            return .object(PyMemoryView(base: view.base, start: view.start, step: format.itemSize,
                                        count: count, format: format))
        }
        t.defineMethod("hex") { vm, a in
            let view = try receiver(a, "hex")
            var rest = a
            rest.positional[0] = .object(PyBytes(try view.octets()))
            guard let hex = PyBytes.type.lookup(Names.intern("hex")) else { return .str("") }
            return try vm.call(hex, rest)
        }
        t.defineMethod("release") { _, a in
            try a.check("release", min: 1, max: 1, skipSelf: 1)
            try receiver(a, "release").released = true
            return .none
        }
        t.defineMethod("__enter__") { _, a in
            try receiver(a, "__enter__").checkReleased()
            return a[0]
        }
        t.defineMethod("__exit__") { _, a in
            try receiver(a, "__exit__").released = true
            return .false
        }
        t.defineMethod("__len__") { vm, a in .int(try receiver(a, "__len__").nativeLength(vm)) }
        t.defineMethod("__getitem__") { vm, a in
            try a.check("__getitem__", min: 2, max: 2, skipSelf: 1)
            return try receiver(a, "__getitem__").nativeGetItem(vm, a[1])
        }
        t.defineMethod("__setitem__") { vm, a in
            try a.check("__setitem__", min: 3, max: 3, skipSelf: 1)
            try receiver(a, "__setitem__").nativeSetItem(vm, a[1], a[2])
            return .none
        }
        t.defineProperty("obj", get: { _, a in
            let view = try receiver(a, "obj")
            try view.checkReleased()
            return .object(view.base)
        })
        t.defineProperty("nbytes", get: { _, a in
            let view = try receiver(a, "nbytes")
            return .int(view.count * view.format.itemSize)
        })
        t.defineProperty("readonly", get: { _, a in .bool(try receiver(a, "readonly").readonly) })
        t.defineProperty("itemsize", get: { _, a in .int(try receiver(a, "itemsize").format.itemSize) })
        t.defineProperty("ndim", get: { _, _ in .int(1) })
        t.defineProperty("format", get: { _, a in .str(try receiver(a, "format").format.code) })
        t.defineProperty("shape", get: { _, a in .object(PyTuple([.int(try receiver(a, "shape").count)])) })
        t.defineProperty("strides", get: { _, a in .object(PyTuple([.int(try receiver(a, "strides").step)])) })
    }

    static func receiver(_ a: Args, _ name: String) throws -> PyMemoryView {
        guard case .object(let o) = a[0], let m = o as? PyMemoryView else {
            throw PyError.typeError("descriptor '\(name)' for 'memoryview' objects doesn't apply to a '\(a[0].type.cTypeName)' object")
        }
        return m
    }
}
