/// What `str.format` needs from the object model, so the markup parser
/// itself stays pure (and unit-testable without an interpreter).
///
/// Each hook raises the Python exception CPython would (`IndexError` for a
/// missing positional, `KeyError` for a missing keyword, `AttributeError`…).
public protocol FormatFieldResolver {
    /// The type of the values being formatted.
    associatedtype Object
    /// `args[index]` (positional fields, explicit or auto-numbered).
    func positional(_ index: Int) throws -> Object
    /// `kwargs[name]`.
    func keyword(_ name: String) throws -> Object
    /// `getattr(obj, name)` for `{0.name}`.
    func attribute(_ obj: Object, _ name: String) throws -> Object
    /// `obj[index]` for `{0[3]}`.
    func item(_ obj: Object, index: Int) throws -> Object
    /// `obj[key]` for `{0[key]}` (the key stays a string).
    func item(_ obj: Object, key: String) throws -> Object
    /// `repr(obj)`, `str(obj)` or `ascii(obj)` for `!r`, `!s`, `!a`.
    func convert(_ obj: Object, _ conversion: Unicode.Scalar) throws -> Object
    /// `format(obj, spec)`.
    func format(_ obj: Object, spec: String) throws -> String
}

/// CPython 3.11's `str.format` markup engine (`Objects/stringlib/
/// unicode_format.h`): literal text with `{{`/`}}` escapes, fields
/// `{name!conv:spec}` whose name is an index, a keyword, or either followed by
/// `.attr` and `[key]` parts, nested replacement fields inside the spec (two
/// levels at most), and automatic numbering that refuses to mix with manual
/// numbering. Errors are raised lazily, in the same order CPython finds them.
public struct FormatStringEngine<Resolver: FormatFieldResolver> {
    /// Where objects come from.
    public let resolver: Resolver
    private var autoState = AutoState.initial
    private var nextAutoIndex = 0

    private enum AutoState { case initial, auto, manual }

    /// Creates an engine resolving fields through `resolver`.
    public init(resolver: Resolver) { self.resolver = resolver }

    /// Expands `template` (a `format` receiver) to the result text.
    public mutating func render(_ template: String) throws -> String {
        try build(Array(template.unicodeScalars)[...], depth: 2)
    }

    /// Expands a template given as code points (a `PyStr`'s, used as is).
    public mutating func render(scalars template: [Unicode.Scalar]) throws -> String {
        try build(template[...], depth: 2)
    }

    private mutating func build(_ input: ArraySlice<Unicode.Scalar>, depth: Int) throws -> String {
        if depth <= 0 { throw PyFailure.value("Max string recursion exceeded") }
        var out = String.UnicodeScalarView()
        var pos = input.startIndex
        let end = input.endIndex
        while pos < end {
            // Literal text up to the next brace.
            let start = pos
            var brace: Unicode.Scalar?
            while pos < end {
                let c = input[pos]
                pos += 1
                if c == "{" || c == "}" { brace = c; break }
            }
            guard let c = brace else {
                out.appendScalars(input[start..<pos])
                break
            }
            let atEnd = pos >= end
            if c == "}" && (atEnd || input[pos] != "}") {
                throw PyFailure.value("Single '}' encountered in format string")
            }
            if atEnd && c == "{" { throw PyFailure.value("Single '{' encountered in format string") }
            out.appendScalars(input[start..<(pos - 1)])
            if input[pos] == c {
                out.append(c)
                pos += 1
                continue
            }
            let field = try parseField(input, &pos)
            out.appendScalars(try output(field, depth: depth).unicodeScalars)
        }
        return String(out)
    }

    private struct Field {
        var name: ArraySlice<Unicode.Scalar>
        var conversion: Unicode.Scalar?
        var spec: ArraySlice<Unicode.Scalar>
        var specNeedsExpanding: Bool
    }

