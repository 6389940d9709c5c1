import XCTest
@testable import Runtime

/// `s += t` on a `str` only the assigned variable holds appends in place
/// (VM/InPlaceConcat.swift), so a loop of them is linear, while every other
/// holder of the string (an alias, a list, a dict key, a subclass
/// instance) keeps its value. Expected output is CPython 3.11's.
final class InPlaceConcatTests: XCTestCase {
    private let program = """
    import sys

    # Every other holder keeps its value.
    def aliased():
        s = "".join(["x", "y"])
        alias = s
        held = [s]
        keyed = {s: 1}
        s += "z"
        return s, alias, held, list(keyed)

    print(aliased())

    # Module-level names and globals.
    t = "".join(["m", "n"])
    u = t
    t += "o"
    print(t, u)

    g = "".join(["g", "h"])
    def bump_global():
        global g
        g += "!"
    bump_global()
    bump_global()
    print(g)

    # Class bodies store names in their own namespace.
    class Doc:
        text = "".join(["d", "e"])
        text += "f"
    print(Doc.text)

    # A str subclass keeps its type semantics (a new plain str).
    class Loud(str):
        pass

    def sub():
        s = Loud("ab")
        s += "c"
        return type(s).__name__, s

    print(sub())

    # Non-str right operands raise and leave the variable bound.
    def bad():
        s = "".join(["p", "q"])
        try:
            s += 1
        except TypeError as e:
            return s, str(e)

    print(bad())

    # Hash and length of an appended string stay right when used as a key.
    def keyed_after():
        s = "".join(["k", "e"])
        s += "y"
        d = {s: len(s)}
        return d["key"], hash(s) == hash("key"), s == "key"

    print(keyed_after())

    # Non-ASCII text.
    def wide():
        s = "".join(["é", "ü"])
        s += "✓"
        s += "x"
        return s, len(s), s[2], s[-1]

    print(wide())
    """

    private let expected = """
    ('xyz', 'xy', ['xy'], ['xy'])
    mno mn
    gh!!
    def
    ('str', 'abc')
    ('pq', 'can only concatenate str (not "int") to str')
    (3, True, True)
    ('éü✓x', 4, '✓', 'x')

    """

    func testConcatenationKeepsPythonSemantics() {
        XCTAssertEqual(runProgram(program), expected)
    }

    /// Our property, not CPython's (CPython may move a string it resizes):
    /// the appends happen in the same object, which is what makes them
    /// linear. 200,000 appends of 2 characters would copy 40 GB otherwise.
    func testAppendsHappenInPlace() {
        let source = """
        def grow(n):
            s = "".join(["a", "b"])
            before = id(s)
            for _ in range(n):
                s += "cd"
            return len(s), id(s) == before

        t = "".join(["m", "n"])
        first = id(t)
        for _ in range(1000):
            t += "o"
        print(grow(200_000), len(t), id(t) == first)
        """
        XCTAssertEqual(runProgram(source), "(400002, True) 1002 True\n")
    }

    private func runProgram(_ source: String) -> String {
        switch ScenarioRunner.run(Scenario(source: source, recordEvents: false)) {
        case .success(let trace):
            XCTAssertEqual(trace.status, .completed, trace.diagnostics)
            return trace.stdout
        case .failure(let failure):
            XCTFail("compile failure: \(failure)")
            return ""
        }
    }
}
