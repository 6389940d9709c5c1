import XCTest
@testable import Runtime

/// Python's repr of a str method result, built from the support pieces.
func pyRepr(_ value: PyStr.Scalars) -> String { StringRepr.repr(value) }
func pyRepr(_ value: [PyStr.Scalars]) -> String { "[" + value.map { pyRepr($0) }.joined(separator: ", ") + "]" }
func pyRepr(_ value: Bool) -> String { value ? "True" : "False" }

/// Calls the `PyStr` function for the Python method `method(*args)` on `s`
/// and renders the result as CPython's `repr` would (args are str literals;
/// ints and None are spelled out, "nil" for an omitted start/end).
func callStrMethod(_ s: PyStr.Scalars, _ method: String, _ args: [String]) throws -> String {
    let a = args.map { PyStr.scalars($0) }
    func int(_ i: Int) -> Int? { i < args.count && args[i] != "nil" ? Int(args[i]) : nil }
    switch method {
    case "upper": return pyRepr(PyStr.upper(s))
    case "lower": return pyRepr(PyStr.lower(s))
    case "casefold": return pyRepr(PyStr.casefold(s))
    case "swapcase": return pyRepr(PyStr.swapcase(s))
    case "capitalize": return pyRepr(PyStr.capitalize(s))
    case "title": return pyRepr(PyStr.title(s))
    case "isdigit": return pyRepr(PyStr.isDigit(s))
    case "isdecimal": return pyRepr(PyStr.isDecimal(s))
    case "isnumeric": return pyRepr(PyStr.isNumeric(s))
    case "isalpha": return pyRepr(PyStr.isAlpha(s))
    case "isalnum": return pyRepr(PyStr.isAlnum(s))
    case "isspace": return pyRepr(PyStr.isSpace(s))
    case "isidentifier": return pyRepr(PyStr.isIdentifier(s))
    case "islower": return pyRepr(PyStr.isLower(s))
    case "isupper": return pyRepr(PyStr.isUpper(s))
    case "istitle": return pyRepr(PyStr.isTitle(s))
    case "isprintable": return pyRepr(PyStr.isPrintable(s))
    case "splitlines": return pyRepr(PyStr.splitlines(s, keepends: args.first == "True"))
    case "split", "rsplit":
        let sep: PyStr.Scalars? = args.isEmpty || args[0] == "None" ? nil : a[0]
        let maxsplit = args.count > 1 ? (Int(args[1]) ?? -1) : -1
        return pyRepr(method == "split" ? try PyStr.split(s, sep: sep, maxsplit: maxsplit)
                      : try PyStr.rsplit(s, sep: sep, maxsplit: maxsplit))
    case "strip": return pyRepr(PyStr.strip(s, chars: a.first))
    case "lstrip": return pyRepr(PyStr.lstrip(s, chars: a.first))
    case "rstrip": return pyRepr(PyStr.rstrip(s, chars: a.first))
    case "expandtabs": return pyRepr(PyStr.expandtabs(s, tabsize: args.first.flatMap { Int($0) } ?? 8))
    case "partition", "rpartition":
        let (h, m, t) = method == "partition" ? try PyStr.partition(s, a[0]) : try PyStr.rpartition(s, a[0])
        return "(" + [h, m, t].map { pyRepr($0) }.joined(separator: ", ") + ")"
    case "count": return String(PyStr.count(s, a[0], start: int(1), end: int(2)))
    case "find": return String(PyStr.find(s, a[0], start: int(1), end: int(2)))
    case "rfind": return String(PyStr.rfind(s, a[0], start: int(1), end: int(2)))
    case "index": return String(try PyStr.index(s, a[0], start: int(1), end: int(2)))
    case "rindex": return String(try PyStr.rindex(s, a[0], start: int(1), end: int(2)))
    case "startswith": return pyRepr(PyStr.startsWith(s, [a[0]], start: int(1), end: int(2)))
    case "endswith": return pyRepr(PyStr.endsWith(s, [a[0]], start: int(1), end: int(2)))
    case "replace": return pyRepr(PyStr.replace(s, a[0], a[1], count: int(2) ?? -1))
    case "center": return pyRepr(PyStr.center(s, width: int(0) ?? 0, fill: a[1].first ?? " "))
    case "ljust": return pyRepr(PyStr.ljust(s, width: int(0) ?? 0, fill: a[1].first ?? " "))
    case "rjust": return pyRepr(PyStr.rjust(s, width: int(0) ?? 0, fill: a[1].first ?? " "))
    case "zfill": return pyRepr(PyStr.zfill(s, width: int(0) ?? 0))
    default: throw PyFailure.type("unknown method \(method)")
    }
}
