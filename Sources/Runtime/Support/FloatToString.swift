/// CPython's `PyOS_double_to_string`: the one routine behind `repr(float)`,
/// `str(float)`, `format(x, 'e'|'f'|'g')` and `'%e' % x`.
///
/// Layout rules follow CPython 3.11's `format_float_short`: `repr` switches to
/// exponent form when the decimal exponent is < -4 or >= 16, exponents have
/// at least two digits, `'g'` strips trailing zeros unless `#` is given.
public enum FloatToString {
    /// Which conversion to perform (CPython's format codes).
    public enum Code: Equatable {
        /// Scientific `d.ddde+XX`, `precision` digits after the point.
        case exponent
        /// Fixed point, `precision` digits after the point.
        case fixed
        /// `%g`: `precision` significant digits, shortest layout.
        case general
        /// `repr`: the shortest round-tripping digits.
        case repr
    }

    /// Formats `x` like `PyOS_double_to_string(x, code, precision, flags)`.
    ///
    /// - Parameters:
    ///   - precision: digits after the point (`exponent`, `fixed`) or
    ///     significant digits (`general`, 0 means 1); ignored for `repr`.
    ///   - alwaysSign: add `+` to non-negative values (`Py_DTSF_SIGN`).
    ///   - addDotZero: integers in fixed layout get `.0` (`Py_DTSF_ADD_DOT_0`).
    ///   - alternate: keep the point and trailing zeros (`Py_DTSF_ALT`, `#`).
    ///   - uppercase: `E`, `INF`, `NAN` (codes `E`, `F`, `G`).
    ///   - coerceNegativeZero: a result that shows as zero loses its minus
    ///     sign (`Py_DTSF_NO_NEG_0`, the `z` option).
    public static func format(
        _ x: Double, code: Code, precision: Int = 0, alwaysSign: Bool = false,
        addDotZero: Bool = false, alternate: Bool = false, uppercase: Bool = false,
        coerceNegativeZero: Bool = false
    ) -> String {
        if x.isNaN {
            return (alwaysSign ? "+" : "") + (uppercase ? "NAN" : "nan")
        }
        var sign = x.sign == .minus ? "-" : (alwaysSign ? "+" : "")
        if x.isInfinite {
            return sign + (uppercase ? "INF" : "inf")
        }
        var precision = max(0, precision)
        let decimal: DecimalDigits
        switch code {
        case .exponent:
            precision += 1
            decimal = DecimalDigits.fastSignificant(x, count: precision)
                ?? DecimalDigits(exact: x).rounded(significantDigits: precision)
        case .fixed:
            decimal = DecimalDigits.fastFixed(x, places: precision)
                ?? DecimalDigits(exact: x).rounded(fractionDigits: precision)
        case .general:
            if precision == 0 { precision = 1 }
            decimal = DecimalDigits.fastSignificant(x, count: precision)
                ?? DecimalDigits(exact: x).rounded(significantDigits: precision)
        case .repr:
            decimal = DecimalDigits(shortest: x)
        }
        if coerceNegativeZero && decimal.isZero {
            sign = alwaysSign ? "+" : ""
        }
        return sign + layout(decimal, code: code, precision: precision, addDotZero: addDotZero,
                             alternate: alternate, uppercase: uppercase)
    }

    /// Python's `repr(x)` / `str(x)` for a float.
    public static func repr(_ x: Double) -> String {
        // Between 1e-4 and 1e15 Swift's shortest description is laid out
        // exactly as Python's (`0.0001`, `100.0`, `0.30000000000000004`).
        let magnitude = x.magnitude
        if magnitude >= 1e-4 && magnitude < 1e15 {
            let text = x.description
            if !text.utf8.contains(UInt8(ascii: "e")) { return text }
        }
        return format(x, code: .repr, addDotZero: true)
    }

    /// Places the decimal point (and exponent) for already rounded digits.
    static func layout(
        _ decimal: DecimalDigits, code: Code, precision: Int,
        addDotZero: Bool, alternate: Bool, uppercase: Bool
    ) -> String {
        let digits = decimal.digits
        var point = decimal.decimalPoint
        var end = digits.count
        var useExponent = false
        switch code {
        case .exponent:
            useExponent = true
            end = precision
        case .fixed:
            end = point + precision
        case .general:
            if point <= -4 || point > (addDotZero ? precision - 1 : precision) {
                useExponent = true
            }
            if alternate { end = precision }
        case .repr:
            useExponent = point <= -4 || point > 16
        }
        var exponent = 0
        if useExponent {
            exponent = point - 1
            point = 1
        }
        let start = point <= 0 ? point - 1 : 0
        if !useExponent && addDotZero {
            end = max(end, point + 1)
        } else {
            end = max(end, point)
        }
        end = max(end, digits.count)

        var out: [UInt8] = []
        out.reserveCapacity(end - start + 8)
        let zero = UInt8(ascii: "0")
        let dot = UInt8(ascii: ".")
        for position in start..<end {
            if position == point { out.append(dot) }
            let digit = position >= 0 && position < digits.count ? digits[position] : 0
            out.append(zero + digit)
        }
        if point == end { out.append(dot) }
        if out.last == dot && !alternate { out.removeLast() }
        var text = String(decoding: out, as: UTF8.self)
        if useExponent {
            text += uppercase ? "E" : "e"
            text += exponent < 0 ? "-" : "+"
            let magnitude = String(exponent.magnitude)
            text += magnitude.count < 2 ? "0" + magnitude : magnitude
        }
        return text
    }
}
