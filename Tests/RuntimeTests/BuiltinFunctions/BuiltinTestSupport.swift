import XCTest
@testable import Runtime

/// Calls builtins and methods on a fresh interpreter (no compiler needed)
/// and checks results by their Python `repr`.
class BuiltinTestCase: XCTestCase {
    var vm: Interpreter!

    override func setUp() {
        super.setUp()
        vm = Interpreter()
    }

    /// `name(*args, **kwargs)` for a builtin function.
    func call(_ name: String, _ args: [Value], _ keywords: [(name: String, value: Value)] = []) throws -> Value {
        guard let f = vm.builtins.getStr(name) else {
            XCTFail("no builtin \(name)")
            return .none
        }
        return try vm.call(f, Args(args, keywords: keywords))
    }

    /// `obj.name(*args, **kwargs)`.
    func method(_ obj: Value, _ name: String, _ args: [Value] = [],
                _ keywords: [(name: String, value: Value)] = []) throws -> Value {
        try vm.call(vm.getAttribute(obj, name), Args(args, keywords: keywords))
    }

    /// `repr(v)`.
    func r(_ v: Value) throws -> String { try vm.repr(v) }

    /// `repr(list(v))` for an iterable.
    func listRepr(_ v: Value) throws -> String { try vm.repr(.object(PyList(try vm.toArray(v)))) }

    /// Asserts `body` raises the Python exception `type` with message `message`.
    func assertRaises(_ type: PyType, _ message: String, file: StaticString = #filePath, line: UInt = #line,
                      _ body: () throws -> Value) {
        do {
            let v = try body()
            XCTFail("expected \(type.name), got \((try? vm.repr(v)) ?? "?")", file: file, line: line)
        } catch let e as PyError {
            XCTAssertEqual(e.exception.type.name, type.name, file: file, line: line)
            XCTAssertEqual((try? vm.exceptionStr(e.exception)) ?? "?", message, file: file, line: line)
        } catch let f as PyFailure {
            XCTAssertEqual(f.kind.rawValue, type.name, file: file, line: line)
            XCTAssertEqual(f.message, message, file: file, line: line)
        } catch {
            XCTFail("unexpected error \(error)", file: file, line: line)
        }
    }

    func list(_ items: Value...) -> Value { .object(PyList(items)) }
    func tuple(_ items: Value...) -> Value { .object(PyTuple(items)) }
    func s(_ text: String) -> Value { .str(text) }
}
