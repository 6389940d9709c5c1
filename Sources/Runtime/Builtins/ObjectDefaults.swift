/// The rest of `object`'s method table, so that every name `dir()` lists
/// for any value can be fetched with `getattr`: the order comparisons (all
/// NotImplemented), `__subclasshook__`, `__getstate__`, `__sizeof__`, and
/// `__reduce__`/`__reduce_ex__` (copyreg's Python version of CPython's C
/// code, which pickle and copy already use).
enum ObjectDefaults {
    static func install() {
        let t = BuiltinTypes.object
        for name in ["__lt__", "__le__", "__gt__", "__ge__"] {
            t.defineMethod(name) { _, a in
                try a.check(name, min: 2, max: 2, skipSelf: 1)
                return .object(BuiltinTypes.notImplemented)
            }
        }
        t.defineClassMethod("__subclasshook__") { _, _ in .object(BuiltinTypes.notImplemented) }
        // 3.11's default for an instance without slots: its __dict__, or
        // None when that is empty.
        t.defineMethod("__getstate__") { _, a in
            try a.check("__getstate__", min: 1, max: 1, skipSelf: 1)
            guard case .object(let o) = a[0], !(o is PyType), let d = o.dict, d.count > 0 else { return .none }
            return .object(d)
        }
        t.defineMethod("__sizeof__") { vm, a in
            try a.check("__sizeof__", min: 1, max: 1, skipSelf: 1)
            return .int(try basicSize(vm, a[0]))
        }
        t.defineMethod("__reduce_ex__") { vm, a in
            try a.check("__reduce_ex__", min: 2, max: 2, skipSelf: 1)
            let copyreg = try vm.importModule("copyreg")
            return try vm.callMethod(.object(copyreg), "_object_reduce_ex", [a[0], a[1]])
        }
        t.defineMethod("__reduce__") { vm, a in
            try a.check("__reduce__", min: 1, max: 1, skipSelf: 1)
            let copyreg = try vm.importModule("copyreg")
            return try vm.callMethod(.object(copyreg), "_reduce_ex", [a[0], .int(0)])
        }
    }

    /// `object.__sizeof__`: sys.getsizeof's figure without the GC header of
    /// tracked objects; a class instance is its header plus one pointer per
    /// slot (a class's own `__sizeof__` is not consulted, so `super()` works).
    static func basicSize(_ vm: Interpreter, _ v: Value) throws -> Int {
        guard case .object(let o) = v else { return try SysSizeOf.size(vm, v) }
        if let inst = o as? PyInstance {
            // The header, then one pointer per slot or the managed dict's.
            guard let slots = inst.type.allowedInstanceAttributes() else { return 24 }
            return 16 + 8 * slots.count
        }
        let size = try SysSizeOf.objectSize(vm, o, v)
        if o is PyStr || o is PyBigInt || o is PyBytes || o is PyComplex || o is PyRange { return size }
        return max(16, size - SysSizeOf.gcHeader)
    }
}
