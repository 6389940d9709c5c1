/// Resolves `\N{NAME}` escapes: a table of common names, then a search of
/// the Unicode character database through `Unicode.Scalar.Properties.name`
/// (indexed once on first use; lookup is case-insensitive like CPython's).
enum UnicodeNames {
    private static let common: [String: UInt32] = [
        "BULLET": 0x2022, "EM DASH": 0x2014, "EN DASH": 0x2013, "HORIZONTAL ELLIPSIS": 0x2026,
        "NO-BREAK SPACE": 0xA0, "DEGREE SIGN": 0xB0, "MICRO SIGN": 0xB5, "SECTION SIGN": 0xA7,
        "COPYRIGHT SIGN": 0xA9, "REGISTERED SIGN": 0xAE, "EURO SIGN": 0x20AC, "POUND SIGN": 0xA3,
        "LEFT-POINTING DOUBLE ANGLE QUOTATION MARK": 0xAB, "RIGHT-POINTING DOUBLE ANGLE QUOTATION MARK": 0xBB,
        "RIGHTWARDS ARROW": 0x2192, "LEFTWARDS ARROW": 0x2190, "CHECK MARK": 0x2713, "BLACK STAR": 0x2605,
        "GREEK SMALL LETTER ALPHA": 0x3B1, "GREEK SMALL LETTER BETA": 0x3B2, "GREEK SMALL LETTER GAMMA": 0x3B3,
        "GREEK SMALL LETTER DELTA": 0x3B4, "GREEK SMALL LETTER PI": 0x3C0, "GREEK SMALL LETTER LAMDA": 0x3BB,
        "GREEK CAPITAL LETTER OMEGA": 0x3A9, "GREEK CAPITAL LETTER DELTA": 0x394, "GREEK CAPITAL LETTER SIGMA": 0x3A3,
        "LATIN SMALL LETTER E WITH ACUTE": 0xE9, "LATIN SMALL LETTER A WITH GRAVE": 0xE0,
        "SNOWMAN": 0x2603, "SPACE": 0x20, "LINE FEED": 0x0A, "NULL": 0x00, "INFINITY": 0x221E,
        "MULTIPLICATION SIGN": 0xD7, "DIVISION SIGN": 0xF7, "PLUS-MINUS SIGN": 0xB1,
        "ZERO WIDTH SPACE": 0x200B, "HOURGLASS": 0x231B, "WHITE HEAVY CHECK MARK": 0x2705,
    ]

    /// Every named scalar, by the hash of its name (built once, about 40 ms and a few MiB);
    /// hashing keeps it small and a hit is confirmed against the real name.
    private static let index: [Int: [UInt32]] = {
        var map: [Int: [UInt32]] = [:]
        for v in UInt32(0x20)...UInt32(0x3134F) {
            if let s = Unicode.Scalar(v), let n = s.properties.name {
                map[n.hashValue, default: []].append(v)
            }
        }
        return map
    }()

    /// The scalar named `name` (any case), or nil if no character has that name.
    static func lookup(_ name: String) -> Unicode.Scalar? {
        let key = name.uppercased()
        if let v = common[key] { return Unicode.Scalar(v) }
        guard key.utf8.count <= 100 else { return nil }
        for v in index[key.hashValue] ?? [] {
            if let s = Unicode.Scalar(v), s.properties.name == key { return s }
        }
        return nil
    }
}
