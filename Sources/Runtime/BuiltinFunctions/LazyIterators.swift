import BigInt

/// The lazy iterator types CPython returns from `enumerate`, `zip`, `map`,
/// `filter` and `reversed`: each pulls from its sources only when asked.
enum LazyIterators {
    static func make(_ name: String) -> PyType {
        PyType(name: name, bases: [BuiltinTypes.object], builtin: true, layout: .native)
    }

    /// `type(enumerate(...))`.
    static let enumerateType = make("enumerate")
    /// `type(zip(...))`.
    static let zipType = make("zip")
    /// `type(map(...))`.
    static let mapType = make("map")
    /// `type(filter(...))`.
    static let filterType = make("filter")
    /// `type(reversed(sequence))`.
    static let reversedType = make("reversed")
    /// `type(reversed(list))`.
    static let listReverseType = make("list_reverseiterator")

    /// Gives every lazy iterator type `__iter__` and `__next__`, and makes
    /// the types callable (`enumerate(x)` is the type `enumerate`).
    static func install() {
        for (type, make) in [(enumerateType, enumerate), (zipType, zip), (mapType, map), (filterType, filter),
                             (reversedType, reversed)] as [(PyType, NativeFunction)] {
            type.defineNew { vm, _, a in try make(vm, a) }
        }
        for type in [enumerateType, zipType, mapType, filterType, reversedType, listReverseType] {
            type.defineMethod("__iter__") { _, a in
                try a.check("__iter__", min: 1, max: 1, skipSelf: 1)
                return a[0]
            }
            type.defineMethod("__next__") { vm, a in
                try a.check("__next__", min: 1, max: 1, skipSelf: 1)
                if let v = try vm.next(a[0]) { return v }
                throw PyError.stopIteration()
            }
        }
    }

    static let functions: [(String, NativeFunction)] = [
        ("enumerate", enumerate), ("zip", zip), ("map", map), ("filter", filter), ("reversed", reversed),
    ]

    static func enumerate(_ vm: Interpreter, _ a: Args) throws -> Value {
        let slots = try a.bind("enumerate", ["iterable", "start"], required: 1)
        guard let iterable = slots[0] else { return .none }
        let it = try vm.iterator(iterable)
        var counter = try slots[1].map { try vm.indexValue($0) } ?? 0
        var small = Int(exactly: counter)
        return .object(PyNativeIterator(type: enumerateType) { vm in
            guard let item = try vm.next(it) else { return nil }
            let index: Value
            if let s = small {
                index = .int(s)
                let (n, overflow) = s.addingReportingOverflow(1)
                if overflow { counter = BigInt(s) + 1; small = nil } else { small = n }
            } else {
                index = .integer(counter)
                counter += 1
            }
            return .object(PyTuple([index, item]))
        })
    }

    static func zip(_ vm: Interpreter, _ a: Args) throws -> Value {
        var strict = false
        for (name, value) in a.keywords {
            guard name == "strict" else {
                throw PyError.typeError("zip() got an unexpected keyword argument '\(name)'")
            }
            strict = try vm.isTruthy(value)
        }
        let iterators = try a.positional.map { try vm.iterator($0) }
        var finished = iterators.isEmpty
        return .object(PyNativeIterator(type: zipType) { vm in
            if finished { return nil }
            var items: [Value] = []
            items.reserveCapacity(iterators.count)
            for (i, it) in iterators.enumerated() {
                if let v = try vm.next(it) {
                    items.append(v)
                    continue
                }
                finished = true
                guard strict else { return nil }
                if i > 0 {
                    throw PyError.valueError("zip() argument \(i + 1) is shorter than \(plural(i))")
                }
                for j in 1..<iterators.count where try vm.next(iterators[j]) != nil {
                    throw PyError.valueError("zip() argument \(j + 1) is longer than \(plural(j))")
                }
                return nil
            }
            return .object(PyTuple(items))
        })
    }

