/// `s[i]` and `s[a:b:c]` for `str`.
///
/// A string whose code points are all ASCII (its code-point count equals
/// its UTF-8 length, a count `PyStr` caches) is indexed by byte: no
/// code-point array is built for it, and its one-character results are the
/// run's shared ASCII strings (`ASCIICharacterStrings`). Other strings go
/// through the code-point array `PyStr.scalars` keeps.
extension Interpreter {
    func strSubscript(_ s: PyStr, _ key: Value) throws -> Value {
        let length = s.count
        let ascii = s.isASCII
        if case .object(let ko) = key, let sl = ko as? PySlice {
            let r = try indexedSlice(sl).indices(length: length)
            if r.count <= 0 { return .str("") }
            // The whole of an exact str is that str (`s[:] is s`, as CPython).
            if r.step == 1 && r.count == length && s.typeStorage == nil { return .object(s) }
            if ascii, let sliced = asciiSlice(s, start: r.start, step: r.step, count: r.count) { return sliced }
            let sc = try s.scalars(charging: self)
            var out = String.UnicodeScalarView()
            if r.step == 1 {
                out.appendScalars(sc[r.start..<(r.start + r.count)])
            } else {
                out.appendScalars((0..<r.count).lazy.map { sc[r.start + $0 * r.step] })
            }
            return .str(String(out))
        }
        let index = try sequenceIndex(key, count: length, what: "string")
        if ascii { return asciiCharacters.value(s.value.utf8[s.value.utf8.index(s.value.utf8.startIndex, offsetBy: index)]) }
        return .str(String(Character(try s.scalars(charging: self)[index])))
    }

    /// A slice of an ASCII string taken from its bytes (nil when the
    /// string's bytes are not contiguous, which native strings always are).
    private func asciiSlice(_ s: PyStr, start: Int, step: Int, count: Int) -> Value? {
        if count == 1 {
            let utf8 = s.value.utf8
            return asciiCharacters.value(utf8[utf8.index(utf8.startIndex, offsetBy: start)])
        }
        let text: String? = s.value.utf8.withContiguousStorageIfAvailable { bytes in
            if step == 1 {
                return String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<(start + count)]), as: UTF8.self)
            }
            return String(unsafeUninitializedCapacity: count) { out in
                var i = start
                for k in 0..<count { out[k] = bytes[i]; i += step }
                return count
            }
        }
        return text.map { .str($0) }
    }
}

/// The one-character ASCII strings of a run, each made on first use and
/// then shared, as CPython shares its one-character singletons (`'ab'[0]
/// is 'a'`): indexing and iterating ASCII text allocates no object per
/// character.
struct ASCIICharacterStrings {
    private var table = [PyStr?](repeating: nil, count: 128)

    /// The `str` of one ASCII byte.
    mutating func value(_ byte: UInt8) -> Value {
        let i = Int(byte & 0x7F)
        if let s = table[i] { return .object(s) }
        let s = PyStr(String(UnicodeScalar(byte & 0x7F)))
        table[i] = s
        return .object(s)
    }
}
