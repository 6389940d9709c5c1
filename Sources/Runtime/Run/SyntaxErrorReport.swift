/// How CPython 3.11's excepthook prints a `SyntaxError` raised while the
/// program runs (`compile`, `eval`, `exec`): `  File "<string>", line 1`,
/// the offending line without its indentation, a caret line under
/// `offset..<end_offset`, and then `SyntaxError: msg` (the message alone,
/// not `str()`'s `msg (file, line N)`). Mirrors `parse_syntax_error` and
/// `print_error_text` (Python/pythonrun.c); offsets count characters.
enum SyntaxErrorReport {
    /// The fields the report uses.
    struct Fields {
        var message: Value
        var filename: String
        var lineno: Int
        var offset: Int
        var endLineno: Int
        var endOffset: Int
        var text: String?
    }

    /// The fields of `e`, or nil when it is not a SyntaxError or a field
    /// cannot be read (CPython then prints it like any other exception).
    static func fields(_ e: PyException, _ vm: Interpreter) -> Fields? {
        guard e.type.isSubtype(of: BuiltinTypes.syntaxError) else { return nil }
        func attr(_ name: String) -> Value? { (try? vm.lookupAttribute(.object(e), PyStr(name))) ?? nil }
        func int(_ v: Value?, ifNone: Int?) -> Int? {
            guard let v else { return nil }
            if case .none = v { return ifNone }
            guard let i = v.bigIntValue else { return nil }
            return Int(truncatingIfNeeded: i)
        }
        guard let message = attr("msg") else { return nil }
        var filename = "<string>"
        if let f = attr("filename"), case .object = f {
            guard let s = try? vm.str(f) else { return nil }
            filename = s
        }
        guard let lineno = int(attr("lineno"), ifNone: nil),
              let offset = int(attr("offset"), ifNone: -1) else { return nil }
        var endLineno = lineno, endOffset = -1
        // Only SyntaxError itself has meaningful end positions (CPython).
        if e.type === BuiltinTypes.syntaxError {
            guard let l = int(attr("end_lineno"), ifNone: lineno), let o = int(attr("end_offset"), ifNone: -1) else { return nil }
            endLineno = l
            endOffset = o
        }
        var text: String?
        if let t = attr("text"), !(t.isNone) {
            guard let s = try? vm.str(t) else { return nil }
            text = s
        }
        return Fields(message: message, filename: filename, lineno: lineno, offset: offset,
                      endLineno: endLineno, endOffset: endOffset, text: text)
    }

    /// The location lines (each after `prefix` where CPython writes a margin).
    static func location(_ f: Fields, prefix: String) -> String {
        var out = prefix + "  File \"\(f.filename)\", line \(f.lineno)\n"
        guard let text = f.text else { return out }
        let size = text.unicodeScalars.count
        var endOffset = f.endOffset
        if f.endLineno > f.lineno { endOffset = size }
        if endOffset > size + 1 { endOffset = size + 1 }
        out += errorText(Array(text.unicodeScalars), offset: f.offset, endOffset: endOffset)
        return out
    }

    /// `print_error_text`: the line (past any embedded newline before the
    /// offset) and, unless the offset falls left of the text, the carets.
    static func errorText(_ all: [Unicode.Scalar], offset start: Int, endOffset: Int) -> String {
        let carets = endOffset > 0 && endOffset > start ? endOffset - start : 1
        var text = all[...]
        var offset = start - 1
        while let c = text.first, c == " " || c == "\t" || c == "\u{0C}" {
            text = text.dropFirst()
            offset -= 1
        }
        var len = text.count
        if len > 0 && text.last == "\n" { len -= 1 }
        if offset > len { offset = len }
        while let nl = text.firstIndex(of: "\n") {
            let inl = nl - text.startIndex
            if inl >= offset { break }
            text = text[(nl + 1)...]
            len -= inl + 1
            offset -= inl + 1
        }
        var s = String.UnicodeScalarView()
        s.append(contentsOf: text)
        var out = "    " + String(s)
        // The line printed ends with a newline (CPython looks at text[len]).
        if !(len < text.count && text[text.startIndex + len] == "\n") { out += "\n" }
        guard offset >= 0 else { return out }
        return out + "    " + String(repeating: " ", count: offset) + String(repeating: "^", count: carets) + "\n"
    }
}
