import BigInt

/// Methods and attributes of `int` (and so `bool`) and `float`.
enum NumberMethods {
    static func install() {
        installInt()
        installFloat()
    }

    private static func integer(_ a: Args, _ method: String) throws -> BigInt {
        if let b = a.positional.first?.bigIntValue { return b }
        let shown = a.positional.first?.type.name ?? "nothing"
        throw PyError.typeError("descriptor '\(method)' for 'int' objects doesn't apply to a '\(shown)' object")
    }

    private static func double(_ a: Args, _ method: String) throws -> Double {
        if case .float(let d)? = a.positional.first?.unboxedFloat { return d }
        let shown = a.positional.first?.type.name ?? "nothing"
        throw PyError.typeError("descriptor '\(method)' for 'float' objects doesn't apply to a '\(shown)' object")
    }

    private static func installInt() {
        let int = BuiltinTypes.int
        int.defineMethod("bit_length") { _, a in
            try a.check("int.bit_length", min: 1, max: 1, skipSelf: 1)
            if let i = a[0].intValue { return .int(Int.bitWidth - i.magnitude.leadingZeroBitCount) }
            return .int(IntegerArithmetic.bitLength(try integer(a, "bit_length")))
        }
        int.defineMethod("bit_count") { _, a in
            try a.check("int.bit_count", min: 1, max: 1, skipSelf: 1)
            if let i = a[0].intValue { return .int(i.magnitude.nonzeroBitCount) }
            let words = try integer(a, "bit_count").magnitude.words
            return .int(words.reduce(0) { $0 + $1.nonzeroBitCount })
        }
        int.defineMethod("conjugate") { _, a in
            try a.check("int.conjugate", min: 1, max: 1, skipSelf: 1)
            return .integer(try integer(a, "conjugate"))
        }
        int.defineMethod("__index__") { _, a in .integer(try integer(a, "__index__")) }
        // In int's own dict (as in CPython) so that a subclass mixing int
        // with a Python class (IntEnum) hashes and tests truth as an int.
        int.defineMethod("__hash__") { _, a in .int(NumericHash.hash(try integer(a, "__hash__"))) }
        int.defineMethod("__bool__") { _, a in .bool(!(try integer(a, "__bool__")).isZero) }
        int.defineMethod("__int__") { _, a in .integer(try integer(a, "__int__")) }
        int.defineMethod("__float__") { vm, a in .float(try vm.toDouble(.integer(try integer(a, "__float__")))) }
        int.defineProperty("real", get: { _, a in .integer(try integer(a, "real")) })
        int.defineProperty("imag", get: { _, _ in .int(0) })
        int.defineProperty("numerator", get: { _, a in .integer(try integer(a, "numerator")) })
        int.defineProperty("denominator", get: { _, _ in .int(1) })
        int.defineMethod("as_integer_ratio") { _, a in
            try a.check("int.as_integer_ratio", min: 1, max: 1, skipSelf: 1)
            return .object(PyTuple([.integer(try integer(a, "as_integer_ratio")), .int(1)]))
        }
        int.defineMethod("to_bytes") { vm, a in
            let value = try integer(a, "to_bytes")
            let slots = try a.bind("to_bytes", ["length", "byteorder", "signed"], required: 0,
                                   maxPositional: 2, skipSelf: 1)
            let length = try slots[0].map { try vm.indexInt($0) } ?? 1
            try vm.charge(max(0, length))
            let littleEndian = try IntBytes.isLittleEndian(slots[1])
            let signed = try slots[2].map { try vm.isTruthy($0) } ?? false
            let bytes = try vm.bridging {
                try IntBytes.toBytes(value, length: length, littleEndian: littleEndian, signed: signed)
            }
            return .object(PyBytes(bytes))
        }
        int.defineClassMethod("from_bytes") { vm, a in
            let slots = try a.bind("from_bytes", ["bytes", "byteorder", "signed"], required: 1,
                                   maxPositional: 2, skipSelf: 1)
            guard let source = slots[0] else { return .none }
            let bytes: [UInt8]
            if case .object(let o) = source, let b = o as? PyBytes {
                bytes = b.bytes
            } else {
                // CPython converts with bytes(x): a str or a non-iterable is refused.
                let refused = PyError.typeError("cannot convert '\(source.type.cTypeName)' object to bytes")
                if source.asStr != nil { throw refused }
                let iterator: Value
                do { iterator = try vm.iterator(source) } catch let e as PyError
                    where e.exception.type === BuiltinTypes.typeError { throw refused }
                bytes = try vm.toArray(iterator).map { v in
                    guard let i = v.bigIntValue else {
                        throw PyError.typeError("'\(v.type.cTypeName)' object cannot be interpreted as an integer")
                    }
                    guard i >= 0, i < 256 else { throw PyError.valueError("bytes must be in range(0, 256)") }
                    return UInt8(i)
                }
            }
            let littleEndian = try IntBytes.isLittleEndian(slots[1])
            let signed = try slots[2].map { try vm.isTruthy($0) } ?? false
            let value = Value.integer(IntBytes.fromBytes(bytes, littleEndian: littleEndian, signed: signed))
            if case .object(let o) = a[0], let cls = o as? PyType, cls !== BuiltinTypes.int {
                return try vm.call(a[0], [value])
            }
            return value
        }
    }

