import Foundation

/// `str` methods answered from the string's UTF-8 bytes, without the
/// 4-byte code-point array (`PyStr.scalars`) a string keeps once built.
///
/// DESIGN: that array is four times an ASCII text's size and outlives the
/// call, so `(' ' * 10**8).strip()` took 500 MB and `s.startswith('x')`
/// on a long text copied all of it. Byte offsets are code-point offsets
/// in an all-ASCII string, so searches with `start`/`end` run over bytes
/// there; a UTF-8 prefix or suffix is a code-point prefix or suffix of any
/// string, and stripping walks the string's scalars from both ends. What
/// these paths do not cover goes through the code points as before
/// (charged to the memory limit first: `PyStr.scalars(charging:)`).
enum StrBytePaths {
    /// `body` over the bytes of `s` (contiguous for every native string).
    @inline(__always)
    static func withBytes<R>(_ s: PyStr, _ body: (UnsafeBufferPointer<UInt8>) throws -> R) rethrows -> R? {
        try s.value.utf8.withContiguousStorageIfAvailable(body)
    }

    enum Search { case find, rfind, count }

    /// `find`/`rfind` (index or -1) and `count` over an all-ASCII text;
    /// nil when the text is not ASCII.
    static func search(_ kind: Search, _ text: PyStr, _ sub: PyStr, start: Int?, end: Int?) -> Int? {
        guard text.isASCII else { return nil }
        let length = text.value.utf8.count
        let (lo, hi) = StrAlgorithms.adjust(start: start, end: end, length: length)
        // A non-ASCII substring (never empty) cannot occur in ASCII text.
        if !sub.isASCII || hi - lo < sub.value.utf8.count { return kind == .count ? 0 : -1 }
        if kind == .count && sub.value.isEmpty { return hi - lo + 1 }
        return withBytes(text) { t in
            withBytes(sub) { p -> Int in
                switch kind {
                case .find: return LinearSearch.first(t, p, from: lo, to: hi)
                case .rfind: return LinearSearch.last(t, p, from: lo, to: hi)
                case .count:
                    var n = 0
                    var i = lo
                    while case let at = LinearSearch.first(t, p, from: i, to: hi), at >= 0 {
                        n += 1
                        i = at + p.count
                    }
                    return n
                }
            } ?? nil
        } ?? nil
    }

    /// `startswith`/`endswith` of one affix: over bytes when the text is
    /// ASCII or no bounds are given; nil otherwise.
    static func tailMatch(_ text: PyStr, _ affix: PyStr, start: Int?, end: Int?, atEnd: Bool) -> Bool? {
        guard (start == nil && end == nil) || text.isASCII else { return nil }
        let (lo, hi) = StrAlgorithms.adjust(start: start, end: end, length: text.value.utf8.count)
        let m = affix.value.utf8.count
        if hi - m < lo { return false }
        let at = atEnd ? hi - m : lo
        return withBytes(text) { t in
            withBytes(affix) { p -> Bool in
                m == 0 || memcmp(t.baseAddress! + at, p.baseAddress!, m) == 0
            } ?? nil
        } ?? nil
    }

    /// `strip`/`lstrip`/`rstrip`: walks the scalars from either end (no
    /// array); the receiver itself when nothing is removed and it is an
    /// exact `str`, as in CPython.
    static func strip(_ vm: Interpreter, _ receiver: Value, _ text: PyStr, chars: PyStr?,
                      left: Bool, right: Bool) throws -> Value {
        if text.isASCII, chars?.isASCII ?? true,
           let stripped = try asciiStrip(vm, receiver, text, chars: chars, left: left, right: right) {
            return stripped
        }
        let view = text.value.unicodeScalars
        var lo = view.startIndex
        var hi = view.endIndex
        var removed = 0
        // A few characters are compared in turn; more go in a set.
        let few: [Unicode.Scalar]? = chars.flatMap { $0.count <= 16 ? Array($0.value.unicodeScalars) : nil }
        let many: Set<Unicode.Scalar>? = chars.flatMap { $0.count > 16 ? Set($0.value.unicodeScalars) : nil }
        @inline(__always) func strips(_ c: Unicode.Scalar) -> Bool {
            if let few { return few.contains(c) }
            if let many { return many.contains(c) }
            return PyUnicode.isSpace(c)
        }
        if left {
            while lo < hi && strips(view[lo]) {
                view.formIndex(after: &lo)
                removed &+= 1
                if removed & 0xFFFF == 0 { try vm.nativeWork(1 << 12) }
            }
        }
        if right {
            while lo < hi {
                let before = view.index(before: hi)
                if !strips(view[before]) { break }
                hi = before
                removed &+= 1
                if removed & 0xFFFF == 0 { try vm.nativeWork(1 << 12) }
            }
        }
        if lo == view.startIndex && hi == view.endIndex && text.typeStorage == nil { return receiver }
        return try vm.newStr(String(text.value[lo..<hi]))
    }

