import BigInt

extension Interpreter {
    /// Converts a Support-layer failure into the Python exception it names.
    public func pyError(from f: PyFailure) -> PyError {
        let t: PyType
        switch f.kind {
        case .valueError: t = BuiltinTypes.valueError
        case .overflowError: t = BuiltinTypes.overflowError
        case .zeroDivisionError: t = BuiltinTypes.zeroDivisionError
        case .typeError: t = BuiltinTypes.typeError
        case .indexError: t = BuiltinTypes.indexError
        case .memoryError: t = BuiltinTypes.memoryError
        }
        return PyError(t, f.message)
    }

    /// `int(x)` / `int(x, base)`.
    public func intConstruct(_ x: Value?, base: Value?) throws -> Value {
        guard let x = x else { return .int(0) }
        if let b = base {
            guard let bi = b.intValue else { throw PyError.typeError("'\(b.type.cTypeName)' object cannot be interpreted as an integer") }
            if let octets = BytesLibraryMethods.bytesOf(x) { return try intFromBytes(octets, x, base: bi) }
            guard let s = x.stringValue else {
                throw PyError.typeError("int() can't convert non-string with explicit base")
            }
            do { return .integer(try IntParsing.parseInt(s, base: bi)) } catch let f as PyFailure { throw pyError(from: f) }
        }
        let unboxed = x.object.map { $0.type.lookupUser(Names.int) == nil } ?? false ? x.unboxedFloat : x
        switch unboxed {
        case .int, .bool: return .int(x.intValue ?? 0)
        case .float(let d):
            do { return .integer(try IntegerConversion.toInteger(d)) } catch let f as PyFailure { throw pyError(from: f) }
        case .none: break
        case .object(let o):
            if let b = o as? PyBigInt { return o.type.isBuiltin ? .object(b) : .integer(b.value) }
            if let s = o as? PyStr {
                do { return .integer(try IntParsing.parseInt(s.value, base: 10)) } catch let f as PyFailure { throw pyError(from: f) }
            }
            if let octets = BytesLibraryMethods.bytesOf(x) { return try intFromBytes(octets, x, base: 10) }
            if !o.type.isBuiltin {
                for n in [Names.int, Names.index] {
                    if let m = o.type.lookupUser(n) { return try call(m, [x]) }
                }
            }
        }
        throw PyError.typeError("int() argument must be a string, a bytes-like object or a real number, not '\(x.type.cTypeName)'")
    }

    /// `int(b'42')`: the octets read as ASCII text; errors quote the bytes.
    private func intFromBytes(_ octets: [UInt8], _ original: Value, base: Int) throws -> Value {
        let text = String(String.UnicodeScalarView(octets.map { Unicode.Scalar($0) }))
        do { return .integer(try IntParsing.parseInt(text, base: base)) } catch let f as PyFailure {
            if f.kind == .valueError, f.message.hasPrefix("invalid literal") {
                throw PyError.valueError("invalid literal for int() with base \(base): \(try repr(original))")
            }
            throw pyError(from: f)
        }
    }

    /// `float(x)` as a Double (`parsingStrings` accepts str like `float()`).
    public func toDouble(_ x: Value, parsingStrings: Bool = false) throws -> Double {
        switch x {
        case .int(let i): return Double(i)
        case .bool(let b): return b ? 1 : 0
        case .float(let d): return d
        case .none: break
        case .object(let o):
            if let b = o as? PyBigInt {
                do { return try IntegerConversion.toDoubleOrThrow(b.value) } catch let f as PyFailure { throw pyError(from: f) }
            }
            if let f = o as? PyFloatSubclassInstance, o.type.lookupUser(Names.float) == nil { return f.value }
            if parsingStrings, let s = o as? PyStr {
                do { return try FloatParsing.parseFloat(s.value) } catch let f as PyFailure { throw pyError(from: f) }
            }
            if parsingStrings, let octets = BytesLibraryMethods.bytesOf(x) {
                let text = String(String.UnicodeScalarView(octets.map { Unicode.Scalar($0) }))
                do { return try FloatParsing.parseFloat(text) } catch {
                    throw PyError.valueError("could not convert string to float: \(try repr(x))")
                }
            }
            if !o.type.isBuiltin {
                if let m = o.type.lookupUser(Names.float) { return try toDouble(call(m, [x])) }
                if let m = o.type.lookupUser(Names.index) { return try toDouble(call(m, [x])) }
            }
        }
        if parsingStrings {
            throw PyError.typeError("float() argument must be a string or a real number, not '\(x.type.cTypeName)'")
        }
        throw PyError.typeError("must be real number, not \(x.type.name)")
    }

    /// `d.update(other)` for a mapping or an iterable of pairs.
    public func dictUpdate(_ d: PyDict, _ other: Value) throws {
        if case .object(let o) = other {
            if let src = o as? PyDict, src.type.isBuiltin || src.type.lookupUser(Names.iter) == nil {
                for (k, v) in src.items { try d.set(k, v, self) }
                return
            }
            if try lookupAttribute(other, Names.intern("keys")) != nil {
                for k in try toArray(callMethod(other, "keys")) { try d.set(k, getItem(other, k), self) }
                return
            }
        }
        var i = 0
        try forEach(other) { item in
            guard isIterable(item) else {
                throw PyError.typeError("cannot convert dictionary update sequence element #\(i) to a sequence")
            }
            let pair = try toArray(item)
            if pair.count != 2 {
                throw PyError.valueError("dictionary update sequence element #\(i) has length \(pair.count); 2 is required")
            }
            try d.set(pair[0], pair[1], self)
            i += 1
        }
    }

    /// `s.update(iterable)`.
    public func setUpdate(_ s: PySet, _ other: Value) throws {
        if case .object(let o) = other {
            if let src = o as? PySet { s.reserveForMerge(src.count); for e in src.elements { try s.add(e, self) }; return }
            if let d = o as? PyDict { s.reserveForMerge(d.count); for k in d.keys { try s.add(k, self) }; return }
        }
        try forEach(other) { try s.add($0, self) }
    }

    /// `fmt % args` for strings.
    public func percentFormat(_ fmt: String, _ args: Value) throws -> Value {
        try .str(PercentFormatter(vm: self).format(fmt, args))
    }
}
