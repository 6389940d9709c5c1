import BigInt

/// `range.start`/`stop`/`step`, `range.count` and `range.index` (O(1) for
/// ints and bools, CPython's `ValueError: 6 is not in range`; other values
/// compare by `==` as the generic sequence methods do), `__reversed__` and
/// the iterators' `__length_hint__`.
enum RangeMethods {
    static func install() {
        let range = BuiltinTypes.range
        func r(_ a: Args) -> PyRange? { a[0].object as? PyRange }
        range.defineProperty("start") { _, a in r(a).map { .integer($0.bigStart) } ?? .int(0) }
        range.defineProperty("stop") { _, a in r(a).map { .integer($0.bigStop) } ?? .int(0) }
        range.defineProperty("step") { _, a in r(a).map { .integer($0.bigStep) } ?? .int(1) }
        range.defineMethod("count") { vm, a in
            try a.check("count", min: 2, max: 2, skipSelf: 1)
            guard let r = r(a) else { return .int(0) }
            if let i = exactInt(a[1]) { return .int(r.position(of: i) == nil ? 0 : 1) }
            var n = 0
            let it = r.makeIterator()
            while let x = try vm.next(.object(it)) {
                if try vm.equals(x, a[1]) { n += 1 }
            }
            return .int(n)
        }
        range.defineMethod("index") { vm, a in
            try a.check("index", min: 2, max: 2, skipSelf: 1)
            guard let r = r(a) else { return .int(0) }
            if let i = exactInt(a[1]) {
                guard let p = r.position(of: i) else { throw PyError.valueError("\(i) is not in range") }
                return .integer(p)
            }
            var k = 0
            let it = r.makeIterator()
            while let x = try vm.next(.object(it)) {
                if try vm.equals(x, a[1]) { return .int(k) }
                k += 1
            }
            throw PyError.valueError("sequence.index(x): x not in sequence")
        }
        range.defineMethod("__reversed__") { _, a in
            try a.check("__reversed__", min: 1, max: 1, skipSelf: 1)
            guard let r = r(a) else { return .none }
            return .object(r.makeReversedIterator())
        }
        BuiltinTypes.longRangeIterator.defineMethod("__length_hint__") { _, a in
            guard let it = a[0].object as? PyLongRangeIterator else { return .int(0) }
            return .integer(it.remaining)
        }
    }

    /// An exact `int` or a `bool` (not a subclass with its own `__eq__`),
    /// which CPython tests for membership arithmetically.
    private static func exactInt(_ v: Value) -> BigInt? {
        switch v {
        case .int(let i): return BigInt(i)
        case .bool(let b): return b ? 1 : 0
        case .object(let o as PyBigInt) where o.userClass == nil: return o.value
        default: return nil
        }
    }
}
