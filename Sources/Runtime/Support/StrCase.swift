/// Python `str` case conversions and character-class predicates over code
/// points, as CPython 3.11 defines them: full case mappings (`'ß'.upper()
/// == 'SS'`), the final-sigma rule in lower/title/capitalize/swapcase,
/// `capitalize` using titlecase for the first character, `title` starting
/// a word after any uncased character, and `isX()` being False when empty.
extension StrAlgorithms {
    /// Code points converted between two calls of a conversion's `progress`.
    public static let caseProgressStride = 1024

    /// `s.lower()`.
    public static func lower(_ s: Scalars) -> Scalars { lower(s, progress: {}) }

    /// `s.lower()`, calling `progress` every `caseProgressStride` code
    /// points (the caller's native-work count: a non-ASCII mapping costs
    /// about a microsecond, so a long string's conversion must meet the wall
    /// limit as it goes). The other conversions below take it too.
    public static func lower(_ s: Scalars, progress: () throws -> Void) rethrows -> Scalars {
        var out: Scalars = []
        out.reserveCapacity(s.count)
        for i in s.indices {
            if i % caseProgressStride == 0 { try progress() }
            let c = s[i]
            if c.isASCII {
                out.append(asciiLower(c))
            } else {
                out.append(contentsOf: PyUnicode.lower(s, at: i))
            }
        }
        return out
    }

    /// `s.upper()`.
    public static func upper(_ s: Scalars) -> Scalars { upper(s, progress: {}) }

    /// `s.upper()` with progress calls.
    public static func upper(_ s: Scalars, progress: () throws -> Void) rethrows -> Scalars {
        var out: Scalars = []
        out.reserveCapacity(s.count)
        for i in s.indices {
            if i % caseProgressStride == 0 { try progress() }
            let c = s[i]
            if c.isASCII {
                out.append(asciiUpper(c))
            } else {
                out.append(contentsOf: PyUnicode.upper(c))
            }
        }
        return out
    }

    /// `s.casefold()`.
    public static func casefold(_ s: Scalars) -> Scalars { casefold(s, progress: {}) }

    /// `s.casefold()` with progress calls.
    public static func casefold(_ s: Scalars, progress: () throws -> Void) rethrows -> Scalars {
        var out: Scalars = []
        out.reserveCapacity(s.count)
        for i in s.indices {
            if i % caseProgressStride == 0 { try progress() }
            let c = s[i]
            if c.isASCII {
                out.append(asciiLower(c))
            } else {
                out.append(contentsOf: PyUnicode.fold(c))
            }
        }
        return out
    }

    private static func asciiLower(_ c: Unicode.Scalar) -> Unicode.Scalar {
        c.value >= 65 && c.value <= 90 ? Unicode.Scalar(UInt8(c.value + 32)) : c
    }

    private static func asciiUpper(_ c: Unicode.Scalar) -> Unicode.Scalar {
        c.value >= 97 && c.value <= 122 ? Unicode.Scalar(UInt8(c.value - 32)) : c
    }

    /// `s.swapcase()`.
    public static func swapcase(_ s: Scalars) -> Scalars { swapcase(s, progress: {}) }

    /// `s.swapcase()` with progress calls.
    public static func swapcase(_ s: Scalars, progress: () throws -> Void) rethrows -> Scalars {
        var out: Scalars = []
        for i in s.indices {
            if i % caseProgressStride == 0 { try progress() }
            let c = s[i]
            if PyUnicode.isUpper(c) {
                out.append(contentsOf: PyUnicode.lower(s, at: i))
            } else if PyUnicode.isLower(c) {
                out.append(contentsOf: PyUnicode.upper(c))
            } else {
                out.append(c)
            }
        }
        return out
    }

    /// `s.capitalize()`: first code point titlecased, the rest lowercased.
    public static func capitalize(_ s: Scalars) -> Scalars { capitalize(s, progress: {}) }

