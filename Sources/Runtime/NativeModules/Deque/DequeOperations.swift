/// The Python-level operations of `collections.deque`, with CPython 3.11's
/// semantics: `maxlen` trimming, mutation counting and error messages.
extension PyDeque {
    /// `append(x)`: adds on the right, dropping from the left past `maxlen`.
    @inline(__always)
    func append(_ vm: Interpreter, _ v: Value) throws {
        state &+= 1
        if maxlen == 0 { return }
        try pushBack(vm, v)
        if let m = maxlen, count > m { _ = popFront() }
    }

    /// `appendleft(x)`: adds on the left, dropping from the right past `maxlen`.
    @inline(__always)
    func appendLeft(_ vm: Interpreter, _ v: Value) throws {
        state &+= 1
        if maxlen == 0 { return }
        try pushFront(vm, v)
        if let m = maxlen, count > m { _ = popBack() }
    }

    /// `pop()`.
    func pop() throws -> Value {
        guard let v = popBack() else { throw PyError.indexError("pop from an empty deque") }
        state &+= 1
        return v
    }

    /// `popleft()`.
    @inline(__always)
    func popLeft() throws -> Value {
        guard let v = popFront() else { throw PyError.indexError("pop from an empty deque") }
        state &+= 1
        return v
    }

    /// `clear()` (an empty deque is left untouched, as in CPython).
    func clear() {
        if count == 0 { return }
        state &+= 1
        removeAllElements()
    }

    /// `extend(iterable)` or, with `left`, `extendleft(iterable)`.
    func extend(_ vm: Interpreter, _ iterable: Value, left: Bool) throws {
        var source = iterable
        if case .object(let o) = iterable, o === self { source = .object(PyList(elements)) }
        if case .object(let o) = source, o.type.isBuiltin {
            let items: [Value]?
            switch o {
            case let l as PyList: items = l.items
            case let t as PyTuple: items = t.items
            default: items = nil
            }
            if let items {
                for x in items { try left ? appendLeft(vm, x) : append(vm, x) }
                return
            }
        }
        let it = try vm.iterator(source)
        var n = 0
        while let x = try vm.next(it) {
            try left ? appendLeft(vm, x) : append(vm, x)
            n &+= 1
            // A native endless iterator must still meet the wall-clock limit.
            if n & 0xFFFF == 0 { try DequeModule.checkWall(vm) }
        }
    }

    /// `rotate(n)`: right by `n` steps, left when negative.
    func rotate(_ steps: Int) {
        let len = count
        if len <= 1 { return }
        var n = steps
        let half = len >> 1
        if n > half || n < -half {
            n %= len
            if n > half { n -= len } else if n < -half { n += len }
        }
        state &+= 1
        rotateElements(n)
    }

    /// `reverse()` (not a mutation for iterators, as in CPython).
    func reverse() { reverseElements() }

    /// `insert(i, x)`.
    func insert(_ vm: Interpreter, _ index: Int, _ v: Value) throws {
        let n = count
        if let m = maxlen, m == n { throw PyError.indexError("deque already at its maximum size") }
        if index >= n { return try append(vm, v) }
        if index <= -n || index == 0 { return try appendLeft(vm, v) }
        let at = index < 0 ? index + n : index
        state &+= 1
        if at < n / 2 {
            try pushFront(vm, v)
            for j in 0..<at { self[j] = self[j + 1] }
        } else {
            try pushBack(vm, v)
            var j = n
            while j > at { self[j] = self[j - 1]; j -= 1 }
        }
        self[at] = v
    }

    /// `del d[i]` for a checked position.
    func delete(at i: Int) {
        state &+= 1
        remove(at: i)
    }

    /// Converts a subscript to a checked position (`d[i]`).
    func position(_ vm: Interpreter, _ key: Value) throws -> Int {
        var i: Int
        if let n = key.intValue {
            i = n
        } else if key.bigIntValue != nil {
            throw PyError.indexError("cannot fit 'int' into an index-sized integer")
        } else if case .object(let o) = key, !o.type.isBuiltin, o.type.lookupUser(Names.index) != nil {
            guard let n = Int(exactly: try vm.indexValue(key)) else {
                throw PyError.indexError("cannot fit 'int' into an index-sized integer")
            }
            i = n
        } else {
            throw PyError.typeError("sequence index must be integer, not '\(key.type.cTypeName)'")
        }
        if i < 0 { i += count }
        if i < 0 || i >= count { throw PyError.indexError("deque index out of range") }
        return i
    }

    /// `count(x)`.
    func countOccurrences(_ vm: Interpreter, _ value: Value) throws -> Int {
        let start = state, n = count
        var found = 0
        for i in 0..<n {
            if i >= count { break }
            if try vm.keyEquals(self[i], value) { found += 1 }
            if state != start { throw PyError.runtimeError("deque mutated during iteration") }
        }
        return found
    }

