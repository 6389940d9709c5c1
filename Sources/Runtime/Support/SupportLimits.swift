/// Size guards for the formatting algorithms, so one call such as
/// `f"{1:9999999999}"` or `'%.9999999999f' % x` fails fast instead of
/// exhausting the host before the VM's memory accounting sees the result.
/// Past a few thousand code points the run's own memory limit applies
/// too (`TextBudget`). (`StrAlgorithms` padding/replace do not check: the
/// VM charges memory for those before calling.)
/// CPython would attempt the allocation and raise `MemoryError`; we raise
/// it earlier, at a fixed size.
public enum SupportLimits {
    /// Largest string (in code points) a Support function will build.
    /// Set once at startup, before any script runs.
    public static var maximumStringLength = 1 << 27

    /// Throws `MemoryError` when `length` exceeds `maximumStringLength`,
    /// or the run's memory limit when `length` code points would not fit
    /// in what it has left (`TextBudget`).
    static func check(length: Int) throws {
        if length > maximumStringLength { throw PyFailure(.memoryError, "") }
        try TextBudget.charge(length)
    }
}
