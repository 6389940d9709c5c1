import XCTest
@testable import Runtime

/// The native `collections.deque`: ring-buffer storage driven from Swift,
/// and Python programs checked against CPython 3.11's output.
final class DequeTests: BuiltinTestCase {
    private func deque(_ items: [Value] = [], maxlen: Int? = nil) throws -> PyDeque {
        let d = PyDeque(type: DequeModule.dequeType)
        d.maxlen = maxlen
        for x in items { try d.append(vm, x) }
        return d
    }

    private func ints(_ d: PyDeque) -> [Int] { d.elements.compactMap { $0.intValue } }

    /// Runs `source` and returns its stdout, failing on any error.
    private func run(_ source: String, file: StaticString = #filePath, line: UInt = #line) -> String {
        let o = ProgramRunner.run(source: source, filename: "deque_test.py")
        XCTAssertEqual(o.status, .completed, o.errorText ?? "", file: file, line: line)
        return o.stdout
    }

    func testRingBufferWrapsAroundBothWays() throws {
        let d = try deque()
        // Alternate pushes on the left and pops on the right so the head
        // travels around an 8-slot buffer several times.
        for i in 0..<40 {
            try d.appendLeft(vm, .int(i))
            if d.count > 5 { _ = try d.pop() }
        }
        XCTAssertEqual(ints(d), [39, 38, 37, 36, 35])
        for i in 40..<60 {
            try d.append(vm, .int(i))
            _ = try d.popLeft()
        }
        XCTAssertEqual(ints(d), [55, 56, 57, 58, 59])
        // Growth while wrapped keeps the order.
        for i in 60..<100 { try d.append(vm, .int(i)) }
        XCTAssertEqual(ints(d), Array(55..<100))
        XCTAssertEqual(try r(d.nativeGetItem(vm, .int(-1))), "99")
        XCTAssertEqual(try r(d.nativeGetItem(vm, .int(3))), "58")
        while !d.isEmpty { _ = try d.popLeft() }
        assertRaises(BuiltinTypes.indexError, "pop from an empty deque") { try d.popLeft() }
        assertRaises(BuiltinTypes.indexError, "pop from an empty deque") { try d.pop() }
    }

    func testMaxlenEvictsFromTheOtherEnd() throws {
        let d = try deque((0..<5).map { .int($0) }, maxlen: 3)
        XCTAssertEqual(ints(d), [2, 3, 4])
        try d.appendLeft(vm, .int(9))
        XCTAssertEqual(ints(d), [9, 2, 3])
        try d.extend(vm, list(.int(7), .int(8)), left: true)
        XCTAssertEqual(ints(d), [8, 7, 9])
        try d.extend(vm, list(.int(1)), left: false)
        XCTAssertEqual(ints(d), [7, 9, 1])
        XCTAssertEqual(try r(.object(d)), "deque([7, 9, 1], maxlen=3)")
        assertRaises(BuiltinTypes.indexError, "deque already at its maximum size") {
            try d.insert(self.vm, 0, .int(5))
            return .none
        }
        let none = try deque([.int(1), .int(2)], maxlen: 0)
        XCTAssertEqual(try r(.object(none)), "deque([], maxlen=0)")
    }

