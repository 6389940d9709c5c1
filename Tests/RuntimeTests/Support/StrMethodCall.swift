import XCTest
@testable import Runtime

/// Python's repr of a str method result, built from the support pieces.
func strResultRepr(_ value: StrAlgorithms.Scalars) -> String { StringRepr.repr(value) }
func strResultRepr(_ value: [StrAlgorithms.Scalars]) -> String { "[" + value.map { strResultRepr($0) }.joined(separator: ", ") + "]" }
func strResultRepr(_ value: Bool) -> String { value ? "True" : "False" }

/// Calls the `StrAlgorithms` function for the Python method `method(*args)` on `s`
/// and renders the result as CPython's `repr` would (args are str literals;
/// ints and None are spelled out, "nil" for an omitted start/end).
func callStrMethod(_ s: StrAlgorithms.Scalars, _ method: String, _ args: [String]) throws -> String {
    let a = args.map { StrAlgorithms.scalars($0) }
    func int(_ i: Int) -> Int? { i < args.count && args[i] != "nil" ? Int(args[i]) : nil }
    switch method {
    case "upper": return strResultRepr(StrAlgorithms.upper(s))
    case "lower": return strResultRepr(StrAlgorithms.lower(s))
    case "casefold": return strResultRepr(StrAlgorithms.casefold(s))
    case "swapcase": return strResultRepr(StrAlgorithms.swapcase(s))
    case "capitalize": return strResultRepr(StrAlgorithms.capitalize(s))
    case "title": return strResultRepr(StrAlgorithms.title(s))
    case "isdigit": return strResultRepr(StrAlgorithms.isDigit(s))
    case "isdecimal": return strResultRepr(StrAlgorithms.isDecimal(s))
    case "isnumeric": return strResultRepr(StrAlgorithms.isNumeric(s))
    case "isalpha": return strResultRepr(StrAlgorithms.isAlpha(s))
    case "isalnum": return strResultRepr(StrAlgorithms.isAlnum(s))
    case "isspace": return strResultRepr(StrAlgorithms.isSpace(s))
    case "isidentifier": return strResultRepr(StrAlgorithms.isIdentifier(s))
    case "islower": return strResultRepr(StrAlgorithms.isLower(s))
    case "isupper": return strResultRepr(StrAlgorithms.isUpper(s))
    case "istitle": return strResultRepr(StrAlgorithms.isTitle(s))
    case "isprintable": return strResultRepr(StrAlgorithms.isPrintable(s))
    case "splitlines": return strResultRepr(StrAlgorithms.splitlines(s, keepends: args.first == "True"))
    case "split", "rsplit":
        let sep: StrAlgorithms.Scalars? = args.isEmpty || args[0] == "None" ? nil : a[0]
        let maxsplit = args.count > 1 ? (Int(args[1]) ?? -1) : -1
        return strResultRepr(method == "split" ? try StrAlgorithms.split(s, sep: sep, maxsplit: maxsplit)
                      : try StrAlgorithms.rsplit(s, sep: sep, maxsplit: maxsplit))
    case "strip": return strResultRepr(StrAlgorithms.strip(s, chars: a.first))
    case "lstrip": return strResultRepr(StrAlgorithms.lstrip(s, chars: a.first))
    case "rstrip": return strResultRepr(StrAlgorithms.rstrip(s, chars: a.first))
    case "expandtabs": return strResultRepr(StrAlgorithms.expandtabs(s, tabsize: args.first.flatMap { Int($0) } ?? 8))
    case "partition", "rpartition":
        let (h, m, t) = method == "partition" ? try StrAlgorithms.partition(s, a[0]) : try StrAlgorithms.rpartition(s, a[0])
        return "(" + [h, m, t].map { strResultRepr($0) }.joined(separator: ", ") + ")"
    case "count": return String(StrAlgorithms.count(s, a[0], start: int(1), end: int(2)))
    case "find": return String(StrAlgorithms.find(s, a[0], start: int(1), end: int(2)))
    case "rfind": return String(StrAlgorithms.rfind(s, a[0], start: int(1), end: int(2)))
    case "index": return String(try StrAlgorithms.index(s, a[0], start: int(1), end: int(2)))
    case "rindex": return String(try StrAlgorithms.rindex(s, a[0], start: int(1), end: int(2)))
    case "startswith": return strResultRepr(StrAlgorithms.startsWith(s, [a[0]], start: int(1), end: int(2)))
    case "endswith": return strResultRepr(StrAlgorithms.endsWith(s, [a[0]], start: int(1), end: int(2)))
    case "replace": return strResultRepr(StrAlgorithms.replace(s, a[0], a[1], count: int(2) ?? -1))
    case "center": return strResultRepr(StrAlgorithms.center(s, width: int(0) ?? 0, fill: a[1].first ?? " "))
    case "ljust": return strResultRepr(StrAlgorithms.ljust(s, width: int(0) ?? 0, fill: a[1].first ?? " "))
    case "rjust": return strResultRepr(StrAlgorithms.rjust(s, width: int(0) ?? 0, fill: a[1].first ?? " "))
    case "zfill": return strResultRepr(StrAlgorithms.zfill(s, width: int(0) ?? 0))
    default: throw PyFailure.type("unknown method \(method)")
    }
}
