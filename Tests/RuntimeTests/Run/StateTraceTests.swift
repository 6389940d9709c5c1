import XCTest
@testable import Runtime

/// `detail: "state"`: the state deltas on trace events, folded the way the
/// page folds them, say what each task holds and waits for at each step.
final class StateTraceTests: XCTestCase {
    /// The state after some event: the deltas of every event up to it applied in order.
    struct Folded {
        var tasks: [String: JSONValue] = [:]
        var frames: [String: JSONValue] = [:]
        var objects: [String: JSONValue] = [:]
        var globals: [String: JSONValue] = [:]

        mutating func apply(_ event: TraceEvent) {
            guard let state = TraceCorpus.field(event, "state") else { return }
            for (part, target) in [("tasks", \Folded.tasks), ("frames", \.frames), ("objects", \.objects), ("globals", \.globals)] {
                if case .object(let members)? = state[part] {
                    for (key, value) in members { self[keyPath: target][key] = value }
                }
            }
        }

        /// The locals of a task's innermost frame, name -> repr.
        func locals(_ owner: String) -> [String: String] {
            guard case .array(let frames)? = frames[owner], case .object(let members)? = frames.last?["locals"] else { return [:] }
            var out: [String: String] = [:]
            for (name, value) in members { out[name] = value.stringValue }
            return out
        }
    }

    static func fold(_ trace: Trace, through index: Int) -> Folded {
        var folded = Folded()
        for event in trace.events.prefix(index + 1) { folded.apply(event) }
        return folded
    }

    private let queueProgram = """
    import asyncio

    async def consumer(q, name):
        item = await q.get()
        print(name, item)

    async def main():
        q = asyncio.Queue()
        t = asyncio.create_task(consumer(q, "c"))
        await asyncio.sleep(1)
        total = 41
        await q.put(total + 1)
        await t

    asyncio.run(main())

    """

    func testAWaitingConsumerShowsItsLocalsAndTheQueuesGetter() throws {
        let trace = try XCTUnwrap(TraceCorpus.run(queueProgram, detail: .state))
        XCTAssertEqual(trace.stdout, "c 42\n")
        let consumer = try XCTUnwrap(trace.tasks.first { $0.coroutine.contains("consumer") })
        let main = try XCTUnwrap(trace.tasks.first { $0.coroutine.contains("main") })
        let c = String(consumer.id), m = String(main.id)

        // The consumer's first suspend: it waits in q.get() on an empty queue.
        let suspend = try XCTUnwrap(trace.events.firstIndex { $0.kind == .suspend && $0.task == consumer.id })
        var state = Self.fold(trace, through: suspend)
        XCTAssertEqual(state.tasks[c]?["state"], .string("waiting"))
        XCTAssertEqual(state.tasks[c]?["on"]?["kind"], .string("queue_get"))
        XCTAssertEqual(state.tasks[c]?["since"], .int(suspend))
        guard case .array(let frames)? = state.frames[c] else { return XCTFail("no frames for the consumer") }
        XCTAssertEqual(frames.count, 1, "library frames (Queue.get) are not the program's")
        XCTAssertEqual(frames.first?["function"], .string("consumer"))
        XCTAssertEqual(frames.first?["line"], .int(4))
        XCTAssertEqual(state.locals(c), ["q": "Queue#1", "name": "'c'"], "item is not bound yet")
        XCTAssertEqual(state.objects["Queue#1"]?["size"], .int(0))
        XCTAssertEqual(state.objects["Queue#1"]?["getters"], .array([.int(consumer.id)]))
        XCTAssertEqual(state.tasks[m]?["state"], .string("waiting"), "main sleeps")

        // main awaits the task after putting 42: the item is in the queue, nobody gets any more.
        let awaitTask = try XCTUnwrap(trace.events.lastIndex { $0.kind == .suspend && $0.task == main.id })
        state = Self.fold(trace, through: awaitTask)
        XCTAssertEqual(state.locals(m), ["q": "Queue#1", "t": "<Task Task-2>", "total": "41"])
        XCTAssertEqual(state.objects["Queue#1"]?["items"], .array([.string("42")]))
        XCTAssertEqual(state.objects["Queue#1"]?["getters"], .array([]))
        XCTAssertEqual(state.tasks[c]?["state"], .string("ready"), "the put woke the consumer")

        // At the end: the consumer returned None, its frames are gone.
        state = Self.fold(trace, through: trace.events.count - 1)
        XCTAssertEqual(state.tasks[c]?["state"], .string("done"))
        XCTAssertEqual(state.tasks[c]?["result"], .string("None"))
        XCTAssertEqual(state.frames[c], .array([]))
        XCTAssertEqual(state.tasks[m]?["state"], .string("done"))
    }