    func testRotateBothWaysAndInsertDelete() throws {
        let d = try deque((1...5).map { .int($0) })
        d.rotate(2)
        XCTAssertEqual(ints(d), [4, 5, 1, 2, 3])
        d.rotate(-3)
        XCTAssertEqual(ints(d), [2, 3, 4, 5, 1])
        d.rotate(7)
        XCTAssertEqual(ints(d), [5, 1, 2, 3, 4])
        d.rotate(-11)
        XCTAssertEqual(ints(d), [1, 2, 3, 4, 5])
        // A full ring (8 of 8 slots) rotates by moving its head.
        let full = try deque((0..<8).map { .int($0) })
        full.rotate(3)
        XCTAssertEqual(ints(full), [5, 6, 7, 0, 1, 2, 3, 4])
        full.rotate(-4)
        XCTAssertEqual(ints(full), [1, 2, 3, 4, 5, 6, 7, 0])
        try d.insert(vm, 1, .int(10))
        try d.insert(vm, -1, .int(20))
        try d.insert(vm, 100, .int(30))
        try d.insert(vm, -100, .int(0))
        XCTAssertEqual(ints(d), [0, 1, 10, 2, 3, 4, 20, 5, 30])
        try d.nativeDeleteItem(vm, .int(2))
        try d.nativeDeleteItem(vm, .int(-2))
        XCTAssertEqual(ints(d), [0, 1, 2, 3, 4, 20, 30])
        d.reverse()
        XCTAssertEqual(ints(d), [30, 20, 4, 3, 2, 1, 0])
        assertRaises(BuiltinTypes.indexError, "deque index out of range") { try d.nativeGetItem(self.vm, .int(7)) }
        assertRaises(BuiltinTypes.typeError, "sequence index must be integer, not 'str'") {
            try d.nativeGetItem(self.vm, .str("x"))
        }
    }

    func testMutationDuringIterationRaises() {
        let out = run("""
            from collections import deque
            for mutate in ('append', 'rotate', 'clear', 'reverse', 'setitem'):
                d = deque([1, 2, 3, 4])
                it = iter(d)
                next(it)
                try:
                    if mutate == 'append': d.append(5)
                    elif mutate == 'rotate': d.rotate(0)
                    elif mutate == 'clear': d.clear()
                    elif mutate == 'reverse': d.reverse()
                    else: d[0] = 9
                    print(mutate, list(it))
                except RuntimeError as e:
                    print(mutate, 'RuntimeError', e)
            d = deque([1, 2, 3])
            class Grows:
                def __eq__(self, other):
                    d.append(0)
                    return False
            for call in (lambda: d.count(Grows()), lambda: Grows() in d, lambda: d.index(Grows()),
                         lambda: d.remove(Grows())):
                try:
                    call()
                except (RuntimeError, IndexError) as e:
                    print(type(e).__name__, e)

            """)
        XCTAssertEqual(out, """
            append RuntimeError deque mutated during iteration
            rotate RuntimeError deque mutated during iteration
            clear RuntimeError deque mutated during iteration
            reverse [3, 2, 1]
            setitem [2, 3, 4]
            RuntimeError deque mutated during iteration
            RuntimeError deque mutated during iteration
            RuntimeError deque mutated during iteration
            IndexError deque mutated during iteration

            """)
    }

    func testErrorMessagesMatchCPython() {
        let out = run("""
            from collections import deque
            d = deque([1, 2, 3])
            for f in (lambda: deque([1], 2.0), lambda: deque([1], -1), lambda: deque([1], 2**100),
                      lambda: deque([1], x=1), lambda: deque(1, 2, 3), lambda: d[1.0], lambda: d[5],
                      lambda: d.index(9), lambda: d.index(2, None), lambda: d.remove(9), lambda: d + [1],
                      lambda: d * 2.0, lambda: hash(d), lambda: d.pop(1), lambda: d.insert(1),
                      lambda: d.rotate(1, 2), lambda: d.index(), lambda: d.append(x=1), lambda: deque().pop()):
                try:
                    print(f())
                except Exception as e:
                    print(type(e).__name__, e)

            """)
        XCTAssertEqual(out, """
            TypeError an integer is required
            ValueError maxlen must be non-negative
            OverflowError Python int too large to convert to C ssize_t
            TypeError 'x' is an invalid keyword argument for deque()
            TypeError deque() takes at most 2 arguments (3 given)
            TypeError sequence index must be integer, not 'float'
            IndexError deque index out of range
            ValueError 9 is not in deque
            TypeError slice indices must be integers or have an __index__ method
            ValueError 9 is not in deque
            TypeError can only concatenate deque (not "list") to deque
            TypeError can't multiply sequence by non-int of type 'float'
            TypeError unhashable type: 'collections.deque'
            TypeError deque.pop() takes no arguments (1 given)
            TypeError insert() takes exactly 2 arguments (1 given)
            TypeError deque.rotate expected at most 1 argument, got 2
            TypeError index() takes at least 1 argument (0 given)
            TypeError deque.append() takes no keyword arguments
            IndexError pop from an empty deque

            """)
    }

