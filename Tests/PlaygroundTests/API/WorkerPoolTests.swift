import Foundation
import Testing
@testable import Playground

/// The worker pool: runs jobs off the caller's thread, bounded queue, big stacks.
struct WorkerPoolTests {
    @Test func runsJobsAndRefusesWhenQueueIsFull() throws {
        let pool = try WorkerPool(threads: 2, queueDepth: 1, stackBytes: 8 << 20)
        defer { pool.shutdown() }
        let release = DispatchSemaphore(value: 0)
        let started = DispatchSemaphore(value: 0)
        let finished = DispatchSemaphore(value: 0)
        for _ in 0..<2 {
            #expect(pool.trySubmit { started.signal(); release.wait(); finished.signal() })
        }
        started.wait()
        started.wait()
        #expect(pool.busyWorkers == 2)
        #expect(pool.trySubmit { finished.signal() })     // waits in the queue
        #expect(pool.queuedCount == 1)
        #expect(!pool.trySubmit { finished.signal() })    // queue full
        for _ in 0..<2 { release.signal() }
        for _ in 0..<3 { finished.wait() }
    }

    @Test func shutdownFinishesQueuedJobsThenRefuses() throws {
        let pool = try WorkerPool(threads: 1, queueDepth: 10, stackBytes: 1 << 20)
        let counter = Counter()
        for _ in 0..<5 { #expect(pool.trySubmit { counter.increment() }) }
        pool.shutdown()
        #expect(counter.value == 5)
        #expect(!pool.trySubmit {})
    }
}

/// A thread-safe counter for the tests.
final class Counter: @unchecked Sendable {
    private let lock = NSLock()
    private var count = 0
    func increment() { lock.lock(); count += 1; lock.unlock() }
    var value: Int { lock.lock(); defer { lock.unlock() }; return count }
}

/// Shutting down while a job is stuck: the wait is bounded.
struct WorkerPoolShutdownTests {
    @Test func boundedShutdownAbandonsAStuckJob() throws {
        let pool = try WorkerPool(threads: 1, queueDepth: 4, stackBytes: 1 << 20)
        let started = DispatchSemaphore(value: 0)
        let release = DispatchSemaphore(value: 0)
        #expect(pool.trySubmit { started.signal(); release.wait() })
        started.wait()
        #expect(pool.shutdown(waitingAtMost: .milliseconds(1)) == 1, "the worker is still running its job")
        #expect(!pool.trySubmit {})
        #expect(pool.shutdown(waitingAtMost: .seconds(1)) == 1, "a second call does not wait for abandoned threads")
        release.signal()
    }

    @Test func boundedShutdownJoinsIdleWorkers() throws {
        let pool = try WorkerPool(threads: 2, queueDepth: 4, stackBytes: 1 << 20)
        let counter = Counter()
        for _ in 0..<3 { #expect(pool.trySubmit { counter.increment() }) }
        #expect(pool.shutdown(waitingAtMost: .seconds(60)) == 0)
        #expect(counter.value == 3, "queued jobs ran before the threads ended")
    }
}

/// The idle hook (the API returns freed memory to the system there).
struct WorkerPoolIdleTests {
    @Test func whenIdleRunsOnlyAfterAJobThatLeftTheQueueEmpty() throws {
        let idle = Counter()
        let pool = try WorkerPool(threads: 1, queueDepth: 4, stackBytes: 1 << 20, whenIdle: { idle.increment() })
        let started = DispatchSemaphore(value: 0)
        let release = DispatchSemaphore(value: 0)
        #expect(pool.trySubmit { started.signal(); release.wait() })
        started.wait()
        #expect(pool.trySubmit {})
        #expect(pool.trySubmit {})
        release.signal()
        pool.shutdown()
        #expect(idle.value == 1, "three jobs back to back: idle once, after the last")
    }
}
