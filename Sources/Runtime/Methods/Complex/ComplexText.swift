/// `repr`/`str`, `format` and string parsing of `complex`, as CPython 3.11.
public enum ComplexText {
    /// `repr(z)`: `1j`, `(1+2j)`, `(-0-0j)`, `1e+20j`, `(nan+infj)`.
    public static func repr(_ z: ComplexValue) -> String {
        if z.real == 0 && z.real.sign == .plus {
            return part(z.imag, sign: false) + "j"
        }
        return "(" + part(z.real, sign: false) + part(z.imag, sign: true) + "j)"
    }

    /// One part in `repr` style without the `.0` of integral values.
    static func part(_ x: Double, sign: Bool) -> String {
        FloatToString.format(x, code: .repr, alwaysSign: sign)
    }

    /// `format(z, spec)` (`format_complex_internal`): no type means
    /// `str`-like with parentheses; `e f g` format both parts.
    public static func format(_ z: ComplexValue, spec text: String) throws -> String {
        let spec = try FormatSpec.parse(text, typeName: "complex")
        if spec.zeroPadding {
            throw PyFailure.value("Zero padding is not allowed in complex format specifier")
        }
        if spec.align == .afterSign {
            throw PyFailure.value("'=' alignment flag is not allowed in complex format specifier")
        }
        var type = spec.type
        var precision = spec.precision ?? 6
        var skipReal = false, parens = false
        if type == nil {
            type = "r"
            if spec.precision == nil { precision = 0 }
            if z.real == 0 && z.real.sign == .plus { skipReal = true } else { parens = true }
        }
        if type == "n" { type = "g" }
        if spec.precision != nil && type == "r" { type = "g" }
        let code: FloatToString.Code
        var upper = false
        switch type {
        case "r": code = .repr
        case "e": code = .exponent
        case "E": code = .exponent; upper = true
        case "f": code = .fixed
        case "F": code = .fixed; upper = true
        case "g": code = .general
        case "G": code = .general; upper = true
        default:
            let shown = type.map { String(Character($0)) } ?? ""
            throw PyFailure.value("Unknown format code '\(shown)' for object of type 'complex'")
        }
        func one(_ x: Double, forceSign: Bool) -> String {
            var s = FloatToString.format(x, code: code, precision: precision, alwaysSign: forceSign || spec.sign == .plus,
                                         alternate: spec.alternate, uppercase: upper,
                                         coerceNegativeZero: spec.coerceNegativeZero)
            if !forceSign && spec.sign == .space && !s.hasPrefix("-") { s = " " + s }
            return grouped(s)
        }
        /// `,` / `_`: separators every three digits of each part's integer
        /// digits (after its sign), as CPython groups both parts.
        func grouped(_ s: String) -> String {
            guard let grouping = spec.grouping else { return s }
            var bytes = Array(s.utf8)
            var lead: [UInt8] = []
            if let first = bytes.first, first == UInt8(ascii: "-") || first == UInt8(ascii: "+") || first == UInt8(ascii: " ") {
                lead = [first]
                bytes.removeFirst()
            }
            let count = bytes.prefix(while: { $0 >= 48 && $0 <= 57 }).count
            guard count > 3 else { return s }
            let separator = grouping == .underscore ? UInt8(ascii: "_") : UInt8(ascii: ",")
            let digits = PyFormat.group(Array(bytes[..<count]), size: 3, separator: separator, minWidth: 0)
            return String(decoding: lead + digits + bytes[count...], as: UTF8.self)
        }
        var body = skipReal ? one(z.imag, forceSign: false) + "j" : one(z.real, forceSign: false) + one(z.imag, forceSign: true) + "j"
        if parens { body = "(" + body + ")" }
        guard let width = spec.width, width > body.unicodeScalars.count else { return body }
        let pad = width - body.unicodeScalars.count
        let fill = String(Character(spec.fill ?? " "))
        switch spec.align ?? .right {
        case .left: return body + String(repeating: fill, count: pad)
        case .center:
            let left = pad / 2
            return String(repeating: fill, count: left) + body + String(repeating: fill, count: pad - left)
        default: return String(repeating: fill, count: pad) + body
        }
    }