    /// `index(x, start, stop)` with already clamped bounds.
    func index(_ vm: Interpreter, _ value: Value, start: Int, stop: Int) throws -> Int {
        let n = count
        var lo = start, hi = stop
        if lo < 0 { lo = max(lo + n, 0) }
        if hi < 0 { hi = max(hi + n, 0) }
        if hi > n { hi = n }
        if lo > hi { lo = hi }
        let begin = state
        var i = lo
        while i < hi && i < count {
            if try vm.keyEquals(self[i], value) { return i }
            if state != begin { throw PyError.runtimeError("deque mutated during iteration") }
            i += 1
        }
        throw PyError.valueError("\(try vm.repr(value)) is not in deque")
    }

    /// `remove(x)`.
    func removeFirst(_ vm: Interpreter, _ value: Value) throws {
        let begin = state, n = count
        for i in 0..<n {
            if i >= count { break }
            let hit = try vm.keyEquals(self[i], value)
            if state != begin { throw PyError.indexError("deque mutated during iteration") }
            if hit { delete(at: i); return }
        }
        throw PyError.valueError("\(try vm.repr(value)) is not in deque")
    }

    /// `x in d`.
    func containsValue(_ vm: Interpreter, _ value: Value) throws -> Bool {
        let begin = state, n = count
        for i in 0..<n {
            if i >= count { break }
            if try vm.keyEquals(self[i], value) { return true }
            if state != begin { throw PyError.runtimeError("deque mutated during iteration") }
        }
        return false
    }

    /// `d *= n`.
    func repeatInPlace(_ vm: Interpreter, _ times: Int) throws {
        let size = count
        if times <= 0 || size == 0 { clear(); return }
        if size == 1 {
            let n = maxlen.map { min(times, $0) } ?? times
            let item = self[0]
            state &+= 1
            var i = 1
            while i < n {
                try pushBack(vm, item)
                i += 1
                if i & 0xFFFF == 0 { try DequeModule.checkWall(vm) }
            }
            return
        }
        let (total, over) = size.multipliedReportingOverflow(by: times)
        if over { throw LimitExceeded(name: "memory", value: vm.limits.memoryBytes) }
        var n = times
        if let m = maxlen, total > m { n = (m + size - 1) / size }
        let items = elements
        for k in 1..<max(n, 1) {
            for x in items { try append(vm, x) }
            if k & 0xFF == 0 { try DequeModule.checkWall(vm) }
        }
    }

    /// `copy()`: an exact deque copies itself; a subclass is called as
    /// `type(d)(d)` or `type(d)(d, maxlen)`, which must give a deque.
    func copy(_ vm: Interpreter) throws -> Value {
        if typeStorage == nil {
            let r = PyDeque(type: DequeModule.dequeType)
            r.maxlen = maxlen
            try r.replaceElements(vm, elements)
            return .object(r)
        }
        let cls = type
        let result = try vm.call(.object(cls), maxlen.map { [.object(self), .int($0)] } ?? [.object(self)])
        guard case .object(let o) = result, o is PyDeque else {
            throw PyError.typeError("\(cls.name)() must return a deque, not \(DequeModule.typeName(result.type))")
        }
        return result
    }

    /// `d + other`.
    func concat(_ vm: Interpreter, _ other: Value) throws -> Value {
        guard case .object(let o) = other, o is PyDeque else {
            throw PyError.typeError("can only concatenate deque (not \"\(DequeModule.typeName(other.type))\") to deque")
        }
        let result = try copy(vm)
        if case .object(let r) = result, let d = r as? PyDeque { try d.extend(vm, other, left: false) }
        return result
    }

    /// Rich comparison against another deque (nil: NotImplemented), element
    /// by element through both iterators, as CPython does.
    func compare(_ vm: Interpreter, _ op: CompareOp, _ other: Value) throws -> Value? {
        guard case .object(let o) = other, let w = o as? PyDeque else { return nil }
        let same = w === self, sameSize = count == w.count
        if op == .eq && (same || !sameSize) { return .bool(same) }
        if op == .ne && (same || !sameSize) { return .bool(!same) }
        let it1 = try vm.iterator(.object(self)), it2 = try vm.iterator(other)
        var x: Value?, y: Value?
        while true {
            x = try vm.next(it1)
            y = try vm.next(it2)
            guard let a = x, let b = y else { break }
            if !(try vm.keyEquals(a, b)) { return try vm.compare(a, b, op) }
        }
        switch op {
        case .lt: return .bool(y != nil)
        case .le: return .bool(x == nil)
        case .eq: return .bool(x == nil && y == nil)
        case .ne: return .bool(x != nil || y != nil)
        case .gt: return .bool(x != nil)
        case .ge: return .bool(y == nil)
        }
    }

    /// `repr(d)`: `deque([1, 2])`, `deque([1], maxlen=3)`, `[...]` when recursive.
    func reprText(_ vm: Interpreter) throws -> String {
        try vm.withReprGuard(self, "[...]") {
            let items = try vm.repr(.object(PyList(try vm.toArray(.object(self)))))
            let name = type.name
            if let m = maxlen { return "\(name)(\(items), maxlen=\(m))" }
            return "\(name)(\(items))"
        }
    }
}
