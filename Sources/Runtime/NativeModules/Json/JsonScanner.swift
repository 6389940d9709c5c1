/// The decoder of `_json` (CPython 3.11's `scan_once_unicode` and
/// `scanstring_unicode`): the same grammar, positions and messages.
final class JsonScanner {
    /// The context's hooks (`JSONDecoder` attributes read by `make_scanner`).
    struct Hooks {
        var objectHook: Value = .none
        var objectPairsHook: Value = .none
        var parseFloat: Value = .none
        var parseInt: Value = .none
        var parseConstant: Value = .none
    }

    let vm: Interpreter
    /// The document (for JSONDecodeError).
    let doc: Value
    let strict: Bool
    var hooks = Hooks()
    /// UTF-8 of a string being built with escapes (reused).
    var scratch: [UInt8] = []

    init(vm: Interpreter, doc: Value, strict: Bool) {
        self.vm = vm
        self.doc = doc
        self.strict = strict
    }

    /// Runs `body` over the string's code points: its UTF-8 bytes when it is
    /// ASCII, else its code point array (charged).
    func withText<R>(_ s: PyStr, _ body: (JsonTextRunner) throws -> R) throws -> R {
        if s.isASCII {
            if let r = try s.value.utf8.withContiguousStorageIfAvailable({ buf in
                try body(JsonTextRunner(scanner: self, bytes: buf, scalars: nil))
            }) {
                return r
            }
            let bytes = Array(s.value.utf8)
            return try bytes.withUnsafeBufferPointer { buf in
                try body(JsonTextRunner(scanner: self, bytes: buf, scalars: nil))
            }
        }
        let scalars = try s.scalars(charging: vm)
        return try scalars.withUnsafeBufferPointer { p in
            try p.withMemoryRebound(to: UInt32.self) { buf in
                try body(JsonTextRunner(scanner: self, bytes: nil, scalars: buf))
            }
        }
    }

    /// `json.decoder.JSONDecodeError(msg, doc, pos)`.
    func error(_ msg: String, _ pos: Int) -> Error {
        do {
            let module = try vm.importModule("json.decoder")
            let cls = try vm.getAttribute(.object(module), "JSONDecodeError")
            let exc = try vm.call(cls, [.str(msg), doc, .int(pos)])
            if case .object(let o) = exc, let e = o as? PyException { return PyError(e) }
            return PyError.typeError("exceptions must derive from BaseException")
        } catch {
            return error
        }
    }
}

/// One of the two text representations, chosen once per call.
struct JsonTextRunner {
    let scanner: JsonScanner
    let bytes: UnsafeBufferPointer<UInt8>?
    let scalars: UnsafeBufferPointer<UInt32>?

    func scanOnce(_ idx: Int) throws -> (Value, Int) {
        if let b = bytes { return try JsonParser(s: scanner, text: b).scanOnce(idx) }
        return try JsonParser(s: scanner, text: scalars!).scanOnce(idx)
    }

    func scanString(_ end: Int) throws -> (String, Int) {
        if let b = bytes { return try JsonParser(s: scanner, text: b).scanString(end) }
        return try JsonParser(s: scanner, text: scalars!).scanString(end)
    }
}

/// A code unit of the text being decoded: a byte of an ASCII string or a
/// code point.
protocol JsonCodeUnit: FixedWidthInteger & UnsignedInteger {
    /// Appends `text[range]` to `out` as UTF-8.
    static func appendUTF8(_ text: UnsafeBufferPointer<Self>, _ range: Range<Int>, to out: inout [UInt8])
    /// `text[range]` as a Swift string.
    static func string(_ text: UnsafeBufferPointer<Self>, _ range: Range<Int>) -> String
}

