#if canImport(Glibc)
import Glibc
#endif
import Reactor

/// A fixed set of threads with large stacks that run submitted jobs, fed by
/// a bounded queue, so CPU-bound script runs never execute on the event loop
/// (and run at a lower CPU priority than it, ``niceIncrement``).
///
/// ``trySubmit(_:)`` never blocks: when every worker is busy and the queue
/// holds ``queueDepth`` waiting jobs it returns `false` (the API answers
/// `503` with `Retry-After`). A job that runs long is never interrupted here:
/// the VM's own wall-clock limit ends runaway programs, and a job stuck in a
/// long native operation is left behind by ``shutdown(waitingAtMost:)``.
public final class WorkerPool: @unchecked Sendable {
    /// A unit of work.
    public typealias Job = () -> Void

    /// Threads in the pool.
    public let threadCount: Int
    /// Most jobs that may wait for a free worker.
    public let queueDepth: Int

    // Heap-allocated: pthread objects must not move, which `&property` does not promise.
    private let mutex = UnsafeMutablePointer<pthread_mutex_t>.allocate(capacity: 1)
    private let available = UnsafeMutablePointer<pthread_cond_t>.allocate(capacity: 1)
    /// Signalled (on the monotonic clock) each time a worker thread ends.
    private let exited = UnsafeMutablePointer<pthread_cond_t>.allocate(capacity: 1)
    private var liveThreads = 0
    private var queue: [Job] = []
    private var queueHead = 0
    private var busyCount = 0
    private var stopping = false
    private var threads: [pthread_t] = []

    /// Called on a worker after a job when no other job is waiting (e.g. to
    /// return freed memory to the system without slowing a busy queue).
    private let whenIdle: (() -> Void)?

    /// Starts `threads` workers, each with a stack of `stackBytes`.
    /// - Parameter whenIdle: runs on a worker after a job that left the queue empty.
    /// - Throws: ``SystemError`` when a thread cannot be created.
    public init(threads: Int, queueDepth: Int, stackBytes: Int, whenIdle: (() -> Void)? = nil) throws {
        self.whenIdle = whenIdle
        threadCount = max(1, threads)
        self.queueDepth = max(0, queueDepth)
        pthread_mutex_init(mutex, nil)
        pthread_cond_init(available, nil)
        var conditionAttributes = pthread_condattr_t()
        pthread_condattr_init(&conditionAttributes)
        pthread_condattr_setclock(&conditionAttributes, CLOCK_MONOTONIC)
        pthread_cond_init(exited, &conditionAttributes)
        pthread_condattr_destroy(&conditionAttributes)
        var attributes = pthread_attr_t()
        pthread_attr_init(&attributes)
        defer { pthread_attr_destroy(&attributes) }
        let stackResult = pthread_attr_setstacksize(&attributes, max(stackBytes, Int(PTHREAD_STACK_MIN)))
        if stackResult != 0 { throw SystemError(call: "pthread_attr_setstacksize", errno: stackResult) }
        for _ in 0..<threadCount {
            let box = Unmanaged.passRetained(ThreadStart(pool: self))
            pthread_mutex_lock(mutex)
            liveThreads += 1
            pthread_mutex_unlock(mutex)
            var thread = pthread_t()
            let result = pthread_create(&thread, &attributes, { raw in
                guard let raw else { return nil }
                let start = Unmanaged<ThreadStart>.fromOpaque(raw).takeRetainedValue()
                start.pool.workLoop()
                return nil
            }, box.toOpaque())
            if result != 0 {
                box.release()
                pthread_mutex_lock(mutex)
                liveThreads -= 1
                pthread_mutex_unlock(mutex)
                shutdown()
                throw SystemError(call: "pthread_create", errno: result)
            }
            self.threads.append(thread)
        }
    }

    /// The pool reference handed to a new thread.
    private final class ThreadStart {
        let pool: WorkerPool
        init(pool: WorkerPool) { self.pool = pool }
    }

