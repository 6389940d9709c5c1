#if canImport(Glibc)
import Glibc
#endif
import CEpoll
import Synchronization

/// Identifies one ``EventLoop/register(fd:interest:handler:)`` call.
///
/// An id is a slot of the loop's registration table (low 24 bits) and a
/// counter (the bits above), so it is never reused, and epoll carries the id
/// (not the fd) in `epoll_data.u64`; an event for a registration that has
/// since been removed (its fd maybe closed and reused, its slot maybe taken)
/// finds another id in the slot and is dropped instead of reaching the new
/// owner. The slot makes finding a registration an array index, not a hash.
public struct RegistrationID: Hashable, Sendable {
    /// Counter and slot; `0` is the loop's own wakeup eventfd.
    public let rawValue: UInt64

    /// Bits of ``rawValue`` that hold the slot.
    static let slotBits: UInt64 = 24

    /// The index in the loop's registration table.
    var slot: Int { Int(rawValue & ((1 << Self.slotBits) - 1)) }
}

/// A single-threaded epoll event loop: descriptors, timers, and work handed
/// over from other threads.
///
/// The loop is level-triggered: a handler that leaves bytes unread is simply
/// called again on the next turn, so a handler may stop early (fairness,
/// back-pressure) without any risk of never hearing about those bytes again,
/// which is the classic edge-triggered bug. The cost, one extra `epoll_wait`
/// result per still-ready fd, is small next to the reads themselves.
///
/// Threading: ``run()`` owns the loop on the calling thread. Only ``execute(_:)``,
/// ``stop()`` and ``isInLoopThread`` may be called from other threads; every
/// other method must be called on the loop thread (or before ``run()`` starts).
public final class EventLoop {
    private final class Registration {
        let id: UInt64
        let fd: Int32
        var interest: IOInterest
        let handler: (IOEvents) -> Void
        init(id: UInt64, fd: Int32, interest: IOInterest, handler: @escaping (IOEvents) -> Void) {
            self.id = id
            self.fd = fd
            self.interest = interest
            self.handler = handler
        }
    }

    private static let wakeupID: UInt64 = 0
    private let epoll: FileDescriptor
    private let wakeupFD: FileDescriptor
    /// Live registrations by slot (``RegistrationID/slot``); `nil` slots are free.
    private var slots: [Registration?] = []
    private var freeSlots: [Int] = []
    private(set) public var registrationCount = 0
    /// Which registration currently owns each fd number in the epoll set
    /// (indexed by fd, `0` for none). A registration whose fd was closed (and
    /// the number reused) before it was removed must not `EPOLL_CTL_DEL`/`MOD`
    /// the new owner's entry.
    private var fdOwners: [UInt64] = []
    private var nextRegistration: UInt64 = 1
    private var timers = TimerHeap()
    private var events: [epoll_event]

    // Shared with other threads; guarded by `lock`.
    private let lock = Lock()
    private var pending: [() -> Void] = []
    /// The batch being run, swapped with `pending` each turn so neither array
    /// is reallocated (a copy-on-write of the shared buffer every turn otherwise).
    private var running: [() -> Void] = []
    private var stopRequested = false
    private var wakeupArmed = false
    /// The thread running ``run()`` (`0` when none): read lock-free on every
    /// response by ``isInLoopThread``.
    private let owner = Atomic<UInt>(0)
    /// Mirrors `!pending.isEmpty || stopRequested`, so a turn need not take the lock to know.
    private let hasWork = Atomic<Bool>(false)

    /// Creates the epoll instance and its wakeup eventfd.
    ///
    /// - Parameter maxEventsPerTurn: how many readiness events one `epoll_wait` may return.
    public init(maxEventsPerTurn: Int = 256) throws {
        let epfd = try retryingEINTR("epoll_create1") { epoll_create1(Int32(EPOLL_CLOEXEC)) }
        epoll = FileDescriptor(rawValue: epfd)
        do {
            let efd = try retryingEINTR("eventfd") { eventfd(0, Int32(EFD_NONBLOCK) | Int32(EFD_CLOEXEC)) }
            wakeupFD = FileDescriptor(rawValue: efd)
        } catch {
            try? epoll.close()
            throw error
        }
        events = Array(repeating: epoll_event(), count: max(1, maxEventsPerTurn))
        var event = epoll_event()
        event.events = EPOLLIN.rawValue
        event.data.u64 = Self.wakeupID
        do {
            try retryingEINTR("epoll_ctl(ADD eventfd)") { epoll_ctl(epfd, EPOLL_CTL_ADD, wakeupFD.rawValue, &event) }
        } catch {
            try? wakeupFD.close()
            try? epoll.close()
            throw error
        }
    }

