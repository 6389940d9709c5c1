/// Methods of `list` and `tuple` with CPython 3.11's argument checking and
/// messages.
enum ListMethods {
    static func install() {
        let list = BuiltinTypes.list
        list.defineMethod("append") { vm, a in
            try a.check("list.append", min: 2, max: 2, skipSelf: 1)
            try append(vm, try receiver(a, "append"), a[1])
            return .none
        }
        list.defineMethod("extend") { vm, a in
            try a.check("list.extend", min: 2, max: 2, skipSelf: 1)
            let l = try receiver(a, "extend")
            let extra = try vm.toArray(a[1])
            // chargeGrowth counts steps of one; a jump is charged whole.
            try vm.charge(extra.count * 16)
            try vm.chargeGrowth(l.items.count + extra.count)
            l.items.append(contentsOf: extra)
            // Copying counts as native work: a short loop of big extends
            // ran for seconds between two checks of the wall clock.
            try vm.nativeWork(extra.count >> 2)
            return .none
        }
        list.defineMethod("insert") { vm, a in
            try a.check("insert", min: 3, max: 3, skipSelf: 1)
            let l = try receiver(a, "insert")
            let n = l.items.count
            var i = try vm.indexInt(a[1])
            if i < 0 { i = max(0, i + n) } else { i = min(i, n) }
            try vm.chargeGrowth(n + 1)
            l.items.insert(a[2], at: i)
            return .none
        }
        list.defineMethod("pop") { vm, a in
            try a.check("pop", min: 1, max: 2, skipSelf: 1)
            let l = try receiver(a, "pop")
            if l.items.isEmpty { throw PyError.indexError("pop from empty list") }
            guard a.count == 2 else { return l.items.removeLast() }
            var i = try vm.indexInt(a[1])
            if i < 0 { i += l.items.count }
            guard i >= 0 && i < l.items.count else { throw PyError.indexError("pop index out of range") }
            return l.items.remove(at: i)
        }
        list.defineMethod("remove") { vm, a in
            try a.check("list.remove", min: 2, max: 2, skipSelf: 1)
            let l = try receiver(a, "remove")
            var i = 0
            while i < l.items.count {
                if try vm.keyEquals(l.items[i], a[1]) {
                    // The comparison may have run code that shrank the list.
                    if i < l.items.count { l.items.remove(at: i) }
                    return .none
                }
                i += 1
            }
            throw PyError.valueError("list.remove(x): x not in list")
        }
        list.defineMethod("index") { vm, a in
            let l = try receiver(a, "index")
            if let i = try findIndex(vm, a, { l.items }) { return .int(i) }
            throw PyError.valueError("\(try vm.repr(a[1])) is not in list")
        }
        list.defineMethod("count") { vm, a in
            try a.check("list.count", min: 2, max: 2, skipSelf: 1)
            let l = try receiver(a, "count")
            return .int(try countEqual(vm, l.items, a[1]))
        }
        list.defineMethod("sort") { vm, a in
            if a.count > 1 { throw PyError.typeError("sort() takes no positional arguments") }
            let l = try receiver(a, "sort")
            for (name, _) in a.keywords where name != "key" && name != "reverse" {
                throw PyError.typeError("'\(name)' is an invalid keyword argument for sort()")
            }
            let (key, reverse) = try OrderingBuiltins.sortOptions(vm, a.keywords, "sort")
            // Like CPython, the list looks empty while it is being sorted.
            var items = l.items
            l.items = []
            do {
                try vm.sortValues(&items, key: key, reverse: reverse)
            } catch {
                l.items = items
                throw error
            }
            let modified = !l.items.isEmpty
            l.items = items
            if modified { throw PyError.valueError("list modified during sort") }
            return .none
        }
        list.defineMethod("reverse") { _, a in
            try a.check("list.reverse", min: 1, max: 1, skipSelf: 1)
            try receiver(a, "reverse").items.reverse()
            return .none
        }
        list.defineMethod("copy") { _, a in
            try a.check("list.copy", min: 1, max: 1, skipSelf: 1)
            return .object(PyList(try receiver(a, "copy").items))
        }
        list.defineMethod("clear") { _, a in
            try a.check("list.clear", min: 1, max: 1, skipSelf: 1)
            let list = try receiver(a, "clear")
            if !list.items.isEmpty { DeepRelease.releaseItems(&list.items) }
            return .none
        }

        let tuple = BuiltinTypes.tuple
        tuple.defineMethod("index") { vm, a in
            let items = try tupleItems(a, "index")
            if let i = try findIndex(vm, a, { items }) { return .int(i) }
            throw PyError.valueError("tuple.index(x): x not in tuple")
        }
        tuple.defineMethod("count") { vm, a in
            try a.check("tuple.count", min: 2, max: 2, skipSelf: 1)
            return .int(try countEqual(vm, try tupleItems(a, "count"), a[1]))
        }
    }

