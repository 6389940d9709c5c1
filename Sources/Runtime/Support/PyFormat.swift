import BigInt

/// Applies a `FormatSpec` to ints, floats and strings the way CPython 3.11's
/// `Python/formatter_unicode.c` does (`format_long_internal`,
/// `format_float_internal`, `format_string_internal`): same padding, sign,
/// prefix, grouping (including zero padding through the separators, as in
/// `format(1234, '09,') == '0,001,234'`) and the same error messages.
public enum PyFormat {
    /// `format(value, spec)` for a Python int.
    ///
    /// `typeName` is the Python type shown in errors (`"bool"` for bools).
    /// Float presentation types (`e f g %` …) convert the int to float first.
    public static func format(_ value: BigInt, spec: String, typeName: String = "int") throws -> String {
        let parsed = try FormatSpec.parse(spec, typeName: typeName, defaultType: "d")
        return try format(value, spec: parsed, typeName: typeName)
    }

    /// `format(value, spec)` for a Python int that fits in `Int`.
    public static func format(_ value: Int, spec: String, typeName: String = "int") throws -> String {
        if spec.isEmpty { return String(value) }
        let parsed = try FormatSpec.parse(spec, typeName: typeName, defaultType: "d")
        guard let (radix, prefix) = integerRadix(parsed), parsed.precision == nil, !parsed.coerceNegativeZero else {
            // `c`, the float types and the errors: the big-integer path.
            return try format(BigInt(value), spec: parsed, typeName: typeName)
        }
        // The digits straight from the machine word.
        let digits = String(value.magnitude, radix: radix, uppercase: parsed.type == "X")
        return layoutInteger(negative: value < 0, prefix: prefix, digits: digits, radix: radix, spec: parsed)
    }

    /// The radix and alternate-form prefix of an integer presentation
    /// type (`b d n o x X`, `d` when none), nil for the others.
    private static func integerRadix(_ spec: FormatSpec) -> (Int, String)? {
        switch spec.type ?? "d" {
        case "b": return (2, "0b")
        case "o": return (8, "0o")
        case "x": return (16, "0x")
        case "X": return (16, "0X")
        case "d", "n": return (10, "")
        default: return nil
        }
    }

    /// An integer's sign, prefix and digits laid out by `spec` (width,
    /// sign option, grouping).
    private static func layoutInteger(negative: Bool, prefix: String, digits: String, radix: Int,
                                      spec: FormatSpec) -> String {
        if spec.width == nil && spec.sign == nil && spec.grouping == nil {
            return (negative ? "-" : "") + (spec.alternate ? prefix : "") + digits
        }
        let groupSize: Int? = spec.grouping == nil || spec.type == "n" ? nil : (radix == 10 ? 3 : 4)
        return layoutNumber(negative: negative, prefix: spec.alternate ? prefix : "",
                            digits: Array(digits.utf8), remainder: "", spec: spec, groupSize: groupSize)
    }

    /// Formats an int with an already parsed spec.
    public static func format(_ value: BigInt, spec: FormatSpec, typeName: String = "int") throws -> String {
        let type = spec.type ?? "d"
        switch type {
        case "e", "E", "f", "F", "g", "G", "%":
            guard let double = IntegerConversion.toDouble(value) else {
                throw PyFailure.overflow("int too large to convert to float")
            }
            return try format(double, spec: spec, typeName: "float")
        case "b", "c", "d", "n", "o", "x", "X":
            break
        default:
            throw unknownCode(type, typeName)
        }
        if spec.precision != nil {
            throw PyFailure.value("Precision not allowed in integer format specifier")
        }
        if spec.coerceNegativeZero {
            throw PyFailure.value("Negative zero coercion (z) not allowed in integer format specifier")
        }
        if type == "c" {
            if spec.sign != nil {
                throw PyFailure.value("Sign not allowed with integer format specifier 'c'")
            }
            if spec.alternate {
                throw PyFailure.value("Alternate form (#) not allowed with integer format specifier 'c'")
            }
            // CPython converts to a C long first (`format(2**70, 'c')`).
            guard Int64(exactly: value) != nil else {
                throw PyFailure.overflow("Python int too large to convert to C long")
            }
            guard value >= 0, value <= 0x10FFFF else {
                throw PyFailure.overflow("%c arg not in range(0x110000)")
            }
            // Lone surrogates are Python code points but not Swift scalars.
            let scalar = Unicode.Scalar(UInt32(value)) ?? "\u{FFFD}"
            return layoutNumber(negative: false, prefix: "", digits: [], remainder: String(scalar),
                                spec: spec, groupSize: nil)
        }
        let (radix, prefix) = integerRadix(spec) ?? (10, "")
        let digits: String
        if let small = Int(exactly: value) {
            digits = String(small.magnitude, radix: radix, uppercase: type == "X")
        } else if radix == 10 {
            // Refused over the digit limit before converting (see `IntToString.decimal`).
            digits = try IntToString.decimal(BigInt(value.magnitude))
        } else {
            digits = String(value.magnitude, radix: radix, uppercase: type == "X")
        }
        return layoutInteger(negative: value.signum() < 0, prefix: prefix, digits: digits, radix: radix, spec: spec)
    }

