import BigInt

/// The named methods of `collections.deque` (`append`, `popleft`, ...), with
/// CPython 3.11's argument errors.
enum DequeMethods {
    static func install(on t: PyType) {
        t.defineMethod("append") { vm, a in
            try a.check("deque.append", min: 2, max: 2, skipSelf: 1)
            try DequeModule.receiver(a, "append").append(vm, a[1])
            return .none
        }
        t.defineMethod("appendleft") { vm, a in
            try a.check("deque.appendleft", min: 2, max: 2, skipSelf: 1)
            try DequeModule.receiver(a, "appendleft").appendLeft(vm, a[1])
            return .none
        }
        t.defineMethod("pop") { _, a in
            try a.check("deque.pop", min: 1, max: 1, skipSelf: 1)
            return try DequeModule.receiver(a, "pop").pop()
        }
        t.defineMethod("popleft") { _, a in
            try a.check("deque.popleft", min: 1, max: 1, skipSelf: 1)
            return try DequeModule.receiver(a, "popleft").popLeft()
        }
        t.defineMethod("extend") { vm, a in
            try a.check("deque.extend", min: 2, max: 2, skipSelf: 1)
            try DequeModule.receiver(a, "extend").extend(vm, a[1], left: false)
            return .none
        }
        t.defineMethod("extendleft") { vm, a in
            try a.check("deque.extendleft", min: 2, max: 2, skipSelf: 1)
            try DequeModule.receiver(a, "extendleft").extend(vm, a[1], left: true)
            return .none
        }
        t.defineMethod("clear") { _, a in
            try a.check("deque.clear", min: 1, max: 1, skipSelf: 1)
            try DequeModule.receiver(a, "clear").clear()
            return .none
        }
        for name in ["copy", "__copy__"] {
            t.defineMethod(name) { vm, a in
                try a.check("deque.\(name)", min: 1, max: 1, skipSelf: 1)
                return try DequeModule.receiver(a, name).copy(vm)
            }
        }
        t.defineMethod("count") { vm, a in
            try a.check("deque.count", min: 2, max: 2, skipSelf: 1)
            return .int(try DequeModule.receiver(a, "count").countOccurrences(vm, a[1]))
        }
        t.defineMethod("index") { vm, a in
            try noKeywords(a, "index")
            let d = try DequeModule.receiver(a, "index")
            try arity(a, "index", min: 1, max: 3)
            let start = try a.optional(2).map { try sliceIndex(vm, $0) } ?? 0
            let stop = try a.optional(3).map { try sliceIndex(vm, $0) } ?? Int.max
            return .int(try d.index(vm, a[1], start: start, stop: stop))
        }
        t.defineMethod("insert") { vm, a in
            try noKeywords(a, "insert")
            let d = try DequeModule.receiver(a, "insert")
            if a.count != 3 {
                throw PyError.typeError("insert() takes exactly 2 arguments (\(a.count - 1) given)")
            }
            try d.insert(vm, try vm.indexInt(a[1]), a[2])
            return .none
        }
        t.defineMethod("remove") { vm, a in
            try a.check("deque.remove", min: 2, max: 2, skipSelf: 1)
            try DequeModule.receiver(a, "remove").removeFirst(vm, a[1])
            return .none
        }
        t.defineMethod("reverse") { _, a in
            try a.check("deque.reverse", min: 1, max: 1, skipSelf: 1)
            try DequeModule.receiver(a, "reverse").reverse()
            return .none
        }
        t.defineMethod("rotate") { vm, a in
            try noKeywords(a, "rotate")
            let d = try DequeModule.receiver(a, "rotate")
            if a.count > 2 {
                throw PyError.typeError("deque.rotate expected at most 1 argument, got \(a.count - 1)")
            }
            d.rotate(try a.optional(1).map { try vm.indexInt($0) } ?? 1)
            return .none
        }
    }

    /// `deque.m() takes no keyword arguments`.
    static func noKeywords(_ a: Args, _ method: String) throws {
        if !a.keywords.isEmpty { throw PyError.typeError("deque.\(method)() takes no keyword arguments") }
    }

    /// CPython's `getargs` wording (`index() takes at least 1 argument (0 given)`).
    static func arity(_ a: Args, _ method: String, min: Int, max: Int) throws {
        let n = a.count - 1
        if n < min {
            throw PyError.typeError("\(method)() takes at least \(min) argument\(min == 1 ? "" : "s") (\(n) given)")
        }
        if n > max {
            throw PyError.typeError("\(method)() takes at most \(max) argument\(max == 1 ? "" : "s") (\(n) given)")
        }
    }

    /// A `start`/`stop` of `index()`: an integer (huge values clamp), never None.
    static func sliceIndex(_ vm: Interpreter, _ v: Value) throws -> Int {
        if let i = v.intValue { return i }
        let isIndex = v.bigIntValue != nil
            || (v.object.map { !$0.type.isBuiltin && $0.type.lookupUser(Names.index) != nil } ?? false)
        guard isIndex else {
            throw PyError.typeError("slice indices must be integers or have an __index__ method")
        }
        let b = try vm.indexValue(v)
        return Int(exactly: b) ?? (b < 0 ? -Int.max : Int.max)
    }
}
