/// A regular-expression program of Lib/_re_compiler.py translated for the
/// native matcher (RegexMatcher.swift): the same opcodes, with the
/// characters as scalars and the character classes as lookup tables.
///
/// DESIGN: Lib/re.py parses and compiles patterns in Python (one place for
/// CPython's syntax and error messages); only the hot matching loop runs
/// here. The translation reads the tuples the compiler emits; an opcode
/// it does not know is a `ValueError`, so re.py keeps its Python engine.
final class PyRegexProgram: PyObject {
    let ops: [RegexOp]
    /// The literal every match starts with (re.py's `_prefix`).
    let prefix: Unicode.Scalar?
    /// A one-character test every match starts with (re.py's `_first`).
    let first: RegexCharTest?

    init(ops: [RegexOp], prefix: Unicode.Scalar?, first: RegexCharTest?) {
        self.ops = ops
        self.prefix = prefix
        self.first = first
        super.init(type: nil)
    }

    override var exactBuiltinType: PyType { RegexModule.programType }
}

/// `\d \D \s \S \w \W`.
enum RegexCategory {
    case digit, notDigit, space, notSpace, word, notWord

    init?(_ name: String) {
        switch name {
        case "d": self = .digit
        case "D": self = .notDigit
        case "s": self = .space
        case "S": self = .notSpace
        case "w": self = .word
        case "W": self = .notWord
        default: return nil
        }
    }

    /// Whether `c` is in the category (ASCII-only classes with `re.ASCII`).
    @inline(__always)
    func contains(_ c: Unicode.Scalar, ascii: Bool) -> Bool {
        switch self {
        case .digit: return RegexCategory.isDigit(c, ascii)
        case .notDigit: return !RegexCategory.isDigit(c, ascii)
        case .space: return RegexCategory.isSpace(c, ascii)
        case .notSpace: return !RegexCategory.isSpace(c, ascii)
        case .word: return RegexCategory.isWord(c, ascii)
        case .notWord: return !RegexCategory.isWord(c, ascii)
        }
    }

    @inline(__always)
    static func isDigit(_ c: Unicode.Scalar, _ ascii: Bool) -> Bool {
        if c.isASCII || ascii { return c.value >= 48 && c.value <= 57 }
        return PyUnicode.isDecimal(c)
    }

    @inline(__always)
    static func isSpace(_ c: Unicode.Scalar, _ ascii: Bool) -> Bool {
        if ascii { return c == " " || (c.value >= 9 && c.value <= 13) }
        return PyUnicode.isSpace(c)
    }

    /// `_` or alphanumeric (str.isalnum), as re's `\w`.
    @inline(__always)
    static func isWord(_ c: Unicode.Scalar, _ ascii: Bool) -> Bool {
        let v = c.value
        if c.isASCII || ascii {
            return v == 95 || (v >= 48 && v <= 57) || (v >= 65 && v <= 90) || (v >= 97 && v <= 122)
        }
        return PyUnicode.isAlnum(c)
    }
}

/// A character class `[...]`: single characters, ranges and categories,
/// maybe negated and case-insensitive, with an ASCII table for speed.
final class RegexCharSet {
    let negated: Bool
    let chars: Set<Unicode.Scalar>
    let ranges: [(UInt32, UInt32)]
    let categories: [RegexCategory]
    let ignoreCase: Bool
    let ascii: Bool
    /// `contains` for the 128 ASCII characters.
    private var asciiTable = [Bool](repeating: false, count: 128)

    init(negated: Bool, chars: Set<Unicode.Scalar>, ranges: [(UInt32, UInt32)],
         categories: [RegexCategory], ignoreCase: Bool, ascii: Bool) {
        self.negated = negated
        self.chars = chars
        self.ranges = ranges
        self.categories = categories
        self.ignoreCase = ignoreCase
        self.ascii = ascii
        for v in 0..<128 { asciiTable[v] = slowContains(Unicode.Scalar(UInt8(v))) }
    }

    @inline(__always)
    func contains(_ c: Unicode.Scalar) -> Bool {
        c.isASCII ? asciiTable[Int(c.value)] : slowContains(c)
    }

    /// Lib/_re_compiler.py `CharSet.contains`: the character, else (case
    /// folding) its lowercase or uppercase form when that is one character.
    private func slowContains(_ c: Unicode.Scalar) -> Bool {
        var found = rawContains(c)
        if !found && ignoreCase {
            for other in [StrAlgorithms.lower([c]), StrAlgorithms.upper([c])]
            where other.count == 1 && other[0] != c && rawContains(other[0]) {
                found = true
                break
            }
        }
        return found != negated
    }

    private func rawContains(_ c: Unicode.Scalar) -> Bool {
        if chars.contains(c) { return true }
        let v = c.value
        for (lo, hi) in ranges where lo <= v && v <= hi { return true }
        for cat in categories where cat.contains(c, ascii: ascii) { return true }
        return false
    }
}

/// A test of one character (the compiler's matcher tuples: `lit`, `liti`,
/// `any`, `cat`, `set`).
enum RegexCharTest {
    case literal(Unicode.Scalar)
    /// Case-insensitive: the character's lowercase form equals this.
    case literalIgnoringCase([Unicode.Scalar])
    case any(dotAll: Bool)
    case category(RegexCategory, ascii: Bool)
    case set(RegexCharSet)

    @inline(__always)
    func accepts(_ c: Unicode.Scalar) -> Bool {
        switch self {
        case .literal(let l): return c == l
        case .literalIgnoringCase(let l): return RegexCharTest.lowered(c) == l
        case .any(let dotAll): return dotAll || c != "\n"
        case .category(let cat, let ascii): return cat.contains(c, ascii: ascii)
        case .set(let s): return s.contains(c)
        }
    }

    /// `c.lower()` as scalars.
    @inline(__always)
    static func lowered(_ c: Unicode.Scalar) -> [Unicode.Scalar] {
        if c.isASCII {
            return [c.value >= 65 && c.value <= 90 ? Unicode.Scalar(UInt8(c.value + 32)) : c]
        }
        return StrAlgorithms.lower([c])
    }
}

/// `^ $ \A \Z \b \B`.
enum RegexAnchor {
    case lineStart, lineEnd, start, end, boundary, nonBoundary
}

/// One instruction (Lib/_re_compiler.py's opcodes).
indirect enum RegexOp {
    case test(RegexCharTest)
    case split(preferred: Int, other: Int)
    case jump(Int)
    /// SAVE and MARK: store the position in a register.
    case save(Int)
    case anchor(RegexAnchor, multiline: Bool, ascii: Bool)
    case backref(group: Int, ignoreCase: Bool)
    case look(ahead: Bool, negated: Bool, program: [RegexOp], width: Int)
    case atomic([RegexOp])
    case check(register: Int, exit: Int)
    case match
    case repeatOne(RegexCharTest, min: Int, max: Int, greedy: Bool)
    case groupExists(group: Int, no: Int)
}
