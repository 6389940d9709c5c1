import XCTest
@testable import Runtime

final class ContainerMethodsTests: BuiltinTestCase {
    func testListMethods() throws {
        let a = list(.int(3), .int(1), .int(4), .int(1), .int(5))
        _ = try method(a, "append", [.int(9)])
        _ = try method(a, "extend", [list(.int(2), .int(6))])
        _ = try method(a, "insert", [.int(0), .int(0)])
        _ = try method(a, "insert", [.int(100), .int(99)])
        XCTAssertEqual(try r(a), "[0, 3, 1, 4, 1, 5, 9, 2, 6, 99]")
        XCTAssertEqual(try r(method(a, "pop")), "99")
        XCTAssertEqual(try r(method(a, "pop", [.int(0)])), "0")
        _ = try method(a, "remove", [.int(1)])
        XCTAssertEqual(try r(method(a, "index", [.int(5)])), "3")
        XCTAssertEqual(try r(method(a, "count", [.int(1)])), "1")
        _ = try method(a, "sort", [], [("reverse", .true)])
        XCTAssertEqual(try r(a), "[9, 6, 5, 4, 3, 2, 1]")
        _ = try method(a, "sort", [], [("key", vm.builtins.getStr("abs") ?? .none)])
        XCTAssertEqual(try r(a), "[1, 2, 3, 4, 5, 6, 9]")
        assertRaises(BuiltinTypes.indexError, "pop from empty list") { try self.method(self.list(), "pop") }
        assertRaises(BuiltinTypes.valueError, "5 is not in list") { try self.method(self.list(.int(1)), "index", [.int(5)]) }
        assertRaises(BuiltinTypes.valueError, "list.remove(x): x not in list") {
            try self.method(self.list(), "remove", [.int(5)])
        }
        assertRaises(BuiltinTypes.typeError, "sort() takes no positional arguments") {
            try self.method(self.list(), "sort", [.int(1)])
        }
        assertRaises(BuiltinTypes.typeError, "list.append() takes exactly one argument (0 given)") {
            try self.method(self.list(), "append")
        }
        assertRaises(BuiltinTypes.valueError, "tuple.index(x): x not in tuple") {
            try self.method(self.tuple(.int(1)), "index", [.int(3)])
        }
    }

    func testDictMethods() throws {
        let d = PyDict()
        let dv = Value.object(d)
        try d.set(s("a"), .int(1), vm)
        XCTAssertEqual(try r(method(dv, "get", [s("z")])), "None")
        XCTAssertEqual(try r(method(dv, "setdefault", [s("b"), list()])), "[]")
        XCTAssertEqual(try r(method(dv, "pop", [s("zz"), s("dflt")])), "'dflt'")
        _ = try method(dv, "update", [list(tuple(s("c"), .int(3)))], [("d", .int(4))])
        XCTAssertEqual(try r(dv), "{'a': 1, 'b': [], 'c': 3, 'd': 4}")
        XCTAssertEqual(try r(method(dv, "popitem")), "('d', 4)")
        XCTAssertEqual(try r(method(dv, "keys")), "dict_keys(['a', 'b', 'c'])")
        XCTAssertEqual(try vm.length(method(dv, "items")), 3)
        XCTAssertTrue(try vm.contains(method(dv, "items"), tuple(s("a"), .int(1))))
        XCTAssertEqual(try r(method(.object(BuiltinTypes.dict), "fromkeys", [s("ab"), .int(0)])), "{'a': 0, 'b': 0}")
        assertRaises(BuiltinTypes.keyError, "'popitem(): dictionary is empty'") { try self.method(.object(PyDict()), "popitem") }
        assertRaises(BuiltinTypes.keyError, "1") { try self.method(.object(PyDict()), "pop", [.int(1)]) }
    }

