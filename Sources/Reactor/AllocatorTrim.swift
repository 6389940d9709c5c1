#if canImport(Glibc)
import Glibc
#endif
import CEpoll

/// Gives memory that script runs freed back to the operating system.
///
/// glibc's allocator keeps freed memory in its arenas (one per worker
/// thread) for reuse, and raises its mmap threshold after large blocks are
/// freed, so a few runs that built big traces or hit the memory limit would
/// otherwise leave the server's RSS at its high-water mark for good.
public enum AllocatorTrim {
    /// Serve large blocks (traces, response bodies, big lists) from their own
    /// mappings, unmapped when freed: a fixed threshold of 1 MiB also stops
    /// glibc from raising it dynamically. Call once, before the workers start.
    public static func configureForServer() {
        _ = mallopt(M_MMAP_THRESHOLD, 1 << 20)
        _ = mallopt(M_TRIM_THRESHOLD, 4 << 20)
    }

    /// Returns free pages of every arena to the system (`malloc_trim`). Costs
    /// a walk of the free lists: call it off the event loop, between runs.
    public static func trim() {
        _ = malloc_trim(0)
    }
}
