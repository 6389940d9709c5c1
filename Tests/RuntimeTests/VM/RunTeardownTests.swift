import XCTest
@testable import Runtime

/// A finished run's objects must be freed although Python's object graph
/// is cyclic (functions hold their globals, a class's MRO holds the class,
/// a loop's handles hold the loop): otherwise every request leaks its
/// whole module graph in the server.
final class RunTeardownTests: XCTestCase {
    private final class Probe {
        weak var object: PyObject?
    }

    func testReleasingARunFreesItsClassesFunctionsAndLoops() throws {
        let source = """
        import asyncio
        class Base:
            def who(self):
                return 'base'
        class Child(Base):
            def who(self):
                return super().who()
        def helper():
            return helper
        async def main():
            loop = asyncio.get_running_loop()
            loop.call_later(5, print, 'never')
            await asyncio.sleep(1)
            return Child().who()
        print(asyncio.run(main()))
        """
        let classProbe = Probe(), functionProbe = Probe(), loopProbe = Probe(), moduleProbe = Probe()
        var interpreter: Interpreter?
        let outcome = ProgramRunner.run(source: source, filename: "prog.py", configure: { interpreter = $0 })
        XCTAssertEqual(outcome.stdout, "base\n")
        let vm = try XCTUnwrap(interpreter)
        let main = try XCTUnwrap(vm.modules["__main__"]?.dict)
        classProbe.object = main.getStr("Child")?.object
        functionProbe.object = main.getStr("helper")?.object
        moduleProbe.object = vm.modules["asyncio.tasks"]
        let runtime = try XCTUnwrap(AsyncioRuntime.of(vm))
        loopProbe.object = runtime.loops.first
        XCTAssertNotNil(classProbe.object)
        XCTAssertNotNil(functionProbe.object)
        XCTAssertNotNil(loopProbe.object)
        XCTAssertNotNil(moduleProbe.object)

        vm.releaseRunObjects()
        interpreter = nil
        XCTAssertNil(classProbe.object, "a class with super() and a subclass is freed")
        XCTAssertNil(functionProbe.object, "a function referring to itself through its globals is freed")
        XCTAssertNil(loopProbe.object, "the event loop (with a timer still scheduled) is freed")
        XCTAssertNil(moduleProbe.object, "asyncio's modules are freed")
    }
}
