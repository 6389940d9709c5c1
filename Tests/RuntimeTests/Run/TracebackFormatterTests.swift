import XCTest
@testable import Runtime

/// The report of an uncaught exception (`interleave run`'s stderr, the
/// trace's `stderr`) as CPython 3.11 writes it: exception groups in nested
/// boxes, notes, repeated frames, chains. Every expected text is CPython
/// 3.11's own output for the same program saved as `prog.py`; programs that
/// go through asyncio compare only the lines outside the library's frames
/// (those are CPython's asyncio source, not ours).
final class TracebackFormatterTests: XCTestCase {
    private func report(_ source: String) -> String {
        let outcome = ProgramRunner.run(source: source, filename: "prog.py")
        XCTAssertEqual(outcome.status, .exception)
        return outcome.errorText ?? ""
    }

    private func check(_ source: String, expected: [String], file: StaticString = #filePath, line: UInt = #line) {
        XCTAssertEqual(report(source), expected.joined(separator: "\n"), file: file, line: line)
    }

    /// Members with their own tracebacks, the group's note after its line.
    func testGroupMembersInBoxesWithNotes() {
        check(#"""
def f():
    raise ValueError("bad")
def g():
    raise TypeError("worse")
errs = []
for h in (f, g):
    try:
        h()
    except Exception as e:
        errs.append(e)
eg = ExceptionGroup("many", errs)
eg.add_note("group note")
raise eg
"""#, expected: [
            "  + Exception Group Traceback (most recent call last):",
            "  |   File \"prog.py\", line 13, in <module>",
            "  |     raise eg",
            "  | ExceptionGroup: many (2 sub-exceptions)",
            "  | group note",
            "  +-+---------------- 1 ----------------",
            "    | Traceback (most recent call last):",
            "    |   File \"prog.py\", line 8, in <module>",
            "    |     h()",
            "    |   File \"prog.py\", line 2, in f",
            "    |     raise ValueError(\"bad\")",
            "    | ValueError: bad",
            "    +---------------- 2 ----------------",
            "    | Traceback (most recent call last):",
            "    |   File \"prog.py\", line 8, in <module>",
            "    |     h()",
            "    |   File \"prog.py\", line 4, in g",
            "    |     raise TypeError(\"worse\")",
            "    | TypeError: worse",
            "    +------------------------------------",
            "",
        ])
    }

    /// Past 15 members one box says how many more there are.
    func testGroupWidthCutAtFifteen() {
        check(#"""
raise ExceptionGroup("wide", [ValueError(i) for i in range(20)])
"""#, expected: [
            "  + Exception Group Traceback (most recent call last):",
            "  |   File \"prog.py\", line 1, in <module>",
            "  |     raise ExceptionGroup(\"wide\", [ValueError(i) for i in range(20)])",
            "  | ExceptionGroup: wide (20 sub-exceptions)",
            "  +-+---------------- 1 ----------------",
            "    | ValueError: 0",
            "    +---------------- 2 ----------------",
            "    | ValueError: 1",
            "    +---------------- 3 ----------------",
            "    | ValueError: 2",
            "    +---------------- 4 ----------------",
            "    | ValueError: 3",
            "    +---------------- 5 ----------------",
            "    | ValueError: 4",
            "    +---------------- 6 ----------------",
            "    | ValueError: 5",
            "    +---------------- 7 ----------------",
            "    | ValueError: 6",
            "    +---------------- 8 ----------------",
            "    | ValueError: 7",
            "    +---------------- 9 ----------------",
            "    | ValueError: 8",
            "    +---------------- 10 ----------------",
            "    | ValueError: 9",
            "    +---------------- 11 ----------------",
            "    | ValueError: 10",
            "    +---------------- 12 ----------------",
            "    | ValueError: 11",
            "    +---------------- 13 ----------------",
            "    | ValueError: 12",
            "    +---------------- 14 ----------------",
            "    | ValueError: 13",
            "    +---------------- 15 ----------------",
            "    | ValueError: 14",
            "    +---------------- ... ----------------",
            "    | and 5 more exceptions",
            "    +------------------------------------",
            "",
        ])
    }

    /// Past 10 nested levels a line says the depth was cut.
    func testGroupDepthCutAtTen() {
        check(#"""
def deep(n):
    if n == 0:
        return ExceptionGroup("leaf", [ValueError(0)])
    return ExceptionGroup(f"lvl{n}", [deep(n - 1)])
raise deep(12)
"""#, expected: [
            "  + Exception Group Traceback (most recent call last):",
            "  |   File \"prog.py\", line 5, in <module>",
            "  |     raise deep(12)",
            "  | ExceptionGroup: lvl12 (1 sub-exception)",
            "  +-+---------------- 1 ----------------",
            "    | ExceptionGroup: lvl11 (1 sub-exception)",
            "    +-+---------------- 1 ----------------",
            "      | ExceptionGroup: lvl10 (1 sub-exception)",
            "      +-+---------------- 1 ----------------",
            "        | ExceptionGroup: lvl9 (1 sub-exception)",
            "        +-+---------------- 1 ----------------",
            "          | ExceptionGroup: lvl8 (1 sub-exception)",
            "          +-+---------------- 1 ----------------",
            "            | ExceptionGroup: lvl7 (1 sub-exception)",
            "            +-+---------------- 1 ----------------",
            "              | ExceptionGroup: lvl6 (1 sub-exception)",
            "              +-+---------------- 1 ----------------",
            "                | ExceptionGroup: lvl5 (1 sub-exception)",
            "                +-+---------------- 1 ----------------",
            "                  | ExceptionGroup: lvl4 (1 sub-exception)",
            "                  +-+---------------- 1 ----------------",
            "                    | ExceptionGroup: lvl3 (1 sub-exception)",
            "                    +-+---------------- 1 ----------------",
            "                      | ... (max_group_depth is 10)",
            "                      +------------------------------------",
            "",
        ])
    }

    /// A member's cause and context inside its box; the group as the cause of an outer exception.
    func testChainsInsideAndAroundGroups() {
        check(#"""
def inner():
    try:
        1/0
    except ZeroDivisionError as z:
        raise KeyError("k") from z
def mk():
    try:
        inner()
    except KeyError as k:
        try:
            raise RuntimeError("ctx")
        except RuntimeError as r:
            return ExceptionGroup("chained", [k, r, OSError("plain")])
try:
    raise mk()
except ExceptionGroup as g:
    raise TypeError("outer") from g
"""#, expected: [
            "  + Exception Group Traceback (most recent call last):",
            "  |   File \"prog.py\", line 15, in <module>",
            "  |     raise mk()",
            "  | ExceptionGroup: chained (3 sub-exceptions)",
            "  +-+---------------- 1 ----------------",
            "    | Traceback (most recent call last):",
            "    |   File \"prog.py\", line 3, in inner",
            "    |     1/0",
            "    |     ~^~",
            "    | ZeroDivisionError: division by zero",
            "    | ",
            "    | The above exception was the direct cause of the following exception:",
            "    | ",
            "    | Traceback (most recent call last):",
            "    |   File \"prog.py\", line 8, in mk",
            "    |     inner()",
            "    |   File \"prog.py\", line 5, in inner",
            "    |     raise KeyError(\"k\") from z",
            "    | KeyError: 'k'",
            "    +---------------- 2 ----------------",
            "    | Traceback (most recent call last):",
            "    |   File \"prog.py\", line 11, in mk",
            "    |     raise RuntimeError(\"ctx\")",
            "    | RuntimeError: ctx",
            "    +---------------- 3 ----------------",
            "    | OSError: plain",
            "    +------------------------------------",
            "",
            "The above exception was the direct cause of the following exception:",
            "",
            "Traceback (most recent call last):",
            "  File \"prog.py\", line 17, in <module>",
            "    raise TypeError(\"outer\") from g",
            "TypeError: outer",
            "",
        ])
    }

    /// The repeat line carries no margin; a note's trailing newline leaves an empty line.
    func testRepeatedFramesInGroupsAndMultilineNotes() {
        check(#"""
def a(n):
    if n == 0:
        raise ValueError("x")
    a(n - 1)
def mk():
    try:
        a(6)
    except ValueError as v:
        v.add_note("n1\n")
        v.add_note("")
        return v
raise ExceptionGroup("g", [mk(), ExceptionGroup("inner", [mk()])])
"""#, expected: [
            "  + Exception Group Traceback (most recent call last):",
            "  |   File \"prog.py\", line 12, in <module>",
            "  |     raise ExceptionGroup(\"g\", [mk(), ExceptionGroup(\"inner\", [mk()])])",
            "  | ExceptionGroup: g (2 sub-exceptions)",
            "  +-+---------------- 1 ----------------",
            "    | Traceback (most recent call last):",
            "    |   File \"prog.py\", line 7, in mk",
            "    |     a(6)",
            "    |   File \"prog.py\", line 4, in a",
            "    |     a(n - 1)",
            "    |   File \"prog.py\", line 4, in a",
            "    |     a(n - 1)",
            "    |   File \"prog.py\", line 4, in a",
            "    |     a(n - 1)",
            "  [Previous line repeated 3 more times]",
            "    |   File \"prog.py\", line 3, in a",
            "    |     raise ValueError(\"x\")",
            "    | ValueError: x",
            "    | n1",
            "",
            "",
            "    +---------------- 2 ----------------",
            "    | ExceptionGroup: inner (1 sub-exception)",
            "    +-+---------------- 1 ----------------",
            "      | Traceback (most recent call last):",
            "      |   File \"prog.py\", line 7, in mk",
            "      |     a(6)",
            "      |   File \"prog.py\", line 4, in a",
            "      |     a(n - 1)",
            "      |   File \"prog.py\", line 4, in a",
            "      |     a(n - 1)",
            "      |   File \"prog.py\", line 4, in a",
            "      |     a(n - 1)",
            "  [Previous line repeated 3 more times]",
            "      |   File \"prog.py\", line 3, in a",
            "      |     raise ValueError(\"x\")",
            "      | ValueError: x",
            "      | n1",
            "",
            "",
            "      +------------------------------------",
            "",
        ])
    }

    /// At most three identical consecutive frames.
    func testRepeatedFramesCollapsed() {
        check(#"""
def a(n):
    if n == 0:
        raise ValueError("x")
    a(n - 1)
def b():
    a(5)
    return 1
def c(n):
    if n: return c(n - 1)
    b()
c(2)
"""#, expected: [
            "Traceback (most recent call last):",
            "  File \"prog.py\", line 11, in <module>",
            "    c(2)",
            "  File \"prog.py\", line 9, in c",
            "    if n: return c(n - 1)",
            "                 ^^^^^^^^",
            "  File \"prog.py\", line 9, in c",
            "    if n: return c(n - 1)",
            "                 ^^^^^^^^",
            "  File \"prog.py\", line 10, in c",
            "    b()",
            "  File \"prog.py\", line 6, in b",
            "    a(5)",
            "  File \"prog.py\", line 4, in a",
            "    a(n - 1)",
            "  File \"prog.py\", line 4, in a",
            "    a(n - 1)",
            "  File \"prog.py\", line 4, in a",
            "    a(n - 1)",
            "  [Previous line repeated 2 more times]",
            "  File \"prog.py\", line 3, in a",
            "    raise ValueError(\"x\")",
            "ValueError: x",
            "",
        ])
    }

    /// Each note on its own lines, a non-str note by its str().
    func testNotesAfterTheExceptionLine() {
        check(#"""
e = ValueError("v")
e.add_note("one")
e.add_note("two\nthree")
try:
    raise e
except ValueError as x:
    x.__notes__.append(42)
    raise
"""#, expected: [
            "Traceback (most recent call last):",
            "  File \"prog.py\", line 5, in <module>",
            "    raise e",
            "ValueError: v",
            "one",
            "two",
            "three",
            "42",
            "",
        ])
    }

    /// A str __notes__ is a sequence: one character per note.
    func testNotesThatAreAString() {
        check(#"""
e = KeyError("k")
e.__notes__ = "not a list"
raise e
"""#, expected: [
            "Traceback (most recent call last):",
            "  File \"prog.py\", line 3, in <module>",
            "    raise e",
            "KeyError: 'k'",
            "n",
            "o",
            "t",
            " ",
            "a",
            " ",
            "l",
            "i",
            "s",
            "t",
            "",
        ])
    }

    /// A note whose str() raises; line breaks of every kind split notes.
    func testNotesWhoseStrFails() {
        check(#"""
class N:
    def __str__(self): raise ValueError
e = ValueError("v")
e.__notes__ = ["ok", N(), "\n", "tail\r\nx"]
raise e
"""#, expected: [
            "Traceback (most recent call last):",
            "  File \"prog.py\", line 5, in <module>",
            "    raise e",
            "ValueError: v",
            "ok",
            "<note str() failed>",
            "",
            "",
            "tail\r",
            "x",
            "",
        ])
    }

    /// The exception's own str() failing does not drop its notes.
    func testNotesWhenTheMessageFails() {
        check(#"""
class E(Exception):
    def __str__(self):
        raise RuntimeError("no str")
e = E()
e.add_note("still printed")
raise e
"""#, expected: [
            "Traceback (most recent call last):",
            "  File \"prog.py\", line 6, in <module>",
            "    raise e",
            "E: <exception str() failed>",
            "still printed",
            "",
        ])
    }

    /// `raise ... from None` hides the context.
    func testSuppressedContextAndCauseOverContext() {
        check(#"""
try:
    try:
        1/0
    except ZeroDivisionError:
        raise ValueError("a")
except ValueError as v:
    raise RuntimeError("b") from None
"""#, expected: [
            "Traceback (most recent call last):",
            "  File \"prog.py\", line 7, in <module>",
            "    raise RuntimeError(\"b\") from None",
            "RuntimeError: b",
            "",
        ])
    }

    /// A cause set by hand is printed instead of the context.
    func testExplicitCauseWinsOverContext() {
        check(#"""
try:
    {}["x"]
except KeyError as k:
    e = RuntimeError("c")
    e.__cause__ = ValueError("cause")
    e.__suppress_context__ = False
    raise e
"""#, expected: [
            "ValueError: cause",
            "",
            "The above exception was the direct cause of the following exception:",
            "",
            "Traceback (most recent call last):",
            "  File \"prog.py\", line 7, in <module>",
            "    raise e",
            "RuntimeError: c",
            "",
        ])
    }

    /// A cause chain that loops back stops at the first exception seen again.
    func testChainLoopIsCut() {
        check(#"""
try:
    raise ValueError("a")
except ValueError as a:
    try:
        raise KeyError("b")
    except KeyError as b:
        b.__context__ = None
        a.__context__ = b
        b.__cause__ = a
        raise b
"""#, expected: [
            "Traceback (most recent call last):",
            "  File \"prog.py\", line 2, in <module>",
            "    raise ValueError(\"a\")",
            "ValueError: a",
            "",
            "The above exception was the direct cause of the following exception:",
            "",
            "Traceback (most recent call last):",
            "  File \"prog.py\", line 10, in <module>",
            "    raise b",
            "  File \"prog.py\", line 5, in <module>",
            "    raise KeyError(\"b\")",
            "KeyError: 'b'",
            "",
        ])
    }

    /// A SyntaxError from compile(): its location, line and caret, then the message alone.
    func testRuntimeSyntaxErrorShowsItsLine() {
        check(#"""
compile('x x', '<string>', 'exec')
"""#, expected: [
            "Traceback (most recent call last):",
            "  File \"prog.py\", line 1, in <module>",
            "    compile('x x', '<string>', 'exec')",
            "  File \"<string>\", line 1",
            "    x x",
            "      ^",
            "SyntaxError: invalid syntax",
            "",
        ])
    }

    /// A caret left of the stripped text is not drawn.
    func testRuntimeIndentationErrorLeftOfTheText() {
        check(#"""
compile('  foo(', '<string>', 'exec')
"""#, expected: [
            "Traceback (most recent call last):",
            "  File \"prog.py\", line 1, in <module>",
            "    compile('  foo(', '<string>', 'exec')",
            "  File \"<string>\", line 1",
            "    foo(",
            "IndentationError: unexpected indent",
            "",
        ])
    }

    /// The carets span offset..<end_offset.
    func testRuntimeSyntaxErrorCaretSpan() {
        check(#"""
compile('f(**x, *y)', '<string>', 'exec')
"""#, expected: [
            "Traceback (most recent call last):",
            "  File \"prog.py\", line 1, in <module>",
            "    compile('f(**x, *y)', '<string>', 'exec')",
            "  File \"<string>\", line 1",
            "    f(**x, *y)",
            "           ^",
            "SyntaxError: iterable argument unpacking follows keyword argument unpacking",
            "",
        ])
    }

    /// The error's own line number and text.
    func testRuntimeSyntaxErrorLaterLine() {
        check(#"""
compile('x = 1\ny y\n', '<string>', 'exec')
"""#, expected: [
            "Traceback (most recent call last):",
            "  File \"prog.py\", line 1, in <module>",
            "    compile('x = 1\\ny y\\n', '<string>', 'exec')",
            "  File \"<string>\", line 2",
            "    y y",
            "      ^",
            "SyntaxError: invalid syntax",
            "",
        ])
    }

    /// Only the indentation is stripped before CPython compares the span
    /// with the line: a call followed by blanks still gets its carets, and
    /// a call spanning lines is underlined up to its first line's last
    /// non-blank character (CPython 3.11's text).
    func testCaretsUnderLinesEndingInBlanks() {
        check("def g():\n    return 1 + None\ndef h():\n    g()   \nh()\n", expected: [
            "Traceback (most recent call last):",
            "  File \"prog.py\", line 5, in <module>",
            "    h()",
            "  File \"prog.py\", line 4, in h",
            "    g()   ",
            "    ^^^",
            "  File \"prog.py\", line 2, in g",
            "    return 1 + None",
            "           ~~^~~~~~",
            "TypeError: unsupported operand type(s) for +: 'int' and 'NoneType'",
            "",
        ])
        check("def f(*a):\n    return 1 + None\nf(1,   \n  2)\n", expected: [
            "Traceback (most recent call last):",
            "  File \"prog.py\", line 3, in <module>",
            "    f(1,   ",
            "    ^^^^",
            "  File \"prog.py\", line 2, in f",
            "    return 1 + None",
            "           ~~^~~~~~",
            "TypeError: unsupported operand type(s) for +: 'int' and 'NoneType'",
            "",
        ])
    }

    /// A compile-time SyntaxError of the program: carets across the node
    /// (CPython's end offset), one for an IndentationError, none when the
    /// column is in the indentation (CPython 3.11's text).
    func testProgramSyntaxErrorCarets() {
        func text(_ source: String) -> String? { ProgramRunner.run(source: source, filename: "prog.py").errorText }
        XCTAssertEqual(text("return 5\n"),
                       "  File \"prog.py\", line 1\n    return 5\n    ^^^^^^^^\nSyntaxError: 'return' outside function\n")
        XCTAssertEqual(text("x = (1,\n 2 3)\n"),
                       "  File \"prog.py\", line 2\n    2 3)\n    ^^^\nSyntaxError: invalid syntax. Perhaps you forgot a comma?\n")
        XCTAssertEqual(text("class A:\npass\n"), "  File \"prog.py\", line 2\n    pass\n    ^\n"
                       + "IndentationError: expected an indented block after class definition on line 1\n")
        XCTAssertEqual(text("  x = 1\n"), "  File \"prog.py\", line 1\n    x = 1\nIndentationError: unexpected indent\n")
    }

    /// Fields given to the constructor.
    func testSyntaxErrorBuiltByHand() {
        check(#"""
raise SyntaxError('custom', ('f.py', 3, 5, '    abc def\n', 3, 9))
"""#, expected: [
            "Traceback (most recent call last):",
            "  File \"prog.py\", line 1, in <module>",
            "    raise SyntaxError('custom', ('f.py', 3, 5, '    abc def\\n', 3, 9))",
            "  File \"f.py\", line 3",
            "    abc def",
            "    ^^^^",
            "SyntaxError: custom",
            "",
        ])
    }

    /// A subclass gets one caret (CPython ignores its end positions).
    func testSyntaxErrorSubclassHasNoEndOffset() {
        check(#"""
class E(SyntaxError): pass
raise E('sub', ('f.py', 2, 3, 'a b c', 2, 5))
"""#, expected: [
            "Traceback (most recent call last):",
            "  File \"prog.py\", line 2, in <module>",
            "    raise E('sub', ('f.py', 2, 3, 'a b c', 2, 5))",
            "  File \"f.py\", line 2",
            "    a b c",
            "      ^",
            "E: sub",
            "",
        ])
    }

    /// Inside a box; no offset means no caret line.
    func testSyntaxErrorInsideAGroup() {
        check(#"""
e = SyntaxError('m', ('f.py', 2, None, None))
raise ExceptionGroup('g', [e])
"""#, expected: [
            "  + Exception Group Traceback (most recent call last):",
            "  |   File \"prog.py\", line 2, in <module>",
            "  |     raise ExceptionGroup('g', [e])",
            "  | ExceptionGroup: g (1 sub-exception)",
            "  +-+---------------- 1 ----------------",
            "    |   File \"f.py\", line 2",
            "    | SyntaxError: m",
            "    +------------------------------------",
            "",
        ])
    }

    /// CPython writes the text and caret lines of a boxed SyntaxError without the margin.
    func testSyntaxErrorTextInsideAGroupHasNoMargin() {
        check(#"""
e = SyntaxError('m', ('f.py', 2, 3, 'a b c\n', 2, 5))
raise ExceptionGroup('g', [e])
"""#, expected: [
            "  + Exception Group Traceback (most recent call last):",
            "  |   File \"prog.py\", line 2, in <module>",
            "  |     raise ExceptionGroup('g', [e])",
            "  | ExceptionGroup: g (1 sub-exception)",
            "  +-+---------------- 1 ----------------",
            "    |   File \"f.py\", line 2",
            "    a b c",
            "      ^^",
            "    | SyntaxError: m",
            "    +------------------------------------",
            "",
        ])
    }

    /// sys.tracebacklimit = 2 shows the two innermost frames of each exception.
    func testTracebackLimitKeepsInnermostFrames() {
        check(#"""
import sys
sys.tracebacklimit = 2
def a(): b()
def b(): c()
def c(): raise ValueError(1)
try:
    a()
except ValueError as e:
    raise KeyError(2)
"""#, expected: [
            "Traceback (most recent call last):",
            "  File \"prog.py\", line 4, in b",
            "    def b(): c()",
            "             ^^^",
            "  File \"prog.py\", line 5, in c",
            "    def c(): raise ValueError(1)",
            "             ^^^^^^^^^^^^^^^^^^^",
            "ValueError: 1",
            "",
            "During handling of the above exception, another exception occurred:",
            "",
            "Traceback (most recent call last):",
            "  File \"prog.py\", line 9, in <module>",
            "    raise KeyError(2)",
            "KeyError: 2",
            "",
        ])
    }

    /// sys.tracebacklimit = 0: no traceback header, the boxes stay.
    func testTracebackLimitZeroDropsTracebacks() {
        check(#"""
import sys
sys.tracebacklimit = 0
def a(): raise ValueError(1)
raise ExceptionGroup("g", [ValueError(3)])
"""#, expected: [
            "  | ExceptionGroup: g (1 sub-exception)",
            "  +-+---------------- 1 ----------------",
            "    | ValueError: 3",
            "    +------------------------------------",
            "",
        ])
    }

    /// A TaskGroup's failure re-raised by asyncio.run: the member's
    /// traceback and notes in the box.
    func testTaskGroupFailureThroughAsyncioRun() {
        let text = report(#"""
import asyncio
async def bad(n):
    await asyncio.sleep(n)
    e = ValueError(f"bad {n}")
    e.add_note(f"note {n}\nsecond line")
    raise e
async def main():
    async with asyncio.TaskGroup() as tg:
        tg.create_task(bad(1))
        tg.create_task(bad(2))
        tg.create_task(asyncio.sleep(10))
asyncio.run(main())
"""#)
        XCTAssertTrue(text.hasPrefix("""
              + Exception Group Traceback (most recent call last):
              |   File "prog.py", line 12, in <module>
              |     asyncio.run(main())

            """), text)
        XCTAssertTrue(text.hasSuffix("""
              | ExceptionGroup: unhandled errors in a TaskGroup (1 sub-exception)
              +-+---------------- 1 ----------------
                | Traceback (most recent call last):
                |   File "prog.py", line 6, in bad
                |     raise e
                | ValueError: bad 1
                | note 1
                | second line
                +------------------------------------

            """), text)
        XCTAssertTrue(text.contains("""
              |   File "prog.py", line 8, in main
              |     async with asyncio.TaskGroup() as tg:

            """), text)
    }

    /// A task's exception re-raised by asyncio.run keeps the task's frames.
    func testTaskExceptionThroughAsyncioRun() {
        let text = report(#"""
import asyncio
async def inner():
    await asyncio.sleep(1)
    raise ValueError("in task")
async def main():
    t = asyncio.create_task(inner())
    await t
asyncio.run(main())
"""#)
        XCTAssertTrue(text.hasPrefix("""
            Traceback (most recent call last):
              File "prog.py", line 8, in <module>
                asyncio.run(main())

            """), text)
        XCTAssertTrue(text.hasSuffix("""
              File "prog.py", line 7, in main
                await t
              File "prog.py", line 4, in inner
                raise ValueError("in task")
            ValueError: in task

            """), text)
    }

    /// The unraisable hook's text: traceback and `Type: str` only (no
    /// chain, notes or boxes; an empty message keeps its colon), as CPython
    /// 3.11 prints it for `raise ValueError()` in `__del__`.
    func testUnraisableReport() {
        let vm = Interpreter(limits: Limits())
        let e = PyException(type: BuiltinTypes.valueError, args: [])
        e.traceback = [TracebackEntry(filename: "prog.py", function: "__del__", line: 3)]
        e.context = PyException(type: BuiltinTypes.keyError, args: [.str("k")])
        let formatter = TracebackFormatter(vm: vm, mainFile: "prog.py",
                                           mainLines: ["class A:", "    def __del__(self):", "        raise ValueError()"])
        XCTAssertEqual(formatter.formatUnraisable(e), """
            Traceback (most recent call last):
              File "prog.py", line 3, in __del__
                raise ValueError()
            ValueError: \("")

            """)
    }
}
