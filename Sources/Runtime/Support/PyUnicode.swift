/// Per-code-point character classes with CPython 3.11's definitions
/// (`Py_UNICODE_ISSPACE`, `ISPRINTABLE`, `ISDECIMAL`, `ISDIGIT`,
/// `ISNUMERIC`, `ISALPHA`, line breaks, cased/lower/upper/title) and the
/// full case mappings used by `str.lower()` & co.
///
/// Swift's Unicode tables are a newer Unicode version than CPython 3.11's
/// (14.0), so code points assigned later are treated as unassigned (`Cn`),
/// as CPython sees them; properties changed later for older code points
/// follow Swift's tables.
public enum PyUnicode {
    /// Whether CPython 3.11 (Unicode 14.0) knows this code point as assigned.
    public static func isAssigned(_ c: Unicode.Scalar) -> Bool {
        if c.isASCII { return true }
        guard let age = c.properties.age else { return false }
        return age.major < 14 || (age.major == 14 && age.minor == 0)
    }

    /// `Py_UNICODE_ISSPACE`: what `str.split()` and `str.strip()` remove.
    public static func isSpace(_ c: Unicode.Scalar) -> Bool {
        switch c.value {
        case 0x09...0x0D, 0x1C...0x20, 0x85, 0xA0, 0x1680, 0x2000...0x200A,
             0x2028, 0x2029, 0x202F, 0x205F, 0x3000:
            return true
        default:
            return false
        }
    }

    /// `Py_UNICODE_ISLINEBREAK`: the boundaries `str.splitlines()` uses.
    public static func isLineBreak(_ c: Unicode.Scalar) -> Bool {
        switch c.value {
        case 0x0A...0x0D, 0x1C...0x1E, 0x85, 0x2028, 0x2029:
            return true
        default:
            return false
        }
    }

    /// `str.isprintable()` for one code point: not in Cc, Cf, Cs, Co, Cn,
    /// Zl, Zp, or Zs other than the ASCII space.
    public static func isPrintable(_ c: Unicode.Scalar) -> Bool {
        if c == " " { return true }
        if !isAssigned(c) { return false }
        switch c.properties.generalCategory {
        case .control, .format, .surrogate, .privateUse, .unassigned,
             .lineSeparator, .paragraphSeparator, .spaceSeparator:
            return false
        default:
            return true
        }
    }

    /// `str.isdecimal()` for one code point (Numeric_Type=Decimal).
    public static func isDecimal(_ c: Unicode.Scalar) -> Bool {
        c.properties.numericType == .decimal && isAssigned(c)
    }

    /// The value of a decimal digit in any script, as `int()` reads it.
    public static func decimalValue(_ c: Unicode.Scalar) -> Int? {
        guard c.properties.numericType == .decimal, isAssigned(c), let value = c.properties.numericValue else {
            return nil
        }
        return Int(value)
    }

    /// `str.isdigit()` for one code point (Numeric_Type Decimal or Digit).
    public static func isDigit(_ c: Unicode.Scalar) -> Bool {
        let type = c.properties.numericType
        return (type == .decimal || type == .digit) && isAssigned(c)
    }

    /// `str.isnumeric()` for one code point (any Numeric_Type).
    public static func isNumeric(_ c: Unicode.Scalar) -> Bool {
        c.properties.numericType != nil && isAssigned(c)
    }

    /// `str.isalpha()` for one code point (categories Lu Ll Lt Lm Lo).
    public static func isAlpha(_ c: Unicode.Scalar) -> Bool {
        if !isAssigned(c) { return false }
        switch c.properties.generalCategory {
        case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter:
            return true
        default:
            return false
        }
    }

    /// `str.isalnum()` for one code point.
    public static func isAlnum(_ c: Unicode.Scalar) -> Bool {
        isAlpha(c) || isNumeric(c)
    }

    /// Derived property Cased.
    public static func isCased(_ c: Unicode.Scalar) -> Bool { c.properties.isCased && isAssigned(c) }
    /// Derived property Lowercase.
    public static func isLower(_ c: Unicode.Scalar) -> Bool { c.properties.isLowercase && isAssigned(c) }
    /// Derived property Uppercase.
    public static func isUpper(_ c: Unicode.Scalar) -> Bool { c.properties.isUppercase && isAssigned(c) }
    /// General category Lt.
    public static func isTitle(_ c: Unicode.Scalar) -> Bool {
        c.properties.generalCategory == .titlecaseLetter && isAssigned(c)
    }
    /// Case_Ignorable, used by the final-sigma rule.
    public static func isCaseIgnorable(_ c: Unicode.Scalar) -> Bool { c.properties.isCaseIgnorable }

    /// Full uppercase mapping (`'ß'` → `"SS"`).
    public static func upper(_ c: Unicode.Scalar) -> [Unicode.Scalar] {
        if c.isASCII { return [c.value >= 97 && c.value <= 122 ? Unicode.Scalar(c.value - 32) ?? c : c] }
        if !isAssigned(c) { return [c] }
        return Array(c.properties.uppercaseMapping.unicodeScalars)
    }

    /// Full lowercase mapping, without the final-sigma context rule.
    public static func lower(_ c: Unicode.Scalar) -> [Unicode.Scalar] {
        if c.isASCII { return [c.value >= 65 && c.value <= 90 ? Unicode.Scalar(c.value + 32) ?? c : c] }
        if !isAssigned(c) { return [c] }
        return Array(c.properties.lowercaseMapping.unicodeScalars)
    }

    /// Full titlecase mapping (`'ǆ'` → `"ǅ"`).
    public static func title(_ c: Unicode.Scalar) -> [Unicode.Scalar] {
        if c.isASCII { return upper(c) }
        if !isAssigned(c) { return [c] }
        return Array(c.properties.titlecaseMapping.unicodeScalars)
    }

    /// Full case folding (`'ß'` → `"ss"`). Swift exposes no folding table;
    /// for every Unicode 14 code point the fold equals lower(upper(c)) except
    /// dotless ı (kept), Cherokee (folds to uppercase) and ẞ (→ "ss"), which
    /// a check of all code points against CPython 3.11 confirmed.
    public static func fold(_ c: Unicode.Scalar) -> [Unicode.Scalar] {
        if c.isASCII { return lower(c) }
        if c.value == 0x131 || !isAssigned(c) { return [c] }
        if (0x13A0...0x13FD).contains(c.value) || (0xAB70...0xABBF).contains(c.value) { return upper(c) }
        var result: [Unicode.Scalar] = []
        for u in upper(c) {
            for l in lower(u) {
                if l.value == 0xDF {
                    result.append(contentsOf: ["s", "s"])
                } else {
                    result.append(l)
                }
            }
        }
        return result
    }

    /// Lowercase of `text[index]` with CPython's final-sigma rule: capital
    /// sigma becomes `ς` at the end of a word, `σ` elsewhere.
    static func lower(_ text: [Unicode.Scalar], at index: Int) -> [Unicode.Scalar] {
        let c = text[index]
        guard c.value == 0x3A3 else { return lower(c) }
        return isFinalSigma(text, index) ? ["\u{3C2}"] : ["\u{3C3}"]
    }

    private static func isFinalSigma(_ text: [Unicode.Scalar], _ index: Int) -> Bool {
        var j = index - 1
        while j >= 0 && isCaseIgnorable(text[j]) { j -= 1 }
        guard j >= 0 && isCased(text[j]) else { return false }
        var k = index + 1
        while k < text.count && isCaseIgnorable(text[k]) { k += 1 }
        return k == text.count || !isCased(text[k])
    }
}
