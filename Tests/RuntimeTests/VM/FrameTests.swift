import XCTest
@testable import Runtime

/// The frame's manually managed storage (fast locals plus a value stack that
/// grows past its initial slots) and the call fast paths: wide calls and
/// literals, exceptions and suspensions with many values on the stack,
/// defaults filled without the general binder, bound methods, generators
/// driven by `for`, `locals()`, and an await chain. Expected output is
/// CPython 3.11's.
final class FrameTests: XCTestCase {
    private let program = """
    def many(*a, **k):
        return sum(a) + len(k)

    def wide(a, b, c, d, e, f, g, h, i, j, k, l, m, n, o, p):
        return [a, b, c, d, e, f, g, h, i, j, k, l, m, n, o, p]

    print(wide(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16))
    print((1, (2, (3, (4, (5, (6, (7, (8, (9, (10, (11, (12, (13, (14, 15)))))))))))))))
    print(many(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, x=1, y=2))

    def deep_fail():
        return [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 1 // 0]

    try:
        deep_fail()
    except ZeroDivisionError as e:
        print("caught", e)

    def gen_mid_tuple():
        t = (1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, (yield "a"), (yield "b"), 16)
        yield t

    g = gen_mid_tuple()
    print(next(g), g.send("x"), g.send("y"))

    def closing():
        try:
            x = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, (yield 1)]
        finally:
            print("closed")

    c = closing()
    next(c)
    c.close()

    def defaults(a, b=2, c=[3]):
        return (a, b, c)

    class K:
        def m(self, x, y=10):
            return x + y

    print(defaults(1), defaults(1, 5), defaults(1, 5, 6))
    k = K()
    bound = k.m
    print(k.m(1), k.m(1, 2), bound(3), bound(3, 4))
    try:
        defaults()
    except TypeError as e:
        print(e)
    try:
        k.m()
    except TypeError as e:
        print(e)

    def numbers(n):
        for i in range(n):
            yield i * i

    print(sum(x for x in numbers(10)), [x for x in numbers(5)])

    def outer():
        def inner(v):
            w = v + 1
            return sorted(locals().items())
        return inner(41)

    print(outer())

    async def leaf(i):
        return i * 2

    async def top():
        return [await leaf(i) for i in range(5)]

    co = top()
    try:
        co.send(None)
    except StopIteration as e:
        print(e.value)
    """

    private let expected = """
    [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16]
    (1, (2, (3, (4, (5, (6, (7, (8, (9, (10, (11, (12, (13, (14, 15))))))))))))))
    173
    caught integer division or modulo by zero
    a b (1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 'x', 'y', 16)
    closed
    (1, 2, [3]) (1, 5, [3]) (1, 5, 6)
    11 3 13 7
    defaults() missing 1 required positional argument: 'a'
    K.m() missing 1 required positional argument: 'x'
    285 [0, 1, 4, 9, 16]
    [('v', 41), ('w', 42)]
    [0, 2, 4, 6, 8]
    """

    func testFrameStorageAndCallFastPathsMatchCPython() {
        switch ScenarioRunner.run(Scenario(source: program)) {
        case .success(let trace): XCTAssertEqual(trace.stdout, expected + "\n")
        case .failure(let f): XCTFail("compile failure: \(f.message)")
        }
    }
}
