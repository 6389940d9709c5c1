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
        return try body()
    }
}
