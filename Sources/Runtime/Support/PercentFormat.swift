import BigInt

/// Python's `str % args` (CPython 3.11 `PyUnicode_Format`): the argument
/// state machine (tuple, single object, mapping with `%(key)s`), flags
/// `- + space # 0`, `*` width/precision, ignored `h l L`, conversions
/// `s r a d i u o x X e E f F g G c %`, CPython's padding and sign rules,
/// and its error messages (`not enough arguments for format string`,
/// `not all arguments converted during string formatting`, ...).
///
/// Generic over the VM's object type: the VM says how to look up a key and
/// how to turn an object into what a conversion needs.
public enum PercentFormat {
    /// The right-hand side of `%`.
    public enum Arguments<Object> {
        /// A tuple: its items are consumed in order.
        case tuple([Object])
        /// Any other object; `isMapping` when it supports `obj[key]` and is
        /// not a str (CPython's `PyMapping_Check`), enabling `%(key)s`.
        case single(Object, isMapping: Bool)
    }

    /// What a conversion asks the VM to produce from one object.
    public enum Request: Equatable {
        /// `%s`: `str(obj)` as `.string`.
        case str
        /// `%r`: `repr(obj)` as `.string`.
        case repr
        /// `%a`: `ascii(obj)` as `.string`.
        case ascii
        /// `%d %i %u %o %x %X` (the letter given), `%c`, `%e…%G`, or a `*`
        /// width/precision: the VM answers `.int` for ints (and bools),
        /// `.float` for floats, `.string` for strs, `.other` otherwise.
        case number(Character)
    }

    /// The VM's answer to a `Request`.
    public enum Value {
        /// A Python int (or bool).
        case int(BigInt)
        /// A Python float.
        case float(Double)
        /// A Python str (or the result of str/repr/ascii).
        case string(String)
        /// Anything else, named by its type for error messages.
        case other(typeName: String)
    }

    /// Formats `format % args`.
    ///
    /// - Parameters:
    ///   - lookup: `mapping[key]` for `%(key)s` (may throw the VM's KeyError).
    ///   - convert: produces what a `Request` needs from an object.
    public static func format<Object>(
        _ format: String, _ args: Arguments<Object>,
        lookup: (Object, String) throws -> Object,
        convert: (Object, Request) throws -> Value
    ) throws -> String {
        var state = ArgumentState(args)
        let f = Array(format.unicodeScalars)
        var out = String.UnicodeScalarView()
        var pos = 0
        while pos < f.count {
            if f[pos] != "%" {
                // A literal run is copied whole: one scalar at a time, a
                // 30 MB format took seconds.
                var next = pos + 1
                while next < f.count && f[next] != "%" { next += 1 }
                out.appendScalars(f[pos..<next])
                pos = next
                continue
            }
            pos += 1
            if pos < f.count && f[pos] == "%" {
                out.append("%")
                pos += 1
                continue
            }
            var spec = try PercentSpec.parse(f, &pos, state: &state, lookup: lookup, convert: convert)
            let object = try state.next()
            let text = try render(object, &spec, position: pos - 1, convert: convert)
            out.appendScalars(spec.output(text).unicodeScalars)
            if state.mapping != nil && state.index < state.count {
                throw PyFailure.type("not all arguments converted during string formatting")
            }
        }
        if state.index < state.count && state.mapping == nil {
            throw PyFailure.type("not all arguments converted during string formatting")
        }
        return String(out)
    }

