import BigInt

/// The exact bounds of a `range` that does not fit machine integers
/// (CPython computes every range in arbitrary precision; only its
/// iterators have a machine-integer fast form).
public struct WideRange {
    /// start, stop, step (step != 0) and the number of elements.
    public let start: BigInt, stop: BigInt, step: BigInt, length: BigInt
}

extension PyRange {
    /// The range `start, stop, step` (step != 0), narrow when its span and
    /// step fit in `Int` (so every element and the length do too).
    public static func make(start: BigInt, stop: BigInt, step: BigInt) -> PyRange {
        if let a = Int(exactly: start), let b = Int(exactly: stop), let s = Int(exactly: step), s != Int.min {
            let (span, overflow) = b.subtractingReportingOverflow(a)
            if !overflow && span != Int.min { return PyRange(start: a, stop: b, step: s) }
        }
        return PyRange(wide: WideRange(start: start, stop: stop, step: step,
                                       length: length(start: start, stop: stop, step: step)))
    }

    /// CPython's `compute_range_length`.
    static func length(start: BigInt, stop: BigInt, step: BigInt) -> BigInt {
        let (lo, hi, st) = step.signum() > 0 ? (start, stop, step) : (stop, start, -step)
        return lo >= hi ? 0 : (hi - lo - 1) / st + 1
    }

    /// `start` as an exact integer.
    public var bigStart: BigInt { wide?.start ?? BigInt(start) }
    /// `stop` as an exact integer.
    public var bigStop: BigInt { wide?.stop ?? BigInt(stop) }
    /// `step` as an exact integer.
    public var bigStep: BigInt { wide?.step ?? BigInt(step) }
    /// The number of elements, exactly.
    public var bigLength: BigInt { wide?.length ?? BigInt(count) }
    /// Whether the range has no element.
    public var isEmpty: Bool { wide.map { $0.length.isZero } ?? (count == 0) }

    /// `start + i * step` (no bounds check, as CPython's `compute_item`).
    func bigElement(_ i: BigInt) -> BigInt { bigStart + i * bigStep }

    /// The position of `n` in the range, if it is an element.
    func position(of n: BigInt) -> BigInt? {
        let offset = n - bigStart
        let (q, r) = offset.quotientAndRemainder(dividingBy: bigStep)
        guard r.isZero, q.signum() >= 0, q < bigLength else { return nil }
        return q
    }

    /// `r[i]` for an integer `i` (negative from the end).
    func item(at i: BigInt) throws -> Value {
        if wide == nil, let n = Int(exactly: i) {
            let k = n < 0 ? n + count : n
            guard k >= 0, k < count else { throw PyError.indexError("range object index out of range") }
            return .int(element(k))
        }
        var k = i
        if k.signum() < 0 { k += bigLength }
        guard k.signum() >= 0, k < bigLength else { throw PyError.indexError("range object index out of range") }
        return .integer(bigElement(k))
    }

    /// `r[slice]`: CPython's `compute_slice` over `_PySlice_GetLongIndices`.
    func slice(_ s: PySlice, _ vm: Interpreter) throws -> PyRange {
        func index(_ v: Value) throws -> BigInt? {
            if v.isNone { return nil }
            if let b = v.bigIntValue { return b }
            guard case .object(let o) = v, o.userClass?.lookupUser(Names.index) != nil else {
                throw PyError.typeError("slice indices must be integers or None or have an __index__ method")
            }
            return try vm.indexValue(v)
        }
        let length = bigLength
        let step = try index(s.step) ?? 1
        if step.isZero { throw PyError.valueError("slice step cannot be zero") }
        let negative = step.signum() < 0
        let lower: BigInt = negative ? -1 : 0
        let upper: BigInt = negative ? length - 1 : length
        func clamp(_ v: BigInt?, default d: BigInt) -> BigInt {
            guard var v else { return d }
            if v.signum() < 0 {
                v += length
                if v < lower { v = lower }
            } else if v > upper {
                v = upper
            }
            return v
        }
        let start = clamp(try index(s.start), default: negative ? upper : lower)
        let stop = clamp(try index(s.stop), default: negative ? lower : upper)
        return PyRange.make(start: bigElement(start), stop: bigElement(stop), step: step * bigStep)
    }

    /// `range == range`: same elements (CPython's `range_equals`).
    func sameElements(as other: PyRange) -> Bool {
        if self === other { return true }
        if wide == nil && other.wide == nil {
            let n = count
            return n == other.count && (n == 0 || (start == other.start && (n == 1 || step == other.step)))
        }
        let n = bigLength
        guard n == other.bigLength else { return false }
        if n.isZero { return true }
        guard bigStart == other.bigStart else { return false }
        return n == 1 || bigStep == other.bigStep
    }

    /// The tuple CPython hashes for a range: `(len, start, step)`, with
    /// `None` for the parts that do not matter (so equal ranges hash alike).
    var hashKey: PyTuple {
        let n = bigLength
        if n.isZero { return PyTuple([.int(0), .none, .none]) }
        if n == 1 { return PyTuple([.int(1), .integer(bigStart), .none]) }
        return PyTuple([.integer(n), .integer(bigStart), .integer(bigStep)])
    }

    /// `range(...)` as CPython prints it.
    var reprText: String {
        let step = bigStep
        return step == 1 ? "range(\(bigStart), \(bigStop))" : "range(\(bigStart), \(bigStop), \(step))"
    }

    /// The iterator `iter(r)` returns: a machine-integer one when the
    /// bounds and the length fit, as CPython's `range_iter` chooses.
    func makeIterator() -> PyObject {
        if wide == nil { return PyRangeIterator(self) }
        return PyLongRangeIterator(start: bigStart, step: bigStep, length: bigLength)
    }

    /// `reversed(r)`: the same elements from the last (`range_reverse`).
    func makeReversedIterator() -> PyObject {
        if wide == nil {
            let n = count
            // Every element fits, so the last one does; a narrow step is never Int.min.
            return PyRangeIterator(start: n == 0 ? start : element(n - 1), step: -step, count: n)
        }
        let n = bigLength
        return PyLongRangeIterator(start: n.isZero ? bigStart : bigElement(n - 1), step: -bigStep, length: n)
    }
}

/// Iterator over a range whose bounds or length do not fit in `Int`
/// (CPython's `longrange_iterator`).
public final class PyLongRangeIterator: PyIteratorBase {
    private var current: BigInt
    private let step: BigInt
    /// How many elements are left.
    private(set) var remaining: BigInt
    init(start: BigInt, step: BigInt, length: BigInt) {
        current = start; self.step = step; remaining = length
        super.init()
    }
    public override var exactBuiltinType: PyType { BuiltinTypes.longRangeIterator }
    public override func nextValue(_ vm: Interpreter) throws -> Value? {
        guard remaining.signum() > 0 else { return nil }
        remaining -= 1
        let v = current
        current += step
        return .integer(v)
    }
}
