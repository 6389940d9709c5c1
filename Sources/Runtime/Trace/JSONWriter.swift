/// Serialises `JSONValue`s to compact RFC 8259 text. Non-finite doubles have
/// no JSON spelling and are written as `null`; doubles use the shortest
/// round-trip digits, so virtual times such as 0.30000000000000004 survive.
///
/// Writes UTF-8 bytes into one growing buffer: traces of switch-heavy
/// programs hold millions of events, and appending to a `String` piece by
/// piece cost more than recording them (scripts/bench-asyncio.sh).
public enum JSONWriter {
    /// The compact JSON text of `value`.
    public static func string(_ value: JSONValue) -> String {
        String(decoding: bytes(value), as: UTF8.self)
    }

    /// The UTF-8 bytes of the compact JSON text of `value`.
    public static func bytes(_ value: JSONValue) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(256)
        write(value, into: &out)
        return out
    }

    /// Appends the JSON text of `value` to `out`.
    public static func write(_ value: JSONValue, into out: inout [UInt8]) {
        switch value {
        case .null: out.append(contentsOf: "null".utf8)
        case let .bool(b): out.append(contentsOf: (b ? "true" : "false").utf8)
        case let .int(i): writeInt(i, into: &out)
        case let .double(d): writeDouble(d, into: &out)
        case let .string(s): writeString(s, into: &out)
        case let .array(items):
            out.append(UInt8(ascii: "["))
            var first = true
            for item in items {
                if !first { out.append(UInt8(ascii: ",")) }
                first = false
                write(item, into: &out)
            }
            out.append(UInt8(ascii: "]"))
        case let .object(members):
            out.append(UInt8(ascii: "{"))
            var first = true
            for (key, item) in members {
                if !first { out.append(UInt8(ascii: ",")) }
                first = false
                writeString(key, into: &out)
                out.append(UInt8(ascii: ":"))
                write(item, into: &out)
            }
            out.append(UInt8(ascii: "}"))
        }
    }

    static func writeInt(_ i: Int, into out: inout [UInt8]) {
        if i >= 0 && i < 10 {
            out.append(UInt8(ascii: "0") + UInt8(i))
            return
        }
        out.append(contentsOf: String(i).utf8)
    }

    static func writeDouble(_ d: Double, into out: inout [UInt8]) {
        guard d.isFinite else { out.append(contentsOf: "null".utf8); return }
        if d == d.rounded(), abs(d) < 1e15 {
            // Integral values print without a fraction in most JSON writers;
            // keep ".0" off so 3.0 seconds reads as 3 but stays a number.
            writeInt(Int(d), into: &out)
            return
        }
        out.append(contentsOf: d.description.utf8)
    }

    private static let hexDigits = Array("0123456789abcdef".utf8)

    /// Bytes that need a look: controls, DEL, quote, backslash, and 0xE2
    /// (the lead byte of U+2028/U+2029); everything else is copied in runs.
    private static let special: [Bool] = (0..<256).map { b in
        b < 0x20 || b == 0x7F || b == 0x22 || b == 0x5C || b == 0xE2
    }

    static func writeString(_ s: String, into out: inout [UInt8]) {
        out.append(UInt8(ascii: "\""))
        var s = s
        s.withUTF8 { utf8 in
            var i = 0
            let n = utf8.count
            var runStart = 0
            while i < n {
                let byte = utf8[i]
                if !special[Int(byte)] { i += 1; continue }
                var escape: String?
                switch byte {
                case UInt8(ascii: "\""): escape = "\\\""
                case UInt8(ascii: "\\"): escape = "\\\\"
                case UInt8(ascii: "\n"): escape = "\\n"
                case UInt8(ascii: "\r"): escape = "\\r"
                case UInt8(ascii: "\t"): escape = "\\t"
                case 0x08: escape = "\\b"
                case 0x0C: escape = "\\f"
                case 0x00..<0x20, 0x7F: escape = ""
                case 0xE2 where i + 2 < n && utf8[i + 1] == 0x80 && (utf8[i + 2] == 0xA8 || utf8[i + 2] == 0xA9):
                    // U+2028 and U+2029 end lines in JavaScript source.
                    escape = utf8[i + 2] == 0xA8 ? "\\u2028" : "\\u2029"
                default: break
                }
                guard let escape else { i += 1; continue }
                out.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[runStart..<i]))
                if escape.isEmpty {
                    out.append(contentsOf: "\\u00".utf8)
                    out.append(hexDigits[Int(byte >> 4)])
                    out.append(hexDigits[Int(byte & 0xF)])
                    i += 1
                } else {
                    out.append(contentsOf: escape.utf8)
                    i += byte == 0xE2 ? 3 : 1
                }
                runStart = i
            }
            out.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[runStart..<n]))
        }
        out.append(UInt8(ascii: "\""))
    }
}
