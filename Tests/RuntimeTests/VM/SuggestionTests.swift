import XCTest
@testable import Runtime

/// CPython 3.11's "Did you mean" on uncaught AttributeError/NameError
/// (Support/NameSuggestion.swift, ExceptionNameFields.suggestion).
final class SuggestionTests: XCTestCase {
    func testClosestFollowsCPythonCosts() {
        XCTAssertEqual(NameSuggestion.closest(to: "verbos", in: ["values", "verbose"]), "verbose")
        // A case change costs less than any other edit.
        XCTAssertEqual(NameSuggestion.closest(to: "Foo", in: ["fob", "foo"]), "foo")
        // More than a third of the characters changed: no suggestion.
        XCTAssertNil(NameSuggestion.closest(to: "abc", in: ["xyz"]))
        // The name itself is never suggested.
        XCTAssertNil(NameSuggestion.closest(to: "same", in: ["same"]))
        // 750 candidates or more: CPython gives up.
        XCTAssertNil(NameSuggestion.closest(to: "item1", in: (0..<750).map { "item\($0)x" }))
    }

    private func lastLine(_ source: String) -> String {
        let o = ProgramRunner.run(source: source, filename: "suggest.py")
        XCTAssertEqual(o.status, .exception)
        return (o.errorText ?? "").split(separator: "\n").last.map(String.init) ?? ""
    }

    func testUncaughtAttributeErrorSuggestsAnAttribute() {
        let src = "class C:\n    def __init__(self):\n        self.verbose = 1\nC().verbos\n"
        XCTAssertEqual(lastLine(src), "AttributeError: 'C' object has no attribute 'verbos'. Did you mean: 'verbose'?")
    }

    func testUncaughtNameErrorSearchesLocalsThenGlobalsThenBuiltins() {
        XCTAssertEqual(lastLine("def f(items):\n    return itemz\nf(1)\n"),
                       "NameError: name 'itemz' is not defined. Did you mean: 'items'?")
        XCTAssertEqual(lastLine("counter = 1\nprint(countr)\n"),
                       "NameError: name 'countr' is not defined. Did you mean: 'counter'?")
        XCTAssertEqual(lastLine("lenn([])\n"), "NameError: name 'lenn' is not defined. Did you mean: 'len'?")
        XCTAssertEqual(lastLine("zzzqqq\n"), "NameError: name 'zzzqqq' is not defined")
    }

    func testSubclassesGetNoSuggestion() {
        let src = "class E(AttributeError): pass\nraise E('x', name='verbos', obj=[])\n"
        XCTAssertEqual(lastLine(src), "E: x")
    }
}