    /// "argument 1" or "arguments 1-n", as zip(strict=True) words it.
    private static func plural(_ n: Int) -> String {
        n == 1 ? "argument 1" : "arguments 1-\(n)"
    }

    static func map(_ vm: Interpreter, _ a: Args) throws -> Value {
        if !a.keywords.isEmpty { throw PyError.typeError("map() takes no keyword arguments") }
        if a.count < 2 { throw PyError.typeError("map() must have at least two arguments.") }
        let function = a[0]
        let iterators = try a.positional.dropFirst().map { try vm.iterator($0) }
        if iterators.count == 1 {
            // One iterable (nearly every map): no argument array per item.
            let it = iterators[0]
            return .object(PyNativeIterator(type: mapType) { vm in
                guard let v = try vm.next(it) else { return nil }
                return try vm.callOne(function, v)
            })
        }
        return .object(PyNativeIterator(type: mapType) { vm in
            var args: [Value] = []
            args.reserveCapacity(iterators.count)
            for it in iterators {
                guard let v = try vm.next(it) else { return nil }
                args.append(v)
            }
            return try vm.call(function, args)
        })
    }

    static func filter(_ vm: Interpreter, _ a: Args) throws -> Value {
        try a.check("filter", min: 2, max: 2)
        let predicate = a[0]
        let it = try vm.iterator(a[1])
        return .object(PyNativeIterator(type: filterType) { vm in
            while let item = try vm.next(it) {
                let keep = predicate.isNone ? item : try vm.callOne(predicate, item)
                if try vm.isTruthy(keep) { return item }
            }
            return nil
        })
    }

    static func reversed(_ vm: Interpreter, _ a: Args) throws -> Value {
        try a.check("reversed", min: 1, max: 1)
        let seq = a[0]
        guard case .object(let o) = seq else {
            throw PyError.typeError("'\(seq.type.cTypeName)' object is not reversible")
        }
        if let userCls = o.userClass, let m = userCls.lookupUser(Names.reversed) {
            if m.isNone { throw PyError.typeError("'\(o.type.cTypeName)' object is not reversible") }
            return try vm.call(m, [seq])
        }
        switch o {
        case let list as PyList:
            var index = list.items.count - 1
            return .object(PyNativeIterator(type: listReverseType) { _ in
                guard index >= 0 && index < list.items.count else { return nil }
                index -= 1
                return list.items[index + 1]
            })
        case let d as PyDict:
            return .object(PyDictIterator(d, .keys, reverse: true))
        case let view as PyDictView:
            return .object(PyDictIterator(view.target, view.kind, reverse: true))
        case let r as PyRange:
            return .object(r.makeReversedIterator())
        case is PySet:
            throw PyError.typeError("'\(o.type.cTypeName)' object is not reversible")
        case let r as NativeReversible:
            return try r.makeReversedIterator(vm)
        default:
            break
        }
        // CPython's `PySequence_Check`: an item slot (a class's
        // `__getitem__`), then the length (`object of type 'X' has no len()`).
        let hasSequenceProtocol = o is PyTuple || o is PyStr
            || o is PyBytes || o is PyByteArray || o is PyMemoryView
            || (!o.type.isBuiltin && o.type.lookupUser(Names.getitem) != nil && !(o is PyDict))
        guard hasSequenceProtocol else {
            throw PyError.typeError("'\(o.type.cTypeName)' object is not reversible")
        }
        var index = try vm.length(seq) - 1
        return .object(PyNativeIterator(type: reversedType) { vm in
            guard index >= 0 else { return nil }
            index -= 1
            do {
                return try vm.getItem(seq, .int(index + 1))
            } catch let e as PyError where e.exception.type.isSubtype(of: BuiltinTypes.indexError)
                        || e.exception.type.isSubtype(of: BuiltinTypes.stopIteration) {
                index = -1
                return nil
            }
        })
    }
}
