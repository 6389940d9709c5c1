import XCTest
@testable import Runtime

/// Python's repr of a str method result, built from the support pieces.
func strResultRepr(_ value: StrMethods.Scalars) -> String { StringRepr.repr(value) }
func strResultRepr(_ value: [StrMethods.Scalars]) -> String { "[" + value.map { strResultRepr($0) }.joined(separator: ", ") + "]" }
func strResultRepr(_ value: Bool) -> String { value ? "True" : "False" }

/// Calls the `StrMethods` function for the Python method `method(*args)` on `s`
/// and renders the result as CPython's `repr` would (args are str literals;
/// ints and None are spelled out, "nil" for an omitted start/end).
func callStrMethod(_ s: StrMethods.Scalars, _ method: String, _ args: [String]) throws -> String {
    let a = args.map { StrMethods.scalars($0) }
    func int(_ i: Int) -> Int? { i < args.count && args[i] != "nil" ? Int(args[i]) : nil }
    switch method {
    case "upper": return strResultRepr(StrMethods.upper(s))
    case "lower": return strResultRepr(StrMethods.lower(s))
    case "casefold": return strResultRepr(StrMethods.casefold(s))
    case "swapcase": return strResultRepr(StrMethods.swapcase(s))
    case "capitalize": return strResultRepr(StrMethods.capitalize(s))
    case "title": return strResultRepr(StrMethods.title(s))
    case "isdigit": return strResultRepr(StrMethods.isDigit(s))
    case "isdecimal": return strResultRepr(StrMethods.isDecimal(s))
    case "isnumeric": return strResultRepr(StrMethods.isNumeric(s))
    case "isalpha": return strResultRepr(StrMethods.isAlpha(s))
    case "isalnum": return strResultRepr(StrMethods.isAlnum(s))
    case "isspace": return strResultRepr(StrMethods.isSpace(s))
    case "isidentifier": return strResultRepr(StrMethods.isIdentifier(s))
    case "islower": return strResultRepr(StrMethods.isLower(s))
    case "isupper": return strResultRepr(StrMethods.isUpper(s))
    case "istitle": return strResultRepr(StrMethods.isTitle(s))
    case "isprintable": return strResultRepr(StrMethods.isPrintable(s))
    case "splitlines": return strResultRepr(StrMethods.splitlines(s, keepends: args.first == "True"))
    case "split", "rsplit":
        let sep: StrMethods.Scalars? = args.isEmpty || args[0] == "None" ? nil : a[0]
        let maxsplit = args.count > 1 ? (Int(args[1]) ?? -1) : -1
        return strResultRepr(method == "split" ? try StrMethods.split(s, sep: sep, maxsplit: maxsplit)
                      : try StrMethods.rsplit(s, sep: sep, maxsplit: maxsplit))
    case "strip": return strResultRepr(StrMethods.strip(s, chars: a.first))
    case "lstrip": return strResultRepr(StrMethods.lstrip(s, chars: a.first))
    case "rstrip": return strResultRepr(StrMethods.rstrip(s, chars: a.first))
    case "expandtabs": return strResultRepr(StrMethods.expandtabs(s, tabsize: args.first.flatMap { Int($0) } ?? 8))
    case "partition", "rpartition":
        let (h, m, t) = method == "partition" ? try StrMethods.partition(s, a[0]) : try StrMethods.rpartition(s, a[0])
        return "(" + [h, m, t].map { strResultRepr($0) }.joined(separator: ", ") + ")"
    case "count": return String(StrMethods.count(s, a[0], start: int(1), end: int(2)))
    case "find": return String(StrMethods.find(s, a[0], start: int(1), end: int(2)))
    case "rfind": return String(StrMethods.rfind(s, a[0], start: int(1), end: int(2)))
    case "index": return String(try StrMethods.index(s, a[0], start: int(1), end: int(2)))
    case "rindex": return String(try StrMethods.rindex(s, a[0], start: int(1), end: int(2)))
    case "startswith": return strResultRepr(StrMethods.startsWith(s, [a[0]], start: int(1), end: int(2)))
    case "endswith": return strResultRepr(StrMethods.endsWith(s, [a[0]], start: int(1), end: int(2)))
    case "replace": return strResultRepr(StrMethods.replace(s, a[0], a[1], count: int(2) ?? -1))
    case "center": return strResultRepr(StrMethods.center(s, width: int(0) ?? 0, fill: a[1].first ?? " "))
    case "ljust": return strResultRepr(StrMethods.ljust(s, width: int(0) ?? 0, fill: a[1].first ?? " "))
    case "rjust": return strResultRepr(StrMethods.rjust(s, width: int(0) ?? 0, fill: a[1].first ?? " "))
    case "zfill": return strResultRepr(StrMethods.zfill(s, width: int(0) ?? 0))
    default: throw PyFailure.type("unknown method \(method)")
    }
}
