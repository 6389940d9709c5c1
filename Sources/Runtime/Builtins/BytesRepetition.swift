extension Interpreter {
    /// `bytes * n` / `bytearray * n`: the length charged to the memory
    /// limit (an overflowing one is the memory limit), then the bytes built
    /// by doubling (`ByteRepetition`).
    func repeatedBytes(_ unit: [UInt8], _ count: Int) throws -> [UInt8] {
        try charge(unit.count, times: count)
        guard let bytes = ByteRepetition.repeated(unit, count) else {
            throw LimitExceeded(name: "memory", value: limits.memoryBytes)
        }
        return bytes
    }
}
