/// `bytes % args` and `bytearray % args` (PEP 461): the str machinery of
/// `PercentFormat` run over the octets as Latin-1 text, with bytes'
/// conversions: `%b`/`%s` take a bytes-like object (or `__bytes__`), `%r`/`%a`
/// give `ascii(obj)`, and mapping keys are bytes.
struct BytesPercentFormatter {
    let vm: Interpreter

    /// `format % args` as octets, raising CPython's exceptions.
    func format(_ format: [UInt8], _ args: Value) throws -> [UInt8] {
        let text = String(String.UnicodeScalarView(format.map { Unicode.Scalar($0) }))
        let result: String
        do {
            result = try PercentFormat.format(Self.bAsS(text), arguments(args), lookup: { mapping, key in
                try vm.getItem(mapping, .object(PyBytes(Self.latin1(key))))
            }, convert: convert)
        } catch var f as PyFailure {
            // The shared engine words its arity error for str.
            f.message = Self.bytesWording(f.message)
            throw vm.pyError(from: f)
        }
        try vm.charge(result.unicodeScalars.count)
        return Self.latin1(result)
    }

    /// CPython's bytes-formatting wording for the errors the shared engine
    /// words for str.
    static func bytesWording(_ message: String) -> String {
        if message == "not all arguments converted during string formatting" {
            return "not all arguments converted during bytes formatting"
        }
        if message.hasPrefix("must be real number, not ") {
            return "float argument required, not " + message.dropFirst("must be real number, not ".count)
        }
        if message == "%c arg not in range(0x110000)" { return "%c arg not in range(256)" }
        if message == "%c requires int or char" { return "%c requires an integer in range(256) or a single byte" }
        for letter in ["i"] where message.hasPrefix("%\(letter) format: ") {
            return "%d" + message.dropFirst(2)
        }
        return message
    }

    /// Octets of text whose scalars are all below 256 (others become `?`,
    /// which the conversions below never produce).
    static func latin1(_ s: String) -> [UInt8] {
        s.unicodeScalars.map { $0.value < 256 ? UInt8($0.value) : UInt8(ascii: "?") }
    }

    /// Rewrites each `%b` conversion as `%s` (the same conversion for bytes).
    static func bAsS(_ text: String) -> String {
        var scalars = Array(text.unicodeScalars)
        var i = 0
        while i < scalars.count {
            guard scalars[i] == "%" else { i += 1; continue }
            i += 1
            if i < scalars.count, scalars[i] == "(" {
                var depth = 1
                i += 1
                while i < scalars.count, depth > 0 {
                    if scalars[i] == "(" { depth += 1 } else if scalars[i] == ")" { depth -= 1 }
                    i += 1
                }
            }
            while i < scalars.count, "-+ #0123456789.*".unicodeScalars.contains(scalars[i]) { i += 1 }
            if i < scalars.count, scalars[i] == "b" { scalars[i] = "s" }
            i += 1
        }
        return String(String.UnicodeScalarView(scalars))
    }

    private func arguments(_ args: Value) -> PercentFormat.Arguments<Value> {
        guard case .object(let o) = args else { return .single(args, isMapping: false) }
        if let t = o as? PyTuple { return .tuple(t.items) }
        if o is PyBytes || o is PyByteArray || o is PyStr { return .single(args, isMapping: false) }
        return .single(args, isMapping: o.type.lookup(Names.getitem) != nil)
    }

    /// Called once per conversion (native work, as for str).
    private func convert(_ value: Value, _ request: PercentFormat.Request) throws -> PercentFormat.Value {
        try vm.nativeWork()
        switch request {
        case .str:
            if let b = BytesLibraryMethods.bytesOf(value) {
                return .string(String(String.UnicodeScalarView(b.map { Unicode.Scalar($0) })))
            }
            if case .object(let o) = value, o.type.lookup(Names.intern("__bytes__")) != nil {
                let r = try vm.callMethod(value, "__bytes__", [])
                if let b = BytesLibraryMethods.bytesOf(r) {
                    return .string(String(String.UnicodeScalarView(b.map { Unicode.Scalar($0) })))
                }
                throw PyError.typeError("__bytes__ returned non-bytes (type \(r.type.name))")
            }
            throw PyError.typeError("%b requires a bytes-like object, or an object that implements __bytes__, not '\(value.type.cTypeName)'")
        case .repr, .ascii:
            return .string(StringRepr.escapeNonASCII(try vm.repr(value)))
        case .number(let letter):
            if letter == "c", let b = BytesLibraryMethods.bytesOf(value) {
                guard b.count == 1 else { throw PyError.typeError("%c requires an integer in range(256) or a single byte") }
                return .string(String(Unicode.Scalar(b[0])))
            }
            if letter == "c", let i = value.intValue, !(0..<256).contains(i) {
                throw PyError.overflow("%c arg not in range(256)")
            }
            if let b = value.bigIntValue { return .int(b) }
            if case .float(let d) = value { return .float(d) }
            if case .object(let o) = value {
                let type = o.type
                if type.lookup(Names.index) != nil || ("diu".contains(letter) && type.lookup(Names.int) != nil) {
                    if let b = try vm.intConstruct(value, base: nil).bigIntValue { return .int(b) }
                }
                if "eEfFgG".contains(letter), type.lookup(Names.float) != nil { return .float(try vm.toDouble(value)) }
            }
            return .other(typeName: value.type.name)
        }
    }
}
