import Foundation

/// Sandbox limits of one run (DESIGN.md "Sandbox limits").
public struct Limits {
    /// Bytecode instructions.
    public var steps = 5_000_000
    /// Nested Python calls.
    public var depth = 200
    /// Bytes written to stdout.
    public var outputBytes = 1 << 20
    /// Bytes of the run's live heap (exact where the heap meter is, see
    /// Memory/HeapMeter.swift).
    public var memoryBytes = 256 << 20
    /// Virtual-time budget of the scheduler, in seconds.
    public var virtualSeconds: Double = 315_360_000
    /// Wall-clock budget in seconds (checked every few thousand steps).
    public var wallSeconds: Double = 2.0
    /// Creates the default limits.
    public init() {}
}

/// Counters updated by the dispatch loop. Kept behind a pointer so the hot
/// loop touches them without Swift's dynamic exclusivity checks.
public struct RunCounters {
    /// Instructions executed up to the last periodic check.
    public var steps = 0
    /// Steps until the next periodic check (steps limit, wall clock, hooks).
    public var untilCheck = RunCounters.interval
    /// Native work units until the next deadline and heap check inside a
    /// native operation (VM/NativeWorkChecks.swift).
    public var nativeUntilCheck = 4096
    /// Instructions between periodic checks.
    public static let interval = 4096
}

/// The wall-clock deadline helper.
struct Deadline {
    let end: UInt64
    init(seconds: Double) {
        end = DispatchTime.now().uptimeNanoseconds &+ UInt64(max(0, seconds) * 1e9)
    }
    var passed: Bool { DispatchTime.now().uptimeNanoseconds > end }
    /// Seconds until the deadline (0 once passed).
    var secondsLeft: Double {
        let now = DispatchTime.now().uptimeNanoseconds
        return now >= end ? 0 : Double(end - now) / 1e9
    }
}
