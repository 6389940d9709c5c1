import XCTest
@testable import Runtime

final class OrderingBuiltinsTests: BuiltinTestCase {
    func testSortedIsStableAndReversible() throws {
        let pairs = list(tuple(.int(1), s("b")), tuple(.int(0), s("a")), tuple(.int(1), s("a")))
        XCTAssertEqual(try r(call("sorted", [list(.int(3), .int(1), .int(2))])), "[1, 2, 3]")
        XCTAssertEqual(try r(call("sorted", [s("bca")], [("reverse", .true)])), "['c', 'b', 'a']")
        XCTAssertEqual(try r(call("sorted", [pairs])), "[(0, 'a'), (1, 'a'), (1, 'b')]")
    }

    func testSortedMixedTypesRaisesCPythonMessage() {
        assertRaises(BuiltinTypes.typeError, "'<' not supported between instances of 'str' and 'int'") {
            try self.call("sorted", [self.list(.int(1), self.s("a"))])
        }
    }

    func testMinMaxForms() throws {
        XCTAssertEqual(try r(call("min", [.int(4), .int(2), .int(8)])), "2")
        XCTAssertEqual(try r(call("max", [list(s("apple"), s("pear"), s("fig"))],
                                   [("key", vm.builtins.getStr("len") ?? .none)])), "'apple'")
        XCTAssertEqual(try r(call("min", [list()], [("default", .none)])), "None")
        assertRaises(BuiltinTypes.valueError, "max() arg is an empty sequence") { try self.call("max", [self.list()]) }
        assertRaises(BuiltinTypes.typeError, "min expected at least 1 argument, got 0") { try self.call("min", []) }
        assertRaises(BuiltinTypes.typeError, "Cannot specify a default for max() with multiple positional arguments") {
            try self.call("max", [.int(1), .int(2)], [("default", .int(3))])
        }
    }

    func testAnyAll() throws {
        XCTAssertEqual(try r(call("any", [list()])), "False")
        XCTAssertEqual(try r(call("all", [list()])), "True")
        XCTAssertEqual(try r(call("any", [list(.int(0), .int(0), .int(1))])), "True")
        XCTAssertEqual(try r(call("all", [list(.int(1), .int(0))])), "False")
    }

    func testLazyIterators() throws {
        XCTAssertEqual(try listRepr(call("enumerate", [s("ab")], [("start", .int(1))])), "[(1, 'a'), (2, 'b')]")
        XCTAssertEqual(try listRepr(call("zip", [list(.int(1), .int(2), .int(3)), s("ab")])), "[(1, 'a'), (2, 'b')]")
        XCTAssertEqual(try listRepr(call("zip", [])), "[]")
        XCTAssertEqual(try listRepr(call("reversed", [list(.int(1), .int(2), .int(3))])), "[3, 2, 1]")
        XCTAssertEqual(try listRepr(call("filter", [.none, list(.int(0), .int(1), s(""), s("x"))])), "[1, 'x']")
        let upper = try vm.getAttribute(.object(BuiltinTypes.str), "upper")
        XCTAssertEqual(try listRepr(call("map", [upper, list(s("a"), s("b"))])), "['A', 'B']")
        XCTAssertEqual(try call("enumerate", [list()]).type.name, "enumerate")
        assertRaises(BuiltinTypes.valueError, "zip() argument 2 is shorter than argument 1") {
            .object(PyList(try self.vm.toArray(self.call("zip", [self.list(.int(1), .int(2)), self.list(.int(1))],
                                                           [("strict", .true)]))))
        }
        assertRaises(BuiltinTypes.valueError, "zip() argument 3 is shorter than arguments 1-2") {
            .object(PyList(try self.vm.toArray(self.call("zip", [self.list(.int(1)), self.list(.int(1)), self.list()],
                                                           [("strict", .true)]))))
        }
        assertRaises(BuiltinTypes.typeError, "'int' object is not reversible") { try self.call("reversed", [.int(1)]) }
        assertRaises(BuiltinTypes.typeError, "map() must have at least two arguments.") { try self.call("map", [.none]) }
    }
}
