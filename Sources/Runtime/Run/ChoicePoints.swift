/// The trace's `choices`: every point where more than one handle was ready,
/// with the alternatives the scheduler had (task, coroutine, and the line
/// the task resumes at; or the callback's name) and the one it took. The
/// page's "you are the scheduler" mode offers these alternatives to the
/// learner, and replays a prefix of picks plus a new one through
/// `Scenario.schedule`.
final class ChoicePoints {
    /// Choice points a trace keeps (the schedule itself is never cut).
    static let maxChoices = 1000
    /// Alternatives listed per choice point (the oldest ready handles).
    static let maxAlternatives = 100

    private let filename: String
    private(set) var choices: [TraceChoice] = []
    private var pending: [JSONValue]?
    private var pendingTime = 0.0

    init(filename: String) { self.filename = filename }

    /// The ready queue before a choice (`AccessLog.offer`).
    func offer(_ ready: ReadyQueue, loop: PyLoop, vm: Interpreter) {
        guard choices.count < Self.maxChoices else { return }
        pending = (0..<min(ready.count, Self.maxAlternatives)).compactMap { i in
            ready.handle(at: i).map { describe($0, loop: loop, vm: vm) }
        }
        pendingTime = loop.now
    }

    /// The choice taken (the index into the offered handles).
    func commit(_ index: Int) {
        guard let alternatives = pending else { return }
        pending = nil
        choices.append(TraceChoice(chosen: index, time: pendingTime, alternatives: alternatives))
    }

    private func describe(_ handle: PyHandle, loop: PyLoop, vm: Interpreter) -> JSONValue {
        let runtime = loop.runtime
        guard let task = handle.task else {
            let name = (try? runtime.callbackName(vm, handle)) ?? "callback"
            return .object([("callback", .string(name)), ("timer", .bool(handle.isTimer))])
        }
        return .object([
            ("task", .int(task.id)),
            ("name", .string(task.nameText)),
            ("coroutine", .string(runtime.coroutineName(vm, task.coro))),
            ("line", resumeLine(task.coro).map(JSONValue.int) ?? .null),
        ])
    }

    /// The deepest frame of the program along the task's await chain.
    private func resumeLine(_ coro: Value) -> Int? {
        var line: Int?
        var current = coro.object as? PyGenerator
        var hops = 0
        while let gen = current, hops < 1000 {
            if gen.frame.code.filename == filename { line = gen.frame.currentLine }
            current = gen.frame.delegate?.object as? PyGenerator
            hops += 1
        }
        return line
    }
}