    /// `parse_field`: the text after an opening brace up to its closing brace.
    private func parseField(_ s: ArraySlice<Unicode.Scalar>, _ pos: inout Int) throws -> Field {
        let end = s.endIndex
        let nameStart = pos
        var c: Unicode.Scalar = "\0"
        scan: while pos < end {
            c = s[pos]
            pos += 1
            switch c {
            case "{": throw PyFailure.value("unexpected '{' in field name")
            case "[":
                while pos < end && s[pos] != "]" { pos += 1 }
            case "}", ":", "!": break scan
            default: continue
            }
        }
        var field = Field(name: s[nameStart..<max(nameStart, pos - 1)], conversion: nil,
                          spec: s[pos..<pos], specNeedsExpanding: false)
        if c == "!" || c == ":" {
            if c == "!" {
                guard pos < end else {
                    throw PyFailure.value("end of string while looking for conversion specifier")
                }
                field.conversion = s[pos]
                pos += 1
                if pos < end {
                    let next = s[pos]
                    pos += 1
                    if next == "}" { field.spec = s[pos..<pos]; return field }
                    if next != ":" { throw PyFailure.value("expected ':' after conversion specifier") }
                }
            }
            let specStart = pos
            var count = 1
            while pos < end {
                let d = s[pos]
                pos += 1
                if d == "{" {
                    field.specNeedsExpanding = true
                    count += 1
                } else if d == "}" {
                    count -= 1
                    if count == 0 {
                        field.spec = s[specStart..<(pos - 1)]
                        return field
                    }
                }
            }
            throw PyFailure.value("unmatched '{' in format spec")
        }
        if c != "}" {
            throw PyFailure.value("expected '}' before end of string")
        }
        return field
    }

    private mutating func output(_ field: Field, depth: Int) throws -> String {
        var obj = try fieldObject(field.name)
        if let conversion = field.conversion {
            switch conversion {
            case "r", "s", "a": obj = try resolver.convert(obj, conversion)
            default:
                if conversion.value > 32 && conversion.value < 127 {
                    throw PyFailure.value("Unknown conversion specifier \(Character(conversion))")
                }
                throw PyFailure.value("Unknown conversion specifier \\x\(String(conversion.value, radix: 16))")
            }
        }
        let spec = field.specNeedsExpanding ? try build(field.spec, depth: depth - 1) : String(String.UnicodeScalarView(field.spec))
        return try resolver.format(obj, spec: spec)
    }

    /// `get_field_object`: resolves `first(.attr|[key])*`.
    private mutating func fieldObject(_ name: ArraySlice<Unicode.Scalar>) throws -> Resolver.Object {
        var i = name.startIndex
        while i < name.endIndex && name[i] != "." && name[i] != "[" { i += 1 }
        let first = name[name.startIndex..<i]
        var index = try Self.integer(first)
        let isEmpty = first.isEmpty
        if isEmpty || index != nil {
            if autoState == .initial { autoState = isEmpty ? .auto : .manual }
            if autoState == .manual && isEmpty {
                throw PyFailure.value("cannot switch from manual field specification to automatic field numbering")
            }
            if autoState == .auto && !isEmpty {
                throw PyFailure.value("cannot switch from automatic field numbering to manual field specification")
            }
            if isEmpty {
                index = nextAutoIndex
                nextAutoIndex += 1
            }
        }
        var obj: Resolver.Object
        if let index {
            obj = try resolver.positional(index)
        } else {
            obj = try resolver.keyword(String(String.UnicodeScalarView(first)))
        }
        while i < name.endIndex {
            let marker = name[i]
            i += 1
            let partStart = i
            let part: ArraySlice<Unicode.Scalar>
            switch marker {
            case ".":
                while i < name.endIndex && name[i] != "." && name[i] != "[" { i += 1 }
                part = name[partStart..<i]
            case "[":
                while i < name.endIndex && name[i] != "]" { i += 1 }
                guard i < name.endIndex else { throw PyFailure.value("Missing ']' in format string") }
                part = name[partStart..<i]
                i += 1
            default:
                throw PyFailure.value("Only '.' or '[' may follow ']' in format field specifier")
            }
            if part.isEmpty { throw PyFailure.value("Empty attribute in format string") }
            let text = String(String.UnicodeScalarView(part))
            if marker == "." {
                obj = try resolver.attribute(obj, text)
            } else if let n = try Self.integer(part) {
                obj = try resolver.item(obj, index: n)
            } else {
                obj = try resolver.item(obj, key: text)
            }
        }
        return obj
    }

    /// `get_integer`: decimal digits (any script) to an index, nil otherwise.
    static func integer(_ s: ArraySlice<Unicode.Scalar>) throws -> Int? {
        if s.isEmpty { return nil }
        var value = 0
        for c in s {
            guard let digit = PyUnicode.decimalValue(c) else { return nil }
            if value > (Int.max - digit) / 10 {
                throw PyFailure.value("Too many decimal digits in format string")
            }
            value = value * 10 + digit
        }
        return value
    }
}
