/// `slice.start`/`stop`/`step` (the values given, None when omitted) and
/// `slice.indices(length)` (CPython's clamping, via `PySlice.indices`).
enum SliceMethods {
    static func install() {
        let slice = BuiltinTypes.slice
        func s(_ a: Args) -> PySlice? { a[0].object as? PySlice }
        slice.defineProperty("start") { _, a in s(a)?.start ?? .none }
        slice.defineProperty("stop") { _, a in s(a)?.stop ?? .none }
        slice.defineProperty("step") { _, a in s(a)?.step ?? .none }
        slice.defineMethod("indices") { vm, a in
            try a.check("indices", min: 2, max: 2, skipSelf: 1)
            guard let sl = s(a) else { return .none }
            let length = try vm.indexValue(a[1])
            if length.signum() < 0 {
                throw PyError.valueError("length should not be negative")
            }
            guard let n = Int(exactly: length) else {
                throw PyError(BuiltinTypes.overflowError,
                              "Python int too large to convert to C ssize_t")
            }
            let r = try sl.indices(length: n)
            return .object(PyTuple([.int(r.start), .int(r.stop), .int(r.step)]))
        }
    }
}
