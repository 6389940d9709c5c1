import BigInt

/// `abs`, `divmod`, `pow`, `round`, `sum`, `hex`/`oct`/`bin`, `chr`, `ord`,
/// `format`, `ascii`, with CPython 3.11's semantics and messages.
enum NumericBuiltins {
    static let functions: [(String, NativeFunction)] = [
        ("abs", abs), ("divmod", divmod), ("pow", pow), ("round", round), ("sum", sum),
        ("hex", { vm, a in try radix(vm, a, "hex", 16, IntToString.hex) }),
        ("oct", { vm, a in try radix(vm, a, "oct", 8, IntToString.oct) }),
        ("bin", { vm, a in try radix(vm, a, "bin", 2, IntToString.bin) }),
        ("chr", chr), ("ord", ord), ("format", format), ("ascii", ascii),
    ]

    static func abs(_ vm: Interpreter, _ a: Args) throws -> Value {
        try a.check("abs", min: 1, max: 1)
        let x = a[0]
        switch x.object.map({ $0.type.lookupUser(Names.abs) == nil }) ?? false ? x.unboxedFloat : x {
        case .int(let i): return i == Int.min ? .integer(-BigInt(i)) : .int(Swift.abs(i))
        case .bool(let b): return .int(b ? 1 : 0)
        case .float(let d): return .float(Swift.abs(d))
        case .none: break
        case .object(let o):
            if let userCls = o.userClass, let m = userCls.lookupUser(Names.abs) { return try vm.call(m, [x]) }
            if let b = o as? PyBigInt { return .integer(BigInt(b.value.magnitude)) }
            if let c = o as? PyComplex {
                guard let m = c.value.magnitude else { throw PyError(BuiltinTypes.overflowError, "absolute value too large") }
                return .float(m)
            }
        }
        throw PyError.typeError("bad operand type for abs(): '\(x.type.cTypeName)'")
    }

    static func divmod(_ vm: Interpreter, _ a: Args) throws -> Value {
        try a.check("divmod", min: 2, max: 2)
        let x = a[0], y = a[1]
        let forward = Names.intern("__divmod__"), reflected = Names.intern("__rdivmod__")
        // A user class's own slots come first (an int subclass's __divmod__
        // is not bypassed by the integer fast path); the right operand's
        // __rdivmod__ goes first when its class is a subclass of the left's.
        let userForward = x.userClass?.lookupUser(forward)
        let userReflected = x.type === y.type ? nil : y.userClass?.lookupUser(reflected)
        var triedReflected = false
        if let m = userReflected, y.type.isSubtype(of: x.type),
           Interpreter.overridesReflected(m, x.type, reflected) {
            triedReflected = true
            let r = try vm.call(m, [y, x])
            if !vm.isNotImplemented(r) { return r }
        }
        // `divmod(1, floatSubclass)`: int's slot leaves floats to float's.
        let rightFirst = userReflected != nil && !Interpreter.leftSlotAccepts(x, y, .floordiv)
        if let m = userForward {
            let r = try vm.call(m, [x, y])
            if !vm.isNotImplemented(r) { return r }
        } else if !rightFirst, let r = try numericDivmod(vm, x, y) {
            return r
        }
        if let m = userReflected, !triedReflected {
            let r = try vm.call(m, [y, x])
            if !vm.isNotImplemented(r) { return r }
        }
        throw PyError.typeError(
            "unsupported operand type(s) for divmod(): '\(x.type.cTypeName)' and '\(y.type.cTypeName)'")
    }

    /// divmod of two builtin real numbers (subclass instances divide as their
    /// value), or nil when the operands are not both numbers.
    private static func numericDivmod(_ vm: Interpreter, _ a: Value, _ b: Value) throws -> Value? {
        let x = a.unboxedFloat, y = b.unboxedFloat
        if let p = x.intValue, let q = y.intValue,
           let (d, m) = try vm.bridging({ try IntegerArithmetic.divmod(p, q) }) {
            return .object(PyTuple([.int(d), .int(m)]))
        }
        if let p = x.bigIntValue, let q = y.bigIntValue {
            try vm.chargeBigWork(.divide(p.magnitude.bitWidth, q.magnitude.bitWidth))
            let (d, m) = try vm.bridging { try IntegerArithmetic.divmod(p, q) }
            return .object(PyTuple([.integer(d), .integer(m)]))
        }
        if isRealNumber(x) && isRealNumber(y) {
            let p = try vm.toDouble(x), q = try vm.toDouble(y)
            let (d, m) = try vm.bridging { try FloatArithmetic.divmod(p, q) }
            return .object(PyTuple([.float(d), .float(m)]))
        }
        return nil
    }

