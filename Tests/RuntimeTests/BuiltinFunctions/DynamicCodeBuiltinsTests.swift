import XCTest
@testable import Runtime

/// `eval`, `exec` and `compile` called directly (no calling frame: the
/// namespaces are the dictionaries given).
final class DynamicCodeBuiltinsTests: BuiltinTestCase {
    func testEvalReadsTheGivenGlobalsAndLocals() throws {
        let globals = PyDict()
        globals.setStr("a", .int(2))
        let locals = PyDict()
        locals.setStr("a", .int(40))
        XCTAssertEqual(try r(call("eval", [s("a + 2"), .object(globals)])), "4")
        XCTAssertEqual(try r(call("eval", [s("  a + 2"), .object(globals), .object(locals)])), "42")
        XCTAssertNotNil(globals.getStr("__builtins__"), "eval adds __builtins__ to its globals")
    }

    func testExecStoresIntoLocalsAndReturnsNone() throws {
        let globals = PyDict()
        let locals = PyDict()
        XCTAssertEqual(try r(call("exec", [s("x = len('abc')\ndef f(): return x"), .object(globals), .object(locals)])), "None")
        XCTAssertEqual(try r(locals.getStr("x") ?? .none), "3")
        XCTAssertNil(globals.getStr("x"), "top-level names go to the locals mapping")
    }

    func testCompiledCodeRunsInEitherBuiltin() throws {
        let code = try call("compile", [s("6 * 7"), s("<calc>"), s("eval")])
        XCTAssertEqual(try r(call("eval", [code, .object(PyDict())])), "42")
        XCTAssertEqual(try r(call("exec", [code, .object(PyDict())])), "None")
    }

    /// `(msg, lineno, offset, end_lineno, end_offset)` of the SyntaxError `compile(source, '<string>', mode)` raises.
    private func syntaxErrorFields(_ source: String, _ mode: String) throws -> String {
        do {
            _ = try call("compile", [s(source), s("<string>"), s(mode)])
            return "no error"
        } catch let e as PyError {
            let fields = try ["msg", "lineno", "offset", "end_lineno", "end_offset"].map {
                try r(vm.getAttribute(.object(e.exception), $0))
            }
            return fields.joined(separator: " ")
        }
    }

    /// Positions as CPython 3.11 reports them (eval's grammar is one expression).
    func testSyntaxErrorPositionsFollowCPython() throws {
        XCTAssertEqual(try syntaxErrorFields("x = 1", "eval"), "'invalid syntax' 1 3 1 4")
        XCTAssertEqual(try syntaxErrorFields("x += 1", "eval"), "'invalid syntax' 1 3 1 5")
        XCTAssertEqual(try syntaxErrorFields("import os", "eval"), "'invalid syntax' 1 1 1 7")
        XCTAssertEqual(try syntaxErrorFields("def f(:", "eval"), "'invalid syntax' 1 1 1 4")
        XCTAssertEqual(try syntaxErrorFields("1; 2", "eval"), "'invalid syntax' 1 2 1 3")
        XCTAssertEqual(try syntaxErrorFields("1\n2", "eval"), "'invalid syntax' 2 1 2 2")
        XCTAssertEqual(try syntaxErrorFields("1 +", "eval"), "'invalid syntax' 1 0 1 0")
        XCTAssertEqual(try syntaxErrorFields("1 +", "exec"), "'invalid syntax' 1 4 1 4")
        XCTAssertEqual(try syntaxErrorFields("f(a b)", "exec"), "'invalid syntax. Perhaps you forgot a comma?' 1 3 1 6")
        XCTAssertEqual(try syntaxErrorFields("return 5", "exec"), "\"'return' outside function\" 1 1 1 9")
    }

    func testErrorsHaveCPythonsWording() {
        assertRaises(BuiltinTypes.typeError, "eval() arg 1 must be a string, bytes or code object") {
            try self.call("eval", [.int(5)])
        }
        assertRaises(BuiltinTypes.typeError, "exec() globals must be a dict, not list") {
            try self.call("exec", [self.s("1"), self.list()])
        }
        assertRaises(BuiltinTypes.typeError, "globals must be a real dict; try eval(expr, {}, mapping)") {
            try self.call("eval", [self.s("1"), self.list()])
        }
        assertRaises(BuiltinTypes.valueError, "compile() mode must be 'exec', 'eval' or 'single'") {
            try self.call("compile", [self.s("1"), self.s("f"), self.s("bad")])
        }
        assertRaises(BuiltinTypes.syntaxError, "invalid syntax (<string>, line 1)") {
            try self.call("eval", [self.s("x = 1"), .object(PyDict())])
        }
        assertRaises(BuiltinTypes.syntaxError, "invalid syntax (<string>, line 1)") {
            try self.call("eval", [self.s("return 5"), .object(PyDict())])
        }
    }
}
