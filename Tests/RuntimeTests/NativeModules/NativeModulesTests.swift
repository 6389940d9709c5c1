import XCTest
@testable import Runtime

final class NativeModulesTests: BuiltinTestCase {
    func module(_ name: String) throws -> Value {
        guard let factory = Registry.nativeModules[name] else {
            XCTFail("no module \(name)")
            return .none
        }
        return .object(try factory(vm))
    }

    func testMathMatchesConformanceCase092() throws {
        let math = try module("math")
        func m(_ name: String, _ args: Value...) throws -> String { try r(vm.call(vm.getAttribute(math, name), args)) }
        XCTAssertEqual(try m("sqrt", .int(16)), "4.0")
        XCTAssertEqual(try m("floor", .float(-2.5)), "-3")
        XCTAssertEqual(try m("ceil", .float(-2.5)), "-2")
        XCTAssertEqual(try m("factorial", .int(20)), "2432902008176640000")
        XCTAssertEqual(try m("comb", .int(10), .int(3)), "120")
        XCTAssertEqual(try m("log", .int(8), .int(2)), "3.0")
        XCTAssertEqual(try m("log10", .int(1000)), "3.0")
        XCTAssertEqual(try m("copysign", .int(3), .float(-0.0)), "-3.0")
        XCTAssertEqual(try m("hypot", .int(3), .int(4)), "5.0")
        XCTAssertEqual(try m("fsum", .object(PyList(Array(repeating: .float(0.1), count: 10)))), "1.0")
        XCTAssertEqual(try m("isqrt", .int(17)), "4")
        XCTAssertEqual(try m("modf", .float(3.75)), "(0.75, 3.0)")
        XCTAssertEqual(try m("frexp", .float(8.0)), "(0.5, 4)")
        XCTAssertEqual(try m("degrees", try vm.getAttribute(math, "pi")), "180.0")
        XCTAssertEqual(try m("ceil", .float(1e20)), "100000000000000000000")
        assertRaises(BuiltinTypes.valueError, "math domain error") {
            try self.vm.call(self.vm.getAttribute(math, "sqrt"), [.int(-1)])
        }
        assertRaises(BuiltinTypes.valueError, "math domain error") {
            try self.vm.call(self.vm.getAttribute(math, "log"), [.int(0)])
        }
        assertRaises(BuiltinTypes.overflowError, "math range error") {
            try self.vm.call(self.vm.getAttribute(math, "exp"), [.int(1000)])
        }
    }

    func testRandomCoreIsCPythonsMersenneTwister() throws {
        let random = try module("_random")
        let core = try vm.call(vm.getAttribute(random, "Random"), [])
        _ = try method(core, "seed", [.int(42)])
        // random.seed(42); random.random() and getrandbits(32) in CPython 3.11.
        XCTAssertEqual(try r(method(core, "random")), "0.6394267984578837")
        XCTAssertEqual(try r(method(core, "getrandbits", [.int(32)])), "107420369")
        let state = try method(core, "getstate")
        let next = try r(method(core, "random"))
        _ = try method(core, "setstate", [state])
        XCTAssertEqual(try r(method(core, "random")), next)
    }

    func testTimeIsVirtualAndSleepBlocks() throws {
        // shared/DESIGN.md "Clocks": wall clock = EPOCH + elapsed, monotonic =
        // elapsed, time.sleep advances the run's clock (no loop is running).
        let time = try module("time")
        XCTAssertEqual(try r(vm.call(vm.getAttribute(time, "monotonic"), [])), "0.0")
        XCTAssertEqual(try r(vm.call(vm.getAttribute(time, "time"), [])), "667008000.0")
        _ = try vm.call(vm.getAttribute(time, "sleep"), [.float(1.5)])
        XCTAssertEqual(try r(vm.call(vm.getAttribute(time, "monotonic"), [])), "1.5")
        XCTAssertEqual(try r(vm.call(vm.getAttribute(time, "time"), [])), "667008001.5")
        do {
            _ = try vm.call(vm.getAttribute(time, "sleep"), [.int(-1)])
            XCTFail("a negative sleep must raise")
        } catch let e as PyError {
            XCTAssertEqual(e.exception.type.name, "ValueError")
        }
    }

    func testSysStdoutWritesProgramOutput() throws {
        let sys = try module("sys")
        let written = try method(try vm.getAttribute(sys, "stdout"), "write", [s("hi\n")])
        XCTAssertEqual(try r(written), "3")
        XCTAssertEqual(vm.takeOutput(), "hi\n")
    }
}
