/// Small native hooks the pure-Python standard library (Lib/) needs from the
/// VM, kept apart from the core files:
/// - `list[int]`, `dict[str, int]`, `tuple[int, ...]`, `set[...]`,
///   `frozenset[...]`, `type[...]`, `enumerate[...]`, `mappingproxy[...]`,
///   `(Base)ExceptionGroup[...]`, `AsyncGeneratorType[...]` build a `types.GenericAlias`
///   (Lib/_generic_alias.py) instead of returning the class itself;
/// - `int | None`, `str | list[int]`: `type.__or__` builds a
///   `types.UnionType` through `_generic_alias._type_or` (which answers
///   NotImplemented for operands CPython rejects);
/// - generators' `gi_suspended` (inspect.getgeneratorstate);
/// - `__length_hint__` on list, tuple and range iterators
///   (operator.length_hint).
enum LibrarySupport {
    static func install() {
        for t in [BuiltinTypes.list, BuiltinTypes.dict, BuiltinTypes.tuple, BuiltinTypes.set,
                  BuiltinTypes.frozenset, BuiltinTypes.type, LazyIterators.enumerateType, MappingProxy.type,
                  BuiltinTypes.baseExceptionGroup, BuiltinTypes.exceptionGroup, BuiltinTypes.asyncGenerator] {
            t.defineClassMethod("__class_getitem__") { vm, a in
                try a.check("\(t.name).__class_getitem__", min: 2, max: 2, skipSelf: 1)
                let types = try vm.importModule("_generic_alias")
                guard let alias = types.namespace.getStr("GenericAlias") else { return a[0] }
                return try vm.call(alias, [a[0], a[1]])
            }
        }
        // operator.length_hint(iter(x)): how many items an iterator has left.
        let lengthHint: NativeFunction = { _, a in
            switch a[0].object {
            case let it as PyListIterator: return .int(max(0, it.list.items.count - it.index))
            case let it as PyArrayIterator: return .int(max(0, it.items.count - it.index))
            case let it as PyRangeIterator: return .int(max(0, it.remaining))
            case let it as PyDictIterator: return .int(it.lengthHint)
            default: return .object(BuiltinTypes.notImplemented)
            }
        }
        for t in [BuiltinTypes.iterator, BuiltinTypes.listIterator, BuiltinTypes.tupleIterator,
                  BuiltinTypes.rangeIterator, BuiltinTypes.dictKeyIterator, BuiltinTypes.dictValueIterator,
                  BuiltinTypes.dictItemIterator, BuiltinTypes.dictReverseKeyIterator,
                  BuiltinTypes.dictReverseValueIterator, BuiltinTypes.dictReverseItemIterator] {
            t.defineMethod("__length_hint__", lengthHint)
        }
        BuiltinTypes.generator.defineProperty("gi_suspended", get: { _, a in
            guard let g = a[0].object as? PyGenerator else {
                throw PyError.typeError("descriptor 'gi_suspended' requires a 'generator' object")
            }
            return .bool(g.state == .suspended)
        })
    }

    /// `_generic_alias._type_or(a, b)`, or nil (NotImplemented) when it has none.
    static func typeOr(_ vm: Interpreter, _ a: Value, _ b: Value) throws -> Value? {
        let types = try vm.importModule("_generic_alias")
        guard let f = types.namespace.getStr("_type_or") else { return nil }
        let r = try vm.call(f, [a, b])
        if case .object(let o) = r, o === BuiltinTypes.notImplemented { return nil }
        return r
    }
}

extension PyType: NativeOperand {
    /// `X | Y` on classes (PEP 604): a `types.UnionType`.
    public func nativeBinary(_ vm: Interpreter, _ op: BinaryOp, _ other: Value, reflected: Bool) throws -> Value? {
        guard op == .or else { return nil }
        let me = Value.object(self)
        return try reflected ? LibrarySupport.typeOr(vm, other, me) : LibrarySupport.typeOr(vm, me, other)
    }

    public func nativeCompare(_ vm: Interpreter, _ op: CompareOp, _ other: Value) throws -> Value? { nil }
}
