/// A frame of CPython 3.11's pure-Python asyncio that our native code stands
/// in for: its file (in asyncio/), line and function. Tracebacks show it as
/// CPython does: native code adds a `TracebackEntry` whose file is
/// `<cpython>/asyncio/FILE`, and Lib/traceback.py takes the source line and
/// the underlined columns from Lib/_asyncio_sites.py's `SITES` (the one
/// table of CPython's lines; Lib/asyncio's Python code names the same sites
/// with `# cpython: FILE:LINE` markers). Every site used here must be a key
/// of that table.
struct AsyncioSite {
    let file: String
    let line: Int
    let function: String
    /// The traceback entry of this frame (columns come from the table),
    /// made once: sites are static, and a cancelled task's traceback gets
    /// one or two of them each time.
    let entry: TracebackEntry

    init(_ file: String, _ line: Int, _ function: String) {
        self.file = file
        self.line = line
        self.function = function
        entry = TracebackEntry(filename: Self.prefix + file, function: function, line: line)
    }

    /// The file name traceback entries carry.
    static let prefix = "<cpython>/asyncio/"

    /// `return await future` in `sleep`.
    static let sleep = AsyncioSite("tasks.py", 649, "sleep")
    /// `await __sleep0()` in `sleep` (a zero delay).
    static let sleep0 = AsyncioSite("tasks.py", 640, "sleep")
    /// `yield` in `__sleep0`.
    static let sleep0Yield = AsyncioSite("tasks.py", 634, "__sleep0")
    /// `self._context.run(self._callback, *self._args)` in `Handle._run`.
    static let handleRun = AsyncioSite("events.py", 80, "_run")
    /// `await getter` in `Queue.get`.
    static let queueGet = AsyncioSite("queues.py", 158, "get")
    /// `await putter` in `Queue.put`.
    static let queuePut = AsyncioSite("queues.py", 120, "put")
    /// `await self.acquire()` in `_ContextManagerMixin.__aenter__`.
    static let contextEnter = AsyncioSite("locks.py", 15, "__aenter__")
    /// `await fut` in `Lock.acquire`.
    static let lockAcquire = AsyncioSite("locks.py", 114, "acquire")
    /// `await fut` in `Event.wait`.
    static let eventWait = AsyncioSite("locks.py", 213, "wait")
    /// `await fut` in `Condition.wait`.
    static let conditionWait = AsyncioSite("locks.py", 267, "wait")
    /// `await self.wait()` in `Condition.wait_for`.
    static let conditionWaitFor = AsyncioSite("locks.py", 294, "wait_for")
    /// `await fut` in `Semaphore.acquire`.
    static let semaphoreAcquire = AsyncioSite("locks.py", 387, "acquire")
    /// `return await _wait(fs, timeout, return_when, loop)` in `wait`.
    static let wait = AsyncioSite("tasks.py", 428, "wait")
    /// `await waiter` in `_wait`.
    static let waitInner = AsyncioSite("tasks.py", 535, "_wait")
    /// `return future.result()` in `BaseEventLoop.run_until_complete`.
    static let runUntilCompleteResult = AsyncioSite("base_events.py", 653, "run_until_complete")
    /// The "Event loop stopped before Future completed." raise there.
    static let runUntilCompleteStopped = AsyncioSite("base_events.py", 651, "run_until_complete")

    /// `self.run_forever()` in `run_until_complete`.
    static let runUntilCompleteLoop = AsyncioSite("base_events.py", 640, "run_until_complete")
    /// What the native `run_forever` stands for while it runs a handle:
    /// `self._run_once()`, `handle._run()`, `self._context.run(...)`.
    static let runForeverLoop = [AsyncioSite("base_events.py", 607, "run_forever"),
                                 AsyncioSite("base_events.py", 1922, "_run_once"), handleRun]
    /// What an exception leaving `run_forever` from a handle passes
    /// through after `Handle._run`, innermost first.
    static let runForeverUnwind = [AsyncioSite("base_events.py", 1922, "_run_once"),
                                   AsyncioSite("base_events.py", 607, "run_forever")]

    /// The raises of `_check_closed` and `_check_running`, and their calls
    /// in `run_until_complete` and `run_forever`.
    static let checkClosed = AsyncioSite("base_events.py", 519, "_check_closed")
    static let alreadyRunning = AsyncioSite("base_events.py", 588, "_check_running")
    static let otherLoopRunning = AsyncioSite("base_events.py", 590, "_check_running")
    static let runUntilCompleteChecks = (closed: AsyncioSite("base_events.py", 628, "run_until_complete"),
                                         running: AsyncioSite("base_events.py", 629, "run_until_complete"))
    static let runForeverChecks = (closed: AsyncioSite("base_events.py", 595, "run_forever"),
                                   running: AsyncioSite("base_events.py", 596, "run_forever"))
    /// The raises of `Lock.release`, `Condition.wait` and `Condition.notify`.
    static let lockRelease = AsyncioSite("locks.py", 140, "release")
    static let conditionUnlockedWait = AsyncioSite("locks.py", 260, "wait")
    static let conditionUnlockedNotify = AsyncioSite("locks.py", 311, "notify")

    /// `error` with `sites` (innermost first) added to its traceback.
    static func raising(_ sites: [AsyncioSite], _ error: PyError) -> PyError {
        add(sites, to: error.exception)
        return error
    }

    /// Adds `sites` (innermost first) to the traceback of an exception
    /// leaving native code that CPython runs in those frames; the caller's
    /// frame is then added by the VM as the exception unwinds into it.
    static func add(_ sites: [AsyncioSite], to exception: PyException) {
        guard !sites.isEmpty else { return }
        exception.traceback.reserveCapacity(exception.traceback.count + sites.count)
        for site in sites { exception.traceback.append(site.entry) }
        exception.lastFrameSerial = 0
    }
}