    static func isRealNumber(_ v: Value) -> Bool {
        switch v {
        case .int, .bool, .float: return true
        case .none: return false
        case .object(let o): return o is PyBigInt || o is PyFloatSubclassInstance
        }
    }

    static func pow(_ vm: Interpreter, _ a: Args) throws -> Value {
        let slots = try a.bind("pow", ["base", "exp", "mod"], required: 2)
        guard let base = slots[0], let exp = slots[1] else { return .none }
        guard let mod = slots[2], !mod.isNone else { return try vm.binaryOp(base, exp, .pow) }
        guard let b = base.bigIntValue, let e = exp.bigIntValue, let m = mod.bigIntValue else {
            if case .object(let o) = base, let userCls = o.userClass, let f = userCls.lookupUser(BinaryOp.forward[BinaryOp.pow.rawValue]) {
                return try vm.call(f, [base, exp, mod])
            }
            throw PyError.typeError("pow() 3rd argument not allowed unless all arguments are integers")
        }
        if m.isZero { throw PyError.valueError("pow() 3rd argument cannot be 0") }
        // One squaring and one reduction per exponent bit, on modulus-sized numbers.
        let modBits = m.magnitude.bitWidth
        let perBit = Interpreter.estimatedSeconds(.multiply(modBits, modBits))
            + Interpreter.estimatedSeconds(.divide(2 * modBits, modBits))
        if perBit * Double(e.magnitude.bitWidth) > vm.deadline.secondsLeft {
            throw LimitExceeded(name: "wall", value: Int(vm.limits.wallSeconds * 1000))
        }
        return .integer(try vm.bridging {
            try IntegerArithmetic.power(b, e, modulus: m) { if vm.deadline.passed { throw vm.wallLimit } }
        })
    }

    static func round(_ vm: Interpreter, _ a: Args) throws -> Value {
        let slots = try a.bind("round", ["number", "ndigits"], required: 1)
        guard let x = slots[0] else { return .none }
        let ndigitsValue = slots[1].flatMap { $0.isNone ? nil : $0 }
        if case .object(let o) = x, let userCls = o.userClass, let m = userCls.lookupUser(Names.intern("__round__")) {
            return try vm.call(m, ndigitsValue.map { [x, $0] } ?? [x])
        }
        var ndigits: Int?
        if let n = ndigitsValue {
            let b = try vm.indexValue(n)
            ndigits = Int(exactly: b) ?? (b.signum() < 0 ? Int.min / 2 : Int.max / 2)
        }
        switch x.unboxedFloat {
        case .int, .bool:
            guard let n = ndigits, let b = x.bigIntValue else { return .int(x.intValue ?? 0) }
            try chargeRounding(vm, b, n)
            return .integer(PythonRound.round(b, ndigits: n))
        case .float(let d):
            guard let n = ndigits else { return .integer(try vm.bridging { try PythonRound.round(d) }) }
            return .float(try vm.bridging { try PythonRound.round(d, ndigits: n) })
        case .object(let o) where o is PyBigInt:
            guard let n = ndigits, let b = x.bigIntValue else { return o.type.isBuiltin ? x : .integer(x.bigIntValue ?? 0) }
            try chargeRounding(vm, b, n)
            return .integer(PythonRound.round(b, ndigits: n))
        default:
            throw PyError.typeError("type \(x.type.name) doesn't define __round__ method")
        }
    }

    /// `round(n, -k)` builds 10**k and divides n by it: refused at once
    /// (wall limit) when that would outlast the time left.
    static func chargeRounding(_ vm: Interpreter, _ n: BigInt, _ ndigits: Int) throws {
        guard ndigits < 0 else { return }
        let bits = n.magnitude.bitWidth
        // Rounds to 0 without the power (PythonRound checks the same bound).
        guard -ndigits <= bits / 3 + 8 else { return }
        let scaleBits = Int(Double(-ndigits) * 3.3219280948873626)
        try vm.chargeBigWork(.power(scaleBits))
        try vm.chargeBigWork(.divide(bits, scaleBits))
    }