    /// `format(value, spec)` for a Python float.
    public static func format(_ value: Double, spec: String, typeName: String = "float") throws -> String {
        let parsed = try FormatSpec.parse(spec, typeName: typeName, defaultType: nil)
        return try format(value, spec: parsed, typeName: typeName)
    }

    /// Formats a float with an already parsed spec.
    public static func format(_ value: Double, spec: FormatSpec, typeName: String = "float") throws -> String {
        var code: FloatToString.Code
        var precision = spec.precision ?? 6
        try SupportLimits.check(length: precision)
        var addDotZero = false
        var uppercase = false
        var x = value
        var percent = false
        switch spec.type {
        case nil:
            addDotZero = true
            if spec.precision == nil {
                code = .repr
                precision = 0
            } else {
                code = .general
            }
        case "e": code = .exponent
        case "E": code = .exponent; uppercase = true
        case "f": code = .fixed
        case "F": code = .fixed; uppercase = true
        case "g", "n": code = .general
        case "G": code = .general; uppercase = true
        case "%": code = .fixed; x *= 100; percent = true
        case let other?:
            throw unknownCode(other, typeName)
        }
        let plainRepr = code == .repr && !spec.alternate && !spec.coerceNegativeZero
        let text = plainRepr ? FloatToString.repr(x) : FloatToString.format(
            x, code: code, precision: precision, addDotZero: addDotZero,
            alternate: spec.alternate, uppercase: uppercase,
            coerceNegativeZero: spec.coerceNegativeZero)
        if spec.width == nil && spec.sign == nil && spec.grouping == nil {
            return percent ? text + "%" : text  // CPython's fast path: nothing to lay out
        }
        var bytes = Array(text.utf8)
        var negative = false
        if bytes.first == UInt8(ascii: "-") {
            negative = true
            bytes.removeFirst()
        }
        let digitCount = bytes.prefix(while: { $0 >= 48 && $0 <= 57 }).count
        var remainder = String(decoding: bytes[digitCount...], as: UTF8.self)
        if percent { remainder += "%" }
        let groupSize: Int? = spec.grouping == nil || spec.type == "n" ? nil : 3
        return layoutNumber(negative: negative, prefix: "", digits: Array(bytes[..<digitCount]),
                            remainder: remainder, spec: spec, groupSize: groupSize)
    }

    /// `format(value, spec)` for a Python str (code-point widths).
    public static func format(_ value: String, spec: String, typeName: String = "str") throws -> String {
        let parsed = try FormatSpec.parse(spec, typeName: typeName, defaultType: "s")
        return try format(value, spec: parsed, typeName: typeName)
    }

    /// Formats a str with an already parsed spec.
    public static func format(_ value: String, spec: FormatSpec, typeName: String = "str") throws -> String {
        if let type = spec.type, type != "s" { throw unknownCode(type, typeName) }
        if let sign = spec.sign {
            throw PyFailure.value(sign == .space ? "Space not allowed in string format specifier"
                                                 : "Sign not allowed in string format specifier")
        }
        if spec.coerceNegativeZero {
            throw PyFailure.value("Negative zero coercion (z) not allowed in string format specifier")
        }
        if spec.alternate {
            throw PyFailure.value("Alternate form (#) not allowed in string format specifier")
        }
        let align = spec.effectiveAlign(default: .left)
        if align == .afterSign {
            throw PyFailure.value("'=' alignment not allowed in string format specifier")
        }
        var scalars = value.unicodeScalars
        var text = value
        if let precision = spec.precision, scalars.count > precision {
            text = String(String.UnicodeScalarView(scalars.prefix(precision)))
            scalars = text.unicodeScalars
        }
        let total = max(spec.width ?? 0, scalars.count)
        let padding = total - scalars.count
        if padding == 0 { return text }
        let left: Int
        switch align {
        case .right: left = padding
        case .center: left = padding / 2
        case .left, .afterSign: left = 0
        }
        let fill = String(Character(spec.effectiveFill))
        return String(repeating: fill, count: left) + text + String(repeating: fill, count: padding - left)
    }

