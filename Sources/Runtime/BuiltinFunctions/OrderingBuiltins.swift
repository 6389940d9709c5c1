import Foundation

/// `sorted`, `min`, `max`, `any`, `all`, and the sort shared with
/// `list.sort`.
enum OrderingBuiltins {
    static let functions: [(String, NativeFunction)] = [
        ("sorted", sorted),
        ("min", { vm, a in try extreme(vm, a, "min", .lt) }),
        ("max", { vm, a in try extreme(vm, a, "max", .gt) }),
        ("any", { vm, a in
            try a.check("any", min: 1, max: 1)
            let it = try vm.iterator(a[0])
            while let x = try vm.next(it) {
                if try vm.isTruthy(x) { return .true }
            }
            return .false
        }),
        ("all", { vm, a in
            try a.check("all", min: 1, max: 1)
            let it = try vm.iterator(a[0])
            while let x = try vm.next(it) {
                if !(try vm.isTruthy(x)) { return .false }
            }
            return .true
        }),
    ]

    static func sorted(_ vm: Interpreter, _ a: Args) throws -> Value {
        if a.count != 1 { throw PyError.typeError("sorted expected 1 argument, got \(a.count)") }
        let (key, reverse) = try sortOptions(vm, a.keywords, "sort")
        var items = try vm.toArray(a[0])
        try vm.sortValues(&items, key: key, reverse: reverse)
        return .object(PyList(items))
    }

    /// Parses the keyword-only `key=` and `reverse=` of `sorted`/`list.sort`.
    static func sortOptions(_ vm: Interpreter, _ keywords: [(name: String, value: Value)],
                            _ fname: String) throws -> (Value?, Bool) {
        var key: Value?
        var reverse = false
        for (name, value) in keywords {
            switch name {
            case "key": key = value.isNone ? nil : value
            case "reverse":
                // Argument Clinic's bool(accept={int}): an integer, not any object
                reverse = try vm.indexValue(value) != 0
            default: throw PyError.typeError("\(fname)() got an unexpected keyword argument '\(name)'")
            }
        }
        return (key, reverse)
    }

    static func extreme(_ vm: Interpreter, _ a: Args, _ name: String, _ op: CompareOp) throws -> Value {
        var key: Value?
        var defaultValue: Value?
        for (k, v) in a.keywords {
            switch k {
            case "key": key = v.isNone ? nil : v
            case "default": defaultValue = v
            default: throw PyError.typeError("\(name)() got an unexpected keyword argument '\(k)'")
            }
        }
        if a.count == 0 { throw PyError.typeError("\(name) expected at least 1 argument, got 0") }
        if a.count > 1 && defaultValue != nil {
            throw PyError.typeError("Cannot specify a default for \(name)() with multiple positional arguments")
        }
        let it = try vm.iterator(a.count == 1 ? a[0] : .object(PyTuple(a.positional)))
        var best: Value?
        var bestKey: Value = .none
        while let item = try vm.next(it) {
            let k = try key.map { try vm.callOne($0, item) } ?? item
            let better = try best == nil || vm.isTruthy(vm.compare(k, bestKey, op))
            if better {
                best = item
                bestKey = k
            }
        }
        if let best { return best }
        if let defaultValue { return defaultValue }
        throw PyError.valueError("\(name)() arg is an empty sequence")
    }
}