    /// Formats one conversion character for `object` (CPython's
    /// `unicode_format_arg_format`), marking numeric results as signed.
    private static func render<Object>(
        _ object: Object, _ spec: inout PercentSpec, position: Int,
        convert: (Object, Request) throws -> Value
    ) throws -> String {
        let c = spec.conversion
        if !(c == "s" || c == "r" || c == "a") { try SupportLimits.check(length: spec.precision ?? 0) }
        switch c {
        case "s", "r", "a":
            let request: Request = c == "s" ? .str : c == "r" ? .repr : .ascii
            guard case .string(let text) = try convert(object, request) else {
                throw PyFailure.type("__str__ returned non-string")
            }
            return text
        case "d", "i", "u", "o", "x", "X":
            spec.signed = true
            let letter = Character(c)
            var integer: BigInt
            switch try convert(object, .number(letter)) {
            case .int(let value): integer = value
            case .float(let value) where "diu".contains(letter): integer = try IntegerConversion.toInteger(value)
            case .float:
                throw PyFailure.type("%\(letter) format: an integer is required, not float")
            case .string:
                throw wrongNumber(letter, "str")
            case .other(let typeName):
                throw wrongNumber(letter, typeName)
            }
            return try formatLong(integer, alternate: spec.alternate, precision: spec.precision, type: letter)
        case "e", "E", "f", "F", "g", "G":
            spec.signed = true
            let x: Double
            switch try convert(object, .number(Character(c))) {
            case .float(let value): x = value
            case .int(let value): x = try IntegerConversion.toDoubleOrThrow(value)
            case .string: throw PyFailure.type("must be real number, not str")
            case .other(let typeName): throw PyFailure.type("must be real number, not \(typeName)")
            }
            let code: FloatToString.Code = (c == "e" || c == "E") ? .exponent : (c == "f" || c == "F") ? .fixed : .general
            return FloatToString.format(x, code: code, precision: spec.precision ?? 6, alternate: spec.alternate,
                                        uppercase: c == "E" || c == "F" || c == "G")
        case "c":
            switch try convert(object, .number("c")) {
            case .int(let value):
                guard value >= 0, value <= 0x10FFFF else { throw PyFailure.overflow("%c arg not in range(0x110000)") }
                return String(Unicode.Scalar(UInt32(value)) ?? "\u{FFFD}")
            case .string(let text) where text.unicodeScalars.count == 1:
                return text
            default:
                throw PyFailure.type("%c requires int or char")
            }
        default:
            let shown = c.value >= 31 && c.value <= 126 ? String(Character(c)) : "?"
            throw PyFailure.value(
                "unsupported format character '\(shown)' (0x\(String(c.value, radix: 16))) at index \(position)")
        }
    }

    private static func wrongNumber(_ letter: Character, _ typeName: String) -> PyFailure {
        "oxX".contains(letter)
            ? PyFailure.type("%\(letter) format: an integer is required, not \(typeName)")
            : PyFailure.type("%\(letter) format: a real number is required, not \(typeName)")
    }

    /// `_PyUnicode_FormatLong`: sign, `0x`/`0o`/`0X` prefix with `#`, and
    /// at least `precision` digits; decimal text obeys the 4300-digit limit.
    static func formatLong(_ value: BigInt, alternate: Bool, precision: Int?, type: Character) throws -> String {
        let radix = type == "o" ? 8 : (type == "x" || type == "X") ? 16 : 10
        if radix == 10, precision == nil, let small = Int(exactly: value) {
            // The common case (`'%d' % n`, `'%02d' % n`): no big-integer
            // conversion (the 4300-digit limit cannot apply to a word).
            return String(small)
        }
        // Decimal text goes through `IntToString.decimal`, which refuses a
        // number over the digit limit before converting it (converting
        // first made `'%d' % 3**10**6` run for minutes before its error).
        var digits = radix == 10 ? try IntToString.decimal(BigInt(value.magnitude))
                                 : String(value.magnitude, radix: radix, uppercase: type == "X")
        if let precision, precision > digits.count {
            digits = String(repeating: "0", count: precision - digits.count) + digits
        }
        var prefix = ""
        if alternate && radix != 10 { prefix = type == "o" ? "0o" : type == "X" ? "0X" : "0x" }
        return (value.signum() < 0 ? "-" : "") + prefix + digits
    }
}
