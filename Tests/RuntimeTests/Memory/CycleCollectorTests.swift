import Foundation
import XCTest
@testable import Runtime

/// The cycle collector (Memory/CycleCollector.swift): programs that drop
/// reference cycles run in bounded memory, and no collection ever touches
/// an object the program can still reach.
final class CycleCollectorTests: XCTestCase {
    /// 32 MiB: each program below drops far more than that in cycles
    /// (hundreds of thousands of cyclic structures), so without a collector
    /// it ends with the memory limit.
    private let smallHeap = 32 << 20

    private func assertCompletes(_ source: String, printing expected: String, memory: Int? = nil,
                                 tasks: Int? = nil, file: StaticString = #filePath, line: UInt = #line) throws {
        let trace = try MemoryRun.trace(source, memory: memory ?? smallHeap, tasks: tasks, file: file, line: line)
        XCTAssertEqual(trace.status, .completed,
                       "\(trace.limit.map { "limit \($0.name)" } ?? trace.diagnostics)", file: file, line: line)
        XCTAssertEqual(trace.stdout, expected, file: file, line: line)
    }

    func testTreesWithParentPointersAreFreed() throws {
        try assertCompletes("""
        class Node:
            def __init__(self, parent=None):
                self.parent = parent
                self.children = []
                if parent is not None:
                    parent.children.append(self)
        total = 0
        for i in range(150000):
            root = Node()
            for j in range(4):
                Node(root)
            total += len(root.children)
        print(total)
        """, printing: "600000\n")
    }

    /// A running frame is not traversed; a generator whose body shares its
    /// function's closure array must keep that function (and so the
    /// cells) visible as held. Here the function was a temporary and only
    /// its own closure cell holds it: a collection inside the running
    /// body cleared the cell (`json.dumps` under collector stress).
    func testCollectingInsideARunningGeneratorKeepsItsClosure() throws {
        try assertCompletes("""
        import gc
        def make():
            def gen(n):
                gc.collect()
                if n:
                    yield from gen(n - 1)
                yield n
            return gen
        print(list(make()(3)), sum(make()(20)))
        """, printing: "[0, 1, 2, 3] 210\n")
    }

    func testEachKindOfCycleIsFreed() throws {
        try assertCompletes("""
        class A:
            def __init__(self):
                self.callback = self.method   # instance -> bound method -> instance
                self.mine = [self]            # instance -> list -> instance
            def method(self):
                return 1
        def recursive():
            def f():                          # function -> cell -> function
                return f
            return f
        total = 0
        for i in range(120000):
            total += A().callback()
            g = recursive()
            total += g() is g
            d = {}
            d['self'] = d                     # dict -> dict
            t = ([], i)
            t[0].append(t)                    # tuple -> list -> tuple
            watcher = A()
            watcher.seen = {watcher, i}       # instance -> set -> instance
        print(total)
        """, printing: "240000\n")
    }

    /// Exceptions are containers too: one kept on the object it refers
    /// back to, one holding itself in its args, and a chain through
    /// `__cause__`, each dropped in a loop. The survivor kept at the end
    /// still has its attributes, args and cause.
    func testCyclesThroughExceptionsAreFreed() throws {
        try assertCompletes("""
        class Job:
            pass
        class JobError(Exception):
            pass
        def fail(job):
            try:
                raise JobError("failed", job)       # exception -> args -> job
            except JobError as e:
                return e
        kept = None
        for i in range(150000):
            job = Job()
            job.error = fail(job)                   # job -> exception
            e = ValueError("self")
            e.args = (e, i)                         # exception -> tuple -> exception
            try:
                try:
                    raise KeyError(i)
                except KeyError as inner:
                    raise RuntimeError("outer") from inner
            except RuntimeError as outer:
                outer.again = outer                 # exception -> dict -> exception
                kept = outer
        print(kept.again is kept, repr(kept.__cause__), job.error.args[1] is job)
        """, printing: "True KeyError(149999) True\n")
    }

    /// Futures and tasks are containers too: a future whose result is the
    /// object holding it, a task whose result is the task itself, a done
    /// callback closing over the object that holds its future (through a
    /// cell of the finished coroutine's frame, which is dropped when the
    /// coroutine ends, as CPython clears a finished frame).
    func testCyclesThroughFuturesAndTasksAreFreed() throws {
        try assertCompletes("""
        import asyncio
        class Conn:
            async def run(self):
                me = asyncio.current_task()
                self.fut = asyncio.get_running_loop().create_future()
                self.fut.add_done_callback(lambda f: self)
                self.fut.set_result(self)
                await self.fut
                return me
        async def main():
            last = None
            for i in range(60000):
                c = Conn()
                c.task = asyncio.create_task(c.run())
                assert await c.task is c.task
                last = c
            print(last.fut.result() is last, last.task.result() is last.task)
        asyncio.run(main())
        """, printing: "True True\n", tasks: 100_000)
    }