extension Interpreter {
    /// Sorts `items` like `list.sort(key=key, reverse=reverse)`: keys are
    /// computed once, the sort is stable (also when reversed) and uses `<`
    /// only.
    public func sortValues(_ items: inout [Value], key: Value?, reverse: Bool) throws {
        if items.count < 2 {
            // CPython computes the key of a lone item too (its errors show).
            if let key, items.count == 1 { _ = try callOne(key, items[0]) }
            return
        }
        if reverse { items.reverse() }
        var keys = items
        if let key {
            for i in 0..<items.count { keys[i] = try callOne(key, items[i]) }
        }
        if let order = Self.stringOrder(keys) {
            items = order.map { items[$0] }
        } else if key != nil {
            var pairs: [(key: Value, value: Value)] = []
            pairs.reserveCapacity(items.count)
            for i in 0..<items.count { pairs.append((keys[i], items[i])) }
            try StableSort.sort(&pairs) { try self.sortLess($0.key, $1.key) }
            items = pairs.map { $0.value }
        } else {
            try StableSort.sort(&items) { try self.sortLess($0, $1) }
        }
        if reverse { items.reverse() }
    }

    /// When every key is an exact `str`, the stable sorted order of their
    /// indices, comparing UTF-8 bytes (code-point order) with `memcmp`.
    static func stringOrder(_ keys: [Value]) -> [Int]? {
        var bytes: [[UInt8]] = []
        bytes.reserveCapacity(keys.count)
        for k in keys {
            guard case .object(let o) = k, let s = o as? PyStr, o.type.isBuiltin else { return nil }
            bytes.append(Array(s.value.utf8))
        }
        var order = Array(0..<keys.count)
        StableSort.sort(&order) { i, j in
            let a = bytes[i], b = bytes[j]
            let n = Swift.min(a.count, b.count)
            let c: Int32 = a.withUnsafeBufferPointer { pa in
                b.withUnsafeBufferPointer { pb in
                    guard n > 0, let x = pa.baseAddress, let y = pb.baseAddress else { return 0 }
                    return memcmp(x, y, n)
                }
            }
            return c < 0 || (c == 0 && a.count < b.count)
        }
        return order
    }

    /// `a < b` as the sort sees it, with fast paths for ints, floats and str.
    @inline(__always)
    func sortLess(_ a: Value, _ b: Value) throws -> Bool {
        switch (a, b) {
        case (.int(let x), .int(let y)): return x < y
        case (.float(let x), .float(let y)): return x < y
        case (.object(let x), .object(let y)):
            if let s = x as? PyStr, let t = y as? PyStr, x.type.isBuiltin, y.type.isBuiltin {
                // Code-point order is UTF-8 byte order.
                return s.value.utf8.lexicographicallyPrecedes(t.value.utf8)
            }
            // Exact tuples of plain scalars (the usual `key=lambda r: (r[0], r[1])`).
            if let s = x as? PyTuple, let t = y as? PyTuple, x.typeStorage == nil, y.typeStorage == nil,
               let less = Self.scalarTupleLess(s.items, t.items) {
                return less
            }
        default: break
        }
        return try isTruthy(compare(a, b, .lt))
    }

    /// `a < b` for tuples compared as CPython does (the first pair that is
    /// not equal decides, else the shorter is less) when every pair looked
    /// at is of one plain scalar kind (int/bool, non-NaN float, exact str,
    /// None); nil as soon as one is not, before any Python code could run.
    static func scalarTupleLess(_ a: [Value], _ b: [Value]) -> Bool? {
        let n = Swift.min(a.count, b.count)
        var i = 0
        while i < n {
            switch (a[i], b[i]) {
            case (.int(let x), .int(let y)): if x != y { return x < y }
            case (.bool(let x), .bool(let y)): if x != y { return !x }
            case (.float(let x), .float(let y)):
                if x.isNaN || y.isNaN { return nil }
                if x != y { return x < y }
            case (.none, .none): break
            case (.object(let x), .object(let y)):
                guard let s = x as? PyStr, let t = y as? PyStr, x.typeStorage == nil, y.typeStorage == nil else { return nil }
                // Bytes, not Swift's `==` (canonical equivalence): Python
                // compares code points.
                if s !== t && !s.value.utf8.elementsEqual(t.value.utf8) {
                    return s.value.utf8.lexicographicallyPrecedes(t.value.utf8)
                }
            default: return nil
            }
            i += 1
        }
        return a.count < b.count
    }
}