    /// `strip` of an all-ASCII text by ASCII characters (or whitespace), over bytes.
    private static func asciiStrip(_ vm: Interpreter, _ receiver: Value, _ text: PyStr, chars: PyStr?,
                                   left: Bool, right: Bool) throws -> Value? {
        var table = [Bool](repeating: false, count: 128)
        if let chars {
            for b in chars.value.utf8 { table[Int(b)] = true }
        } else {
            // CPython's ASCII whitespace, separators 0x1C-0x1F included.
            for b in [0x09, 0x0A, 0x0B, 0x0C, 0x0D, 0x1C, 0x1D, 0x1E, 0x1F, 0x20] { table[b] = true }
        }
        guard let (lo, hi) = withBytes(text, { bytes -> (Int, Int) in
            var lo = 0
            var hi = bytes.count
            if left { while lo < hi && table[Int(bytes[lo])] { lo += 1 } }
            if right { while hi > lo && table[Int(bytes[hi - 1])] { hi -= 1 } }
            return (lo, hi)
        }) else { return nil }
        try vm.nativeWork((lo + text.value.utf8.count - hi) >> 4)
        if lo == 0 && hi == text.value.utf8.count && text.typeStorage == nil { return receiver }
        let bytes = text.value.utf8
        return try vm.newStr(String(decoding: bytes[bytes.index(bytes.startIndex, offsetBy: lo)..<bytes.index(bytes.startIndex, offsetBy: hi)], as: UTF8.self))
    }

    /// `center`/`ljust`/`rjust`: `left` and `right` fill characters around
    /// the text, charged at the fill's UTF-8 size (a code-point array of the
    /// width, 4 bytes each, was the limit's estimate and the real cost).
    static func pad(_ vm: Interpreter, _ text: PyStr, left: Int, right: Int, fill: Unicode.Scalar) throws -> Value {
        let fillBytes = Array(String(fill).utf8)
        try vm.charge(left &+ right, times: fillBytes.count)
        let body = text.value.utf8.count
        let total = body + (left + right) * fillBytes.count
        // Written into the string's storage at once: `String(repeating:)`
        // and appends took 5 s for 10**8 spaces.
        let out = String(unsafeUninitializedCapacity: total) { buffer -> Int in
            var i = 0
            func fill(_ count: Int) {
                if fillBytes.count == 1 {
                    if count > 0 { memset(buffer.baseAddress! + i, Int32(fillBytes[0]), count) }
                    i += count
                } else {
                    for _ in 0..<count {
                        for b in fillBytes { buffer[i] = b; i += 1 }
                    }
                }
            }
            fill(left)
            let copied: Void? = withBytes(text) { bytes in
                if body > 0 { memcpy(buffer.baseAddress! + i, bytes.baseAddress!, body) }
            }
            if copied == nil {
                for b in text.value.utf8 { buffer[i] = b; i += 1 }
            } else {
                i += body
            }
            fill(right)
            return i
        }
        return try vm.newStr(out)
    }

    /// `removeprefix`/`removesuffix`: over bytes; the receiver when
    /// nothing is removed and it is an exact `str`.
    static func removeAffix(_ vm: Interpreter, _ receiver: Value, _ text: PyStr, _ affix: PyStr,
                            prefix: Bool) throws -> Value {
        let m = affix.value.utf8.count
        let matched = m > 0 && (tailMatch(text, affix, start: nil, end: nil, atEnd: !prefix) ?? false)
        if !matched {
            return text.typeStorage == nil ? receiver : try vm.newStr(text.value)
        }
        let bytes = text.value.utf8
        let kept = prefix ? String(decoding: bytes.dropFirst(m), as: UTF8.self)
                          : String(decoding: bytes.dropLast(m), as: UTF8.self)
        return try vm.newStr(kept)
    }
}