    /// `complex(text)`: `1`, `2j`, `1+2j`, `-j`, `(1-2.5e3j)`, surrounding
    /// whitespace, underscores between digits; nil when malformed.
    public static func parse(_ text: String) throws -> ComplexValue? {
        var s = Array(text.unicodeScalars)
        if s.contains("_") {
            guard let cleaned = removeUnderscores(s) else {
                throw PyFailure.value("could not convert string to complex: \(StringRepr.repr(text))")
            }
            s = cleaned
        }
        var pos = 0
        func isSpace(_ c: Unicode.Scalar) -> Bool { c.properties.isWhitespace }
        while pos < s.count && isSpace(s[pos]) { pos += 1 }
        var bracket = false
        if pos < s.count && s[pos] == "(" {
            bracket = true
            pos += 1
            while pos < s.count && isSpace(s[pos]) { pos += 1 }
        }
        func at(_ i: Int) -> Unicode.Scalar? { i < s.count ? s[i] : nil }
        func isJ(_ c: Unicode.Scalar?) -> Bool { c == "j" || c == "J" }
        var x = 0.0, y = 0.0
        if let (z, end) = scanDouble(s, pos) {
            pos = end
            if at(pos) == "+" || at(pos) == "-" {
                x = z
                if let (w, end2) = scanDouble(s, pos) {
                    y = w
                    pos = end2
                } else {
                    y = at(pos) == "+" ? 1 : -1
                    pos += 1
                }
                guard isJ(at(pos)) else { return nil }
                pos += 1
            } else if isJ(at(pos)) {
                y = z
                pos += 1
            } else {
                x = z
            }
        } else {
            if at(pos) == "+" || at(pos) == "-" {
                y = at(pos) == "+" ? 1 : -1
                pos += 1
            } else {
                y = 1
            }
            guard isJ(at(pos)) else { return nil }
            pos += 1
        }
        while pos < s.count && isSpace(s[pos]) { pos += 1 }
        if bracket {
            guard at(pos) == ")" else { return nil }
            pos += 1
            while pos < s.count && isSpace(s[pos]) { pos += 1 }
        }
        return pos == s.count ? ComplexValue(x, y) : nil
    }

    /// Underscores only between two digits (CPython's rule for numbers).
    static func removeUnderscores(_ s: [Unicode.Scalar]) -> [Unicode.Scalar]? {
        var out: [Unicode.Scalar] = []
        for (i, c) in s.enumerated() {
            if c == "_" {
                guard i > 0, i + 1 < s.count, s[i - 1].properties.numericType == .decimal,
                      s[i + 1].properties.numericType == .decimal else { return nil }
                continue
            }
            out.append(c)
        }
        return out
    }

    /// `PyOS_string_to_double` on a prefix: an optional sign, then digits
    /// with an optional point and exponent, or `inf`/`infinity`/`nan`.
    static func scanDouble(_ s: [Unicode.Scalar], _ start: Int) -> (Double, Int)? {
        var i = start
        func at(_ k: Int) -> Unicode.Scalar? { k < s.count ? s[k] : nil }
        func digit(_ c: Unicode.Scalar?) -> Bool { c.map { $0.value >= 48 && $0.value <= 57 } ?? false }
        if at(i) == "+" || at(i) == "-" { i += 1 }
        let rest = String(String.UnicodeScalarView(s[i..<min(s.count, i + 8)])).lowercased()
        for word in ["infinity", "inf", "nan"] where rest.hasPrefix(word) {
            let negative = at(start) == "-"
            let value: Double = word == "nan" ? .nan : .infinity
            return (negative ? -value : value, i + word.count)
        }
        var digits = 0
        while digit(at(i)) { i += 1; digits += 1 }
        if at(i) == "." {
            i += 1
            while digit(at(i)) { i += 1; digits += 1 }
        }
        guard digits > 0 else { return nil }
        if at(i) == "e" || at(i) == "E" {
            var k = i + 1
            if at(k) == "+" || at(k) == "-" { k += 1 }
            if digit(at(k)) {
                while digit(at(k)) { k += 1 }
                i = k
            }
        }
        let text = String(String.UnicodeScalarView(s[start..<i]))
        // A long literal is shortened to the same correctly rounded value first.
        let literal = i - start > FloatParsing.maxDirectLength
            ? String(decoding: FloatParsing.shortened(Array(text.utf8)), as: UTF8.self) : text
        guard let value = Double(literal) else { return nil }
        return (value, i)
    }
}
