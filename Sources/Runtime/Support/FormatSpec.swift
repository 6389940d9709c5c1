/// A parsed Python format specification — the mini-language of
/// `format(value, spec)` and f-string `{x:spec}`:
/// `[[fill]align][sign][z][#][0][width][grouping][.precision][type]`.
///
/// Parsing follows CPython 3.11's `parse_internal_render_format_spec`,
/// including its error wording (`Invalid format specifier '…' for object of
/// type '…'`, `Cannot specify ',' with 'x'.`, `Format specifier missing
/// precision`). Applying a spec lives in `PyFormat`.
public struct FormatSpec: Equatable {
    /// Where padding goes.
    public enum Align: Unicode.Scalar, Equatable {
        /// `<`: pad on the right.
        case left = "<"
        /// `>`: pad on the left.
        case right = ">"
        /// `^`: centre, extra padding on the right.
        case center = "^"
        /// `=`: pad between sign/prefix and digits (numbers only).
        case afterSign = "="
    }

    /// What to print in front of non-negative numbers.
    public enum Sign: Unicode.Scalar, Equatable {
        /// `+`: always a sign.
        case plus = "+"
        /// `-`: only for negatives (the default).
        case minus = "-"
        /// ` `: a space for non-negatives.
        case space = " "
    }

    /// Thousands separators.
    public enum Grouping: Unicode.Scalar, Equatable {
        /// `,` every three digits.
        case comma = ","
        /// `_` every three digits (every four for b, o, x, X).
        case underscore = "_"
    }

    /// The explicit fill character, if one was given before an alignment.
    public var fill: Unicode.Scalar?
    /// The explicit alignment, if any.
    public var align: Align?
    /// The sign option, if any.
    public var sign: Sign?
    /// `z`: turn negative zero into positive zero (floats only).
    public var coerceNegativeZero = false
    /// `#`: alternate form (prefixes, kept decimal point).
    public var alternate = false
    /// A `0` before the width without an explicit fill: zero padding.
    public var zeroPadding = false
    /// Minimum field width.
    public var width: Int?
    /// Thousands separator option.
    public var grouping: Grouping?
    /// Precision after `.`.
    public var precision: Int?
    /// The presentation type character (`d`, `x`, `f`, ...), if any.
    public var type: Unicode.Scalar?

    /// Creates an empty spec (what `format(x, '')` uses).
    public init() {}

    /// Parses `spec` for an object of Python type `typeName`.
    ///
    /// `defaultType` is the type CPython assumes when none is given (`"s"`
    /// for str, `"d"` for int, `nil` for float); it only matters for the
    /// grouping check (`format('x', ',')` names `'s'`).
    public static func parse(
        _ spec: String, typeName: String, defaultType: Unicode.Scalar? = nil
    ) throws -> FormatSpec {
        // An ASCII spec (nearly all) is read from its bytes, without
        // building a code-point array for a few characters.
        let fromBytes = try spec.utf8.withContiguousStorageIfAvailable { bytes -> FormatSpec? in
            guard bytes.allSatisfy({ $0 < 0x80 }) else { return nil }
            return try parse(bytes.lazy.map { Unicode.Scalar($0) }, spec, typeName: typeName, defaultType: defaultType)
        }
        if let parsed = fromBytes ?? nil { return parsed }
        return try parse(Array(spec.unicodeScalars), spec, typeName: typeName, defaultType: defaultType)
    }

    /// Parses the code points `s` of `spec`.
    private static func parse<Scalars: RandomAccessCollection>(
        _ s: Scalars, _ spec: String, typeName: String, defaultType: Unicode.Scalar?
    ) throws -> FormatSpec where Scalars.Element == Unicode.Scalar, Scalars.Index == Int {
        var result = FormatSpec()
        var pos = 0
        func at(_ index: Int) -> Unicode.Scalar? { index < s.count ? s[index] : nil }

        if let second = at(1), let align = Align(rawValue: second) {
            result.fill = s[0]
            result.align = align
            pos = 2
        } else if let first = at(0), let align = Align(rawValue: first) {
            result.align = align
            pos = 1
        }
        if let c = at(pos), let sign = Sign(rawValue: c) {
            result.sign = sign
            pos += 1
        }
        if at(pos) == "z" {
            result.coerceNegativeZero = true
            pos += 1
        }
        if at(pos) == "#" {
            result.alternate = true
            pos += 1
        }
        if result.fill == nil, at(pos) == "0" {
            result.zeroPadding = true
            pos += 1
        }
        result.width = try readInteger(s, &pos)
        try SupportLimits.check(length: result.width ?? 0)
        if at(pos) == "," {
            result.grouping = .comma
            pos += 1
        }
        if at(pos) == "_" {
            if result.grouping != nil { throw PyFailure.value("Cannot specify both ',' and '_'.") }
            result.grouping = .underscore
            pos += 1
        }
        if at(pos) == "," { throw PyFailure.value("Cannot specify both ',' and '_'.") }
        if at(pos) == "." {
            pos += 1
            guard let precision = try readInteger(s, &pos) else {
                throw PyFailure.value("Format specifier missing precision")
            }
            result.precision = precision
        }
        if s.count - pos > 1 {
            throw PyFailure.value("Invalid format specifier '\(spec)' for object of type '\(typeName)'")
        }
        if pos < s.count { result.type = s[pos] }

        if let grouping = result.grouping {
            let type = result.type ?? defaultType
            let allowed: Bool
            switch type {
            case "d", "e", "f", "g", "E", "G", "%", "F", nil:
                allowed = true
            case "b", "o", "x", "X":
                // PEP 515: `_` groups hex/octal/binary digits by four; `,` is refused.
                allowed = grouping == .underscore
            default:
                allowed = false
            }
            if !allowed {
                let shown = type.map { String(Character($0)) } ?? ""
                throw PyFailure.value("Cannot specify '\(Character(grouping.rawValue))' with '\(shown)'.")
            }
        }
        return result
    }

    /// Reads a run of decimal digits (any script, as CPython does); nil when none.
    private static func readInteger<Scalars: RandomAccessCollection>(
        _ s: Scalars, _ pos: inout Int
    ) throws -> Int? where Scalars.Element == Unicode.Scalar, Scalars.Index == Int {
        var value = 0
        var count = 0
        while pos < s.count, let digit = decimalDigit(s[pos]) {
            let (times, overflow1) = value.multipliedReportingOverflow(by: 10)
            let (sum, overflow2) = times.addingReportingOverflow(digit)
            if overflow1 || overflow2 { throw PyFailure.value("Too many decimal digits in format string") }
            value = sum
            count += 1
            pos += 1
        }
        return count == 0 ? nil : value
    }

    /// CPython reads widths with `Py_UNICODE_TODECIMAL`: any decimal digit.
    private static func decimalDigit(_ c: Unicode.Scalar) -> Int? {
        if c.isASCII { return c.value >= 48 && c.value <= 57 ? Int(c.value - 48) : nil }
        guard c.properties.numericType == .decimal, let value = c.properties.numericValue else { return nil }
        return Int(value)
    }

    /// The fill character in effect (`0` for zero padding, else space).
    public var effectiveFill: Unicode.Scalar { fill ?? (zeroPadding ? "0" : " ") }

    /// The alignment in effect for a type whose default is `defaultAlign`
    /// (`>` for numbers, `<` for strings); zero padding means `=` for numbers.
    public func effectiveAlign(default defaultAlign: Align) -> Align {
        if let align { return align }
        if zeroPadding && defaultAlign == .right { return .afterSign }
        return defaultAlign
    }
}