    static func unknownCode(_ type: Unicode.Scalar, _ typeName: String) -> PyFailure {
        let shown = type.value >= 32 && type.value < 128
            ? "'\(Character(type))'" : "'\\x\(String(type.value, radix: 16))'"
        return PyFailure.value("Unknown format code \(shown) for object of type '\(typeName)'")
    }

    /// `calc_number_widths` + `fill_number`: lays out
    /// `<lpad><sign><prefix><spad><grouped digits><remainder><rpad>`.
    static func layoutNumber(
        negative: Bool, prefix: String, digits: [UInt8], remainder: String,
        spec: FormatSpec, groupSize: Int?
    ) -> String {
        let sign: String
        switch spec.sign {
        case .plus?: sign = negative ? "-" : "+"
        case .space?: sign = negative ? "-" : " "
        default: sign = negative ? "-" : ""
        }
        let align = spec.effectiveAlign(default: .right)
        let fill = spec.effectiveFill
        let width = spec.width ?? -1
        let fixedCount = sign.utf8.count + prefix.utf8.count + remainder.unicodeScalars.count
        let minWidth = (fill == "0" && align == .afterSign) ? width - fixedCount : 0
        let separator: UInt8 = spec.grouping == .underscore ? UInt8(ascii: "_") : UInt8(ascii: ",")
        let grouped = digits.isEmpty || (groupSize == nil && minWidth <= digits.count)
            ? digits : group(digits, size: groupSize, separator: separator, minWidth: minWidth)
        let padding = max(0, width - (fixedCount + grouped.count))
        var left = 0, middle = 0, right = 0
        switch align {
        case .left: right = padding
        case .center: left = padding / 2; right = padding - left
        case .afterSign: middle = padding
        case .right: left = padding
        }
        if fill.isASCII {
            // The whole field written once into the string's own storage.
            let fillByte = UInt8(truncatingIfNeeded: fill.value)
            let total = padding + sign.utf8.count + prefix.utf8.count + grouped.count + remainder.utf8.count
            return String(unsafeUninitializedCapacity: total) { out in
                var k = 0
                func put<Bytes: Sequence>(_ bytes: Bytes) where Bytes.Element == UInt8 {
                    for b in bytes { out[k] = b; k += 1 }
                }
                put(repeatElement(fillByte, count: left))
                put(sign.utf8)
                put(prefix.utf8)
                put(repeatElement(fillByte, count: middle))
                put(grouped)
                put(remainder.utf8)
                put(repeatElement(fillByte, count: right))
                return k
            }
        }
        var out: [UInt8] = []
        for _ in 0..<left { out.append(contentsOf: fill.utf8) }
        out.append(contentsOf: sign.utf8)
        out.append(contentsOf: prefix.utf8)
        for _ in 0..<middle { out.append(contentsOf: fill.utf8) }
        out.append(contentsOf: grouped)
        out.append(contentsOf: remainder.utf8)
        for _ in 0..<right { out.append(contentsOf: fill.utf8) }
        return String(decoding: out, as: UTF8.self)
    }

    /// Inserts separators every `size` digits from the right, padding with
    /// zeros (through the separators) until `minWidth` characters are used,
    /// like `_PyUnicode_InsertThousandsGrouping`.
    static func group(_ digits: [UInt8], size: Int?, separator: UInt8, minWidth: Int) -> [UInt8] {
        let zero = UInt8(ascii: "0")
        var remaining = digits.count
        var minWidth = minWidth
        guard let size else {
            let length = max(remaining, minWidth, 1)
            var out: [UInt8] = []
            out.reserveCapacity(length)
            out.append(contentsOf: repeatElement(zero, count: max(0, length - remaining)))
            out.append(contentsOf: digits)
            return out
        }
        var groups: [[UInt8]] = []
        while true {
            let length = min(size, max(remaining, minWidth, 1))
            let zeros = max(0, length - remaining)
            let chars = max(0, min(remaining, length))
            groups.append(Array(repeating: zero, count: zeros) + digits[(remaining - chars)..<remaining])
            remaining -= chars
            minWidth -= size
            if remaining <= 0 && minWidth <= 0 { break }
            minWidth -= 1
        }
        var out: [UInt8] = []
        for (index, piece) in groups.reversed().enumerated() {
            if index > 0 { out.append(separator) }
            out.append(contentsOf: piece)
        }
        return out
    }
}
