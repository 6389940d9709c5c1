import XCTest
@testable import Runtime

final class StrMethodsTests: BuiltinTestCase {
    func testFormat() throws {
        XCTAssertEqual(try r(method(s("{} + {} = {}"), "format", [.int(1), .int(2), .int(3)])), "'1 + 2 = 3'")
        XCTAssertEqual(try r(method(s("{0!r:^9}|{x:>{w}}"), "format", [s("ab")], [("x", .int(1)), ("w", .int(4))])),
                       "\"  'ab'   |   1\"")
        XCTAssertEqual(try r(method(s("{0[1]} {1[k]}"), "format", [list(.int(5), .int(6)), dictOf(("k", .int(7)))])),
                       "'6 7'")
        assertRaises(BuiltinTypes.indexError, "Replacement index 0 out of range for positional args tuple") {
            try self.method(self.s("{0}"), "format")
        }
        assertRaises(BuiltinTypes.keyError, "'a'") { try self.method(self.s("{a}"), "format") }
        assertRaises(BuiltinTypes.valueError, "Unknown format code 'd' for object of type 'str'") {
            try self.method(self.s("{:d}"), "format", [self.s("a")])
        }
        XCTAssertEqual(try r(method(s("{a}"), "format_map", [dictOf(("a", .int(1)))])), "'1'")
    }

    func testSplitJoinStrip() throws {
        XCTAssertEqual(try r(method(s(" a  b c "), "split")), "['a', 'b', 'c']")
        XCTAssertEqual(try r(method(s("a,b,,c"), "split", [s(",")], [("maxsplit", .int(2))])), "['a', 'b', ',c']")
        XCTAssertEqual(try r(method(s("a,b,c"), "rsplit", [s(","), .int(1)])), "['a,b', 'c']")
        XCTAssertEqual(try r(method(s("x\ny\r\nz"), "splitlines", [.true])), "['x\\n', 'y\\r\\n', 'z']")
        XCTAssertEqual(try r(method(s("-"), "join", [list(s("a"), s("b"))])), "'a-b'")
        XCTAssertEqual(try r(method(s("xxhixx"), "strip", [s("x")])), "'hi'")
        assertRaises(BuiltinTypes.typeError, "sequence item 0: expected str instance, int found") {
            try self.method(self.s(""), "join", [self.list(.int(1))])
        }
        assertRaises(BuiltinTypes.valueError, "empty separator") { try self.method(self.s("a"), "split", [self.s("")]) }
        assertRaises(BuiltinTypes.typeError, "must be str or None, not int") {
            try self.method(self.s("a"), "split", [.int(1)])
        }
    }

    func testSearchAndReplace() throws {
        XCTAssertEqual(try r(method(s("hello"), "find", [s("l")])), "2")
        XCTAssertEqual(try r(method(s("hello"), "rfind", [s("l")])), "3")
        XCTAssertEqual(try r(method(s("abc"), "find", [s("c"), .none, .int(2)])), "-1")
        XCTAssertEqual(try r(method(s("banana"), "count", [s("an")])), "2")
        XCTAssertEqual(try r(method(s("banana"), "replace", [s("a"), s("o"), .int(2)])), "'bonona'")
        XCTAssertEqual(try r(method(s("prog.py"), "endswith", [tuple(s(".txt"), s(".py"))])), "True")
        XCTAssertEqual(try r(method(s("a=b=c"), "partition", [s("=")])), "('a', '=', 'b=c')")
        XCTAssertEqual(try r(method(s("a=b=c"), "rpartition", [s("=")])), "('a=b', '=', 'c')")
        XCTAssertEqual(try r(method(s("unittest"), "removeprefix", [s("unit")])), "'test'")
        assertRaises(BuiltinTypes.valueError, "substring not found") { try self.method(self.s("a"), "index", [self.s("b")]) }
        assertRaises(BuiltinTypes.typeError, "find() takes at least 1 argument (0 given)") {
            try self.method(self.s("a"), "find")
        }
        assertRaises(BuiltinTypes.typeError, "startswith first arg must be str or a tuple of str, not int") {
            try self.method(self.s("a"), "startswith", [.int(1)])
        }
    }

    func testCaseLayoutPredicatesEncode() throws {
        XCTAssertEqual(try r(method(s("straße"), "upper")), "'STRASSE'")
        XCTAssertEqual(try r(method(s("hello world"), "title")), "'Hello World'")
        XCTAssertEqual(try r(method(s("ab"), "center", [.int(6), s("*")])), "'**ab**'")
        XCTAssertEqual(try r(method(s("-42"), "zfill", [.int(6)])), "'-00042'")
        XCTAssertEqual(try r(method(s("a\tb"), "expandtabs", [.int(4)])), "'a   b'")
        XCTAssertEqual(try r(method(s("123"), "isdigit")), "True")
        XCTAssertEqual(try r(method(s("😀"), "isprintable")), "True")
        XCTAssertEqual(try r(method(s("é"), "encode", [s("utf-8")])), "b'\\xc3\\xa9'")
        XCTAssertEqual(try r(method(s("x"), "encode")), "b'x'")
        assertRaises(BuiltinTypes.typeError, "The fill character must be exactly one character long") {
            try self.method(self.s("a"), "ljust", [.int(3), self.s("")])
        }
        assertRaises(BuiltinTypes.typeError, "str.upper() takes no arguments (1 given)") {
            try self.method(self.s("a"), "upper", [.int(1)])
        }
    }

    func dictOf(_ pairs: (String, Value)...) -> Value {
        let d = PyDict()
        for (k, v) in pairs { d.setStr(k, v) }
        return .object(d)
    }
}