    /// A class is a cycle by itself (its MRO starts with it, a method using
    /// `super()` holds it in a cell): classes made in a loop, subclasses of
    /// a class that stays alive, and factories (namedtuple, dataclass) are
    /// freed; the surviving base's subclass list no longer names them, so
    /// changing the base afterwards (which invalidates its subclasses'
    /// caches) touches only live classes.
    func testClassesDroppedInALoopAreFreed() throws {
        try assertCompletes("""
        from collections import namedtuple
        from dataclasses import dataclass
        class Base:
            def f(self):
                return 1
        total = 0
        for i in range(60000):
            class Child(Base):
                payload = list(range(10))
                def f(self):
                    return super().f() + 1
            total += Child().f()
            if i % 1000 == 0:
                Base.g = i                    # invalidates the live subclasses' caches
                P = namedtuple('P', 'x y')
                @dataclass
                class D:
                    x: int
                total += D(P(1, 2)).x.y
        kept = Child
        Base.f = lambda self: 10
        print(total, kept().f(), Base.g)
        """, printing: "120120 11 59000\n")
    }

    /// `__del__` runs once per object, resurrection keeps an object alive,
    /// and cycles whose members have finalizers are still freed (their
    /// finalizers run first): 120,000 such cycles and resurrections in a
    /// 32 MiB heap, with finalizer calls counted.
    func testFinalizersRunOnceAndCyclesWithFinalizersAreFreed() throws {
        try assertCompletes("""
        import gc
        class Node:
            finalized = 0
            def __init__(self):
                self.me = self
                self.payload = list(range(30))
            def __del__(self):
                Node.finalized += 1
                assert self.me is self and len(self.payload) == 30
        revived = []
        class Phoenix:
            calls = 0
            def __del__(self):
                Phoenix.calls += 1
                revived.append(self)
        for i in range(120000):
            Node()
            Phoenix()
            if len(revived) >= 100:
                revived.clear()   # dropped for good: no second __del__
        gc.collect()
        print(Node.finalized == 120000, Phoenix.calls == 120000, len(revived))
        """, printing: "True True 0\n")
    }

    func testCyclesThroughSuspendedGeneratorsAreFreed() throws {
        try assertCompletes("""
        class Holder:
            def __init__(self):
                self.payload = list(range(20))
        def watch(holder):
            seen = [holder]
            while True:
                seen.append((yield len(seen)))
        total = 0
        for i in range(100000):
            h = Holder()
            h.watcher = watch(h)              # instance -> generator -> frame -> instance
            total += next(h.watcher)
            total += h.watcher.send(i)
        print(total)
        """, printing: "300000\n")
    }

    /// Cycles made only of generators: one holding itself in a local, two
    /// holding each other. Nothing else in them can be cleared, so the
    /// generators themselves are (CPython closes and clears them); one
    /// suspended inside `try` still runs its `finally` first.
    func testCyclesMadeOnlyOfGeneratorsAreFreed() throws {
        try assertCompletes("""
        import gc
        def selfish():
            me = yield
            data = list(range(40))
            while True:
                yield len(data)
        def partner():
            other = yield
            data = list(range(40))
            yield len(data)
        cleanups = 0
        def guarded():
            global cleanups
            me = yield
            try:
                yield 1
            finally:
                cleanups += 1
        total = 0
        for i in range(120000):
            g = selfish(); next(g); total += g.send(g)
            a = partner(); b = partner(); next(a); next(b)
            total += a.send(b) + b.send(a)
            if i % 1000 == 0:
                c = guarded(); next(c); c.send(c)
        gc.collect()
        print(total, cleanups)
        """, printing: "\(120000 * 120) 119\n")   // the last one is still `c`
    }

    /// A collected coroutine that never started is still reported as never
    /// awaited, and one dropped while suspended simply ends (no warning).
    func testCollectedCoroutinesKeepTheirNeverAwaitedReport() throws {
        let trace = try MemoryRun.trace("""
        import gc
        class Box:
            pass
        async def idle(box):
            return 1
        b = Box()
        b.coro = idle(b)
        del b
        gc.collect()
        print("collected")
        """, memory: smallHeap)
        XCTAssertEqual(trace.status, .completed, trace.diagnostics)
        XCTAssertEqual(trace.stdout, "collected\n")
        XCTAssertTrue(trace.warnings.contains { $0.message.contains("was never awaited") },
                      "\(trace.warnings)")
    }