    func testLockOwnerAndWaiters() throws {
        let source = """
        import asyncio

        async def holder(lock):
            async with lock:
                await asyncio.sleep(1)

        async def main():
            lock = asyncio.Lock()
            a = asyncio.create_task(holder(lock))
            b = asyncio.create_task(holder(lock))
            await asyncio.gather(a, b)

        asyncio.run(main())

        """
        let trace = try XCTUnwrap(TraceCorpus.run(source, detail: .state))
        let holders = trace.tasks.filter { $0.coroutine.contains("holder") }
        XCTAssertEqual(holders.count, 2)
        // The second holder suspends waiting for the lock the first one holds.
        let blocked = try XCTUnwrap(trace.events.firstIndex {
            $0.kind == .suspend && $0.task == holders[1].id && TraceCorpus.field($0, "on")?["kind"] == .string("lock")
        })
        let state = Self.fold(trace, through: blocked)
        let lock = try XCTUnwrap(state.objects["Lock#1"])
        XCTAssertEqual(lock["locked"], .bool(true))
        XCTAssertEqual(lock["owner"], .int(holders[0].id))
        XCTAssertEqual(lock["waiters"], .array([.int(holders[1].id)]))
        XCTAssertEqual(state.tasks[String(holders[0].id)]?["state"], .string("waiting"))
    }

    func testReprsAreShortAndRunNoProgramCode() throws {
        let source = """
        class Loud:
            def __init__(self):
                self.n = 1
            def __repr__(self):
                print("repr called")
                return "Loud()"

        def f():
            words = ["a", "b"]
            big = list(range(100))
            nested = {"k": [[1, [2, [3]]]]}
            text = "x" * 500
            obj = Loud()
            return len(big)

        total = f()
        done = True

        """
        let trace = try XCTUnwrap(TraceCorpus.run(source, detail: .state))
        XCTAssertEqual(trace.stdout, "", "recording never calls a __repr__")
        let ret = try XCTUnwrap(trace.events.lastIndex { $0.kind == .line && $0.line == 14 })
        let state = Self.fold(trace, through: ret)
        let locals = state.locals("main")
        XCTAssertEqual(locals["words"], "['a', 'b']")
        XCTAssertEqual(locals["big"], "[0, 1, 2, 3, 4, 5, 6, 7, ...]")
        XCTAssertEqual(locals["nested"], "{'k': [[...]]}")
        XCTAssertLessThanOrEqual(locals["text"]?.count ?? 0, ValueRepr.maxLength)
        XCTAssertEqual(locals["obj"], "Loud#1")
        XCTAssertEqual(state.objects["Loud#1"]?["fields"], .object([("n", .string("1"))]))
        let end = Self.fold(trace, through: trace.events.count - 1)
        XCTAssertEqual(end.globals["total"], .string("100"))
        XCTAssertNil(end.globals["f"], "functions are not data")
    }