extension UInt8: JsonCodeUnit {
    static func appendUTF8(_ text: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, to out: inout [UInt8]) {
        out.append(contentsOf: UnsafeBufferPointer(rebasing: text[range]))
    }
    static func string(_ text: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> String {
        String(decoding: UnsafeBufferPointer(rebasing: text[range]), as: UTF8.self)
    }
}

extension UInt32: JsonCodeUnit {
    static func appendUTF8(_ text: UnsafeBufferPointer<UInt32>, _ range: Range<Int>, to out: inout [UInt8]) {
        for i in range { JsonParser<UInt32>.appendScalar(text[i], to: &out) }
    }
    static func string(_ text: UnsafeBufferPointer<UInt32>, _ range: Range<Int>) -> String {
        var out: [UInt8] = []
        out.reserveCapacity(range.count * 2)
        appendUTF8(text, range, to: &out)
        return String(decoding: out, as: UTF8.self)
    }
}

struct JsonParser<U: JsonCodeUnit> {
    let s: JsonScanner
    let text: UnsafeBufferPointer<U>

    @inline(__always) var count: Int { text.count }
    @inline(__always) func at(_ i: Int) -> UInt32 { UInt32(truncatingIfNeeded: text[i]) }

    /// Appends code point `c` as UTF-8 (a lone surrogate becomes U+FFFD,
    /// as `chr` makes it on this VM).
    static func appendScalar(_ c: UInt32, to out: inout [UInt8]) {
        var c = c
        if c < 0x80 { out.append(UInt8(c)); return }
        if c < 0x800 {
            out.append(UInt8(0xC0 | (c >> 6))); out.append(UInt8(0x80 | (c & 0x3F))); return
        }
        if (0xD800...0xDFFF).contains(c) || c > 0x10FFFF { c = 0xFFFD }
        if c < 0x10000 {
            out.append(UInt8(0xE0 | (c >> 12))); out.append(UInt8(0x80 | ((c >> 6) & 0x3F)))
            out.append(UInt8(0x80 | (c & 0x3F))); return
        }
        out.append(UInt8(0xF0 | (c >> 18))); out.append(UInt8(0x80 | ((c >> 12) & 0x3F)))
        out.append(UInt8(0x80 | ((c >> 6) & 0x3F))); out.append(UInt8(0x80 | (c & 0x3F)))
    }

    @inline(__always) func isSpace(_ c: UInt32) -> Bool { c == 0x20 || c == 0x09 || c == 0x0A || c == 0x0D }

    @inline(__always) func skipSpace(_ i: Int) -> Int {
        var i = i
        while i < count && isSpace(at(i)) { i += 1 }
        return i
    }

    /// Whether `literal` (ASCII) is at `i`.
    func matches(_ literal: StaticString, at i: Int) -> Bool {
        let n = literal.utf8CodeUnitCount
        guard i + n <= count else { return false }
        let p = literal.utf8Start
        for k in 0..<n where at(i + k) != UInt32(p[k]) { return false }
        return true
    }

    /// One level of nesting, counted as a call (CPython's
    /// `Py_EnterRecursiveCall` with the same message).
    func nested<T>(_ what: String, _ body: () throws -> T) throws -> T {
        let vm = s.vm
        vm.depth += 1
        defer { vm.depth -= 1 }
        if vm.depth > vm.frameDepthLimit {
            let limit = vm.depthExceeded()
            guard limit is PyError else { throw limit }
            throw PyError(BuiltinTypes.recursionError,
                          "maximum recursion depth exceeded while decoding a JSON \(what) from a unicode string")
        }
        return try body()
    }

    func scanOnce(_ idx: Int) throws -> (Value, Int) {
        guard idx < count else { throw PyError.stopIteration(.int(idx)) }
        try s.vm.nativeWork()
        switch at(idx) {
        case 0x22:  // "
            let (str, end) = try scanString(idx + 1)
            return (.str(str), end)
        case 0x7B:  // {
            return try nested("object") { try parseObject(idx + 1) }
        case 0x5B:  // [
            return try nested("array") { try parseArray(idx + 1) }
        case 0x6E:  // n
            if idx + 3 < count && matches("null", at: idx) { return (.none, idx + 4) }
        case 0x74:  // t
            if idx + 3 < count && matches("true", at: idx) { return (.bool(true), idx + 4) }
        case 0x66:  // f
            if idx + 4 < count && matches("false", at: idx) { return (.bool(false), idx + 5) }
        case 0x4E:  // N
            if idx + 2 < count && matches("NaN", at: idx) { return (try constant("NaN"), idx + 3) }
        case 0x49:  // I
            if idx + 7 < count && matches("Infinity", at: idx) { return (try constant("Infinity"), idx + 8) }
        case 0x2D:  // -
            if idx + 8 < count && matches("-Infinity", at: idx) { return (try constant("-Infinity"), idx + 9) }
        default:
            break
        }
        return try number(idx)
    }

