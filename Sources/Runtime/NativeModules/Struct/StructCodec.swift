import BigInt

/// Packing and unpacking values by a `StructFormat`, with CPython 3.11's
/// range checks and `struct.error` messages.
enum StructCodec {
    /// Packs `values` (exactly `format.valueCount`) into `buffer` at `offset`.
    static func pack(_ vm: Interpreter, _ format: StructFormat, _ values: ArraySlice<Value>,
                     into buffer: inout [UInt8], at offset: Int) throws {
        var next = values.startIndex
        for item in format.items {
            var at = offset + item.offset
            switch item.code {
            case UInt8(ascii: "x"):
                continue
            case UInt8(ascii: "s"), UInt8(ascii: "p"):
                let v = values[next]
                next += 1
                let letter = item.code == UInt8(ascii: "s") ? "s" : "p"
                guard case .object(let o) = v, o is PyBytes || o is PyByteArray,
                      let bytes = BytesLibraryMethods.bytesOf(v) else {
                    throw StructModule.error("argument for '\(letter)' must be a bytes object")
                }
                if letter == "s" {
                    let n = min(bytes.count, item.count)
                    for k in 0..<n { buffer[at + k] = bytes[k] }
                } else if item.count > 0 {
                    let n = min(bytes.count, item.count - 1)
                    for k in 0..<n { buffer[at + 1 + k] = bytes[k] }
                    buffer[at] = UInt8(min(n, 255))
                }
            default:
                for _ in 0..<item.count {
                    try packOne(vm, format, item, values[next], into: &buffer, at: at)
                    next += 1
                    at += item.size
                }
                try vm.nativeWork(item.count)
            }
        }
    }

    /// Writes the low `size` bytes of `bits` in the format's byte order.
    private static func store(_ bits: UInt64, _ size: Int, _ little: Bool, _ buffer: inout [UInt8], _ at: Int) {
        for k in 0..<size {
            let byte = UInt8(truncatingIfNeeded: bits >> (8 * UInt64(k)))
            buffer[little ? at + k : at + size - 1 - k] = byte
        }
    }

    /// CPython's range errors for an integer item. Three families of packers
    /// answer: the native ones (np_*: `@`, and on this little-endian machine
    /// also `<`/`=` where sizes agree, and `b`/`B` everywhere) first convert
    /// to a C long ("argument out of range") and then name the C type
    /// ("short format requires ..."); the big-endian standard ones (bp_*)
    /// name the format letter; 8-byte big-endian items overflow in
    /// _PyLong_AsByteArray ("int too large to convert").
    private static func checkRange(_ n: BigInt, code: UInt8, letter: String, unsigned: Bool, bits: BigInt,
                                   bigEndianStandard: Bool) throws {
        let long = n >= -(BigInt(1) << 63) && n < (BigInt(1) << 63)
        let ulong = n >= 0 && n < (BigInt(1) << 64)
        func require(_ low: BigInt, _ high: BigInt, _ name: String) throws {
            guard n >= low && n <= high else {
                throw StructModule.error("\(name) format requires \(low) <= number <= \(high)")
            }
        }
        switch code {
        case UInt8(ascii: "b"):
            guard long else { throw StructModule.error("argument out of range") }
            try require(-128, 127, "byte")
        case UInt8(ascii: "B"):
            guard long else { throw StructModule.error("argument out of range") }
            try require(0, 255, "ubyte")
        case UInt8(ascii: "h") where !bigEndianStandard:
            guard long else { throw StructModule.error("argument out of range") }
            try require(-32768, 32767, "short")
        case UInt8(ascii: "H") where !bigEndianStandard:
            guard long else { throw StructModule.error("argument out of range") }
            try require(0, 65535, "ushort")
        case UInt8(ascii: "P"):
            guard n >= -(BigInt(1) << 63) && n < (BigInt(1) << 64) else {
                throw StructModule.error("int too large to convert")
            }
        default:
            if bigEndianStandard && bits == 64 {
                let fits = unsigned ? ulong : long
                guard fits else { throw StructModule.error("int too large to convert") }
            } else if unsigned {
                // CPython converts to a C unsigned long (or long long) first.
                guard ulong else { throw StructModule.error("argument out of range") }
                try require(0, (BigInt(1) << bits) - 1, "'\(letter)'")
            } else {
                guard long else { throw StructModule.error("argument out of range") }
                let top = (BigInt(1) << (bits - 1)) - 1
                try require(-top - 1, top, "'\(letter)'")
            }
        }
    }

    private static func integer(_ vm: Interpreter, _ v: Value) throws -> BigInt {
        if let b = v.bigIntValue { return b }
        guard case .object(let o) = v, o.userClass?.lookupUser(Names.index) != nil else {
            throw StructModule.error("required argument is not an integer")
        }
        return try vm.indexValue(v)
    }

