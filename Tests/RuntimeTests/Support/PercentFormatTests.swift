import BigInt
import XCTest
@testable import Runtime

/// A tiny object model standing in for the VM's values in `%` tests.
private indirect enum Obj {
    case int(BigInt), bool(Bool), float(Double), str(String), dict([String: Obj]), list([Obj]), tuple([Obj])

    var repr: String {
        switch self {
        case .int(let v): return v.description
        case .bool(let b): return b ? "True" : "False"
        case .float(let x): return FloatRepr.repr(x)
        case .str(let s): return StringRepr.repr(s)
        case .dict(let d): return "{" + d.map { StringRepr.repr($0.key) + ": " + $0.value.repr }.joined(separator: ", ") + "}"
        case .list(let items): return "[" + items.map(\.repr).joined(separator: ", ") + "]"
        case .tuple(let items): return "(" + items.map(\.repr).joined(separator: ", ") + ")"
        }
    }

    var str: String {
        if case .str(let s) = self { return s }
        return repr
    }

    var typeName: String {
        switch self {
        case .int: return "int"
        case .bool: return "bool"
        case .float: return "float"
        case .str: return "str"
        case .dict: return "dict"
        case .list: return "list"
        case .tuple: return "tuple"
        }
    }
}

/// Expectations are CPython 3.11's `format % args` (or the error raised).
final class PercentFormatTests: XCTestCase {
    private func run(_ format: String, _ rhs: Obj) throws -> String {
        let args: PercentFormat.Arguments<Obj>
        switch rhs {
        case .tuple(let items): args = .tuple(items)
        case .dict, .list: args = .single(rhs, isMapping: true)
        default: args = .single(rhs, isMapping: false)
        }
        return try PercentFormat.format(format, args, lookup: { mapping, key in
            guard case .dict(let d) = mapping, let value = d[key] else { throw PyFailure(.indexError, "KeyError \(key)") }
            return value
        }, convert: { object, request in
            switch request {
            case .str: return .string(object.str)
            case .repr: return .string(object.repr)
            case .ascii: return .string(StringRepr.ascii(object.str))  // only used on strs here
            case .number:
                switch object {
                case .int(let v): return .int(v)
                case .bool(let b): return .int(b ? 1 : 0)
                case .float(let x): return .float(x)
                case .str(let s): return .string(s)
                default: return .other(typeName: object.typeName)
                }
            }
        })
    }

