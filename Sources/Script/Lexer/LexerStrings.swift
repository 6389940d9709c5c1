/// String literal tokens: finding the end of single- and triple-quoted
/// strings with any prefix, then decoding escapes (f-strings are left to the parser).
extension Lexer {
    /// A string whose prefix (possibly empty) starts at `prefixStart` and whose quote is at `pos`.
    func string(prefixStart: Int) throws {
        let startLine = line
        let startColumn = prefixStart - lineStart
        var isBytes = false, isRaw = false, isFormatted = false, isUnicode = false
        for c in bytes[prefixStart..<pos] {
            switch c | 0x20 {
            case UInt8(ascii: "b"): isBytes = true
            case UInt8(ascii: "r"): isRaw = true
            case UInt8(ascii: "f"): isFormatted = true
            default: isUnicode = true
            }
        }
        let quote = bytes[pos]
        let triple = peek(1) == quote && peek(2) == quote
        pos += triple ? 3 : 1
        let bodyStart = pos
        let bodyLine = line
        let bodyColumn = column
        var bodyEnd = pos
        while true {
            guard pos < end else {
                let what = triple ? "unterminated triple-quoted string literal" : "unterminated string literal"
                // CPython counts the last line that has text, not the empty one after a final newline.
                let detected = pos > 0 && bytes[pos - 1] == UInt8(ascii: "\n") && line > startLine ? line - 1 : line
                throw source.error(.syntaxError, "\(what) (detected at line \(detected))", line: startLine, byteColumn: startColumn)
            }
            let c = bytes[pos]
            if c == quote {
                if !triple {
                    bodyEnd = pos
                    pos += 1
                    break
                }
                if peek(1) == quote && peek(2) == quote {
                    bodyEnd = pos
                    pos += 3
                    break
                }
                pos += 1
            } else if c == UInt8(ascii: "\\") {
                pos += 1
                if pos < end {
                    if bytes[pos] == UInt8(ascii: "\n") {
                        pos += 1
                        newLine()
                    } else {
                        pos += 1
                    }
                }
            } else if c == UInt8(ascii: "\n") {
                if !triple {
                    throw source.error(.syntaxError, "unterminated string literal (detected at line \(line))",
                                       line: startLine, byteColumn: startColumn)
                }
                pos += 1
                newLine()
            } else if c == 0 {
                throw fail("source code string cannot contain null bytes")
            } else {
                pos += 1
            }
        }
        var value = ConstantValue.none
        var failure: StringDecoder.DecodeError?
        if !isFormatted {
            let body = bytes[bodyStart..<bodyEnd]
            do {
                if isBytes {
                    value = .bytes(try StringDecoder.decodeBytes(body, raw: isRaw))
                } else {
                    value = .str(try StringDecoder.decodeString(body, raw: isRaw))
                }
            } catch let error as StringDecoder.DecodeError {
                // Like CPython, a bad escape is reported by the parser when it builds the literal.
                failure = error
            }
        }
        var token = StringToken(isBytes: isBytes, isRaw: isRaw, isFormatted: isFormatted, isUnicode: isUnicode,
                                value: value, bodyStart: bodyStart, bodyEnd: bodyEnd,
                                bodyLine: bodyLine, bodyColumn: bodyColumn)
        token.decodeFailure = failure
        emit(.string(payloads.addString(token)), start: prefixStart, line: startLine, column: startColumn)
    }
}
