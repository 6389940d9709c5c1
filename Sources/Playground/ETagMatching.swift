/// `If-None-Match` evaluation (RFC 9110 §13.1.2), which uses weak comparison.
public enum ETagMatching {
    /// `false` when an `If-None-Match` field lists `etag` (weakly) or `*`, so
    /// the answer is `304`; `true` when the condition holds (send the body) or no field was sent.
    public static func noneMatch(_ fieldValues: [String], etag: String) -> Bool {
        if fieldValues.isEmpty { return true }
        let target = opaque(etag)
        for value in fieldValues {
            for candidate in value.split(separator: ",") {
                let tag = candidate.trimmingASCIIWhitespace()
                if tag == "*" || opaque(tag) == target { return false }
            }
        }
        return true
    }

    /// The quoted opaque part of an entity tag, without a leading `W/`.
    private static func opaque<S: StringProtocol>(_ tag: S) -> Substring {
        let text = Substring(tag)
        return text.hasPrefix("W/") ? text.dropFirst(2) : text
    }
}

extension StringProtocol {
    /// The text without leading and trailing spaces and tabs.
    func trimmingASCIIWhitespace() -> Substring {
        var slice = Substring(self)
        while let first = slice.first, first == " " || first == "\t" { slice = slice.dropFirst() }
        while let last = slice.last, last == " " || last == "\t" { slice = slice.dropLast() }
        return slice
    }
}
