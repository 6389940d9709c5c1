/// The case transforms of `str` (`upper`, `lower`, `casefold`,
/// `swapcase`, `capitalize`, `title`) on an all-ASCII string, byte by byte:
/// the common case, without building code-point arrays. ASCII letters are
/// the only cased ASCII characters, so CPython's rules reduce to these
/// (`title` upper-cases a letter that follows a non-letter, as CPython's
/// "previous character is cased" does: `"they're".title()` is `"They'Re"`).
struct ASCIICase {
    private enum Kind { case upper, lower, swap, capitalize, title }
    private let kind: Kind

    /// The transform named `name`, nil for other names.
    init?(_ name: String) {
        switch name {
        case "upper": kind = .upper
        case "lower", "casefold": kind = .lower
        case "swapcase": kind = .swap
        case "capitalize": kind = .capitalize
        case "title": kind = .title
        default: return nil
        }
    }

    /// The transformed string, nil when `s` is not all ASCII.
    func apply(_ s: String) -> String? {
        let utf8 = s.utf8
        guard utf8.allSatisfy({ $0 < 0x80 }) else { return nil }
        var previousIsLetter = false
        var first = true
        let mapped = utf8.map { byte -> UInt8 in
            let isUpper = byte >= 0x41 && byte <= 0x5A
            let isLower = byte >= 0x61 && byte <= 0x7A
            defer { previousIsLetter = isUpper || isLower; first = false }
            switch kind {
            case .upper: return isLower ? byte ^ 0x20 : byte
            case .lower: return isUpper ? byte ^ 0x20 : byte
            case .swap: return isUpper || isLower ? byte ^ 0x20 : byte
            case .capitalize:
                if first { return isLower ? byte ^ 0x20 : byte }
                return isUpper ? byte ^ 0x20 : byte
            case .title:
                if previousIsLetter { return isUpper ? byte ^ 0x20 : byte }
                return isLower ? byte ^ 0x20 : byte
            }
        }
        return String(decoding: mapped, as: UTF8.self)
    }
}
