import XCTest
@testable import Runtime

/// Library functions CPython implements in C (`operator.add`,
/// `heapq.heappush`...) are Python functions in Lib/, named in their
/// module's `__builtin_function_names__`: their repr is CPython's
/// `<built-in function NAME>`. (Not a LibPrograms program: under the
/// CPython harness these modules' functions are plain Python functions.)
final class BuiltinFunctionReprTests: XCTestCase {
    private func reprs(_ source: String) throws -> [String] {
        let vm = Interpreter(limits: Limits())
        let code = try vm.compileSource(source, filename: "t.py")
        let ns = PyDict()
        _ = try vm.runModuleCode(code, ns)
        guard case .object(let o) = ns.getStr("shown"), let list = o as? PyList else {
            XCTFail("no list named shown")
            return []
        }
        return list.items.map { $0.stringValue ?? "?" }
    }

    func testCFunctionsOfCPythonShowAsBuiltins() throws {
        let shown = try reprs("""
            import asyncio, bisect, contextvars, functools, heapq, operator, warnings
            shown = [repr(f) for f in (operator.add, operator.__add__, operator.not_, heapq.heappush,
                                       heapq.heapify, bisect.bisect, bisect.insort_left, functools.reduce,
                                       contextvars.copy_context, warnings.warn, asyncio.get_running_loop)]
            shown.append(str({'+': operator.add}))
            """)
        XCTAssertEqual(shown, [
            "<built-in function add>", "<built-in function add>", "<built-in function not_>",
            "<built-in function heappush>", "<built-in function heapify>", "<built-in function bisect_right>",
            "<built-in function insort_left>", "<built-in function reduce>", "<built-in function copy_context>",
            "<built-in function warn>", "<built-in function get_running_loop>",
            "{'+': <built-in function add>}",
        ])
    }

    func testPythonFunctionsStayFunctions() throws {
        let shown = try reprs("""
            import functools, heapq, operator
            def add(a, b):
                return a + b
            class Box:
                def heappush(self):
                    pass
            shown = [repr(f).split(' at ')[0] for f in (heapq.nlargest, functools.wraps, add, Box.heappush)]
            shown.append(repr(operator.itemgetter))
            """)
        XCTAssertEqual(shown, [
            "<function nlargest", "<function wraps", "<function add", "<function Box.heappush",
            "<class 'operator.itemgetter'>",
        ])
    }
}
