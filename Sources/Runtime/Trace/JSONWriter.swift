/// Serialises `JSONValue`s to compact RFC 8259 text. Non-finite doubles have
/// no JSON spelling and are written as `null`; doubles use the shortest
/// round-trip digits, so virtual times such as 0.30000000000000004 survive.
public enum JSONWriter {
    /// The compact JSON text of `value`.
    public static func string(_ value: JSONValue) -> String {
        var out = ""
        out.reserveCapacity(256)
        write(value, into: &out)
        return out
    }

    /// The UTF-8 bytes of the compact JSON text of `value`.
    public static func bytes(_ value: JSONValue) -> [UInt8] {
        Array(string(value).utf8)
    }

    /// Appends the JSON text of `value` to `out`.
    public static func write(_ value: JSONValue, into out: inout String) {
        switch value {
        case .null: out += "null"
        case let .bool(b): out += b ? "true" : "false"
        case let .int(i): out += String(i)
        case let .double(d): writeDouble(d, into: &out)
        case let .string(s): writeString(s, into: &out)
        case let .array(items):
            out += "["
            for (i, item) in items.enumerated() {
                if i > 0 { out += "," }
                write(item, into: &out)
            }
            out += "]"
        case let .object(members):
            out += "{"
            for (i, (key, item)) in members.enumerated() {
                if i > 0 { out += "," }
                writeString(key, into: &out)
                out += ":"
                write(item, into: &out)
            }
            out += "}"
        }
    }

    static func writeDouble(_ d: Double, into out: inout String) {
        guard d.isFinite else { out += "null"; return }
        if d == d.rounded(), abs(d) < 1e15 {
            // Integral values print without a fraction in most JSON writers;
            // keep ".0" off so 3.0 seconds reads as 3 but stays a number.
            out += String(Int(d))
            return
        }
        out += d.description
    }

    static func writeString(_ s: String, into out: inout String) {
        out += "\""
        for scalar in s.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case "\u{08}": out += "\\b"
            case "\u{0C}": out += "\\f"
            case "\u{2028}": out += "\\u2028"
            case "\u{2029}": out += "\\u2029"
            default:
                if scalar.value < 0x20 || scalar.value == 0x7F {
                    out += "\\u00"
                    let hex = String(scalar.value, radix: 16)
                    if hex.count < 2 { out += "0" }
                    out += hex
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        out += "\""
    }
}
