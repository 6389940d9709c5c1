import BigInt

/// A memoryview item format: one of the native single-character `struct`
/// formats `memoryview.cast` accepts in CPython 3.11 (native byte order,
/// which is little-endian here), with packing and unpacking of one item.
public enum MemoryViewFormat: Equatable {
    case unsignedByte, signedByte, char, bool
    case unsignedShort, signedShort, unsignedInt, signedInt
    case unsignedLong, signedLong, unsignedLongLong, signedLongLong
    case size, signedSize, pointer
    case float, double

    /// The format for a `cast` argument (`'H'` or `'@H'`), nil when CPython
    /// refuses it.
    init?(code text: String) {
        var scalars = Array(text.unicodeScalars)
        if scalars.count == 2 && scalars[0] == "@" { scalars.removeFirst() }
        guard scalars.count == 1 else { return nil }
        switch scalars[0] {
        case "B": self = .unsignedByte
        case "b": self = .signedByte
        case "c": self = .char
        case "?": self = .bool
        case "H": self = .unsignedShort
        case "h": self = .signedShort
        case "I": self = .unsignedInt
        case "i": self = .signedInt
        case "L": self = .unsignedLong
        case "l": self = .signedLong
        case "Q": self = .unsignedLongLong
        case "q": self = .signedLongLong
        case "N": self = .size
        case "n": self = .signedSize
        case "P": self = .pointer
        case "f": self = .float
        case "d": self = .double
        default: return nil
        }
    }

    /// The `struct` character.
    var code: String {
        switch self {
        case .unsignedByte: return "B"
        case .signedByte: return "b"
        case .char: return "c"
        case .bool: return "?"
        case .unsignedShort: return "H"
        case .signedShort: return "h"
        case .unsignedInt: return "I"
        case .signedInt: return "i"
        case .unsignedLong: return "L"
        case .signedLong: return "l"
        case .unsignedLongLong: return "Q"
        case .signedLongLong: return "q"
        case .size: return "N"
        case .signedSize: return "n"
        case .pointer: return "P"
        case .float: return "f"
        case .double: return "d"
        }
    }

    /// Bytes per item.
    var itemSize: Int {
        switch self {
        case .unsignedByte, .signedByte, .char, .bool: return 1
        case .unsignedShort, .signedShort: return 2
        case .unsignedInt, .signedInt, .float: return 4
        default: return 8
        }
    }

    /// `B`, `b` and `c`: the formats casts between non-byte formats go through.
    var isByteFormat: Bool { self == .unsignedByte || self == .signedByte || self == .char }

    private var isSigned: Bool {
        switch self {
        case .signedByte, .signedShort, .signedInt, .signedLong, .signedLongLong, .signedSize: return true
        default: return false
        }
    }

    /// One item's value from its little-endian bytes.
    func unpack(_ bytes: ArraySlice<UInt8>) -> Value {
        var raw: UInt64 = 0
        for (k, b) in bytes.enumerated() { raw |= UInt64(b) << (8 * UInt64(k)) }
        switch self {
        case .char: return .object(PyBytes(Array(bytes)))
        case .bool: return .bool(raw != 0)
        case .float: return .float(Double(Float(bitPattern: UInt32(truncatingIfNeeded: raw))))
        case .double: return .float(Double(bitPattern: raw))
        default:
            if isSigned {
                let bits = 64 - 8 * itemSize
                return .int(Int(Int64(bitPattern: raw << UInt64(bits)) >> Int64(bits)))
            }
            if let i = Int(exactly: raw) { return .int(i) }
            return .integer(BigInt(raw))
        }
    }

    /// One item's little-endian bytes for `value`, with CPython's
    /// `invalid type` / `invalid value` errors.
    func pack(_ vm: Interpreter, _ value: Value) throws -> [UInt8] {
        let invalidType = PyError.typeError("memoryview: invalid type for format '\(code)'")
        let invalidValue = PyError.valueError("memoryview: invalid value for format '\(code)'")
        func littleEndian(_ raw: UInt64) -> [UInt8] {
            (0..<itemSize).map { UInt8(truncatingIfNeeded: raw >> (8 * UInt64($0))) }
        }
        switch self {
        case .char:
            guard case .object(let o) = value, let b = o as? PyBytes else { throw invalidType }
            guard b.bytes.count == 1 else { throw invalidValue }
            return b.bytes
        case .bool:
            return [try vm.isTruthy(value) ? 1 : 0]
        case .float, .double:
            let x: Double
            switch value {
            case .float(let d): x = d
            case .int(let i): x = Double(i)
            case .bool(let b): x = b ? 1 : 0
            default:
                guard let big = value.bigIntValue else { throw invalidType }
                x = try IntegerConversion.toDoubleOrThrow(big)
            }
            return self == .float ? littleEndian(UInt64(Float(x).bitPattern)) : littleEndian(x.bitPattern)
        default:
            guard value.isInteger, let big = value.bigIntValue else { throw invalidType }
            let bits = 8 * itemSize
            if isSigned {
                let limit = BigInt(1) << (bits - 1)
                guard big >= -limit && big < limit, let i = Int64(exactly: big) else { throw invalidValue }
                return littleEndian(UInt64(bitPattern: i))
            }
            guard big >= 0, big < (BigInt(1) << bits), let u = UInt64(exactly: big) else { throw invalidValue }
            return littleEndian(u)
        }
    }
}
