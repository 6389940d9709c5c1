extension String.UnicodeScalarView {
    /// Appends `scalars` one by one, in time proportional to their number.
    ///
    /// The standard library's `append(contentsOf:)` on a unicode-scalar
    /// view rebuilds the whole string on every call, so appending escapes
    /// or replacements piece by piece (`repr`, `ascii`, `str.translate`,
    /// `str.format`, `%`) was quadratic: `repr('\x00' * 200_000)` took
    /// 18 s. Use this instead of `append(contentsOf:)` in such loops.
    @inline(__always)
    mutating func appendScalars<S: Sequence>(_ scalars: S) where S.Element == Unicode.Scalar {
        for c in scalars { append(c) }
    }
}
