/// Python's `repr()` for the literal types that appear in the AST (str,
/// bytes, float), used by `ASTDump` to match `ast.dump` output.
public enum PyRepr {
    /// `repr(s)` for a str: single quotes unless only double quotes avoid escaping.
    public static func str(_ s: String) -> String {
        let useDouble = s.unicodeScalars.contains("'") && !s.unicodeScalars.contains("\"")
        let quote: Unicode.Scalar = useDouble ? "\"" : "'"
        var out = String(quote)
        for c in s.unicodeScalars {
            switch c {
            case quote: out += "\\" + String(quote)
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            default:
                if isPrintable(c) {
                    out.unicodeScalars.append(c)
                } else if c.value < 0x100 {
                    out += "\\x" + hex(c.value, 2)
                } else if c.value < 0x10000 {
                    out += "\\u" + hex(c.value, 4)
                } else {
                    out += "\\U" + hex(c.value, 8)
                }
            }
        }
        out.unicodeScalars.append(quote)
        return out
    }

    /// `repr(b)` for bytes.
    public static func bytes(_ b: [UInt8]) -> String {
        let useDouble = b.contains(UInt8(ascii: "'")) && !b.contains(UInt8(ascii: "\""))
        let quote = useDouble ? UInt8(ascii: "\"") : UInt8(ascii: "'")
        var out = "b" + String(UnicodeScalar(quote))
        for c in b {
            switch c {
            case quote: out += "\\" + String(UnicodeScalar(quote))
            case UInt8(ascii: "\\"): out += "\\\\"
            case UInt8(ascii: "\n"): out += "\\n"
            case UInt8(ascii: "\r"): out += "\\r"
            case UInt8(ascii: "\t"): out += "\\t"
            default:
                if c < 0x20 || c >= 0x7F {
                    out += "\\x" + hex(UInt32(c), 2)
                } else {
                    out.unicodeScalars.append(UnicodeScalar(c))
                }
            }
        }
        out += String(UnicodeScalar(quote))
        return out
    }

    static func hex(_ v: UInt32, _ width: Int) -> String {
        let s = String(v, radix: 16)
        return String(repeating: "0", count: max(0, width - s.count)) + s
    }

    /// Python's `str.isprintable` for one character.
    static func isPrintable(_ c: Unicode.Scalar) -> Bool {
        if c == " " { return true }
        switch c.properties.generalCategory {
        case .control, .format, .surrogate, .privateUse, .unassigned,
             .lineSeparator, .paragraphSeparator, .spaceSeparator:
            return false
        default:
            return true
        }
    }

    /// `repr(dj)` for an imaginary literal: the float's repr without the
    /// `.0` of integral values (`1j`, `1.5j`, `1e+20j`, `infj`).
    public static func imaginary(_ d: Double) -> String {
        var text = float(d)
        if text.hasSuffix(".0") { text.removeLast(2) }
        return text + "j"
    }

    /// `repr(d)` for a float: shortest round-trip digits, Python's notation
    /// (scientific when the exponent is below -4 or at least 16).
    public static func float(_ d: Double) -> String {
        if d.isNaN { return "nan" }
        if d.isInfinite { return d < 0 ? "-inf" : "inf" }
        if d == 0 { return d.sign == .minus ? "-0.0" : "0.0" }
        // Swift's description gives the shortest round-trip digits; re-layout them.
        let text = "\(abs(d))"
        var mantissa = text
        var exponent = 0
        if let e = text.firstIndex(where: { $0 == "e" || $0 == "E" }) {
            mantissa = String(text[..<e])
            exponent = Int(text[text.index(after: e)...]) ?? 0
        }
        var digits = ""
        var pointPosition = 0
        if let dot = mantissa.firstIndex(of: ".") {
            let intPart = String(mantissa[..<dot])
            let fracPart = String(mantissa[mantissa.index(after: dot)...])
            digits = intPart + fracPart
            pointPosition = intPart.count
        } else {
            digits = mantissa
            pointPosition = mantissa.count
        }
        // Normalise: strip leading zeros (adjusting the point) and trailing zeros.
        while digits.hasPrefix("0") && digits.count > 1 {
            digits.removeFirst()
            pointPosition -= 1
        }
        while digits.hasSuffix("0") && digits.count > 1 { digits.removeLast() }
        let decimalExponent = pointPosition + exponent - 1   // exponent of the first digit
        let sign = d < 0 ? "-" : ""
        if decimalExponent < -4 || decimalExponent >= 16 {
            var m = String(digits.prefix(1))
            if digits.count > 1 { m += "." + digits.dropFirst() }
            let es = decimalExponent < 0 ? "-" + pad2(-decimalExponent) : "+" + pad2(decimalExponent)
            return sign + m + "e" + es
        }
        if decimalExponent < 0 {
            return sign + "0." + String(repeating: "0", count: -decimalExponent - 1) + digits
        }
        let intDigits = decimalExponent + 1
        if digits.count <= intDigits {
            return sign + digits + String(repeating: "0", count: intDigits - digits.count) + ".0"
        }
        return sign + digits.prefix(intDigits) + "." + digits.dropFirst(intDigits)
    }

    static func pad2(_ v: Int) -> String { v < 10 ? "0\(v)" : "\(v)" }
}
