import BigInt

/// `__reduce__` and `__setstate__` of the sequence iterators (`list`,
/// `tuple`, `str` and `range` iterators), so `copy.copy(it)`,
/// `copy.deepcopy(it)` and pickling make an iterator positioned where the
/// original is, as in CPython: `iter([1, 2, 3]).__reduce__()` after one
/// `next` is `(iter, ([1, 2, 3],), 1)`, and a list iterator that raised
/// StopIteration reduces to `(iter, ([],))`. A range iterator reduces to
/// the range of the elements still to come (CPython names the whole range
/// and an index: the copies behave the same).
enum IteratorReduce {
    static func install() {
        BuiltinTypes.listIterator.defineMethod("__reduce__") { vm, a in
            try a.check("__reduce__", min: 1, max: 1, skipSelf: 1)
            guard let it = a[0].object as? PyListIterator else { throw receiverError("list_iterator", a[0]) }
            // Only a StopIteration marks it exhausted (index past the end).
            if it.index > it.list.items.count { return try exhausted(vm) }
            return .object(PyTuple([try iterFunction(vm), .object(PyTuple([.object(it.list)])), .int(it.index)]))
        }
        BuiltinTypes.listIterator.defineMethod("__setstate__") { vm, a in
            try a.check("__setstate__", min: 2, max: 2, skipSelf: 1)
            guard let it = a[0].object as? PyListIterator else { throw receiverError("list_iterator", a[0]) }
            let i = try vm.indexInt(a[1])
            // An exhausted iterator stays exhausted.
            if it.index <= it.list.items.count { it.index = min(max(i, 0), it.list.items.count) }
            return .none
        }
        BuiltinTypes.tupleIterator.defineMethod("__reduce__") { vm, a in
            try a.check("__reduce__", min: 1, max: 1, skipSelf: 1)
            guard let it = a[0].object as? PyArrayIterator else { throw receiverError("tuple_iterator", a[0]) }
            return .object(PyTuple([try iterFunction(vm), .object(PyTuple([.object(PyTuple(it.items))])),
                                    .int(it.index)]))
        }
        BuiltinTypes.tupleIterator.defineMethod("__setstate__") { vm, a in
            try a.check("__setstate__", min: 2, max: 2, skipSelf: 1)
            guard let it = a[0].object as? PyArrayIterator else { throw receiverError("tuple_iterator", a[0]) }
            let i = try vm.indexInt(a[1])
            it.index = min(max(i, 0), it.items.count)
            return .none
        }
        for (type, name) in [(BuiltinTypes.strIterator, "str_iterator"),
                             (BuiltinTypes.strASCIIIterator, "str_ascii_iterator")] {
            type.defineMethod("__reduce__") { vm, a in
                try a.check("__reduce__", min: 1, max: 1, skipSelf: 1)
                guard let it = a[0].object as? PyStrIterator else { throw receiverError(name, a[0]) }
                return .object(PyTuple([try iterFunction(vm), .object(PyTuple([.str(it.source)])), .int(it.index)]))
            }
            type.defineMethod("__setstate__") { vm, a in
                try a.check("__setstate__", min: 2, max: 2, skipSelf: 1)
                guard let it = a[0].object as? PyStrIterator else { throw receiverError(name, a[0]) }
                it.resume(at: try vm.indexInt(a[1]))
                return .none
            }
        }
        BuiltinTypes.rangeIterator.defineMethod("__reduce__") { vm, a in
            try a.check("__reduce__", min: 1, max: 1, skipSelf: 1)
            guard let it = a[0].object as? PyRangeIterator else { throw receiverError("range_iterator", a[0]) }
            // The elements still to come, as a range, from position 0.
            let count = max(it.remaining, 0)
            let stop = it.current &+ it.step &* count
            let r = PyRange.make(start: BigInt(it.current), stop: BigInt(stop), step: BigInt(it.step))
            return .object(PyTuple([try iterFunction(vm), .object(PyTuple([.object(r)])), .int(0)]))
        }
        BuiltinTypes.rangeIterator.defineMethod("__setstate__") { vm, a in
            try a.check("__setstate__", min: 2, max: 2, skipSelf: 1)
            guard let it = a[0].object as? PyRangeIterator else { throw receiverError("range_iterator", a[0]) }
            let skip = min(max(try vm.indexInt(a[1]), 0), max(it.remaining, 0))
            it.current &+= it.step &* skip
            it.remaining -= skip
            return .none
        }
    }

    /// The builtin `iter`, which CPython's reductions name.
    private static func iterFunction(_ vm: Interpreter) throws -> Value {
        guard let f = vm.builtins.getStr("iter") else { throw PyError.runtimeError("lost builtins.iter") }
        return f
    }

    /// `(iter, ([],))`: what an exhausted list iterator reduces to.
    private static func exhausted(_ vm: Interpreter) throws -> Value {
        .object(PyTuple([try iterFunction(vm), .object(PyTuple([.object(PyList())]))]))
    }

    private static func receiverError(_ type: String, _ v: Value) -> PyError {
        PyError.typeError("descriptor requires a '\(type)' object but received a '\(v.type.cTypeName)'")
    }
}