    /// `s.capitalize()` with progress calls.
    public static func capitalize(_ s: Scalars, progress: () throws -> Void) rethrows -> Scalars {
        guard let first = s.first else { return [] }
        var out = PyUnicode.title(first)
        for i in s.indices.dropFirst() {
            if i % caseProgressStride == 0 { try progress() }
            out.append(contentsOf: PyUnicode.lower(s, at: i))
        }
        return out
    }

    /// `s.title()`.
    public static func title(_ s: Scalars) -> Scalars { title(s, progress: {}) }

    /// `s.title()` with progress calls.
    public static func title(_ s: Scalars, progress: () throws -> Void) rethrows -> Scalars {
        var out: Scalars = []
        var previousCased = false
        for i in s.indices {
            if i % caseProgressStride == 0 { try progress() }
            let c = s[i]
            out.append(contentsOf: previousCased ? PyUnicode.lower(s, at: i) : PyUnicode.title(c))
            previousCased = PyUnicode.isCased(c)
        }
        return out
    }

    /// `s.isdigit()`.
    public static func isDigit(_ s: Scalars, progress: () throws -> Void) rethrows -> Bool {
        try !s.isEmpty && allHave(s, progress) { PyUnicode.isDigit($0) ? 2 : 1 }
    }
    /// `s.isdecimal()`.
    public static func isDecimal(_ s: Scalars, progress: () throws -> Void) rethrows -> Bool {
        try !s.isEmpty && allHave(s, progress) { PyUnicode.isDecimal($0) ? 2 : 1 }
    }
    /// `s.isnumeric()`.
    public static func isNumeric(_ s: Scalars, progress: () throws -> Void) rethrows -> Bool {
        try !s.isEmpty && allHave(s, progress) { PyUnicode.isNumeric($0) ? 2 : 1 }
    }
    /// `s.isalpha()`.
    public static func isAlpha(_ s: Scalars, progress: () throws -> Void) rethrows -> Bool {
        try !s.isEmpty && allHave(s, progress) { PyUnicode.isAlpha($0) ? 2 : 1 }
    }
    /// `s.isalnum()`.
    public static func isAlnum(_ s: Scalars, progress: () throws -> Void) rethrows -> Bool {
        try !s.isEmpty && allHave(s, progress) { PyUnicode.isAlnum($0) ? 2 : 1 }
    }
    /// `s.isspace()`.
    public static func isSpace(_ s: Scalars, progress: () throws -> Void) rethrows -> Bool {
        try !s.isEmpty && allHave(s, progress) { PyUnicode.isSpace($0) ? 2 : 1 }
    }
    /// `s.isprintable()` (True when empty).
    public static func isPrintable(_ s: Scalars, progress: () throws -> Void) rethrows -> Bool {
        try allHave(s, progress) { PyUnicode.isPrintable($0) ? 2 : 1 }
    }
    /// `s.isascii()` (True when empty).
    public static func isASCII(_ s: Scalars, progress: () throws -> Void) rethrows -> Bool {
        try allHave(s, progress) { $0.isASCII ? 2 : 1 }
    }

    /// `s.isidentifier()`: XID_Start or `_`, then XID_Continue.
    public static func isIdentifier(_ s: Scalars, progress: () throws -> Void) rethrows -> Bool {
        guard let first = s.first, first == "_" || (first.properties.isXIDStart && PyUnicode.isAssigned(first)) else {
            return false
        }
        return try allHave(s, from: 1, progress) { $0.properties.isXIDContinue && PyUnicode.isAssigned($0) ? 2 : 1 }
    }

    /// `s.islower()`: some cased code point and no upper/titlecase ones.
    public static func isLower(_ s: Scalars, progress: () throws -> Void) rethrows -> Bool {
        var cased = false
        let ok = try forEachClass(s, progress, classify: {
            PyUnicode.isUpper($0) || PyUnicode.isTitle($0) ? 1 : PyUnicode.isLower($0) ? 2 : 3
        }) { k in
            if k == 1 { return false }
            if k == 2 { cased = true }
            return true
        }
        return ok && cased
    }