    func testSetMethods() throws {
        let a = PySet()
        for i in [1, 2, 3] { try a.add(.int(i), vm) }
        let av = Value.object(a)
        XCTAssertEqual(try r(method(av, "union", [list(.int(4))])), "{1, 2, 3, 4}")
        XCTAssertEqual(try r(method(av, "intersection", [list(.int(2), .int(3), .int(9))])), "{2, 3}")
        XCTAssertEqual(try r(method(av, "difference", [list(.int(1))])), "{2, 3}")
        XCTAssertEqual(try r(method(av, "symmetric_difference", [list(.int(3), .int(4))])), "{1, 2, 4}")
        XCTAssertEqual(try r(method(av, "issubset", [list(.int(1), .int(2), .int(3), .int(4))])), "True")
        XCTAssertEqual(try r(method(av, "isdisjoint", [list(.int(7))])), "True")
        _ = try method(av, "discard", [.int(7)])
        assertRaises(BuiltinTypes.keyError, "7") { try self.method(av, "remove", [.int(7)]) }
        assertRaises(BuiltinTypes.keyError, "'pop from an empty set'") { try self.method(.object(PySet()), "pop") }
        let frozen = Value.object(PySet(frozen: true))
        XCTAssertEqual(try r(method(frozen, "union", [list(.int(1))])), "frozenset({1})")
        assertRaises(BuiltinTypes.attributeError, "'frozenset' object has no attribute 'add'") {
            try self.vm.getAttribute(frozen, "add")
        }
    }

    func testNumberMethods() throws {
        XCTAssertEqual(try r(method(.float(0.5), "as_integer_ratio")), "(1, 2)")
        XCTAssertEqual(try r(method(.float(2.5), "is_integer")), "False")
        XCTAssertEqual(try r(method(.float(2.5), "hex")), "'0x1.4000000000000p+1'")
        XCTAssertEqual(try r(method(.int(5), "bit_length")), "3")
        XCTAssertEqual(try r(vm.getAttribute(.bool(true), "real")), "1")
        XCTAssertEqual(try r(vm.getAttribute(.int(7), "denominator")), "1")
        XCTAssertEqual(try r(method(.int(255), "to_bytes", [.int(2), s("big")])), "b'\\x00\\xff'")
        XCTAssertEqual(try r(method(.object(BuiltinTypes.int), "from_bytes", [list(.int(1), .int(0)), s("big")])), "256")
        assertRaises(BuiltinTypes.overflowError, "cannot convert Infinity to integer ratio") {
            try self.method(.float(.infinity), "as_integer_ratio")
        }
        assertRaises(BuiltinTypes.overflowError, "int too big to convert") {
            try self.method(.int(1024), "to_bytes", [.int(1), self.s("big")])
        }
    }

    func testDictViewAlgebraAndBytesOperators() throws {
        let d = PyDict()
        for i in 1...3 { try d.set(.int(i), .str("v\(i)"), vm) }
        let keys = try method(.object(d), "keys")
        let other = PySet()
        for i in [2, 3, 4] { try other.add(.int(i), vm) }
        XCTAssertEqual(try r(vm.binaryOp(keys, .object(other), .and)), "{2, 3}")
        XCTAssertEqual(try r(vm.binaryOp(keys, list(.int(5)), .or)), "{1, 2, 3, 5}")
        XCTAssertEqual(try r(vm.binaryOp(.object(other), keys, .sub)), "{4}")
        XCTAssertEqual(try r(vm.compare(keys, .object(other), .eq)), "False")
        let b = try method(s("hé"), "encode")
        XCTAssertEqual(try r(vm.binaryOp(b, b, .add)), "b'h\\xc3\\xa9h\\xc3\\xa9'")
        XCTAssertEqual(try r(vm.compare(b, try method(s("hé"), "encode"), .eq)), "True")
        XCTAssertEqual(try r(call("dir", [.int(3)])), try r(call("dir", [.object(BuiltinTypes.int)])))
    }
}