    func constant(_ name: String) throws -> Value {
        try s.vm.call(s.hooks.parseConstant, [.str(name)])
    }

    @inline(__always) func isDigit(_ c: UInt32) -> Bool { c >= 0x30 && c <= 0x39 }

    /// `_match_number_unicode`.
    func number(_ start: Int) throws -> (Value, Int) {
        let endIdx = count - 1
        var idx = start
        if at(idx) == 0x2D {
            idx += 1
            if idx > endIdx { throw PyError.stopIteration(.int(start)) }
        }
        let first = at(idx)
        if first >= 0x31 && first <= 0x39 {
            idx += 1
            while idx <= endIdx && isDigit(at(idx)) { idx += 1 }
        } else if first == 0x30 {
            idx += 1
        } else {
            throw PyError.stopIteration(.int(start))
        }
        var isFloat = false
        if idx < endIdx && at(idx) == 0x2E && isDigit(at(idx + 1)) {
            isFloat = true
            idx += 2
            while idx <= endIdx && isDigit(at(idx)) { idx += 1 }
        }
        if idx < endIdx && (at(idx) == 0x65 || at(idx) == 0x45) {
            let eStart = idx
            idx += 1
            if idx < endIdx && (at(idx) == 0x2D || at(idx) == 0x2B) { idx += 1 }
            while idx <= endIdx && isDigit(at(idx)) { idx += 1 }
            if isDigit(at(idx - 1)) { isFloat = true } else { idx = eStart }
        }
        let hooks = s.hooks
        if isFloat {
            if case .object(let o) = hooks.parseFloat, o === BuiltinTypes.float {
                let textValue = U.string(text, start..<idx)
                if let d = Double(textValue) { return (.float(d), idx) }
                return (try s.vm.call(hooks.parseFloat, [.str(textValue)]), idx)
            }
            return (try s.vm.call(hooks.parseFloat, [.str(U.string(text, start..<idx))]), idx)
        }
        if case .object(let o) = hooks.parseInt, o === BuiltinTypes.int {
            if idx - start <= 18 {
                var i = start, negative = false, n = 0
                if at(i) == 0x2D { negative = true; i += 1 }
                while i < idx { n = n * 10 + Int(at(i) - 0x30); i += 1 }
                return (.int(negative ? -n : n), idx)
            }
        }
        return (try s.vm.call(hooks.parseInt, [.str(U.string(text, start..<idx))]), idx)
    }