    func testFormatsMatchCPython() {
        let cases: [(String, Obj, String, String)] = [
            ("%(a)", .dict(["a": .int(1)]), "ValueError", "incomplete format"),  // '%(a)' % {'a': 1}
            ("%(a)-", .dict(["a": .int(1)]), "ValueError", "incomplete format"),  // '%(a)-' % {'a': 1}
            ("%c", .str("ab"), "TypeError", "%c requires int or char"),  // '%c' % 'ab'
            ("%c", .float(Double(bitPattern: 0x3ff8000000000000)), "TypeError", "%c requires int or char"),  // '%c' % 1.5
            ("%c", .int(-1), "OverflowError", "%c arg not in range(0x110000)"),  // '%c' % -1
            ("%c", .int(65), "ok", "A"),  // '%c' % 65
            ("%c", .str("é"), "ok", "é"),  // '%c' % 'é'
            ("%x", .float(Double(bitPattern: 0x3ff8000000000000)), "TypeError", "%x format: an integer is required, not float"),  // '%x' % 1.5
            ("%d", .str("s"), "TypeError", "%d format: a real number is required, not str"),  // '%d' % 's'
            ("%f", .str("s"), "TypeError", "must be real number, not str"),  // '%f' % 's'
            ("%d", .float(Double.nan), "ValueError", "cannot convert float NaN to integer"),  // '%d' % nan
            ("%d", .float(Double.infinity), "OverflowError", "cannot convert float infinity to integer"),  // '%d' % inf
            ("%*d", .tuple([.str("a"), .int(1)]), "TypeError", "* wants int"),  // '%*d' % ('a', 1)
            ("%.*f", .tuple([.int(-3), .float(Double(bitPattern: 0x3ff8000000000000))]), "ok", "2"),  // '%.*f' % (-3, 1.5)
            ("%(a)s", .int(5), "TypeError", "format requires a mapping"),  // '%(a)s' % 5
            ("%s %s", .tuple([.int(1)]), "TypeError", "not enough arguments for format string"),  // '%s %s' % (1,)
            ("%s", .tuple([.int(1), .int(2)]), "TypeError", "not all arguments converted during string formatting"),  // '%s' % (1, 2)
            ("%z", .int(1), "ValueError", "unsupported format character 'z' (0x7a) at index 1"),  // '%z' % 1
            ("%", .int(1), "ValueError", "incomplete format"),  // '%' % 1
            ("%(a", .dict(["a": .int(1)]), "ValueError", "incomplete format key"),  // '%(a' % {'a': 1}
            ("hello", .int(5), "TypeError", "not all arguments converted during string formatting"),  // 'hello' % 5
            ("hello", .dict([:]), "ok", "hello"),  // 'hello' % {}
            ("hello", .list([]), "ok", "hello"),  // 'hello' % []
            ("%(a)s %s", .dict(["a": .int(1)]), "TypeError", "not enough arguments for format string"),  // '%(a)s %s' % {'a': 1}
            ("%5%", .tuple([]), "TypeError", "not enough arguments for format string"),  // '%5%' % ()
            ("%5%", .tuple([.int(1)]), "ValueError", "unsupported format character '%' (0x25) at index 2"),  // '%5%' % (1,)
            ("%é", .int(1), "ValueError", "unsupported format character '?' (0xe9) at index 1"),  // '%é' % 1
            ("%(a)s%%", .dict(["a": .int(1)]), "ok", "1%"),  // '%(a)s%%' % {'a': 1}
            ("%(a)5.1f", .dict(["a": .float(Double(bitPattern: 0x4002000000000000))]), "ok", "  2.2"),  // '%(a)5.1f' % {'a': 2.25}
            ("%(a)s %(b)r", .dict(["a": .str("x"), "b": .str("y")]), "ok", "x 'y'"),  // '%(a)s %(b)r' % {'a': 'x', 'b': 'y'}
            ("%-05d", .int(3), "ok", "3    "),  // '%-05d' % 3
            ("%05s", .str("ab"), "ok", "   ab"),  // '%05s' % 'ab'
            ("%+05d", .int(3), "ok", "+0003"),  // '%+05d' % 3
            ("%#08x", .int(255), "ok", "0x0000ff"),  // '%#08x' % 255
            ("%#-8o", .int(8), "ok", "0o10    "),  // '%#-8o' % 8
            ("% d", .int(5), "ok", " 5"),  // '% d' % 5
            ("%+.3d", .int(7), "ok", "+007"),  // '%+.3d' % 7
            ("%#X", .int(255), "ok", "0XFF"),  // '%#X' % 255
            ("%.0f", .float(Double(bitPattern: 0x4004000000000000)), "ok", "2"),  // '%.0f' % 2.5
            ("%#.0e", .float(Double(bitPattern: 0x3ff0000000000000)), "ok", "1.e+00"),  // '%#.0e' % 1.0
            ("%g", .float(Double(bitPattern: 0x4341c37937e08000)), "ok", "1e+16"),  // '%g' % 1e+16
            ("%r", .str("a'b"), "ok", "\"a'b\""),  // '%r' % "a'b"
            ("%a", .str("é"), "ok", "'\\xe9'"),  // '%a' % 'é'
            ("%-6.2s|", .str("abcdef"), "ok", "ab    |"),  // '%-6.2s|' % 'abcdef'
            ("%s", .float(Double(bitPattern: 0x3ff0000000000000)), "ok", "1.0"),  // '%s' % 1.0
            ("%d", .bool(true), "ok", "1"),  // '%d' % True
            ("%s", .bool(true), "ok", "True"),  // '%s' % True
            ("%i", .float(Double(bitPattern: 0xc00feb851eb851ec)), "ok", "-3"),  // '%i' % -3.99
            ("%5c", .str("x"), "ok", "    x"),  // '%5c' % 'x'
            ("%.3x", .int(-5), "ok", "-005"),  // '%.3x' % -5
            ("%#.3o", .int(-5), "ok", "-0o005"),  // '%#.3o' % -5
            ("%010.3f", .float(Double(bitPattern: 0xc00921f9f01b866e)), "ok", "-00003.142"),  // '%010.3f' % -3.14159
            ("% 010.2e", .float(Double(bitPattern: 0x40c81cd6c8b43958)), "ok", " 01.23e+04"),  // '% 010.2e' % 12345.678
            ("%ld %hi %Lf", .tuple([.int(1), .int(2), .float(Double(bitPattern: 0x4008000000000000))]), "ok", "1 2 3.000000"),  // '%ld %hi %Lf' % (1, 2, 3.0)
            ("%(x)s", .dict(["x": .str("y")]), "ok", "y"),  // '%(x)s' % {'x': 'y'}
            ("%s", .tuple([]), "TypeError", "not enough arguments for format string"),  // '%s' % ()
            ("%*.*f", .tuple([.int(8), .int(2), .float(Double(bitPattern: 0x400921f9f01b866e))]), "ok", "    3.14"),  // '%*.*f' % (8, 2, 3.14159)
            ("%-*d|", .tuple([.int(-6), .int(42)]), "ok", "42    |"),  // '%-*d|' % (-6, 42)
            ("%c", .int(1114112), "OverflowError", "%c arg not in range(0x110000)"),  // '%c' % 1114112
            ("%e", .int(BigInt("10000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000", radix: 10) ?? 0), "OverflowError", "int too large to convert to float"),  // '%e' % 10000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000
            ("%u", .int(7), "ok", "7"),  // '%u' % 7
            ("%s and %r", .tuple([.str("x"), .list([.int(1), .str("b")])]), "ok", "x and [1, 'b']"),  // '%s and %r' % ('x', [1, 'b'])
            ("%5s|%-5s|", .tuple([.str("ab"), .str("cd")]), "ok", "   ab|cd   |"),  // '%5s|%-5s|' % ('ab', 'cd')
            ("%.2f%%", .tuple([.float(Double(bitPattern: 0x4058e3851eb851ec))]), "ok", "99.56%"),  // '%.2f%%' % (99.555,)
            ("%x %X %o", .tuple([.int(255), .int(255), .int(8)]), "ok", "ff FF 10"),  // '%x %X %o' % (255, 255, 8)
            ("%+d % d %d", .tuple([.int(0), .int(0), .int(0)]), "ok", "+0  0 0"),  // '%+d % d %d' % (0, 0, 0)
            ("%08.3e", .float(Double(bitPattern: 0xbf201f31f46ed246)), "ok", "-1.230e-04"),  // '%08.3e' % -0.000123
            ("%G", .float(Double(bitPattern: 0x3ddb7cdfd9d7bdbb)), "ok", "1E-10"),  // '%G' % 1e-10
            ("%#g", .float(Double(bitPattern: 0x3ff0000000000000)), "ok", "1.00000"),  // '%#g' % 1.0
            ("%10.4g|", .float(Double(bitPattern: 0x400921fb53c8d4f1)), "ok", "     3.142|"),  // '%10.4g|' % 3.14159265
            ("%s", .list([.int(1), .int(2)]), "ok", "[1, 2]"),  // '%s' % [1, 2]
            ("%d items", .int(BigInt("1180591620717411303424", radix: 10) ?? 0), "ok", "1180591620717411303424 items"),  // '%d items' % 1180591620717411303424
            ("%#x", .int(-255), "ok", "-0xff"),  // '%#x' % -255
            ("%3d|%-3d|%03d", .tuple([.int(5), .int(5), .int(5)]), "ok", "  5|5  |005"),  // '%3d|%-3d|%03d' % (5, 5, 5)
            ("%s", .dict(["a": .int(1)]), "ok", "{'a': 1}"),  // '%s' % {'a': 1}
        ]
        for (format, rhs, kind, expected) in cases {
            assertPyResult({ try run(format, rhs) }, (kind, expected), "\(format.debugDescription) % \(rhs.repr)")
        }
    }
}