    func testEventAndFutureStates() throws {
        let source = """
        import asyncio

        async def waiter(ev, fut):
            await ev.wait()
            return await fut

        async def main():
            ev = asyncio.Event()
            fut = asyncio.get_running_loop().create_future()
            t = asyncio.create_task(waiter(ev, fut))
            await asyncio.sleep(0)
            ev.set()
            await asyncio.sleep(0)
            fut.set_result(7)
            print(await t)

        asyncio.run(main())

        """
        let trace = try XCTUnwrap(TraceCorpus.run(source, detail: .state))
        XCTAssertEqual(trace.stdout, "7\n")
        let waiter = try XCTUnwrap(trace.tasks.first { $0.coroutine.contains("waiter") })
        let suspends = trace.events.indices.filter { trace.events[$0].kind == .suspend && trace.events[$0].task == waiter.id }
        XCTAssertEqual(suspends.count, 2)
        // Waiting for the event: not set, the waiter listed; the future untouched.
        var state = Self.fold(trace, through: suspends[0])
        XCTAssertEqual(state.locals(String(waiter.id)), ["ev": "Event#1", "fut": "Future#1"])
        XCTAssertEqual(state.objects["Event#1"]?["set"], .bool(false))
        XCTAssertEqual(state.objects["Event#1"]?["waiters"], .array([.int(waiter.id)]))
        XCTAssertEqual(state.objects["Future#1"]?["state"], .string("pending"))
        XCTAssertEqual(state.objects["Future#1"]?["waiters"], .array([]))
        // Then waiting for the future: the event is set and has no waiters.
        state = Self.fold(trace, through: suspends[1])
        XCTAssertEqual(state.objects["Event#1"]?["set"], .bool(true))
        XCTAssertEqual(state.objects["Event#1"]?["waiters"], .array([]))
        XCTAssertEqual(state.objects["Future#1"]?["waiters"], .array([.int(waiter.id)]))
        // At the end the future holds 7 and so does the finished task.
        state = Self.fold(trace, through: trace.events.count - 1)
        XCTAssertEqual(state.objects["Future#1"]?["state"], .string("finished"))
        XCTAssertEqual(state.objects["Future#1"]?["result"], .string("7"))
        XCTAssertEqual(state.tasks[String(waiter.id)]?["result"], .string("7"))
    }

    func testNamesLeaveIdentitiesAlone() throws {
        // Naming P#1 and P#2 must not hand out id() serials: q asks first here.
        let source = "class P:\n    pass\n\np = P()\nq = P()\nprint(id(q) < id(p))\n"
        let plain = try XCTUnwrap(TraceCorpus.run(source))
        let state = try XCTUnwrap(TraceCorpus.run(source, detail: .state))
        XCTAssertEqual(plain.stdout, "True\n")
        XCTAssertEqual(state.stdout, plain.stdout)
        let end = Self.fold(state, through: state.events.count - 1)
        XCTAssertEqual(end.globals["p"], .string("P#1"))
        XCTAssertEqual(end.globals["q"], .string("P#2"))
    }

    func testStateDetailChangesNothingTheProgramSees() throws {
        let plain = try XCTUnwrap(TraceCorpus.run(queueProgram, detail: .lines))
        let state = try XCTUnwrap(TraceCorpus.run(queueProgram, detail: .state))
        XCTAssertEqual(plain.stdout, state.stdout)
        XCTAssertEqual(plain.stats.steps, state.stats.steps)
        XCTAssertEqual(plain.events.map(\.kind), state.events.map(\.kind))
        XCTAssertTrue(state.events.contains { TraceCorpus.field($0, "state") != nil })
        XCTAssertFalse(plain.events.contains { TraceCorpus.field($0, "state") != nil })
    }

    func testStateDeltasAreCappedWithTheEvents() throws {
        var limits = RunLimits.defaults
        limits.events = 50
        let trace = try XCTUnwrap(TraceCorpus.run("xs = []\nwhile True:\n    xs.append(len(xs))\n", limits: limits, detail: .state))
        XCTAssertEqual(trace.status, .limit)
        XCTAssertEqual(trace.events.count, 50)
        let end = Self.fold(trace, through: 49)
        XCTAssertTrue(end.globals["xs"]?.stringValue?.hasSuffix("...]") ?? false, "\(String(describing: end.globals["xs"]))")
    }
}