    private static func double(_ vm: Interpreter, _ v: Value) throws -> Double {
        do { return try vm.toDouble(v) } catch let e as PyError where e.exception.type === BuiltinTypes.typeError {
            throw StructModule.error("required argument is not a float")
        }
    }

    private static func packOne(_ vm: Interpreter, _ format: StructFormat, _ item: StructFormat.Item, _ v: Value,
                                into buffer: inout [UInt8], at: Int) throws {
        let little = format.littleEndian
        let code = item.code
        switch code {
        case UInt8(ascii: "c"):
            guard case .object(let o) = v, o is PyBytes || o is PyByteArray,
                  let bytes = BytesLibraryMethods.bytesOf(v), bytes.count == 1 else {
                throw StructModule.error("char format requires a bytes object of length 1")
            }
            buffer[at] = bytes[0]
        case UInt8(ascii: "?"):
            buffer[at] = try vm.isTruthy(v) ? 1 : 0
        case UInt8(ascii: "e"), UInt8(ascii: "f"), UInt8(ascii: "d"):
            let x = try double(vm, v)
            switch code {
            case UInt8(ascii: "d"):
                store(x.bitPattern, 8, little, &buffer, at)
            case UInt8(ascii: "f"):
                let y = Float(x)
                if y.isInfinite && x.isFinite && !format.nativeSizes {
                    throw PyError.overflow("float too large to pack with f format")
                }
                store(UInt64(y.bitPattern), 4, little, &buffer, at)
            default:
                let y = Float16(x)
                if y.isInfinite && x.isFinite { throw PyError.overflow("float too large to pack with e format") }
                store(UInt64(y.bitPattern), 2, little, &buffer, at)
            }
        default:
            let n = try integer(vm, v)
            let unsigned = code == UInt8(ascii: "B") || code == UInt8(ascii: "H") || code == UInt8(ascii: "I")
                || code == UInt8(ascii: "L") || code == UInt8(ascii: "Q") || code == UInt8(ascii: "N")
            let bits = BigInt(item.size * 8)
            let letter = String(UnicodeScalar(code))
            try checkRange(n, code: code, letter: letter, unsigned: unsigned, bits: bits,
                           bigEndianStandard: !little && !format.nativeSizes)
            let word: UInt64 = n < 0 ? UInt64(bitPattern: Int64(n)) : UInt64(n)
            store(word, item.size, little, &buffer, at)
        }
    }

    /// Unpacks the values of `format` from `buffer` at `offset`.
    static func unpack(_ vm: Interpreter, _ format: StructFormat, _ buffer: [UInt8], at offset: Int) throws -> [Value] {
        var out: [Value] = []
        out.reserveCapacity(format.valueCount)
        let little = format.littleEndian
        for item in format.items {
            var at = offset + item.offset
            switch item.code {
            case UInt8(ascii: "x"):
                continue
            case UInt8(ascii: "s"):
                out.append(.object(PyBytes(Array(buffer[at..<at + item.count]))))
                continue
            case UInt8(ascii: "p"):
                if item.count == 0 { out.append(.object(PyBytes([]))); continue }
                let n = min(Int(buffer[at]), item.count - 1)
                out.append(.object(PyBytes(Array(buffer[at + 1..<at + 1 + n]))))
                continue
            default:
                break
            }
            for _ in 0..<item.count {
                out.append(load(item, little, buffer, at))
                at += item.size
            }
            try vm.nativeWork(item.count)
        }
        return out
    }

    private static func load(_ item: StructFormat.Item, _ little: Bool, _ buffer: [UInt8], _ at: Int) -> Value {
        var bits: UInt64 = 0
        for k in 0..<item.size {
            let byte = UInt64(buffer[little ? at + k : at + item.size - 1 - k])
            bits |= byte << (8 * UInt64(k))
        }
        switch item.code {
        case UInt8(ascii: "c"): return .object(PyBytes([buffer[at]]))
        case UInt8(ascii: "?"): return .bool(bits != 0)
        case UInt8(ascii: "d"): return .float(Double(bitPattern: bits))
        case UInt8(ascii: "f"): return .float(Double(Float(bitPattern: UInt32(bits))))
        case UInt8(ascii: "e"): return .float(Double(Float16(bitPattern: UInt16(bits))))
        case UInt8(ascii: "B"), UInt8(ascii: "H"), UInt8(ascii: "I"), UInt8(ascii: "L"), UInt8(ascii: "Q"),
             UInt8(ascii: "N"), UInt8(ascii: "P"):
            return bits <= UInt64(Int.max) ? .int(Int(bits)) : .integer(BigInt(bits))
        default:
            let shift = UInt64(64 - 8 * item.size)
            return .int(Int(Int64(bitPattern: bits << shift) >> Int64(shift)))
        }
    }
}
