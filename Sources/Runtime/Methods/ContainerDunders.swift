/// `__len__`, `__contains__`, `__getitem__`, `__setitem__` and
/// `__delitem__` of the builtin containers, applied to the builtin storage so
/// that `super().__getitem__(i)` / `dict.__delitem__(self, k)` inside a
/// subclass override never recurse into the override.
enum ContainerDunders {
    static func install() {
        for type in [BuiltinTypes.str, BuiltinTypes.list, BuiltinTypes.tuple, BuiltinTypes.dict, BuiltinTypes.set,
                     BuiltinTypes.frozenset, BuiltinTypes.dictKeys, BuiltinTypes.dictValues, BuiltinTypes.dictItems] {
            type.defineMethod("__len__") { vm, a in
                try a.check("__len__", min: 1, max: 1, skipSelf: 1)
                return .int(try storageLength(vm, a[0]))
            }
            type.defineMethod("__contains__") { vm, a in
                try a.check("__contains__", min: 2, max: 2, skipSelf: 1)
                return .bool(try storageContains(vm, a[0], a[1]))
            }
        }
        for type in [BuiltinTypes.list, BuiltinTypes.tuple, BuiltinTypes.str] {
            type.defineMethod("__getitem__") { vm, a in
                try a.check("__getitem__", min: 2, max: 2, skipSelf: 1)
                guard case .object(let o) = a[0] else { throw PyError.typeError("descriptor '__getitem__' needs an object") }
                switch o {
                case let l as PyList where a[1].intValue != nil:
                    return l.items[try vm.sequenceIndex(a[1], count: l.items.count, what: "list")]
                case let l as PyList: return try vm.getItem(.object(PyList(l.items)), a[1])
                case let t as PyTuple: return try vm.getItem(.object(PyTuple(t.items)), a[1])
                case let s as PyStr: return try vm.getItem(.str(s.value), a[1])
                default: throw PyError.typeError("descriptor '__getitem__' doesn't apply to a '\(o.type.cTypeName)' object")
                }
            }
        }
        BuiltinTypes.list.defineMethod("__setitem__") { vm, a in
            try a.check("__setitem__", min: 3, max: 3, skipSelf: 1)
            let l = try ListMethods.receiver(a, "__setitem__")
            if a[1].intValue != nil {
                l.items[try vm.sequenceIndex(a[1], count: l.items.count, what: "list assignment")] = a[2]
                return .none
            }
            let plain = PyList(l.items)
            try vm.setItem(.object(plain), a[1], a[2])
            l.items = plain.items
            return .none
        }
        BuiltinTypes.list.defineMethod("__delitem__") { vm, a in
            try a.check("__delitem__", min: 2, max: 2, skipSelf: 1)
            let l = try ListMethods.receiver(a, "__delitem__")
            let plain = PyList(l.items)
            try vm.deleteItem(.object(plain), a[1])
            l.items = plain.items
            return .none
        }
        BuiltinTypes.dict.defineMethod("__delitem__") { vm, a in
            try a.check("__delitem__", min: 2, max: 2, skipSelf: 1)
            if try DictMethods.receiver(a, "__delitem__").remove(a[1], vm) == nil { throw PyError.keyError(a[1]) }
            return .none
        }
    }

    static func storageLength(_ vm: Interpreter, _ v: Value) throws -> Int {
        guard case .object(let o) = v else { throw PyError.typeError("object of type '\(v.type.cTypeName)' has no len()") }
        switch o {
        case let s as PyStr: return s.count
        case let l as PyList: return l.items.count
        case let t as PyTuple: return t.items.count
        case let d as PyDict: return d.count
        case let s as PySet: return s.count
        case let view as PyDictView: return view.target.count
        default: throw PyError.typeError("object of type '\(o.type.cTypeName)' has no len()")
        }
    }

    static func storageContains(_ vm: Interpreter, _ v: Value, _ item: Value) throws -> Bool {
        guard case .object(let o) = v else { return false }
        switch o {
        case let s as PyStr: return try vm.contains(.str(s.value), item)
        case let l as PyList:
            for x in l.items where try vm.keyEquals(x, item) { return true }
            return false
        case let t as PyTuple:
            for x in t.items where try vm.keyEquals(x, item) { return true }
            return false
        case let d as PyDict: return try d.get(item, vm) != nil
        case let s as PySet: return try s.contains(item, vm)
        case let view as PyDictView: return try view.nativeContains(vm, item) ?? vm.contains(.object(view), item)
        default: return false
        }
    }
}
