/// What the native asyncio core (`_interleave_asyncio`) reports to whoever
/// runs the program, and asks of it: the trace recorder of a scenario run
/// implements this. Without an observer (a bare `ProgramRunner` run) the core
/// runs fifo, untraced, with only the interpreter's own limits.
///
/// DESIGN: the scheduler's hot path (Future, Task, the loop's passes) is
/// native, like CPython's `_asyncio` accelerator, so trace events are handed
/// over as typed fields here instead of Python dicts through
/// `_interleave.trace`; Lib/asyncio/tracing.py documents every kind and field.
protocol SchedulerObserver: AnyObject {
    /// True when trace events are recorded for this run.
    var tracing: Bool { get }
    /// The virtual-time limit in seconds, or nil for none.
    var timeLimit: Double? { get }
    /// Which of `count` (> 1) ready handles runs next (0 = the oldest, which
    /// is CPython's fifo order); records the choice for the trace's schedule.
    func choose(among count: Int) -> Int
    /// A task was created: counts it against the tasks limit (internal tasks
    /// of asyncio.run's shutdown are not the program's and are not counted).
    func taskCreated(internal isInternal: Bool) throws
    /// True when, without `tracing`, the repr of the result of a task with
    /// no parent task is still wanted (`rootTaskReturned`).
    var capturesRootResult: Bool { get }
    /// A task with no parent (not one of asyncio.run's internal ones)
    /// returned; `shown` is the repr of its result.
    func rootTaskReturned(_ shown: String)
    /// One trace event at virtual time `time`. `task` is the task id the
    /// event is about, `coro` that task's coroutine (its await chain gives the
    /// source line); `fields` are the event's JSON fields in order.
    func schedulerEvent(_ kind: String, task: Int?, coro: Value?, time: Double,
                        fields: [(String, JSONValue)], vm: Interpreter) throws
}