    /// Queues `job` unless the queue is full or the pool is stopping; never blocks.
    /// - Returns: `false` when the job was refused.
    public func trySubmit(_ job: @escaping Job) -> Bool {
        pthread_mutex_lock(mutex)
        defer { pthread_mutex_unlock(mutex) }
        let waiting = queue.count - queueHead
        let idle = threadCount - busyCount - waiting
        guard !stopping, idle > 0 || waiting < queueDepth else { return false }
        queue.append(job)
        pthread_cond_signal(available)
        return true
    }

    /// Jobs waiting for a worker right now.
    public var queuedCount: Int {
        pthread_mutex_lock(mutex)
        defer { pthread_mutex_unlock(mutex) }
        return queue.count - queueHead
    }

    /// Workers running a job right now.
    public var busyWorkers: Int {
        pthread_mutex_lock(mutex)
        defer { pthread_mutex_unlock(mutex) }
        return busyCount
    }

    /// Lets queued jobs finish, then ends every thread and waits for them.
    /// Jobs submitted afterwards are refused. Call at most once, not from a worker.
    public func shutdown() {
        _ = shutdown(deadline: nil)
    }

    /// Lets queued jobs finish and ends every thread, but waits at most
    /// `timeout` for them: a job stuck in a long native operation must not
    /// keep the process alive. Threads still running then are detached and
    /// abandoned (the process is expected to exit). Jobs submitted afterwards
    /// are refused. Call from one thread, not from a worker.
    /// - Returns: how many workers were still running (0: all ended and were joined).
    public func shutdown(waitingAtMost timeout: Duration) -> Int {
        let (deadline, overflow) = MonotonicClock.now().addingReportingOverflow(timeout.clampedNanoseconds)
        return shutdown(deadline: overflow ? nil : deadline)
    }

    /// `deadline` is monotonic nanoseconds; `nil` waits for ever.
    private func shutdown(deadline: UInt64?) -> Int {
        pthread_mutex_lock(mutex)
        stopping = true
        pthread_cond_broadcast(available)
        // A second call finds no threads to wait for (an earlier one joined or abandoned them).
        while liveThreads > 0 && !threads.isEmpty {
            guard let deadline else {
                pthread_cond_wait(exited, mutex)
                continue
            }
            var until = timespec(tv_sec: Int(deadline / 1_000_000_000), tv_nsec: Int(deadline % 1_000_000_000))
            if pthread_cond_timedwait(exited, mutex, &until) == ETIMEDOUT { break }
        }
        let remaining = liveThreads
        let threads = self.threads
        self.threads = []
        pthread_mutex_unlock(mutex)
        for thread in threads {
            if remaining == 0 { pthread_join(thread, nil) } else { pthread_detach(thread) }
        }
        return remaining
    }

    /// How much lower a worker's CPU priority is than the event loop's (a
    /// `nice` increment, per thread on Linux): when runs keep every core busy,
    /// the loop thread still gets the CPU at once to answer `/healthz` and
    /// move bytes. Runs lose almost nothing: they still get every idle cycle.
    static let niceIncrement: Int32 = 10

    private func workLoop() {
        // `who` 0 with PRIO_PROCESS is the calling thread on Linux. Failure (a
        // sandbox forbidding it) only costs latency, so it is ignored.
        _ = setpriority(__priority_which_t(PRIO_PROCESS.rawValue), 0, Self.niceIncrement)
        pthread_mutex_lock(mutex)
        while true {
            while queue.count == queueHead && !stopping { pthread_cond_wait(available, mutex) }
            guard queue.count > queueHead else { break }
            let job = queue[queueHead]
            queueHead += 1
            if queueHead > 64 && queueHead * 2 > queue.count {
                queue.removeFirst(queueHead)
                queueHead = 0
            }
            busyCount += 1
            pthread_mutex_unlock(mutex)
            job()
            if let whenIdle {
                pthread_mutex_lock(mutex)
                let idle = queue.count == queueHead
                pthread_mutex_unlock(mutex)
                if idle { whenIdle() }
            }
            pthread_mutex_lock(mutex)
            busyCount -= 1
        }
        liveThreads -= 1
        pthread_cond_broadcast(exited)
        pthread_mutex_unlock(mutex)
    }

    deinit {
        pthread_cond_destroy(available)
        pthread_cond_destroy(exited)
        pthread_mutex_destroy(mutex)
        available.deallocate()
        exited.deallocate()
        mutex.deallocate()
    }
}