    private static func installFloat() {
        let float = BuiltinTypes.float
        float.defineMethod("is_integer") { _, a in
            try a.check("float.is_integer", min: 1, max: 1, skipSelf: 1)
            let d = try double(a, "is_integer")
            return .bool(d.isFinite && d == d.rounded(.towardZero))
        }
        float.defineMethod("as_integer_ratio") { vm, a in
            try a.check("float.as_integer_ratio", min: 1, max: 1, skipSelf: 1)
            let (n, d) = try vm.bridging { try FloatRatio.integerRatio(try double(a, "as_integer_ratio")) }
            return .object(PyTuple([.integer(n), .integer(d)]))
        }
        float.defineMethod("hex") { _, a in
            try a.check("float.hex", min: 1, max: 1, skipSelf: 1)
            return .str(FloatRepr.hex(try double(a, "hex")))
        }
        float.defineClassMethod("fromhex") { vm, a in
            try a.check("fromhex", min: 2, max: 2, skipSelf: 1)
            guard let text = a[1].asStr else {
                throw PyError.typeError("bad argument type for built-in operation")
            }
            let d = try vm.bridging { try FloatRepr.fromHex(text.value) }
            if case .object(let cls) = a[0], cls === float { return .float(d) }
            return try vm.call(a[0], [.float(d)])
        }
        float.defineMethod("conjugate") { _, a in
            try a.check("float.conjugate", min: 1, max: 1, skipSelf: 1)
            return .float(try double(a, "conjugate"))
        }
        float.defineMethod("__float__") { _, a in .float(try double(a, "__float__")) }
        float.defineMethod("__int__") { vm, a in try vm.intConstruct(.float(try double(a, "__int__")), base: nil) }
        float.defineMethod("__trunc__") { vm, a in try vm.intConstruct(.float(try double(a, "__trunc__")), base: nil) }
        float.defineProperty("real", get: { _, a in .float(try double(a, "real")) })
        float.defineProperty("imag", get: { _, _ in .float(0) })
    }
}

/// `float.as_integer_ratio`.
enum FloatRatio {
    /// The exact fraction `n/d` (lowest terms, `d > 0`) equal to `x`.
    static func integerRatio(_ x: Double) throws -> (BigInt, BigInt) {
        if x.isNaN { throw PyFailure.value("cannot convert NaN to integer ratio") }
        if x.isInfinite { throw PyFailure.overflow("cannot convert Infinity to integer ratio") }
        if x == 0 { return (0, 1) }
        let biased = Int(x.exponentBitPattern)
        var mantissa = x.significandBitPattern | (biased == 0 ? 0 : UInt64(1) << 52)
        var exponent = (biased == 0 ? -1074 : biased - 1075)
        let zeros = mantissa.trailingZeroBitCount
        mantissa >>= UInt64(zeros)
        exponent += zeros
        var n = BigInt(mantissa)
        var d = BigInt(1)
        if exponent >= 0 { n <<= exponent } else { d <<= -exponent }
        if x < 0 { n = -n }
        return (n, d)
    }
}

/// `int.to_bytes` / `int.from_bytes`.
enum IntBytes {
    static func isLittleEndian(_ v: Value?) throws -> Bool {
        guard let v else { return false }
        switch v.stringValue {
        case "big"?: return false
        case "little"?: return true
        case nil: throw PyError.typeError("to_bytes() argument 'byteorder' must be str, not \(v.isNone ? "None" : v.type.name)")
        default: throw PyError.valueError("byteorder must be either 'little' or 'big'")
        }
    }

    /// Two's-complement bytes of `value` in `length` bytes.
    static func toBytes(_ value: BigInt, length: Int, littleEndian: Bool, signed: Bool) throws -> [UInt8] {
        if length < 0 { throw PyFailure.value("length argument must be non-negative") }
        if !signed && value.signum() < 0 { throw PyFailure.overflow("can't convert negative int to unsigned") }
        let limit = BigInt(1) << (length * 8)
        var v = value
        if signed {
            let half = limit >> 1
            if value >= half || value < -half { throw PyFailure.overflow("int too big to convert") }
            if v.signum() < 0 { v += limit }
        } else if value >= limit {
            throw PyFailure.overflow("int too big to convert")
        }
        // Byte i is bits 8i..8i+7 of the magnitude's words (linear time).
        let words = Array(v.magnitude.words)
        let bytesPerWord = UInt.bitWidth / 8
        var out = [UInt8](repeating: 0, count: length)
        for i in 0..<min(length, words.count * bytesPerWord) {
            let byte = UInt8(truncatingIfNeeded: words[i / bytesPerWord] >> UInt(8 * (i % bytesPerWord)))
            out[littleEndian ? i : length - 1 - i] = byte
        }
        return out
    }

    /// The int whose bytes are `bytes`.
    static func fromBytes(_ bytes: [UInt8], littleEndian: Bool, signed: Bool) -> BigInt {
        let bigEndian = littleEndian ? bytes.reversed() : bytes
        var v = BigInt(PowerOfTwoRadix.magnitude(bigEndian, bits: 8))
        if signed, let first = bigEndian.first, first & 0x80 != 0 {
            v -= BigInt(1) << (bytes.count * 8)
        }
        return v
    }
}
