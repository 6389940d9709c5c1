/// The program text as UTF-8 bytes plus a line index, shared by the lexer
/// and the parser to turn byte positions into CPython-style error locations.
public struct SourceText: Sendable {
    /// The program, UTF-8, with `\r\n` and `\r` already turned into `\n`.
    public let bytes: [UInt8]
    /// The file name used in errors.
    public let filename: String
    /// Byte offset where each line starts (`lineStarts[0]` is line 1).
    public let lineStarts: [Int]

    /// Indexes `source`, normalising line endings the way CPython's tokenizer does.
    public init(_ source: String, filename: String = "<string>") {
        self.init(bytes: Array(source.utf8), filename: filename)
    }

    /// Indexes UTF-8 `bytes`, normalising line endings.
    public init(bytes input: [UInt8], filename: String = "<string>") {
        // A UTF-8 byte order mark is dropped, as when CPython reads a file.
        let raw = input.starts(with: [0xEF, 0xBB, 0xBF]) ? Array(input.dropFirst(3)) : input
        var bytes = raw
        if raw.contains(UInt8(ascii: "\r")) {
            bytes.removeAll(keepingCapacity: true)
            var i = 0
            while i < raw.count {
                let b = raw[i]
                if b == UInt8(ascii: "\r") {
                    bytes.append(UInt8(ascii: "\n"))
                    if i + 1 < raw.count && raw[i + 1] == UInt8(ascii: "\n") { i += 1 }
                } else {
                    bytes.append(b)
                }
                i += 1
            }
        }
        var starts = [0]
        bytes.withUnsafeBufferPointer { buffer in
            var i = 0
            while i < buffer.count {
                if buffer[i] == UInt8(ascii: "\n") { starts.append(i + 1) }
                i += 1
            }
        }
        self.bytes = bytes
        self.filename = filename
        self.lineStarts = starts
    }

    /// The text of 1-based `line` without its newline ("" when out of range).
    public func lineText(_ line: Int) -> String {
        guard line >= 1, line <= lineStarts.count else { return "" }
        let start = lineStarts[line - 1]
        var end = line < lineStarts.count ? lineStarts[line] : bytes.count
        if end > start && bytes[end - 1] == UInt8(ascii: "\n") { end -= 1 }
        return String(decoding: bytes[start..<end], as: UTF8.self)
    }

    /// Converts a 0-based byte column in `line` to CPython's 1-based character offset.
    public func characterOffset(line: Int, byteColumn: Int) -> Int {
        guard line >= 1, line <= lineStarts.count, byteColumn > 0 else { return max(byteColumn, 0) + 1 }
        let start = lineStarts[line - 1]
        let end = min(start + byteColumn, bytes.count)
        var chars = 0
        var i = start
        while i < end {
            if bytes[i] & 0xC0 != 0x80 { chars += 1 }
            i += 1
        }
        return chars + (byteColumn - (end - start)) + 1
    }

    /// Builds an error located at a 0-based byte column of `line`, optionally spanning to `end`
    /// (a line and 0-based byte column just past the offending text).
    public func error(_ kind: SyntaxError.Kind = .syntaxError, _ message: String,
                      line: Int, byteColumn: Int, end: (line: Int, byteColumn: Int)? = nil) -> SyntaxError {
        var e = SyntaxError(kind, message, filename: filename, line: line,
                            column: characterOffset(line: line, byteColumn: byteColumn),
                            text: line >= 1 && line <= lineStarts.count ? lineText(line) : nil)
        if let end {
            e.endLine = end.line
            e.endColumn = characterOffset(line: end.line, byteColumn: end.byteColumn)
        } else {
            e.endLine = e.line
            e.endColumn = e.column
        }
        return e
    }
}

extension SourceText {
    /// A compile-time error for a node's `range` (e.g. `'return' outside function`), with
    /// CPython's 1-based character columns, the end of the range and the offending line.
    public func error(_ kind: SyntaxError.Kind = .syntaxError, _ message: String, at range: SourceRange) -> SyntaxError {
        error(kind, message, line: range.line, byteColumn: range.column, end: (range.endLine, range.endColumn))
    }

    /// The 1-based line containing byte `offset`.
    public func line(ofOffset offset: Int) -> Int {
        var lo = 0
        var hi = lineStarts.count - 1
        while lo < hi {
            let mid = (lo + hi + 1) / 2
            if lineStarts[mid] <= offset { lo = mid } else { hi = mid - 1 }
        }
        return lo + 1
    }
}
