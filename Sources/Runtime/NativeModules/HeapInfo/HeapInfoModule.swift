/// `_interleave_heap`: the run's heap meter for Python code (tracemalloc).
///
/// `used()` is the run's live heap bytes now (`Interpreter.memoryUsed`: the
/// exact malloc count of Memory/HeapMeter.swift, or the explicit charges
/// under a sanitizer); `peak()` the largest figure a periodic check has seen
/// (`Interpreter.heapPeak`); `exact()` whether the count is exact. These
/// are the interpreter's own figures, so they differ from CPython's
/// tracemalloc, which counts Python allocations only.
enum HeapInfoModule {
    static let modules: [(String, (Interpreter) throws -> PyModule)] = [("_interleave_heap", make)]

    static func make(_ vm: Interpreter) throws -> PyModule {
        let m = PyModule(name: "_interleave_heap")
        m.addFunction("used") { vm, a in
            try a.check("used", min: 0, max: 0)
            return .int(vm.memoryUsed)
        }
        m.addFunction("peak") { vm, a in
            try a.check("peak", min: 0, max: 0)
            return .int(max(vm.heapPeak, vm.memoryUsed))
        }
        m.addFunction("exact") { _, a in
            try a.check("exact", min: 0, max: 0)
            return .bool(HeapMeter.isExact)
        }
        return m
    }
}
