import XCTest
@testable import Runtime

/// Runs that start warm (Run/Warm/WarmImage.swift): every run made from the
/// library image sees exactly what a fresh interpreter would, whatever the
/// previous runs did to the library.
final class WarmImageTests: XCTestCase {
    /// The trace of one run, as JSON text without the wall-clock time and
    /// the step count (a warm run counts the image's import steps plus its
    /// own; the import statements themselves run twice, so the total may
    /// differ from a fresh run's by a few dozen instructions).
    private func trace(_ scenario: Scenario, warm: WarmImage?) -> String {
        let (result, _, _) = ScenarioRunner.execute(scenario, warm: warm)
        guard case .success(var t) = result else { return "compile failure" }
        t.stats.wallMicros = 0
        t.stats.steps = 0
        return JSONWriter.string(t.json())
    }

    /// Three warm runs in a row, each compared with a fresh run.
    private func assertWarmRunsMatchFresh(_ source: String, file: StaticString = #filePath, line: UInt = #line) {
        let scenario = Scenario(source: source)
        let fresh = trace(scenario, warm: nil)
        guard let image = WarmImage.build(scenario) else {
            return XCTFail("no warm image", file: file, line: line)
        }
        defer { image.close() }
        for run in 1...3 {
            XCTAssertEqual(trace(scenario, warm: image), fresh, "warm run \(run)", file: file, line: line)
        }
    }

    func testMonkeypatchedAsyncioFunctionDoesNotLeak() {
        assertWarmRunsMatchFresh("""
        import asyncio
        print(asyncio.sleep.__name__, asyncio.waiting.sleep is asyncio.sleep)
        async def fake(delay, result=None):
            print("patched")
        asyncio.sleep = fake
        asyncio.waiting.sleep = fake
        async def main():
            await asyncio.sleep(0)
        asyncio.run(main())
        """)
    }

    func testClassAttributeMutationDoesNotLeak() {
        assertWarmRunsMatchFresh("""
        import asyncio
        print(hasattr(asyncio.Lock, "extra"), asyncio.Event.is_set.__name__)
        asyncio.Lock.extra = [1, 2]
        asyncio.Event.is_set = lambda self: "patched"
        del asyncio.Queue.qsize
        async def main():
            e = asyncio.Event()
            print(e.is_set(), asyncio.Lock().extra)
        asyncio.run(main())
        """)
    }

    func testModuleGlobalsAndContainersDoNotLeak() {
        assertWarmRunsMatchFresh("""
        import asyncio
        import types
        from asyncio import tasks
        print(len(tasks._pending_tasks), len(types._namespace_repr_running), tasks.__name__)
        tasks._pending_tasks["x"] = 1
        types._namespace_repr_running.add(42)
        tasks.__name__ = "renamed"
        asyncio.new_global = object()
        del asyncio.gather
        print(hasattr(asyncio, "gather"))
        """)
    }

    func testDefaultsSubclassesAndIdentitiesDoNotLeak() {
        assertWarmRunsMatchFresh("""
        import asyncio
        print(asyncio.wait_for.__defaults__, len(asyncio.Future.__subclasses__()))
        print(id(asyncio.sleep) == id(asyncio.sleep), hash(asyncio.Lock) == hash(asyncio.Lock))
        print(repr(object()))
        class Mine(asyncio.Future):
            pass
        asyncio.Future.__name__ = "Renamed"
        asyncio.Future.__qualname__ = "Renamed"
        asyncio.wait_for.__defaults__ = (1,)
        print(len(asyncio.Future.__subclasses__()), asyncio.Future.__name__, asyncio.wait_for.__defaults__)
        """)
    }

    /// A class's own fields (not its namespace) written by a run: only the
    /// classes a run wrote are compared at restore (`PyType.stateWritten`).
    func testClassFieldWritesDoNotLeak() {
        assertWarmRunsMatchFresh("""
        import asyncio
        print(asyncio.Lock.__module__, asyncio.Event.__qualname__, hasattr(asyncio.Event(), "anything"))
        asyncio.Lock.__module__ = "elsewhere"
        asyncio.Event.__qualname__ = "Renamed.Event"
        asyncio.Event.__getattr__ = lambda self, name: "found " + name
        print(asyncio.Lock.__module__, asyncio.Event.__qualname__, asyncio.Event().anything)
        """)
    }

