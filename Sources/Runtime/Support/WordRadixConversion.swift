import BigInt

/// Conversions between big integers and decimal (or any non-power-of-two
/// radix) text that report their progress.
///
/// They are quadratic, as CPython 3.11's are: `str(n)` divides the whole
/// number by 10^19 once per 19 digits, `int(s)` multiplies the whole
/// number by a power of the base once per chunk of digits. A million-digit
/// number is seconds of work, which the sandbox must be able to stop: after
/// each pass `progress` gets the number of words the pass touched (the
/// caller's native-work count, which ends the run at the wall limit). The
/// passes work in place on one word array, so nothing is allocated per
/// pass (the `BigInt` product per chunk allocated a new number each time).
public enum WordRadixConversion {
    /// Numbers with at most this many 64-bit words convert through the
    /// `BigInt` library directly (fast enough at that size).
    public static let smallWords = 64

    /// The decimal digits of `magnitude` (no sign).
    public static func decimal(_ magnitude: BigUInt, progress: (Int) throws -> Void) rethrows -> String {
        var words = Array(magnitude.words)
        while let last = words.last, last == 0 { words.removeLast() }
        if words.count <= smallWords { return String(magnitude) }
        let base: UInt = 10_000_000_000_000_000_000  // 10^19, the largest power of ten in a word
        var chunks: [UInt] = []  // least significant first
        chunks.reserveCapacity(words.count * 64 / 63 + 1)
        while !words.isEmpty {
            var remainder: UInt = 0
            var i = words.count - 1
            while i >= 0 {
                let (q, r) = base.dividingFullWidth((high: remainder, low: words[i]))
                words[i] = q
                remainder = r
                i -= 1
            }
            chunks.append(remainder)
            while let last = words.last, last == 0 { words.removeLast() }
            try progress(words.count + 1)
        }
        var text = String(chunks[chunks.count - 1])
        text.reserveCapacity(chunks.count * 19)
        for chunk in chunks.dropLast().reversed() {
            let part = String(chunk)
            text += String(repeating: "0", count: 19 - part.utf8.count)
            text += part
        }
        return text
    }

    /// The value of `digits` (each below `base`, most significant first)
    /// in a radix that is not a power of two.
    public static func magnitude(_ digits: [UInt8], base: Int, progress: (Int) throws -> Void) rethrows -> BigUInt {
        // Digits per pass: the largest count whose power of the base fits a word.
        var chunkSize = 1
        var chunkScale = UInt(base)
        while chunkScale <= UInt.max / UInt(base) { chunkScale *= UInt(base); chunkSize += 1 }
        var words: [UInt] = []
        words.reserveCapacity(digits.count / chunkSize + 2)
        var index = 0
        while index < digits.count {
            let end = min(digits.count, index + chunkSize)
            var chunk: UInt = 0
            var scale: UInt = 1
            for d in digits[index..<end] {
                chunk = chunk * UInt(base) + UInt(d)
                scale *= UInt(base)
            }
            // words = words * scale + chunk
            var carry = chunk
            for i in words.indices {
                let (high, low) = words[i].multipliedFullWidth(by: scale)
                let (sum, overflow) = low.addingReportingOverflow(carry)
                words[i] = sum
                carry = high &+ (overflow ? 1 : 0)
            }
            if carry != 0 { words.append(carry) }
            index = end
            try progress(words.count + 1)
        }
        return BigUInt(words: words)
    }
}
