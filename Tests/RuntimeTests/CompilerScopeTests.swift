import Script
import XCTest
@testable import Runtime

/// Scope analysis: which names are fast locals, cells, free or global.
final class CompilerScopeTests: XCTestCase {
    func compile(_ src: String) throws -> CodeObject {
        try Compiler.compile(Parser.parse(src, filename: "t.py"), filename: "t.py")
    }

    /// The code objects nested in `code`'s constants, by name.
    func nested(_ code: CodeObject, _ name: String) -> CodeObject? {
        for c in code.constants {
            if case .object(let o) = c, let cv = o as? PyCodeValue {
                if cv.code.name == name { return cv.code }
                if let n = nested(cv.code, name) { return n }
            }
        }
        return nil
    }

    func testClosureMakesCellAndFreeVariables() throws {
        let m = try compile("def outer():\n    x = 1\n    def inner():\n        return x\n    return inner\n")
        let outer = try XCTUnwrap(nested(m, "outer"))
        let inner = try XCTUnwrap(nested(m, "inner"))
        XCTAssertEqual(outer.cellNames, ["x"])
        XCTAssertEqual(inner.freeNames, ["x"])
        XCTAssertFalse(outer.varNames.contains("x"))
    }

    func testParametersAndLocalsAreFastSlots() throws {
        let m = try compile("def f(a, b=2, *args, c, **kw):\n    d = a + b\n    return d\n")
        let f = try XCTUnwrap(nested(m, "f"))
        XCTAssertEqual(Array(f.varNames.prefix(6)), ["a", "b", "c", "args", "kw", "d"])
        XCTAssertEqual(f.argCount, 2)
        XCTAssertEqual(f.kwOnlyCount, 1)
        XCTAssertTrue(f.hasVarArgs && f.hasVarKeywords)
    }

    func testGlobalDeclarationIsNotLocal() throws {
        let m = try compile("g = 0\ndef f():\n    global g\n    g = 1\n")
        let f = try XCTUnwrap(nested(m, "f"))
        XCTAssertFalse(f.varNames.contains("g"))
        XCTAssertTrue(f.instructions.contains { $0.op == .storeGlobal })
    }

    func testNonlocalPassesThroughIntermediateScopes() throws {
        let m = try compile("def a():\n    v = 1\n    def b():\n        def c():\n            nonlocal v\n            v = 2\n        return c\n    return b\n")
        XCTAssertEqual(nested(m, "a")?.cellNames, ["v"])
        XCTAssertEqual(nested(m, "b")?.freeNames, ["v"])
        XCTAssertEqual(nested(m, "c")?.freeNames, ["v"])
    }

    func testMethodsUsingSuperGetClassCell() throws {
        let m = try compile("class A:\n    def f(self):\n        return super().f()\n")
        XCTAssertEqual(nested(m, "A")?.cellNames, ["__class__"])
        XCTAssertEqual(nested(m, "f")?.freeNames, ["__class__"])
    }

    func testComprehensionHasOwnScopeAndWalrusBindsOutside() throws {
        let m = try compile("def f(xs):\n    return [y for x in xs if (y := x)]\n")
        let f = try XCTUnwrap(nested(m, "f"))
        let comp = try XCTUnwrap(nested(m, "<listcomp>"))
        XCTAssertEqual(comp.varNames.first, ".0")
        XCTAssertTrue(comp.varNames.contains("x"))
        XCTAssertEqual(f.cellNames, ["y"])
        XCTAssertEqual(comp.freeNames, ["y"])
    }

    func testGeneratorAndCoroutineFlags() throws {
        let m = try compile("def g():\n    yield 1\nasync def c():\n    pass\nasync def ag():\n    yield 1\n")
        XCTAssertTrue(nested(m, "g")?.isGenerator ?? false)
        XCTAssertTrue(nested(m, "c")?.isCoroutine ?? false)
        XCTAssertTrue(nested(m, "ag")?.isAsyncGenerator ?? false)
    }

    func testCompileErrors() {
        for (src, msg) in [("return 1", "'return' outside function"),
                           ("yield 1", "'yield' outside function"),
                           ("def f():\n    async with x:\n        pass", "'async with' outside async function"),
                           ("break", "'break' outside loop"),
                           ("def f(a):\n    global a", "name 'a' is parameter and global")] {
            XCTAssertThrowsError(try compile(src), src) { e in
                XCTAssertEqual((e as? SyntaxError)?.message, msg, src)
            }
        }
    }
}
