/// `range.start`/`stop`/`step`, `range.count` and `range.index`: O(1) for ints (and bools), CPython's
/// `ValueError: 6 is not in range`; other values compare by `==` as the
/// generic sequence methods do.
enum RangeMethods {
    static func install() {
        let range = BuiltinTypes.range
        range.defineProperty("start") { _, a in .int((a[0].object as? PyRange)?.start ?? 0) }
        range.defineProperty("stop") { _, a in .int((a[0].object as? PyRange)?.stop ?? 0) }
        range.defineProperty("step") { _, a in .int((a[0].object as? PyRange)?.step ?? 1) }
        range.defineMethod("count") { vm, a in
            try a.check("count", min: 2, max: 2, skipSelf: 1)
            guard let r = a[0].object as? PyRange else { return .int(0) }
            if let i = exactInt(a[1]) { return .int(position(r, i) == nil ? 0 : 1) }
            var n = 0
            for k in 0..<r.count {
                try vm.nativeWork()
                if try vm.equals(.int(r.element(k)), a[1]) { n += 1 }
            }
            return .int(n)
        }
        range.defineMethod("index") { vm, a in
            try a.check("index", min: 2, max: 2, skipSelf: 1)
            guard let r = a[0].object as? PyRange else { return .int(0) }
            if let i = exactInt(a[1]) {
                guard let p = position(r, i) else { throw PyError.valueError("\(i) is not in range") }
                return .int(p)
            }
            for k in 0..<r.count {
                try vm.nativeWork()
                if try vm.equals(.int(r.element(k)), a[1]) { return .int(k) }
            }
            throw PyError.valueError("sequence.index(x): x not in sequence")
        }
    }

    /// An `int` or `bool` value (not a subclass with its own `__eq__`).
    private static func exactInt(_ v: Value) -> Int? {
        switch v {
        case .int(let i): return i
        case .bool(let b): return b ? 1 : 0
        default: return nil
        }
    }

    /// The index of `i` in `r`, if present.
    private static func position(_ r: PyRange, _ i: Int) -> Int? {
        let (offset, overflow) = i.subtractingReportingOverflow(r.start)
        guard !overflow, offset % r.step == 0 else { return nil }
        let k = offset / r.step
        return k >= 0 && k < r.count ? k : nil
    }
}