    func testSubclassesKeepTheirTypeAndOverrides() {
        let out = run("""
            from collections import deque
            class D(deque):
                def __init__(self, iterable=(), maxlen=None, tag='t'):
                    super().__init__(iterable, maxlen)
                    self.tag = tag
                def append(self, x):
                    super().append(x * 10)
            d = D([1, 2], 5)
            d.append(3)
            print(d, d.tag, d.maxlen, type(d.copy()).__name__, type(d + d).__name__, type(d * 2).__name__)
            print(d == deque([1, 2, 30]), isinstance(d, deque), len(d), list(reversed(d)))
            class Short(deque):
                def __len__(self):
                    return 1
            print(len(Short([1, 2, 3])), Short([4]))

            """)
        XCTAssertEqual(out, """
            D([1, 2, 30], maxlen=5) t 5 D D D
            True True 3 [30, 2, 1]
            1 Short([4])

            """)
    }

    func testOperatorsAndRecursiveRepr() {
        let out = run("""
            from collections import deque
            d = deque([1, 2, 3], maxlen=5)
            print(d * 3, 3 * d, d * 0)
            d *= 2
            print(d)
            e = deque([1, 2])
            e += e
            e += (x for x in 'ab')
            print(e, e.index('a'), e.count(1), 'b' in e)
            print(deque([1, 2]) < deque([1, 3]), deque([1]) >= deque([1, 0]), deque() == deque(), deque([1]) != deque([1]))
            r = deque([1])
            r.append(r)
            print(r)

            """)
        XCTAssertEqual(out, """
            deque([2, 3, 1, 2, 3], maxlen=5) deque([2, 3, 1, 2, 3], maxlen=5) deque([], maxlen=5)
            deque([2, 3, 1, 2, 3], maxlen=5)
            deque([1, 2, 1, 2, 'a', 'b']) 4 2 True
            True False True False
            deque([1, [...]])

            """)
    }

    func testMemoryAndWallLimitsApply() {
        // A generous wall limit: on a loaded machine the flood must still
        // reach the memory limit first.
        var roomy = Limits()
        roomy.wallSeconds = 60
        let flood = ProgramRunner.run(source: "from collections import deque\nd = deque()\nd.extend(range(10**9))\n",
                                      filename: "flood.py", limits: roomy)
        XCTAssertEqual(flood.limit?.name, "memory")
        let repeated = ProgramRunner.run(source: "from collections import deque\nd = deque([0]) * 10**9\n",
                                         filename: "repeat.py", limits: roomy)
        XCTAssertEqual(repeated.limit?.name, "memory")
        var limits = Limits()
        limits.wallSeconds = 0.2
        let endless = ProgramRunner.run(source: "from collections import deque\ndeque(range(10**15), maxlen=1)\n",
                                        filename: "endless.py", limits: limits)
        XCTAssertEqual(endless.limit?.name, "wall")
    }

    func testDrainedDequeReturnsItsMemory() throws {
        let d = try deque()
        for i in 0..<100_000 { try d.append(vm, .int(i)) }
        XCTAssertGreaterThan(d.chargedBytes, 0)
        XCTAssertEqual(vm.memory.used, d.chargedBytes)
        while d.count > 10 { _ = try d.popLeft() }
        XCTAssertLessThan(d.chargedBytes, 65536)
        d.clear()
        XCTAssertEqual(d.chargedBytes, 0)
        XCTAssertEqual(vm.memory.used, 0)
    }
}