    func testReachableCyclesSurviveManyCollections() throws {
        try assertCompletes("""
        import gc
        class Node:
            def __init__(self, name):
                self.name = name
                self.peer = None
                self.greet = self.hello
            def hello(self):
                return 'hi ' + self.name
        a, b = Node('a'), Node('b')
        a.peer, b.peer = b, a
        ring = [a]
        ring.append(ring)
        table = {'a': a}
        table['table'] = table
        frozen = tuple(ring)
        group = {a}
        a.group = group
        def counter():
            n = 0
            def step():
                nonlocal n
                n += 1
                return n
            return step
        tick = counter()
        def gen():
            mine = Node('g')
            mine.peer = mine
            yield mine
            yield mine.peer.name
        g = gen()
        first = next(g)
        for i in range(200000):
            junk = Node(str(i))
            junk.peer = junk
        gc.collect()
        print(a.peer.peer is a, b.greet(), ring[1] is ring, table['table']['a'].name)
        print(frozen[0].peer.name, frozen[1] is ring, tick(), tick(), first.name, next(g))
        print(a in a.group, len(group))
        """, printing: "True hi b True a\nb True 1 2 g g\nTrue 1\n")
    }

    func testCopiesSharingStorageDoNotHideAReference() throws {
        // tuple(list) shares the list's storage: the element is held once,
        // though two containers report it. Both containers are referenced
        // only from the element's own dict; the element only from a local.
        try assertCompletes("""
        import gc
        class X:
            pass
        def keep():
            x = X()
            items = [x]
            x.items = items
            x.frozen = tuple(items)
            del items
            for i in range(50000):
                junk = [X()]
                junk.append(junk)
            gc.collect()
            return x.frozen[0] is x and x.items[0] is x
        print(keep())
        """, printing: "True\n")
    }

    func testALongDroppedCycleIsFreedWithoutRecursion() throws {
        try assertCompletes("""
        import gc
        class Link:
            pass
        head = Link()
        node = head
        for i in range(300000):
            nxt = Link()
            node.next = nxt
            node = nxt
        node.next = head
        del head, node, nxt
        print(gc.collect() >= 300000)
        """, printing: "True\n", memory: 256 << 20)
    }

    func testWeakCallbacksRunWhenTheirCycleIsCollected() throws {
        try assertCompletes("""
        import gc, weakref
        class A:
            pass
        a = A()
        a.me = a
        r = weakref.ref(a, lambda ref: print('collected', ref() is None))
        del a
        gc.collect()
        print('after', r() is None)
        """, printing: "collected True\nafter True\n")
    }

    func testGCModuleSwitches() throws {
        try assertCompletes("""
        import gc
        print(gc.isenabled())
        gc.disable()
        print(gc.isenabled())
        gc.enable()
        print(gc.isenabled(), gc.get_threshold(), gc.is_tracked([]), gc.is_tracked(1))
        try:
            gc.collect(3)
        except ValueError as e:
            print(e)
        """, printing: "True\nFalse\nTrue (700, 10, 10) True False\ninvalid generation\n")
    }

    /// On a thread of its own (other tests may keep an interpreter alive on
    /// the test thread, which keeps its tracking on), a finished run leaves
    /// nothing tracked: what outlives the run may die on any thread.
    func testARunUntracksWhatOutlivesIt() throws {
        /// What the run's thread saw (read after the semaphore hands it over).
        final class Seen: @unchecked Sendable { var trackedDuring = false; var trackedAfter = -1 }
        let seen = Seen()
        let done = DispatchSemaphore(value: 0)
        let thread = Thread {
            let scenario = Scenario(source: "import gc\nx = [[i] for i in range(1000)]\nprint(gc.get_count()[0] > 1000)")
            if case .success(let trace) = ScenarioRunner.run(scenario) { seen.trackedDuring = trace.stdout == "True\n" }
            seen.trackedAfter = CycleCollector.trackedCount
            done.signal()
        }
        thread.start()
        done.wait()
        XCTAssertTrue(seen.trackedDuring, "the run's containers were tracked while it ran")
        XCTAssertEqual(seen.trackedAfter, 0, "no registry entry outlives the run")
    }

    /// A collection over hundreds of thousands of lists, dicts and tuples
    /// remembers only the buffers that really are shared (here the one
    /// `tuple(items)` shares with its list), not one per container: the
    /// set of remembered buffers was tens of megabytes on top of a heap
    /// already at its limit. On its own thread, so its statistic is its own.
    func testACollectionRemembersOnlySharedBuffers() throws {
        final class Seen: @unchecked Sendable { var output = ""; var remembered = -1 }
        let seen = Seen()
        let done = DispatchSemaphore(value: 0)
        let thread = Thread {
            let scenario = Scenario(source: """
            import gc
            lists = [[i] for i in range(100000)]
            dicts = [{'k': i} for i in range(100000)]
            tuples = [(i, i) for i in range(100000)]
            items = [object()]
            frozen = tuple(items)
            print(gc.collect(), frozen[0] is items[0])
            """)
            if case .success(let trace) = ScenarioRunner.run(scenario) { seen.output = trace.stdout }
            seen.remembered = CycleCollector.lastRememberedBuffers
            done.signal()
        }
        thread.start()
        done.wait()
        XCTAssertEqual(seen.output, "0 True\n")
        XCTAssertGreaterThanOrEqual(seen.remembered, 1, "the buffer a tuple shares with its list is remembered")
        XCTAssertLessThan(seen.remembered, 1000, "unshared buffers are not remembered")
    }
}