    deinit {
        try? wakeupFD.close()
        try? epoll.close()
    }

    /// `true` when called on the thread that is running ``run()``.
    public var isInLoopThread: Bool {
        let current = owner.load(ordering: .acquiring)
        return current != 0 && pthread_equal(pthread_t(current), pthread_self()) != 0
    }

    /// Runs the loop on the calling thread until ``stop()``; returns after the
    /// turn in which the stop was seen. A `stop()` that came before `run()`
    /// makes it return after one turn.
    public func run() throws {
        owner.store(UInt(pthread_self()), ordering: .releasing)
        defer { owner.store(0, ordering: .releasing) }
        while true {
            let timeout = nextTimeoutMilliseconds()
            let count = try events.withUnsafeMutableBufferPointer { buffer in
                try retryingEINTR("epoll_wait") {
                    epoll_wait(epoll.rawValue, buffer.baseAddress, Int32(buffer.count), timeout)
                }
            }
            for index in 0..<Int(count) {
                let event = events[index]
                let id = event.data.u64
                if id == Self.wakeupID {
                    drainWakeup()
                } else if let registration = registration(for: id) {
                    registration.handler(EpollBits.events(from: event.events))
                }
                // else: a stale event for a registration removed earlier in this turn.
            }
            runDueTimers()
            runPendingTasks()
            if hasWork.load(ordering: .acquiring), lock.withLock({ stopRequested }) { return }
        }
    }

    /// Asks the loop to return from ``run()``. Safe from any thread.
    public func stop() {
        lock.withLock {
            stopRequested = true
            hasWork.store(true, ordering: .releasing)
        }
        signalWakeup(force: true)
    }

    /// Queues `work` to run on the loop thread on its next turn. Safe from any
    /// thread; tasks run in the order they were queued.
    ///
    /// Only the first task queued from another thread while the loop sleeps
    /// writes to the eventfd; tasks queued on the loop thread itself need no
    /// wakeup at all, since the loop drains the queue before it waits again.
    public func execute(_ work: @escaping () -> Void) {
        let inLoop = isInLoopThread
        let needsWakeup = lock.withLock { () -> Bool in
            pending.append(work)
            hasWork.store(true, ordering: .releasing)
            if inLoop { return false }
            if wakeupArmed { return false }
            wakeupArmed = true
            return true
        }
        if needsWakeup { writeWakeup() }
    }

    /// Starts watching `fd` for `interest`; `handler` runs on the loop thread
    /// with what became ready. The loop does not own `fd`: ``deregister(_:)``
    /// before closing it.
    @discardableResult
    public func register(fd: Int32, interest: IOInterest, handler: @escaping (IOEvents) -> Void) throws -> RegistrationID {
        let slot = freeSlots.popLast() ?? slots.count
        guard slot < 1 << RegistrationID.slotBits, fd >= 0 else {
            if slot < slots.count { freeSlots.append(slot) }
            throw SystemError(call: "register(fd \(fd))", errno: fd < 0 ? EBADF : ENOMEM)
        }
        let id = nextRegistration << RegistrationID.slotBits | UInt64(slot)
        var event = epoll_event()
        event.events = EpollBits.mask(for: interest)
        event.data.u64 = id
        do {
            try retryingEINTR("epoll_ctl(ADD fd \(fd))") { epoll_ctl(epoll.rawValue, EPOLL_CTL_ADD, fd, &event) }
        } catch {
            if slot < slots.count { freeSlots.append(slot) }
            throw error
        }
        nextRegistration += 1
        let registration = Registration(id: id, fd: fd, interest: interest, handler: handler)
        if slot == slots.count { slots.append(registration) } else { slots[slot] = registration }
        registrationCount += 1
        if Int(fd) >= fdOwners.count { fdOwners.append(contentsOf: repeatElement(0, count: Int(fd) + 1 - fdOwners.count)) }
        fdOwners[Int(fd)] = id
        return RegistrationID(rawValue: id)
    }

    /// Changes what a registration listens for (e.g. add `.write` while output
    /// is queued, drop `.read` while responses are backed up).
    public func modify(_ id: RegistrationID, interest: IOInterest) throws {
        guard let registration = registration(for: id.rawValue) else {
            throw SystemError(call: "modify(registration \(id.rawValue))", errno: ENOENT)
        }
        guard fdOwner(of: registration.fd) == id.rawValue else {
            // The fd was closed and its number now belongs to a newer registration.
            throw SystemError(call: "modify(registration \(id.rawValue), stale fd \(registration.fd))", errno: EBADF)
        }
        if registration.interest == interest { return }
        var event = epoll_event()
        event.events = EpollBits.mask(for: interest)
        event.data.u64 = id.rawValue
        try retryingEINTR("epoll_ctl(MOD fd \(registration.fd))") {
            epoll_ctl(epoll.rawValue, EPOLL_CTL_MOD, registration.fd, &event)
        }
        registration.interest = interest
    }

