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
    public static func isDigit(_ s: Scalars) -> Bool { !s.isEmpty && s.allSatisfy(PyUnicode.isDigit) }
    /// `s.isdecimal()`.
    public static func isDecimal(_ s: Scalars) -> Bool { !s.isEmpty && s.allSatisfy(PyUnicode.isDecimal) }
    /// `s.isnumeric()`.
    public static func isNumeric(_ s: Scalars) -> Bool { !s.isEmpty && s.allSatisfy(PyUnicode.isNumeric) }
    /// `s.isalpha()`.
    public static func isAlpha(_ s: Scalars) -> Bool { !s.isEmpty && s.allSatisfy(PyUnicode.isAlpha) }
    /// `s.isalnum()`.
    public static func isAlnum(_ s: Scalars) -> Bool { !s.isEmpty && s.allSatisfy(PyUnicode.isAlnum) }
    /// `s.isspace()`.
    public static func isSpace(_ s: Scalars) -> Bool { !s.isEmpty && s.allSatisfy(PyUnicode.isSpace) }
    /// `s.isprintable()` (True when empty).
    public static func isPrintable(_ s: Scalars) -> Bool { s.allSatisfy(PyUnicode.isPrintable) }
    /// `s.isascii()` (True when empty).
    public static func isASCII(_ s: Scalars) -> Bool { s.allSatisfy { $0.isASCII } }

    /// `s.isidentifier()`: XID_Start or `_`, then XID_Continue.
    public static func isIdentifier(_ s: Scalars) -> Bool {
        guard let first = s.first, first == "_" || (first.properties.isXIDStart && PyUnicode.isAssigned(first)) else {
            return false
        }
        return s.dropFirst().allSatisfy { $0.properties.isXIDContinue && PyUnicode.isAssigned($0) }
    }

    /// `s.islower()`: some cased code point and no upper/titlecase ones.
    public static func isLower(_ s: Scalars) -> Bool {
        var cased = false
        for c in s {
            if PyUnicode.isUpper(c) || PyUnicode.isTitle(c) { return false }
            if !cased && PyUnicode.isLower(c) { cased = true }
        }
        return cased
    }

    /// `s.isupper()`: some cased code point and no lower/titlecase ones.
    public static func isUpper(_ s: Scalars) -> Bool {
        var cased = false
        for c in s {
            if PyUnicode.isLower(c) || PyUnicode.isTitle(c) { return false }
            if !cased && PyUnicode.isUpper(c) { cased = true }
        }
        return cased
    }

    /// `s.istitle()`: uppercase/titlecase only after uncased characters,
    /// lowercase only after cased ones, and at least one cased character.
    public static func isTitle(_ s: Scalars) -> Bool {
        var cased = false
        var previousCased = false
        for c in s {
            if PyUnicode.isUpper(c) || PyUnicode.isTitle(c) {
                if previousCased { return false }
                previousCased = true
                cased = true
            } else if PyUnicode.isLower(c) {
                if !previousCased { return false }
                previousCased = true
                cased = true
            } else {
                previousCased = false
            }
        }
        return cased
    }
}