    static func sum(_ vm: Interpreter, _ a: Args) throws -> Value {
        let slots = try a.bind("sum", ["iterable", "start"], required: 1)
        guard let iterable = slots[0] else { return .none }
        var total = slots[1] ?? .int(0)
        if case .object(let o) = total, o is PyStr {
            throw PyError.typeError("sum() can't sum strings [use ''.join(seq) instead]")
        }
        let it = try vm.iterator(iterable)
        while let item = try vm.next(it) {
            if case .int(let x) = total, case .int(let y) = item {
                let (r, overflow) = x.addingReportingOverflow(y)
                total = overflow ? .integer(BigInt(x) + BigInt(y)) : .int(r)
            } else if case .float(let x) = total, case .float(let y) = item {
                total = .float(x + y)
            } else {
                total = try vm.binaryOp(total, item, .add)
                // Adding to a list or tuple copies it: `sum(lists, [])` is
                // quadratic, and its work is the copies, not the items.
                if case .object(let o) = total {
                    if let list = o as? PyList { try vm.nativeWork(list.items.count) }
                    else if let tuple = o as? PyTuple { try vm.nativeWork(tuple.items.count) }
                }
            }
        }
        return total
    }

    static func radix(_ vm: Interpreter, _ a: Args, _ name: String, _ base: Int,
                      _ render: (BigInt) -> String) throws -> Value {
        try a.check(name, min: 1, max: 1)
        if case .int(let small) = a[0] {
            // A machine int: its digits straight from the word, no big integer.
            let prefix = base == 16 ? "0x" : base == 8 ? "0o" : "0b"
            return .str((small < 0 ? "-" : "") + prefix + String(small.magnitude, radix: base))
        }
        let value = try vm.indexValue(a[0])
        try vm.charge(IntToString.radixLength(value, radix: base))
        return .str(render(value))
    }

    static func chr(_ vm: Interpreter, _ a: Args) throws -> Value {
        try a.check("chr", min: 1, max: 1)
        let code = try vm.indexValue(a[0])
        guard let c = Int(exactly: code) else { throw PyError.overflow("Python int too large to convert to C int") }
        guard c >= 0 && c <= 0x10FFFF else { throw PyError.valueError("chr() arg not in range(0x110000)") }
        // Lone surrogates are valid Python code points but not Swift scalars.
        let scalar = Unicode.Scalar(UInt32(c)) ?? "\u{FFFD}"
        return .str(String(Character(scalar)))
    }

    static func ord(_ vm: Interpreter, _ a: Args) throws -> Value {
        try a.check("ord", min: 1, max: 1)
        // A bytes or bytearray of length 1 gives its byte, as CPython's.
        if case .object(let o) = a[0] {
            let bytes: [UInt8]? = (o as? PyBytes)?.bytes ?? (o as? PyByteArray)?.bytes
            if let bytes {
                guard bytes.count == 1 else {
                    throw PyError.typeError("ord() expected a character, but string of length \(bytes.count) found")
                }
                return .int(Int(bytes[0]))
            }
        }
        guard let s = a[0].asStr else {
            throw PyError.typeError("ord() expected string of length 1, but \(a[0].type.name) found")
        }
        let scalars = s.value.unicodeScalars
        guard scalars.count == 1, let c = scalars.first else {
            throw PyError.typeError("ord() expected a character, but string of length \(s.count) found")
        }
        return .int(Int(c.value))
    }

    static func format(_ vm: Interpreter, _ a: Args) throws -> Value {
        try a.check("format", min: 1, max: 2)
        var spec = ""
        if a.count == 2 {
            guard let s = a[1].stringValue else {
                throw PyError.typeError("format() argument 2 must be str, not \(a[1].type.name)")
            }
            spec = s
        }
        return try vm.newStr(vm.chargedFormat(a[0], spec))
    }

    static func ascii(_ vm: Interpreter, _ a: Args) throws -> Value {
        try a.check("ascii", min: 1, max: 1)
        return try vm.newStr(asciiEscaped(try vm.repr(a[0])))
    }

    /// `repr` text with every non-ASCII code point backslash-escaped.
    static func asciiEscaped(_ text: String) -> String {
        // All ASCII is the text itself (appending a 30 MB repr scalar by
        // scalar took seconds, past the wall limit).
        if text.utf8.allSatisfy({ $0 < 0x80 }) { return text }
        var out = String.UnicodeScalarView()
        for c in text.unicodeScalars {
            if c.isASCII {
                out.append(c)
                continue
            }
            let hex = String(c.value, radix: 16)
            let escaped: String
            if c.value <= 0xFF {
                escaped = "\\x" + String(repeating: "0", count: 2 - hex.count) + hex
            } else if c.value <= 0xFFFF {
                escaped = "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
            } else {
                escaped = "\\U" + String(repeating: "0", count: 8 - hex.count) + hex
            }
            out.appendScalars(escaped.unicodeScalars)
        }
        return String(out)
    }
}
