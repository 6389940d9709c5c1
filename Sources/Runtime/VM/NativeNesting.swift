extension Interpreter {
    /// Runs `body`, a native operation that may recurse into nested
    /// objects on the Swift stack (hashing or comparing containers, a repr,
    /// a native iterator pulling from another), as one more level of call
    /// depth: past the depth limit (plus slack for the native levels) it
    /// raises RecursionError with `message`, as CPython's guarded C code
    /// does, instead of overflowing the thread's stack.
    @inline(__always)
    func withNativeNesting<T>(_ message: String,
                              _ body: () throws -> T) throws -> T {
        depth += 1
        defer { depth -= 1 }
        if depth > limits.depth + 50 {
            throw PyError(BuiltinTypes.recursionError, message)
        }
        // Each nested level is native work: a walk of a structure that
        // shares its parts (`x = [x, x]` a hundred times, then `repr(x)`
        // or `x == y`) visits 2**100 nodes without ever getting deep.
        try nativeWork()
        return try body()
    }
}

extension Interpreter {
    /// What a call one frame past `frameDepthLimit` raises. Within the
    /// program's recursion limit it is CPython's catchable RecursionError
    /// (the Swift stack stays bounded: a handler that recurses again stops
    /// at the same depth). When the sandbox's depth limit is the lower one
    /// (the server's, or a program that raised `sys.setrecursionlimit` past
    /// it) the run ends with the named `depth` limit instead: CPython would
    /// have gone on, so a RecursionError would misreport the program.
    func depthExceeded() -> Error {
        if limits.depth < recursionLimit { return LimitExceeded(name: "depth", value: limits.depth) }
        return PyError(BuiltinTypes.recursionError, "maximum recursion depth exceeded")
    }
}