    /// `l.append(item)`, its growth charged to the memory limit.
    static func append(_ vm: Interpreter, _ l: PyList, _ item: Value) throws {
        let n = l.items.count
        try vm.chargeGrowth(n + 1)
        // A full buffer is copied into one twice its size while it is
        // still live: charged whole, or a long list overshoots the limit
        // by half before the next check.
        if n >= 1 << 12, n == l.items.capacity { try vm.charge(n, times: 2 * MemoryLayout<Value>.stride) }
        l.items.append(item)
    }

    /// `self` of a list method, or CPython's descriptor TypeError.
    static func receiver(_ a: Args, _ method: String) throws -> PyList {
        if let first = a.positional.first, case .object(let o) = first, let l = o as? PyList { return l }
        let shown = a.positional.first?.type.name ?? "nothing"
        throw PyError.typeError("descriptor '\(method)' for 'list' objects doesn't apply to a '\(shown)' object")
    }

    static func tupleItems(_ a: Args, _ method: String) throws -> [Value] {
        if let first = a.positional.first, case .object(let o) = first, let t = o as? PyTuple { return t.items }
        let shown = a.positional.first?.type.name ?? "nothing"
        throw PyError.typeError("descriptor '\(method)' for 'tuple' objects doesn't apply to a '\(shown)' object")
    }

    /// `seq.index(x, start=0, stop=len)` shared by list and tuple; the
    /// sequence is re-read each step because comparisons may mutate it.
    static func findIndex(_ vm: Interpreter, _ a: Args, _ items: () -> [Value]) throws -> Int? {
        try a.check("index", min: 2, max: 4, skipSelf: 1)
        var start = 0, stop = Int.max
        if a.count > 2 { start = try sliceBound(vm, a[2]) }
        if a.count > 3 { stop = try sliceBound(vm, a[3]) }
        let n = items().count
        if start < 0 { start = max(0, start + n) }
        if stop < 0 { stop = max(0, stop + n) }
        var i = start
        while i < min(stop, items().count) {
            if try vm.keyEquals(items()[i], a[1]) { return i }
            i += 1
        }
        return nil
    }

    private static func sliceBound(_ vm: Interpreter, _ v: Value) throws -> Int {
        if let i = v.intValue { return i }
        let b = try vm.indexValue(v)
        return Int(exactly: b) ?? (b.signum() < 0 ? Int.min / 2 : Int.max / 2)
    }

    static func countEqual(_ vm: Interpreter, _ items: [Value], _ x: Value) throws -> Int {
        var n = 0
        for item in items where try vm.keyEquals(item, x) { n += 1 }
        return n
    }
}

extension Interpreter {
    /// Charges the memory limit for a container growing to `count` slots:
    /// every 4096 new slots cost their 64 KiB once (`charge` ignores
    /// smaller amounts), so growth loops stop at the memory limit.
    @inline(__always)
    func chargeGrowth(_ count: Int) throws {
        if count & 0xFFF == 0 { try charge(4096 * 16) }
    }
}