    /// `s.isupper()`: some cased code point and no lower/titlecase ones.
    public static func isUpper(_ s: Scalars, progress: () throws -> Void) rethrows -> Bool {
        var cased = false
        let ok = try forEachClass(s, progress, classify: {
            PyUnicode.isLower($0) || PyUnicode.isTitle($0) ? 1 : PyUnicode.isUpper($0) ? 2 : 3
        }) { k in
            if k == 1 { return false }
            if k == 2 { cased = true }
            return true
        }
        return ok && cased
    }

    /// `s.istitle()`: uppercase/titlecase only after uncased characters,
    /// lowercase only after cased ones, and at least one cased character.
    public static func isTitle(_ s: Scalars, progress: () throws -> Void) rethrows -> Bool {
        var cased = false
        var previousCased = false
        let ok = try forEachClass(s, progress, classify: {
            PyUnicode.isUpper($0) || PyUnicode.isTitle($0) ? 1 : PyUnicode.isLower($0) ? 2 : 3
        }) { k in
            switch k {
            case 1:
                if previousCased { return false }
                previousCased = true
                cased = true
            case 2:
                if !previousCased { return false }
                previousCased = true
                cased = true
            default:
                previousCased = false
            }
            return true
        }
        return ok && cased
    }

    // Without progress calls (the same answers).
    public static func isDigit(_ s: Scalars) -> Bool { isDigit(s, progress: {}) }
    public static func isDecimal(_ s: Scalars) -> Bool { isDecimal(s, progress: {}) }
    public static func isNumeric(_ s: Scalars) -> Bool { isNumeric(s, progress: {}) }
    public static func isAlpha(_ s: Scalars) -> Bool { isAlpha(s, progress: {}) }
    public static func isAlnum(_ s: Scalars) -> Bool { isAlnum(s, progress: {}) }
    public static func isSpace(_ s: Scalars) -> Bool { isSpace(s, progress: {}) }
    public static func isPrintable(_ s: Scalars) -> Bool { isPrintable(s, progress: {}) }
    public static func isASCII(_ s: Scalars) -> Bool { isASCII(s, progress: {}) }
    public static func isIdentifier(_ s: Scalars) -> Bool { isIdentifier(s, progress: {}) }
    public static func isLower(_ s: Scalars) -> Bool { isLower(s, progress: {}) }
    public static func isUpper(_ s: Scalars) -> Bool { isUpper(s, progress: {}) }
    public static func isTitle(_ s: Scalars) -> Bool { isTitle(s, progress: {}) }

    /// Whether `classify` gives 2 for every code point from `from`.
    private static func allHave(_ s: Scalars, from: Int = 0, _ progress: () throws -> Void,
                                _ classify: (Unicode.Scalar) -> UInt8) rethrows -> Bool {
        try forEachClass(s, from: from, progress, classify: classify) { $0 == 2 }
    }

    /// Calls `body` with each code point's class (from `classify`, never 0)
    /// until it returns false; false then. `progress` runs every
    /// `caseProgressStride` code points. The classes of the Basic
    /// Multilingual Plane are remembered for the call: Unicode property
    /// lookups cost ~150 ns each, seconds for a 30 MB text.
    private static func forEachClass(_ s: Scalars, from: Int = 0, _ progress: () throws -> Void,
                                     classify: (Unicode.Scalar) -> UInt8,
                                     _ body: (UInt8) -> Bool) rethrows -> Bool {
        var memo: [UInt8] = s.count - from > 4096 ? [UInt8](repeating: 0, count: 1 << 16) : []
        var i = from
        while i < s.count {
            try progress()
            let end = min(s.count, i + caseProgressStride)
            while i < end {
                let c = s[i]
                let k: UInt8
                if !memo.isEmpty && c.value < 1 << 16 {
                    let cached = memo[Int(c.value)]
                    if cached != 0 {
                        k = cached
                    } else {
                        k = classify(c)
                        memo[Int(c.value)] = k
                    }
                } else {
                    k = classify(c)
                }
                if !body(k) { return false }
                i += 1
            }
        }
        return true
    }
}
