/// Python's `repr(str)` and `ascii(str)` (CPython 3.11 `unicode_repr`):
/// single quotes unless the text has `'` and no `"`; `\\`, `\n`, `\r`,
/// `\t` escaped; other non-printables as `\xhh`, `\uhhhh`, `\Uhhhhhhhh`;
/// printable non-ASCII kept (`repr`) or escaped (`ascii`).
public enum StringRepr {
    /// `repr(s)`.
    public static func repr(_ s: String) -> String { quote(s.unicodeScalars, asciiOnly: false, checkpoint: {}) }

    /// `repr(s)`, calling `checkpoint` every `checkpointInterval` code
    /// points (so a repr of a huge string stops at the run's limits).
    public static func repr(_ s: String, checkpoint: () throws -> Void) rethrows -> String {
        if let plain = plainASCII(s) { return plain }
        return try quote(s.unicodeScalars, asciiOnly: false, checkpoint: checkpoint)
    }

    /// The repr of printable ASCII text that needs no escape (no
    /// backslash, not both quotes): the text between quotes, from its
    /// bytes. A scalar at a time, a 30 MB text took 3 s.
    static func plainASCII(_ s: String) -> String? {
        guard s.utf8.count >= 64 else { return nil }
        var hasSingle = false, hasDouble = false
        let plain = s.utf8.withContiguousStorageIfAvailable { bytes -> Bool in
            for b in bytes {
                if b < 0x20 || b >= 0x7F || b == 0x5C { return false }
                if b == 0x27 { hasSingle = true } else if b == 0x22 { hasDouble = true }
            }
            return true
        } ?? false
        guard plain, !(hasSingle && hasDouble) else { return nil }
        let quote = hasSingle ? "\"" : "'"
        var out = ""
        out.reserveCapacity(s.utf8.count + 2)
        out += quote
        out += s
        out += quote
        return out
    }

    /// Code points between two checkpoints of a long repr.
    static let checkpointInterval = 1 << 16

    /// `repr(s)` for a code-point array.
    public static func repr(_ s: [Unicode.Scalar]) -> String { quote(s, asciiOnly: false, checkpoint: {}) }

    /// `ascii(s)` for a *str object* `s`: like `repr(s)` with every non-ASCII
    /// code point escaped. For any other object use `escapeNonASCII(repr)`.
    public static func ascii(_ s: String) -> String { quote(s.unicodeScalars, asciiOnly: true, checkpoint: {}) }

    /// CPython's `ascii(obj)` from an already computed `repr(obj)`: every
    /// non-ASCII code point becomes `\xhh`, `\uhhhh` or `\Uhhhhhhhh`
    /// (`ascii(['é'])` is `"['\\xe9']"`); also what `!a` and `%a` need.
    public static func escapeNonASCII(_ repr: String) -> String {
        if repr.utf8.allSatisfy({ $0 < 0x80 }) { return repr }
        var out = String.UnicodeScalarView()
        for c in repr.unicodeScalars {
            if c.isASCII {
                out.append(c)
            } else {
                out.appendScalars(escape(c).unicodeScalars)
            }
        }
        return String(out)
    }

    /// `repr(s)` cut to `limit` code points, as CPython's `%.200R` does.
    public static func repr(_ s: String, truncatedTo limit: Int) -> String {
        let full = repr(s)
        let scalars = full.unicodeScalars
        if scalars.count <= limit { return full }
        return String(String.UnicodeScalarView(scalars.prefix(limit)))
    }

    private static func quote<S: Sequence>(_ s: S, asciiOnly: Bool,
                                           checkpoint: () throws -> Void) rethrows -> String
        where S.Element == Unicode.Scalar {
        var hasSingle = false, hasDouble = false
        for c in s {
            if c == "'" { hasSingle = true } else if c == "\"" { hasDouble = true }
        }
        let quote: Unicode.Scalar = hasSingle && !hasDouble ? "\"" : "'"
        var out = String.UnicodeScalarView()
        out.append(quote)
        var untilCheckpoint = checkpointInterval
        for c in s {
            untilCheckpoint -= 1
            if untilCheckpoint == 0 {
                untilCheckpoint = checkpointInterval
                try checkpoint()
            }
            switch c {
            case quote, "\\":
                out.append("\\")
                out.append(c)
            case "\t": out.appendScalars("\\t".unicodeScalars)
            case "\n": out.appendScalars("\\n".unicodeScalars)
            case "\r": out.appendScalars("\\r".unicodeScalars)
            default:
                if c.value < 0x20 || c.value == 0x7F {
                    out.appendScalars(escape(c).unicodeScalars)
                } else if c.value < 0x7F {
                    out.append(c)
                } else if !asciiOnly && PyUnicode.isPrintable(c) {
                    out.append(c)
                } else {
                    out.appendScalars(escape(c).unicodeScalars)
                }
            }
        }
        out.append(quote)
        return String(out)
    }

    /// `\xhh`, `\uhhhh` or `\Uhhhhhhhh`, lowercase hex.
    static func escape(_ c: Unicode.Scalar) -> String {
        let hex = String(c.value, radix: 16)
        if c.value <= 0xFF { return "\\x" + String(repeating: "0", count: 2 - hex.count) + hex }
        if c.value <= 0xFFFF { return "\\u" + String(repeating: "0", count: 4 - hex.count) + hex }
        return "\\U" + String(repeating: "0", count: 8 - hex.count) + hex
    }
}
