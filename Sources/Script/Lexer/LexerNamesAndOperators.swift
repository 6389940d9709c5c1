import Foundation

/// Identifiers, keywords and operators.
extension Lexer {
    /// The hard keywords by first byte, as UTF-8, for matching a NAME's bytes in place.
    static let keywordsByFirstByte: [[(spelling: [UInt8], keyword: HardKeyword)]] = {
        var table = [[(spelling: [UInt8], keyword: HardKeyword)]](repeating: [], count: 128)
        for k in HardKeyword.allCases {
            let spelling = Array(k.rawValue.utf8)
            table[Int(spelling[0])].append((spelling, k))
        }
        return table
    }()

    /// The hard keyword spelled by the ASCII bytes `start..<stop`, if any
    /// (no `String` made, no hashing: most names are not keywords).
    func keyword(from start: Int, to stop: Int) -> HardKeyword? {
        let length = stop - start
        guard length >= 2 && length <= 8, bytes[start] < 0x80 else { return nil }
        for candidate in Lexer.keywordsByFirstByte[Int(bytes[start])] where candidate.spelling.count == length {
            var i = 1
            while i < length && candidate.spelling[i] == bytes[start + i] { i += 1 }
            if i == length { return candidate.keyword }
        }
        return nil
    }

    static let stringPrefixes: Set<String> = ["r", "u", "b", "br", "rb", "f", "fr", "rf"]

    @inline(__always) func isIdentifierStartByte(_ c: UInt8) -> Bool {
        (c >= UInt8(ascii: "a") && c <= UInt8(ascii: "z")) || (c >= UInt8(ascii: "A") && c <= UInt8(ascii: "Z"))
            || c == UInt8(ascii: "_") || c >= 0x80
    }

    @inline(__always) func isASCIIIdentifierByte(_ c: UInt8) -> Bool {
        (c >= UInt8(ascii: "a") && c <= UInt8(ascii: "z")) || (c >= UInt8(ascii: "A") && c <= UInt8(ascii: "Z"))
            || (c >= UInt8(ascii: "0") && c <= UInt8(ascii: "9")) || c == UInt8(ascii: "_")
    }

    /// Decodes the UTF-8 scalar starting at byte `i` (returns nil and length 1 for malformed bytes).
    func scalar(at i: Int) -> (Unicode.Scalar?, Int) {
        let b0 = bytes[i]
        var length = 1
        var value: UInt32 = 0
        if b0 < 0x80 { return (Unicode.Scalar(b0), 1) }
        if b0 & 0xE0 == 0xC0 { length = 2; value = UInt32(b0 & 0x1F) }
        else if b0 & 0xF0 == 0xE0 { length = 3; value = UInt32(b0 & 0x0F) }
        else if b0 & 0xF8 == 0xF0 { length = 4; value = UInt32(b0 & 0x07) }
        else { return (nil, 1) }
        guard i + length <= end else { return (nil, 1) }
        for k in 1..<length {
            let b = bytes[i + k]
            guard b & 0xC0 == 0x80 else { return (nil, 1) }
            value = value << 6 | UInt32(b & 0x3F)
        }
        return (Unicode.Scalar(value), length)
    }

    func invalidCharacter(at i: Int) -> SyntaxError {
        let (s, _) = scalar(at: i)
        if let s {
            let hex = String(s.value, radix: 16, uppercase: true)
            let padded = String(repeating: "0", count: max(0, 4 - hex.count)) + hex
            return fail("invalid character '\(Character(s))' (U+\(padded))", byteColumn: i - lineStart)
        }
        return fail("invalid non-UTF-8 byte in source", byteColumn: i - lineStart)
    }

    /// A NAME or keyword, or the prefix of a string literal such as `rb"..."`.
    func identifierOrPrefixedString() throws {
        let start = pos
        let startColumn = column
        var asciiOnly = true
        while pos < end {
            let c = bytes[pos]
            if isASCIIIdentifierByte(c) {
                pos += 1
            } else if c >= 0x80 {
                let (s, length) = scalar(at: pos)
                guard let s else { throw invalidCharacter(at: pos) }
                let ok = pos == start ? s.properties.isXIDStart : s.properties.isXIDContinue
                if !ok { throw invalidCharacter(at: pos) }
                asciiOnly = false
                pos += length
            } else {
                break
            }
        }
        if asciiOnly && pos - start <= 2 && (peek() == UInt8(ascii: "\"") || peek() == UInt8(ascii: "'"))
            && Lexer.stringPrefixes.contains(String(decoding: bytes[start..<pos], as: UTF8.self).lowercased()) {
            try string(prefixStart: start)
            return
        }
        if asciiOnly, let k = keyword(from: start, to: pos) {
            emit(.keyword(k), start: start, line: line, column: startColumn)
            return
        }
        var text = String(decoding: bytes[start..<pos], as: UTF8.self)
        if !asciiOnly {
            // PEP 3131: identifiers are compared in NFKC form (`ｗｉｄｔｈ` is `width`).
            text = text.precomposedStringWithCompatibilityMapping
        }
        emit(.name(payloads.addName(text)), start: start, line: line, column: startColumn)
    }

