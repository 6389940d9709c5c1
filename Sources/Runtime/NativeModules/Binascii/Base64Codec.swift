/// Base64 as CPython 3.11's binascii does it (`b2a_base64`, `a2b_base64`
/// with and without strict mode), CRC-32 and CRC-CCITT.
enum Base64Codec {
    static let alphabet = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/".utf8)

    /// The 6-bit value of each octet, 255 when it is not in the alphabet.
    static let table: [UInt8] = {
        var t = [UInt8](repeating: 255, count: 256)
        for (i, c) in alphabet.enumerated() { t[Int(c)] = UInt8(i) }
        return t
    }()

    static func encode(_ data: [UInt8], newline: Bool) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity((data.count + 2) / 3 * 4 + 1)
        var i = 0
        while i + 3 <= data.count {
            let n = Int(data[i]) << 16 | Int(data[i + 1]) << 8 | Int(data[i + 2])
            out += [alphabet[n >> 18], alphabet[(n >> 12) & 63], alphabet[(n >> 6) & 63], alphabet[n & 63]]
            i += 3
        }
        let rest = data.count - i
        if rest == 1 {
            let n = Int(data[i]) << 16
            out += [alphabet[n >> 18], alphabet[(n >> 12) & 63], 61, 61]
        } else if rest == 2 {
            let n = Int(data[i]) << 16 | Int(data[i + 1]) << 8
            out += [alphabet[n >> 18], alphabet[(n >> 12) & 63], alphabet[(n >> 6) & 63], 61]
        }
        if newline { out.append(10) }
        return out
    }

    /// Decodes, raising `binascii.Error` with CPython's messages.
    static func decode(_ ascii: [UInt8], strict: Bool) throws -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(ascii.count / 4 * 3 + 3)
        var quadPos = 0, left: UInt8 = 0, pads = 0
        var paddingStarted = false
        if strict, ascii.first == 61 { throw BinasciiModule.error("Leading padding not allowed") }
        var i = 0
        while i < ascii.count {
            let ch = ascii[i]
            i += 1
            if ch == 61 {
                paddingStarted = true
                if quadPos >= 2 {
                    pads += 1
                    if quadPos + pads >= 4 {
                        if strict && i < ascii.count { throw BinasciiModule.error("Excess data after padding") }
                        return out
                    }
                }
                continue
            }
            let v = table[Int(ch)]
            if v >= 64 {
                if strict { throw BinasciiModule.error("Only base64 data is allowed") }
                continue
            }
            if strict && paddingStarted { throw BinasciiModule.error("Discontinuous padding not allowed") }
            pads = 0
            switch quadPos {
            case 0: quadPos = 1; left = v
            case 1: quadPos = 2; out.append(left << 2 | v >> 4); left = v & 0x0f
            case 2: quadPos = 3; out.append(left << 4 | v >> 2); left = v & 0x03
            default: quadPos = 0; out.append(left << 6 | v); left = 0
            }
        }
        if quadPos == 1 {
            throw BinasciiModule.error("Invalid base64-encoded string: number of data characters "
                + "(\(out.count / 3 * 4 + 1)) cannot be 1 more than a multiple of 4")
        }
        if quadPos != 0 { throw BinasciiModule.error("Incorrect padding") }
        return out
    }

    static let crcTable: [UInt32] = (0..<256).map { n -> UInt32 in
        var c = UInt32(n)
        for _ in 0..<8 { c = c & 1 != 0 ? 0xEDB8_8320 ^ (c >> 1) : c >> 1 }
        return c
    }

    /// CRC-32 (zlib's), continuing from `start`.
    static func crc32(_ data: [UInt8], _ start: UInt32) -> UInt32 {
        var c = ~start
        for b in data { c = crcTable[Int((c ^ UInt32(b)) & 0xff)] ^ (c >> 8) }
        return ~c
    }

    /// CRC-CCITT (binhex's `crc_hqx`).
    static func crcHqx(_ data: [UInt8], _ start: UInt16) -> UInt16 {
        var crc = start
        for b in data {
            crc ^= UInt16(b) << 8
            for _ in 0..<8 { crc = crc & 0x8000 != 0 ? (crc << 1) ^ 0x1021 : crc << 1 }
        }
        return crc
    }
}
