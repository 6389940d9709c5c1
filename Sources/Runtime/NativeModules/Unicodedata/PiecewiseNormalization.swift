import Foundation

/// `unicodedata.normalize` of long strings in bounded pieces.
///
/// Foundation's normalizer on Linux is quadratic in the length of what it
/// is given (100,000 `'é'` took 1.7 s, 400,000 took 25 s, 1.6 million six
/// minutes, all in one uninterruptible call). The text is cut, at about
/// every `pieceLength` code points, before a code point where no form
/// joins or reorders across: a starter (combining class 0) whose canonical
/// and compatibility decompositions start with a starter that is never the
/// second half of a composition. Each piece is normalized alone, which
/// gives the same result as the whole, and counts as native work. A run
/// with no such boundary (a long sequence of combining marks) is one piece,
/// refused up front when its estimated time exceeds the wall time left.
enum PiecewiseNormalization {
    /// Code points per piece before the next boundary is looked for.
    static let pieceLength = 1024

    /// `text` in normalization form `form` ("NFC", "NFD", "NFKC", "NFKD").
    static func normalize(_ text: String, _ form: String, vm: Interpreter) throws -> String {
        if text.unicodeScalars.allSatisfy(\.isASCII) { return text }
        var out = String.UnicodeScalarView()
        var piece = String.UnicodeScalarView()
        var count = 0
        func flush() throws {
            if count > 65_536 {
                let estimate = Double(count) * Double(count) * 2e-10
                if estimate > vm.deadline.secondsLeft { throw vm.wallLimit }
            }
            try vm.nativeWork(count)
            let normalized = UnicodedataModule.normalized(String(piece), form).unicodeScalars
            if form == "NFC" || form == "NFKC" { appendComposingHangul(normalized, to: &out) } else {
                out.appendScalars(normalized)
            }
            piece = String.UnicodeScalarView()
            count = 0
        }
        for c in text.unicodeScalars {
            if count >= pieceLength, isBoundary(c) { try flush() }
            piece.append(c)
            count += 1
        }
        try flush()
        return String(out)
    }

    /// Appends composed text, joining a precomposed LV syllable with a
    /// following trailing jamo (`'\u{AC00}\u{11A8}'` is `'\u{AC01}'`), the one
    /// canonical composition Foundation's normalizer leaves undone.
    static func appendComposingHangul(_ text: String.UnicodeScalarView, to out: inout String.UnicodeScalarView) {
        var pending: Unicode.Scalar?
        for c in text {
            if let lv = pending, (0x11A8...0x11C2).contains(c.value),
               let lvt = Unicode.Scalar(lv.value + c.value - 0x11A7) {
                out.append(lvt)
                pending = nil
                continue
            }
            if let p = pending { out.append(p) }
            if (0xAC00...0xD7A3).contains(c.value), (c.value - 0xAC00) % 28 == 0 {
                pending = c
            } else {
                pending = nil
                out.append(c)
            }
        }
        if let p = pending { out.append(p) }
    }

    /// True when normalization never joins or reorders `c` with what
    /// precedes it, in every form.
    static func isBoundary(_ c: Unicode.Scalar) -> Bool {
        if c.isASCII { return true }
        guard isPlainStarter(c) else { return false }
        let alone = String(Character(c)) as NSString
        for decomposed in [alone.decomposedStringWithCanonicalMapping, alone.decomposedStringWithCompatibilityMapping] {
            guard let first = decomposed.unicodeScalars.first, isPlainStarter(first) else { return false }
        }
        return true
    }

    /// A starter outside the scripts whose starters can be the second half
    /// of a canonical composition (Indic and Myanmar vowel signs, Hangul
    /// vowel and final jamo, Balinese, the supplementary Brahmic blocks):
    /// excluding whole blocks only makes pieces longer, never wrong.
    private static func isPlainStarter(_ c: Unicode.Scalar) -> Bool {
        guard c.properties.canonicalCombiningClass == .notReordered else { return false }
        switch c.value {
        case 0x0900...0x0DFF, 0x1000...0x109F, 0x1161...0x1175, 0x11A8...0x11C2, 0x1B00...0x1B7F,
             0x3099...0x309A, 0x11000...0x11FFF:
            return false
        default:
            return true
        }
    }
}