    /// Stops watching a registration; pending events for it are dropped.
    /// Removing an unknown or already removed id does nothing.
    public func deregister(_ id: RegistrationID) {
        guard let registration = registration(for: id.rawValue) else { return }
        slots[id.slot] = nil
        freeSlots.append(id.slot)
        registrationCount -= 1
        guard fdOwner(of: registration.fd) == id.rawValue else { return }
        fdOwners[Int(registration.fd)] = 0
        var event = epoll_event()
        // EBADF/ENOENT mean the fd was closed first, which already removed it.
        _ = epoll_ctl(epoll.rawValue, EPOLL_CTL_DEL, registration.fd, &event)
    }

    /// Runs `body` on the loop thread once `nanoseconds` have passed on the
    /// monotonic clock. Timers with the same deadline fire in scheduling order.
    @discardableResult
    public func scheduleTimer(after nanoseconds: UInt64, _ body: @escaping () -> Void) -> TimerID {
        let now = MonotonicClock.now()
        let (deadline, overflow) = now.addingReportingOverflow(nanoseconds)
        return timers.schedule(at: overflow ? .max : deadline, body)
    }

    /// Runs `body` on the loop thread once `delay` has passed.
    @discardableResult
    public func scheduleTimer(after delay: Duration, _ body: @escaping () -> Void) -> TimerID {
        scheduleTimer(after: delay.clampedNanoseconds, body)
    }

    /// Cancels a timer; cancelling one that already fired does nothing.
    public func cancelTimer(_ id: TimerID) {
        timers.cancel(id)
    }

    /// The number of timers still waiting to fire.
    public var pendingTimerCount: Int { timers.count }

    // MARK: - Turn internals

    /// The live registration with this id, or `nil` (removed, or never made).
    private func registration(for id: UInt64) -> Registration? {
        let slot = RegistrationID(rawValue: id).slot
        guard slot < slots.count, let registration = slots[slot], registration.id == id else { return nil }
        return registration
    }

    /// The id of the registration that owns `fd` in the epoll set, `0` for none.
    private func fdOwner(of fd: Int32) -> UInt64 {
        Int(fd) < fdOwners.count && fd >= 0 ? fdOwners[Int(fd)] : 0
    }

    private func nextTimeoutMilliseconds() -> Int32 {
        if hasWork.load(ordering: .acquiring), lock.withLock({ !pending.isEmpty || stopRequested }) { return 0 }
        guard let deadline = timers.nextDeadline() else { return -1 }
        let now = MonotonicClock.now()
        if deadline <= now { return 0 }
        // Round up: waking a little late is fine, waking early would spin.
        let millis = (deadline - now + 999_999) / 1_000_000
        return Int32(min(millis, UInt64(Int32.max)))
    }

    private func runDueTimers() {
        let now = MonotonicClock.now()
        while let body = timers.popDue(now: now) { body() }
    }

    private func runPendingTasks() {
        guard hasWork.load(ordering: .acquiring) else { return }
        lock.withLock {
            swap(&pending, &running)
            hasWork.store(stopRequested, ordering: .releasing)
        }
        for task in running { task() }
        running.removeAll(keepingCapacity: running.count <= 1024)
    }

    /// Consumes the eventfd, then disarms. In that order: disarming first
    /// let another thread arm and write in between, the read then swallowed
    /// that write, and a task queued after this turn took its batch found
    /// the wakeup still armed and wrote nothing, so the loop slept with work
    /// pending (seen once in five runs of testExecuteFromAnotherThreadWakesTheLoop).
    /// Now any `execute` that sees the wakeup armed queued its task before
    /// the disarm, and `runPendingTasks` later in this turn runs it.
    private func drainWakeup() {
        var value: UInt64 = 0
        _ = withUnsafeMutableBytes(of: &value) { try? wakeupFD.read(into: $0) }
        lock.withLock { wakeupArmed = false }
    }

    /// Writes to the eventfd unless a wakeup is already on its way (or `force`).
    private func signalWakeup(force: Bool) {
        let needed = lock.withLock { () -> Bool in
            if wakeupArmed && !force { return false }
            wakeupArmed = true
            return true
        }
        if needed { writeWakeup() }
    }

    private func writeWakeup() {
        var one: UInt64 = 1
        _ = withUnsafeBytes(of: &one) { try? wakeupFD.write($0) }
    }
}

extension EventLoop: @unchecked Sendable {}