    /// A library instance whose class and `__dict__` a run replaces: the
    /// headers the restore checks after a run without weak callbacks.
    func testInstanceClassAndDictReplacementDoNotLeak() {
        assertWarmRunsMatchFresh("""
        import asyncio
        import reprlib
        print(type(reprlib.aRepr).__name__, reprlib.aRepr.maxlevel)
        class Other(reprlib.Repr):
            pass
        reprlib.aRepr.__class__ = Other
        reprlib.aRepr.__dict__ = {"maxlevel": 99}
        print(type(reprlib.aRepr).__name__, reprlib.aRepr.maxlevel)
        """)
    }

    /// A weak reference with a callback marks the library object it
    /// watches; the restore checks every object's header after such a run
    /// (otherwise only instances', whose `__dict__` and class a program can
    /// replace), so the mark goes.
    func testWeakCallbacksOnLibraryObjectsAreReset() throws {
        let scenario = Scenario(source: """
        import asyncio
        def watch():
            import weakref
            seen = []
            refs = [weakref.ref(asyncio.Lock, seen.append), weakref.ref(asyncio.sleep, seen.append)]
            print(refs[0]() is asyncio.Lock, refs[1]() is asyncio.sleep)
            return refs
        keep = watch()
        """)
        let fresh = trace(scenario, warm: nil)
        let image = try XCTUnwrap(WarmImage.build(scenario))
        defer { image.close() }
        let locks = try XCTUnwrap(image.module("asyncio.locks")?.dict)
        let lock = try XCTUnwrap(locks.getStr("Lock")?.object)
        for run in 1...2 {
            XCTAssertEqual(trace(scenario, warm: image), fresh, "warm run \(run)")
            XCTAssertFalse(lock.hasWeakCallbacks, "warm run \(run)")
        }
    }

    func testRealProgramsMatchFreshRuns() {
        assertWarmRunsMatchFresh(ExplorePrograms.racyCounter)
        assertWarmRunsMatchFresh("""
        \"\"\"A docstring before the imports.\"\"\"
        import asyncio
        from collections import deque

        async def worker(q, name):
            while True:
                item = await q.get()
                print(name, item)
                q.task_done()

        async def main():
            q = asyncio.Queue()
            ws = [asyncio.create_task(worker(q, f"w{i}")) for i in range(2)]
            for i in range(4):
                await q.put(i)
            await q.join()
            for w in ws:
                w.cancel()
            await asyncio.gather(*ws, return_exceptions=True)
            lock = asyncio.Lock()
            async with lock:
                print(lock, deque([1, 2]))
            raise ValueError("boom")

        asyncio.run(main())
        """)
    }

    func testRandomGeneratorStateDoesNotLeak() {
        assertWarmRunsMatchFresh("""
        import asyncio
        import random
        print(random.random(), random.randint(1, 100))
        random.seed(5)
        random.shuffle = None
        async def main():
            await asyncio.sleep(random.random())
            print(random.choice("abc"))
        asyncio.run(main())
        """)
    }

    /// Every program of the trace corpus (the CPython conformance cases
    /// when present, Tests/LibPrograms/asyncio): two warm runs in a row
    /// each give the fresh run's trace.
    func testCorpusProgramsMatchFreshRunsWhenWarm() {
        var warmed = 0
        for (name, source) in TraceCorpus.programs() {
            var scenario = Scenario(source: source)
            scenario.limits.wallMillis = 20_000
            let fresh = trace(scenario, warm: nil)
            guard let image = WarmImage.build(scenario) else { continue }
            warmed += 1
            XCTAssertEqual(trace(scenario, warm: image), fresh, "\(name), first warm run")
            XCTAssertEqual(trace(scenario, warm: image), fresh, "\(name), second warm run")
            image.close()
        }
        XCTAssertGreaterThan(warmed, 20, "most asyncio programs start with their imports")
    }

    /// Lookups cached by a library class are keyed by name objects, which
    /// may be a run's own strings: a class's cache does not carry more than
    /// `maxCachedLookups` of them into the next run.
    func testLibraryClassCachesDoNotGrowAcrossRuns() throws {
        let scenario = Scenario(source: """
        import asyncio
        lock = asyncio.Lock()
        for i in range(2000):
            getattr(lock, "attribute_%d" % i, None)
        print("done")
        """)
        let image = try XCTUnwrap(WarmImage.build(scenario))
        defer { image.close() }
        let lock = try XCTUnwrap(image.module("asyncio.locks")?.namespace.getStr("Lock")?.object as? PyType)
        for _ in 0..<3 {
            _ = trace(scenario, warm: image)
            XCTAssertLessThanOrEqual(lock.lookupCacheSize, LibrarySnapshot.maxCachedLookups)
        }
    }