    /// `scanstring_unicode`: the string whose opening quote is just before
    /// `start`, and the index after its closing quote.
    func scanString(_ start: Int) throws -> (String, Int) {
        let len = count
        if start < 0 || len < start { throw PyError.valueError("end is out of bounds") }
        let begin = start - 1
        var end = start
        var building = false
        let strict = s.strict
        while true {
            var next = end
            var c: UInt32 = 0
            var found = false
            while next < len {
                c = at(next)
                if c == 0x22 || c == 0x5C { found = true; break }
                if c <= 0x1F && strict { throw s.error("Invalid control character at", next) }
                next += 1
            }
            if !found { throw s.error("Unterminated string starting at", begin) }
            if c == 0x22 && !building {
                return (U.string(text, end..<next), next + 1)
            }
            if !building {
                building = true
                s.scratch.removeAll(keepingCapacity: true)
            }
            if next != end { U.appendUTF8(text, end..<next, to: &s.scratch) }
            next += 1
            if c == 0x22 {
                end = next
                break
            }
            if next == len { throw s.error("Unterminated string starting at", begin) }
            c = at(next)
            if c != 0x75 {  // not 'u'
                end = next + 1
                switch c {
                case 0x22, 0x5C, 0x2F: break
                case 0x62: c = 0x08
                case 0x66: c = 0x0C
                case 0x6E: c = 0x0A
                case 0x72: c = 0x0D
                case 0x74: c = 0x09
                default: throw s.error("Invalid \\escape", end - 2)
                }
            } else {
                next += 1
                end = next + 4
                if end >= len { throw s.error("Invalid \\uXXXX escape", next - 1) }
                c = 0
                while next < end {
                    guard let d = hexDigit(at(next)) else { throw s.error("Invalid \\uXXXX escape", end - 5) }
                    c = (c << 4) | d
                    next += 1
                }
                if c >= 0xD800 && c <= 0xDBFF && end + 6 < len && at(next) == 0x5C && at(next + 1) == 0x75 {
                    next += 2
                    end += 6
                    var c2: UInt32 = 0
                    while next < end {
                        guard let d = hexDigit(at(next)) else { throw s.error("Invalid \\uXXXX escape", end - 5) }
                        c2 = (c2 << 4) | d
                        next += 1
                    }
                    if c2 >= 0xDC00 && c2 <= 0xDFFF {
                        c = 0x10000 + (((c - 0xD800) << 10) | (c2 - 0xDC00))
                    } else {
                        end -= 6
                    }
                }
            }
            JsonParser.appendScalar(c, to: &s.scratch)
        }
        if s.scratch.count >= 1 << 16 { try s.vm.nativeWork(s.scratch.count >> 4) }
        return (String(decoding: s.scratch, as: UTF8.self), end)
    }

    @inline(__always) func hexDigit(_ c: UInt32) -> UInt32? {
        switch c {
        case 0x30...0x39: return c - 0x30
        case 0x61...0x66: return c - 0x61 + 10
        case 0x41...0x46: return c - 0x41 + 10
        default: return nil
        }
    }

    /// `_parse_object_unicode`: `start` is just after the `{`.
    func parseObject(_ start: Int) throws -> (Value, Int) {
        let endIdx = count - 1
        let hooks = s.hooks
        let pairsHook = !hooks.objectPairsHook.isNone
        var pairs: [Value] = []
        let dict = pairsHook ? nil : PyDict()
        var idx = skipSpace(start)
        if idx > endIdx || at(idx) != 0x7D {
            while true {
                if idx > endIdx || at(idx) != 0x22 {
                    throw s.error("Expecting property name enclosed in double quotes", idx)
                }
                let (key, afterKey) = try scanString(idx + 1)
                idx = skipSpace(afterKey)
                if idx > endIdx || at(idx) != 0x3A { throw s.error("Expecting ':' delimiter", idx) }
                idx = skipSpace(idx + 1)
                let (value, afterValue) = try scanOnce(idx)
                if let dict {
                    dict.setStr(PyStr(key), value)
                } else {
                    pairs.append(.object(PyTuple([.str(key), value])))
                }
                idx = skipSpace(afterValue)
                if idx <= endIdx && at(idx) == 0x7D { break }
                if idx > endIdx || at(idx) != 0x2C { throw s.error("Expecting ',' delimiter", idx) }
                idx = skipSpace(idx + 1)
            }
        }
        if pairsHook {
            return (try s.vm.call(hooks.objectPairsHook, [.object(PyList(pairs))]), idx + 1)
        }
        if !hooks.objectHook.isNone {
            return (try s.vm.call(hooks.objectHook, [.object(dict!)]), idx + 1)
        }
        return (.object(dict!), idx + 1)
    }

    /// `_parse_array_unicode`: `start` is just after the `[`.
    func parseArray(_ start: Int) throws -> (Value, Int) {
        let endIdx = count - 1
        var items: [Value] = []
        var idx = skipSpace(start)
        if idx > endIdx || at(idx) != 0x5D {
            while true {
                let (value, after) = try scanOnce(idx)
                items.append(value)
                idx = skipSpace(after)
                if idx <= endIdx && at(idx) == 0x5D { break }
                if idx > endIdx || at(idx) != 0x2C { throw s.error("Expecting ',' delimiter", idx) }
                idx = skipSpace(idx + 1)
            }
        }
        return (.object(PyList(items)), idx + 1)
    }
}
