extension String.UnicodeScalarView {
    /// Appends `scalars` in time proportional to their number.
    ///
    /// The standard library's `append(contentsOf:)` on a unicode-scalar
    /// view rebuilds the whole string on every call, so appending escapes
    /// or replacements piece by piece (`repr`, `ascii`, `str.translate`,
    /// `str.format`, `%`) was quadratic: `repr('\x00' * 200_000)` took
    /// 18 s. Use this instead of `append(contentsOf:)` in such loops.
    ///
    /// The scalars are encoded as UTF-8 into a stack buffer and appended
    /// to the string a buffer at a time: `append(_:)` of one scalar costs
    /// ~130 ns, so slicing a 20 MB str (`s[1:]`) took 3 s, past the wall
    /// limit, in one uninterruptible operation.
    mutating func appendScalars<S: Sequence>(_ scalars: S) where S.Element == Unicode.Scalar {
        var text = String(self)
        self = String.UnicodeScalarView()  // `text` now holds the only reference: appends are amortized
        let capacity = 2048
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: capacity) { buffer in
            var n = 0
            func flush() {
                text.append(String(decoding: UnsafeBufferPointer(rebasing: buffer[..<n]), as: UTF8.self))
                n = 0
            }
            for c in scalars {
                if n > capacity - 4 { flush() }
                let v = c.value
                if v < 0x80 {
                    buffer[n] = UInt8(v)
                    n += 1
                } else if v < 0x800 {
                    buffer[n] = UInt8(0xC0 | (v >> 6))
                    buffer[n + 1] = UInt8(0x80 | (v & 0x3F))
                    n += 2
                } else if v < 0x10000 {
                    buffer[n] = UInt8(0xE0 | (v >> 12))
                    buffer[n + 1] = UInt8(0x80 | ((v >> 6) & 0x3F))
                    buffer[n + 2] = UInt8(0x80 | (v & 0x3F))
                    n += 3
                } else {
                    buffer[n] = UInt8(0xF0 | (v >> 18))
                    buffer[n + 1] = UInt8(0x80 | ((v >> 12) & 0x3F))
                    buffer[n + 2] = UInt8(0x80 | ((v >> 6) & 0x3F))
                    buffer[n + 3] = UInt8(0x80 | (v & 0x3F))
                    n += 4
                }
            }
            if n > 0 { flush() }
        }
        self = text.unicodeScalars
    }
}
