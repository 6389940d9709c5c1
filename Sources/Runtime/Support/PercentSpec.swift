/// One `%` conversion of Python's `str % args`: the flags, width and
/// precision parser (`unicode_format_arg_parse`) and the padding step
/// (`unicode_format_arg_output`), plus the argument cursor CPython keeps
/// (`argidx`/`arglen`/`dict`) — see `PercentFormat`.
struct PercentSpec {
    var leftAlign = false
    var plus = false
    var blank = false
    var alternate = false
    var zero = false
    var width: Int?
    var precision: Int?
    var conversion: Unicode.Scalar = "s"
    /// Set for numeric conversions: sign handling and zero fill apply.
    var signed = false

    /// Parses from just after `%` up to and including the conversion letter.
    static func parse<Object>(
        _ f: [Unicode.Scalar], _ pos: inout Int, state: inout ArgumentState<Object>,
        lookup: (Object, String) throws -> Object,
        convert: (Object, PercentFormat.Request) throws -> PercentFormat.Value
    ) throws -> PercentSpec {
        var spec = PercentSpec()
        guard pos < f.count else { throw PyFailure.value("incomplete format") }
        if f[pos] == "(" {
            guard let mapping = state.mapping else { throw PyFailure.type("format requires a mapping") }
            var depth = 1
            let keyStart = pos + 1
            pos += 1
            while depth > 0 && pos < f.count {
                if f[pos] == ")" { depth -= 1 } else if f[pos] == "(" { depth += 1 }
                pos += 1
            }
            if depth > 0 { throw PyFailure.value("incomplete format key") }
            var key = String.UnicodeScalarView()
            key.append(contentsOf: f[keyStart..<(pos - 1)])
            state.useKeyed(try lookup(mapping, String(key)))
        }
        flags: while pos < f.count {
            switch f[pos] {
            case "-": spec.leftAlign = true
            case "+": spec.plus = true
            case " ": spec.blank = true
            case "#": spec.alternate = true
            case "0": spec.zero = true
            default: break flags
            }
            pos += 1
        }
        if pos < f.count && f[pos] == "*" {
            var width = try starValue(state.next(), convert)
            if width < 0 {
                spec.leftAlign = true
                width = -width
            }
            spec.width = width
            try SupportLimits.check(length: width)
            pos += 1
        } else if let digits = readDigits(f, &pos) {
            guard let width = Int(digits) else { throw PyFailure.value("width too big") }
            try SupportLimits.check(length: width)
            spec.width = width
        }
        if pos < f.count && f[pos] == "." {
            pos += 1
            spec.precision = 0
            if pos < f.count && f[pos] == "*" {
                spec.precision = max(0, try starValue(state.next(), convert))
                pos += 1
            } else if let digits = readDigits(f, &pos) {
                guard let precision = Int32(digits) else { throw PyFailure.value("precision too big") }
                spec.precision = Int(precision)
            }
        }
        if pos < f.count && (f[pos] == "h" || f[pos] == "l" || f[pos] == "L") { pos += 1 }
        guard pos < f.count else { throw PyFailure.value("incomplete format") }
        spec.conversion = f[pos]
        pos += 1
        return spec
    }

    private static func readDigits(_ f: [Unicode.Scalar], _ pos: inout Int) -> String? {
        var digits = ""
        while pos < f.count, f[pos].value >= 48, f[pos].value <= 57 {
            digits.unicodeScalars.append(f[pos])
            pos += 1
        }
        return digits.isEmpty ? nil : digits
    }

    private static func starValue<Object>(
        _ object: Object, _ convert: (Object, PercentFormat.Request) throws -> PercentFormat.Value
    ) throws -> Int {
        guard case .int(let value) = try convert(object, .number("*")) else {
            throw PyFailure.type("* wants int")
        }
        guard let small = Int(exactly: value) else {
            throw PyFailure.overflow("Python int too large to convert to C ssize_t")
        }
        return small
    }

    /// Pads a rendered conversion like `unicode_format_arg_output`.
    func output(_ rendered: String) -> String {
        // Nothing to pad, cut or sign: the text as is (a 30 MB `%s`
        // argument went through two code-point copies).
        if (width ?? 0) <= 0 && !(signed && (plus || blank))
            && !(precision != nil && ["s", "r", "a"].contains(conversion)) {
            return rendered
        }
        var text = Array(rendered.unicodeScalars)
        if ["s", "r", "a"].contains(conversion), let precision, text.count > precision {
            text = Array(text[..<precision])
        }
        let fill: Unicode.Scalar = signed && zero ? "0" : " "
        var sign: Unicode.Scalar?
        var body = text[...]
        if signed {
            if let first = body.first, first == "-" || first == "+" {
                sign = first
                body = body.dropFirst()
            } else if plus {
                sign = "+"
            } else if blank {
                sign = " "
            }
        }
        var prefix: ArraySlice<Unicode.Scalar> = []
        if alternate && ["x", "X", "o"].contains(conversion) {
            prefix = body.prefix(2)
            body = body.dropFirst(2)
        }
        let used = body.count + prefix.count + (sign == nil ? 0 : 1)
        let padding = max(0, (width ?? 0) - used)
        var out: [Unicode.Scalar] = []
        if fill == "0" {
            if let sign { out.append(sign) }
            out.append(contentsOf: prefix)
            if !leftAlign { out.append(contentsOf: repeatElement("0", count: padding)) }
        } else {
            if !leftAlign { out.append(contentsOf: repeatElement(" ", count: padding)) }
            if let sign { out.append(sign) }
            out.append(contentsOf: prefix)
        }
        out.append(contentsOf: body)
        if leftAlign { out.append(contentsOf: repeatElement(" ", count: padding)) }
        var view = String.UnicodeScalarView()
        view.append(contentsOf: out)
        return String(view)
    }
}

/// CPython's argument cursor for `%` formatting (`argidx`, `arglen`,
/// `dict`): a single non-tuple object counts as one argument, and after a
/// `%(key)` lookup the looked-up value becomes the single argument.
struct ArgumentState<Object> {
    private var items: [Object]
    private var single: Object?
    /// `argidx`.
    private(set) var index: Int
    /// `arglen` (-1 for a single object).
    private(set) var count: Int
    /// The mapping for `%(key)s`, if the right operand is one.
    let mapping: Object?

    init(_ args: PercentFormat.Arguments<Object>) {
        switch args {
        case .tuple(let objects):
            items = objects
            single = nil
            index = 0
            count = objects.count
            mapping = nil
        case .single(let object, let isMapping):
            items = []
            single = object
            index = -2
            count = -1
            mapping = isMapping ? object : nil
        }
    }

    /// `unicode_format_getnextarg`.
    mutating func next() throws -> Object {
        guard index < count else { throw PyFailure.type("not enough arguments for format string") }
        index += 1
        if count < 0, let single { return single }
        return items[index - 1]
    }

    /// After `%(key)`: the value found becomes the one pending argument.
    mutating func useKeyed(_ object: Object) {
        single = object
        items = []
        index = -2
        count = -1
    }
}