    /// Library state made at import time that the image must know: the
    /// mappingproxy objects dataclasses and types keep, io's classes,
    /// class dicts read through their proxies.
    func testMappingProxiesAndIoInTheImage() {
        assertWarmRunsMatchFresh("""
        import asyncio, dataclasses, io, types
        @dataclasses.dataclass
        class Job:
            name: str
            tags: list = dataclasses.field(default_factory=list, metadata={'unit': 's'})
        buf = io.StringIO()
        async def main():
            print(Job('a'), dataclasses.fields(Job)[1].metadata, file=buf)
            print(list(vars(Job))[:3], type(Job.__dict__).__name__, file=buf)
            await asyncio.sleep(0)
            print(buf.getvalue(), end='')
        asyncio.run(main())
        """)
    }

    func testProgramsWithoutLeadingImportsGetNoImage() {
        XCTAssertNil(WarmImage.build(Scenario(source: "x = 1\nimport asyncio\n")))
        XCTAssertNil(WarmImage.build(Scenario(source: "print(1)\n")))
        XCTAssertNil(WarmImage.build(Scenario(source: "import no_such_module\n")))
    }

    func testExplorationWarmAndFreshAgree() throws {
        var scenario = Scenario(source: ExplorePrograms.racyCounter)
        scenario.limits.wallMillis = 20_000
        guard case .success(let report) = Explorer.explore(scenario, options: .init(runs: 300)) else {
            return XCTFail("compile failure")
        }
        for outcome in report.outcomes {
            var replay = scenario
            replay.schedule = outcome.schedule
            guard case .success(let t) = ScenarioRunner.run(replay) else { return XCTFail("replay failed") }
            XCTAssertEqual(t.stdout, outcome.stdout)
        }
    }

    /// The native modules the runs share with the image (`sys`, `math`,
    /// `_interleave_asyncio`, ...): what a run writes into them or sets
    /// through them (the recursion limit, ...), the tasks
    /// it leaves pending and its Task-N numbering are gone in the next run.
    func testSharedNativeModulesDoNotLeak() {
        assertWarmRunsMatchFresh("""
        import asyncio
        import math
        import _interleave_asyncio as core
        import sys
        print(hasattr(math, "extra"), math.pi, hasattr(core, "extra"), core._get_running_loop())
        print(sys.getrecursionlimit(), sys.getswitchinterval(), sys.get_int_max_str_digits(), sys.path, sys.argv)
        sys.setrecursionlimit(50)
        sys.setswitchinterval(1.5)
        sys.set_int_max_str_digits(1000)
        sys.path.append("elsewhere")
        sys.excepthook = print
        math.extra = [1]
        math.pi = 3
        core.extra = object()
        async def forever():
            await asyncio.sleep(10)
        async def main():
            t = asyncio.create_task(forever())
            await asyncio.sleep(0)
            print(t.get_name(), asyncio.current_task().get_name(), len(asyncio.all_tasks()))
            asyncio.create_task(forever())
        asyncio.run(main())
        """)
    }

    /// A run that a limit ends inside a running loop (its loop, tasks and
    /// running-loop slot left as they were) is followed by one that sees
    /// no loop running and numbers its tasks from 1, as a fresh run does.
    func testRunCutInsideALoopDoesNotLeakIntoTheNext() {
        var cut = Scenario(source: """
        import asyncio
        async def tick():
            while True:
                await asyncio.sleep(1)
        async def main():
            asyncio.create_task(tick())
            await tick()
        asyncio.run(main())
        """)
        cut.limits.time = 10
        var next = cut
        next.source = """
        import asyncio
        print(asyncio._get_running_loop())
        async def main():
            print(asyncio.current_task().get_name(), len(asyncio.all_tasks()))
        asyncio.run(main())
        """
        let fresh = trace(next, warm: nil)
        guard let image = WarmImage.build(cut) else { return XCTFail("no warm image") }
        defer { image.close() }
        for run in 1...2 {
            XCTAssertTrue(trace(cut, warm: image).contains("\"status\":\"limit\""), "run \(run) hits the time limit")
            XCTAssertEqual(trace(next, warm: image), fresh, "run \(run) after a cut run")
        }
    }
}
