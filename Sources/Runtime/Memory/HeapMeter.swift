import CRuntimeSupport

/// The exact heap use of the run on the current thread.
///
/// DESIGN: every byte a run allocates — objects, list/dict/set storage,
/// strings, closures, frames, big integers — goes through malloc on the
/// run's thread, and the malloc interposer in `CRuntimeSupport` keeps a
/// per-thread count of live bytes. A meter started when the interpreter is
/// created reads the difference, so the memory limit holds for a million
/// small objects exactly as for one big one, with no per-object bookkeeping
/// in Swift. Where no interposer is active (sanitizer builds), `isExact` is
/// false and the interpreter falls back to its explicit charges
/// (`Interpreter.charge`, tracked large strings and lists).
struct HeapMeter {
    /// True when the process counts heap bytes (the interposer is linked).
    static let isExact = interleave_heap_accounting_active() != 0

    /// The thread's live-byte count when the meter started.
    private let baseline: Int64

    /// Starts a meter at the calling thread's current heap use.
    init() {
        baseline = interleave_thread_state_get().pointee.live_bytes
    }

    /// Bytes allocated on this thread since the meter started and not yet
    /// freed (0 when accounting is not exact).
    @inline(__always)
    var used: Int {
        Int(interleave_thread_state_get().pointee.live_bytes &- baseline)
    }

    /// The calling thread's live heap bytes (for tests and diagnostics).
    static var threadLiveBytes: Int {
        Int(interleave_thread_state_get().pointee.live_bytes)
    }

    /// Gives freed pages back to the operating system (between runs), so a
    /// finished run's peak does not stay resident.
    static func returnFreedPages() {
        interleave_heap_trim()
    }
}
