/// The caret line CPython 3.11 prints under a traceback's source line:
/// `^^^^` under the failing instruction's span, or `~~^^^~~` splitting a
/// binary operator or a subscript into its operands (`~`) and the operation
/// itself (`^`); nothing when the span covers the whole stripped line.
/// Lib/traceback.py draws the same lines for `traceback.format_exc()`.
enum TracebackCarets {
    /// The caret line (with its newline) for `entry` whose source line is
    /// `line` (without a newline), or nil.
    static func line(for entry: TracebackEntry, source line: String) -> String? {
        let p = entry.position
        guard p.isKnown else { return nil }
        // CPython counts the line as read from the file, newline included.
        let chars = Array(line + "\n")
        // The source line shown is stripped of its indentation only: CPython
        // compares the span with what remains, trailing blanks included.
        let strippedCount = line.drop(while: { $0 == " " || $0 == "\t" || $0 == "\u{0C}" }).count
        let hidden = chars.count - strippedCount
        let start = characterColumn(line, Int(p.column))
        var end = characterColumn(line, Int(p.endColumn))
        var split: (Int, Int)?
        if Int(p.endLine) == entry.line {
            if let anchor = entry.anchor, start <= end, end <= chars.count {
                split = anchorSplit(Array(chars[start..<end]), line, start, anchor)
            }
        } else {
            end = line.count - trailingBlanks(line)
        }
        let splitShows = split.map { $0.1 - $0.0 > 0 } ?? false
        if end - start >= strippedCount && !splitShows { return nil }
        guard start + 1 - hidden >= 0, end >= start else { return nil }
        var out = "    " + String(repeating: " ", count: start + 1 - hidden)
        if let (left, right) = split, left >= 0, right >= left, end - start - right >= 0 {
            out += String(repeating: "~", count: left) + String(repeating: "^", count: right - left)
                + String(repeating: "~", count: end - start - right)
        } else {
            out += String(repeating: "^", count: end - start)
        }
        return out + "\n"
    }

    /// The character index of a UTF-8 byte offset in `line`.
    static func characterColumn(_ line: String, _ byteOffset: Int) -> Int {
        var bytes = 0, index = 0
        for ch in line {
            if bytes >= byteOffset { break }
            bytes += ch.utf8.count
            index += 1
        }
        return index
    }

    private static func trailingBlanks(_ line: String) -> Int {
        var n = 0
        for ch in line.reversed() {
            guard ch == " " || ch == "\t" else { break }
            n += 1
        }
        return n
    }

    /// Where `~` gives way to `^` and back, as offsets into `segment`.
    private static func anchorSplit(_ segment: [Character], _ line: String, _ start: Int,
                                    _ anchor: CodeAnchor) -> (Int, Int)? {
        let left = characterColumn(line, Int(anchor.from)) - start
        let right = characterColumn(line, Int(anchor.to)) - start
        guard left >= 0, right >= left, right <= segment.count else { return nil }
        switch anchor.kind {
        case .binaryOperator:
            // The operator is the first non-blank text after the left
            // operand (closing parentheses of the operand are skipped too).
            let gap = segment[left..<right]
            let skipped = gap.prefix { $0 == " " || $0 == "\t" || $0 == "\n" }.count
            var opStart = left + skipped
            let width = skipped + 1 < gap.count && !gap[gap.startIndex + skipped + 1].isWhitespace ? 2 : 1
            while opStart < segment.count, segment[opStart].isWhitespace || segment[opStart] == ")" || segment[opStart] == "#" {
                opStart += 1
            }
            return (opStart, opStart + width)
        case .subscription:
            var open = left, close = right + 1
            while open < segment.count, segment[open] != "[" { open += 1 }
            while close < segment.count, segment[close] != "]" { close += 1 }
            if close < segment.count { close += 1 }
            return (open, close)
        }
    }
}
