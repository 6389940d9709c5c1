/// Size guards for the formatting algorithms, so one call such as
/// `f"{1:9999999999}"` or `'%.9999999999f' % x` fails fast instead of
/// exhausting the host before the VM's memory accounting sees the result.
/// (`StrAlgorithms` padding/replace do not check: the VM charges memory
/// for those before calling.)
/// CPython would attempt the allocation and raise `MemoryError`; we raise
/// it earlier, at a fixed size.
public enum SupportLimits {
    /// Largest string (in code points) a Support function will build.
    /// Set once at startup, before any script runs.
    public static var maximumStringLength = 1 << 27

    /// Throws `MemoryError` when `length` exceeds `maximumStringLength`.
    static func check(length: Int) throws {
        if length > maximumStringLength { throw PyFailure(.memoryError, "") }
    }
}