    /// An operator or delimiter, tracking bracket nesting.
    func punctuation() throws {
        let start = pos
        let startColumn = column
        let c0 = bytes[pos]
        if c0 == 0 {
            throw fail("source code string cannot contain null bytes")
        }
        if c0 >= 0x80 {
            throw invalidCharacter(at: pos)
        }
        let found = Lexer.matchPunct(c0, peek(1), peek(2))
        guard let p = found else {
            // `$`, `?`, `!`, a backtick: CPython's ERRORTOKEN, reported by the parser as "invalid syntax".
            pos += 1
            emit(.op(.unknown), start: start, line: line, column: startColumn)
            return
        }
        switch p {
        case .lpar, .lsqb, .lbrace:
            if brackets.count + outerBrackets >= Lexer.maxBracketDepth {
                throw fail("too many nested parentheses")
            }
            brackets.append((p, line, startColumn))
        case .rpar, .rsqb, .rbrace:
            guard let open = brackets.popLast() else {
                throw fail("unmatched '\(p.rawValue)'")
            }
            let matches = (open.punct == .lpar && p == .rpar) || (open.punct == .lsqb && p == .rsqb)
                || (open.punct == .lbrace && p == .rbrace)
            if !matches {
                let whereOpened = open.line == line ? "" : " on line \(open.line)"
                throw fail("closing parenthesis '\(p.rawValue)' does not match opening parenthesis '\(open.punct.rawValue)'\(whereOpened)")
            }
        default:
            break
        }
        pos += p.rawValue.utf8.count
        emit(.op(p), start: start, line: line, column: startColumn)
    }

    /// The longest operator spelled by the bytes `c0 c1 c2` (nil if `c0` starts none).
    static func matchPunct(_ c0: UInt8, _ c1: UInt8, _ c2: UInt8) -> Punct? {
        let eq = c1 == UInt8(ascii: "=")
        switch c0 {
        case UInt8(ascii: "("): return .lpar
        case UInt8(ascii: ")"): return .rpar
        case UInt8(ascii: "["): return .lsqb
        case UInt8(ascii: "]"): return .rsqb
        case UInt8(ascii: "{"): return .lbrace
        case UInt8(ascii: "}"): return .rbrace
        case UInt8(ascii: ","): return .comma
        case UInt8(ascii: ";"): return .semi
        case UInt8(ascii: "~"): return .tilde
        case UInt8(ascii: ":"): return eq ? .colonEqual : .colon
        case UInt8(ascii: "."):
            return c1 == UInt8(ascii: ".") && c2 == UInt8(ascii: ".") ? .ellipsis : .dot
        case UInt8(ascii: "@"): return eq ? .atEqual : .at
        case UInt8(ascii: "="): return eq ? .eqEqual : .equal
        case UInt8(ascii: "!"): return eq ? .notEqual : nil
        case UInt8(ascii: "+"): return eq ? .plusEqual : .plus
        case UInt8(ascii: "-"):
            if c1 == UInt8(ascii: ">") { return .rarrow }
            return eq ? .minusEqual : .minus
        case UInt8(ascii: "%"): return eq ? .percentEqual : .percent
        case UInt8(ascii: "|"): return eq ? .vbarEqual : .vbar
        case UInt8(ascii: "&"): return eq ? .amperEqual : .amper
        case UInt8(ascii: "^"): return eq ? .circumflexEqual : .circumflex
        case UInt8(ascii: "*"):
            if c1 == UInt8(ascii: "*") { return c2 == UInt8(ascii: "=") ? .doubleStarEqual : .doubleStar }
            return eq ? .starEqual : .star
        case UInt8(ascii: "/"):
            if c1 == UInt8(ascii: "/") { return c2 == UInt8(ascii: "=") ? .doubleSlashEqual : .doubleSlash }
            return eq ? .slashEqual : .slash
        case UInt8(ascii: "<"):
            if c1 == UInt8(ascii: "<") { return c2 == UInt8(ascii: "=") ? .leftShiftEqual : .leftShift }
            if c1 == UInt8(ascii: ">") { return nil }
            return eq ? .lessEqual : .less
        case UInt8(ascii: ">"):
            if c1 == UInt8(ascii: ">") { return c2 == UInt8(ascii: "=") ? .rightShiftEqual : .rightShift }
            return eq ? .greaterEqual : .greater
        default: return nil
        }
    }
}
