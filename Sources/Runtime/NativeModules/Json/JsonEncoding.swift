/// The encoder of `_json` (CPython 3.11's `encoder_listencode_obj` and
/// `escape_unicode`/`ascii_escape_unicode`), writing UTF-8 into one buffer.
final class JsonEncoding {
    /// `make_encoder`'s arguments.
    struct Config {
        var checkCircular: Bool
        var defaultFn: Value
        var encoderFn: Value
        /// true: the native `encode_basestring_ascii`; false: the native
        /// `encode_basestring`; nil: call `encoderFn`.
        var fastAscii: Bool?
        var indent: [UInt8]?
        var keySeparator: [UInt8]
        var itemSeparator: [UInt8]
        var sortKeys: Bool
        var skipKeys: Bool
        var allowNaN: Bool
    }

    let vm: Interpreter
    let config: Config
    var out: [UInt8] = []
    /// Output size at which the buffer is next charged (it doubles).
    var nextCharge = 1 << 16
    /// Objects being encoded (the circular reference check).
    var markers: Set<ObjectIdentifier> = []

    init(vm: Interpreter, config: Config) {
        self.vm = vm
        self.config = config
    }

    func finish() -> String { String(decoding: out, as: UTF8.self) }

    // MARK: strings

    static let hex: [UInt8] = Array("0123456789abcdef".utf8)

    @inline(__always) static func appendU(_ c: UInt32, to out: inout [UInt8]) {
        out.append(0x5C); out.append(0x75)
        out.append(hex[Int((c >> 12) & 0xF)]); out.append(hex[Int((c >> 8) & 0xF)])
        out.append(hex[Int((c >> 4) & 0xF)]); out.append(hex[Int(c & 0xF)])
    }

    /// Appends the JSON string literal of `s` (quotes included).
    static func appendString(_ s: String, asciiOnly: Bool, to out: inout [UInt8]) {
        out.append(0x22)
        var str = s
        str.withUTF8 { buf in
            var i = 0
            let n = buf.count
            var runStart = 0
            while i < n {
                let b = buf[i]
                if b >= 0x20 && b != 0x22 && b != 0x5C && (b < 0x7F || (!asciiOnly && b >= 0x80)) {
                    i += 1
                    continue
                }
                if b == 0x7F && !asciiOnly { i += 1; continue }
                if runStart < i { out.append(contentsOf: UnsafeBufferPointer(rebasing: buf[runStart..<i])) }
                if b < 0x80 {
                    switch b {
                    case 0x22: out.append(0x5C); out.append(0x22)
                    case 0x5C: out.append(0x5C); out.append(0x5C)
                    case 0x08: out.append(0x5C); out.append(0x62)
                    case 0x0C: out.append(0x5C); out.append(0x66)
                    case 0x0A: out.append(0x5C); out.append(0x6E)
                    case 0x0D: out.append(0x5C); out.append(0x72)
                    case 0x09: out.append(0x5C); out.append(0x74)
                    default: appendU(UInt32(b), to: &out)
                    }
                    i += 1
                } else {
                    // A non-ASCII code point with ensure_ascii: decode it.
                    var c: UInt32
                    var len: Int
                    if b >= 0xF0 { c = UInt32(b & 0x07); len = 4 } else if b >= 0xE0 { c = UInt32(b & 0x0F); len = 3 } else { c = UInt32(b & 0x1F); len = 2 }
                    var k = 1
                    while k < len && i + k < n { c = (c << 6) | UInt32(buf[i + k] & 0x3F); k += 1 }
                    i += len
                    if c >= 0x10000 {
                        let v = c - 0x10000
                        appendU(0xD800 | ((v >> 10) & 0x3FF), to: &out)
                        appendU(0xDC00 | (v & 0x3FF), to: &out)
                    } else {
                        appendU(c, to: &out)
                    }
                }
                runStart = i
            }
            if runStart < n { out.append(contentsOf: UnsafeBufferPointer(rebasing: buf[runStart..<n])) }
        }
        out.append(0x22)
    }

    /// `encode_basestring(_ascii)(s)`.
    static func encodeOne(_ vm: Interpreter, _ v: Value, asciiOnly: Bool) throws -> String {
        guard let s = v.asStr else {
            throw PyError.typeError("first argument must be a string, not \(v.type.name)")
        }
        let bytes = s.value.utf8.count
        if bytes >= 1 << 14 {
            try vm.charge(bytes, times: asciiOnly ? 6 : 2)
            try vm.nativeWork(bytes >> 4)
        }
        var out: [UInt8] = []
        out.reserveCapacity(bytes + 2)
        appendString(s.value, asciiOnly: asciiOnly, to: &out)
        return String(decoding: out, as: UTF8.self)
    }

    /// A string through the configured encoder.
    func encodeString(_ s: PyStr) throws {
        if let ascii = config.fastAscii {
            let bytes = s.value.utf8.count
            if bytes >= 1 << 16 {
                // A long string: its size (at least) before it is copied.
                try vm.charge(out.count + bytes + 2)
                try vm.nativeWork(bytes >> 4)
            }
            JsonEncoding.appendString(s.value, asciiOnly: ascii, to: &out)
            return
        }
        let r = try vm.call(config.encoderFn, [.object(s)])
        guard let text = r.stringValue else {
            throw PyError.typeError("encoder() must return a string, not \(r.type.name)")
        }
        out.append(contentsOf: text.utf8)
    }

    // MARK: values

    @inline(__always) func append(_ s: StaticString) {
        out.append(contentsOf: UnsafeBufferPointer(start: s.utf8Start, count: s.utf8CodeUnitCount))
    }

    func appendInt(_ i: Int) {
        if i >= 0 && i < 10 { out.append(UInt8(0x30 + i)); return }
        out.append(contentsOf: String(i).utf8)
    }

    /// `encoder_encode_float`.
    func floatText(_ d: Double) throws -> String {
        if d.isFinite { return FloatRepr.repr(d) }
        if !config.allowNaN { throw PyError.valueError("Out of range float values are not JSON compliant") }
        return d.isNaN ? "NaN" : (d > 0 ? "Infinity" : "-Infinity")
    }

    /// Checks the output's size against the memory limit as it doubles.
    @inline(__always) func grew() throws {
        if out.count >= nextCharge {
            try vm.charge(out.count)
            nextCharge = out.count * 2
        }
    }

    func nested(_ body: () throws -> Void) throws {
        vm.depth += 1
        defer { vm.depth -= 1 }
        if vm.depth > vm.frameDepthLimit {
            let limit = vm.depthExceeded()
            guard limit is PyError else { throw limit }
            // With indent this stands for the Python encoder (CPython's C
            // encoder has no indent), whose generators hit the limit as
            // calls do.
            throw PyError(BuiltinTypes.recursionError,
                          config.indent == nil ? "maximum recursion depth exceeded while encoding a JSON object"
                                               : "maximum recursion depth exceeded while calling a Python object")
        }
        try body()
    }

    func mark(_ o: PyObject) throws -> Bool {
        guard config.checkCircular else { return false }
        if !markers.insert(ObjectIdentifier(o)).inserted {
            throw PyError.valueError("Circular reference detected")
        }
        return true
    }

    /// `int.__repr__(v)` / `float.__repr__`-based text of an int or float
    /// subclass instance (or an IntEnum member, an int-like object on this
    /// VM), nil for anything else.
    func numericText(_ v: Value) throws -> String? {
        if try vm.isInstance(v, .object(BuiltinTypes.int)) {
            return try vm.call(try vm.getAttribute(.object(BuiltinTypes.int), "__repr__"), [v]).stringValue
        }
        if try vm.isInstance(v, .object(BuiltinTypes.float)) {
            let f = try vm.call(.object(BuiltinTypes.float), [v])
            if case .float(let d) = f { return try floatText(d) }
            return nil
        }
        // Lib/json's `_is_int`: an IntEnum/IntFlag member.
        if let member = try vm.lookupAttribute(.object(v.type), PyStr("_member_type_")),
           case .object(let mt) = member, mt === BuiltinTypes.int,
           let inner = try vm.lookupAttribute(v, PyStr("_value_")) {
            return try numericText(inner) ?? vm.repr(inner)
        }
        return nil
    }

    func encode(_ v: Value, level: Int) throws {
        try vm.nativeWork()
        switch v {
        case .none: append("null")
        case .bool(let b): if b { append("true") } else { append("false") }
        case .int(let i): appendInt(i)
        case .float(let d): out.append(contentsOf: try floatText(d).utf8)
        case .object(let o):
            if let s = o as? PyStr {
                try encodeString(s)
            } else if o is PyBigInt, o.type === BuiltinTypes.int {
                out.append(contentsOf: try vm.repr(v).utf8)
            } else if let l = o as? PyList {
                try nested { try encodeList(o, l.items, level: level) }
            } else if let t = o as? PyTuple {
                try nested { try encodeList(o, t.items, level: level) }
            } else if let d = o as? PyDict {
                try nested { try encodeDict(d, level: level) }
            } else {
                try encodeOther(v, o, level: level)
            }
        default:
            try encodeOther(v, nil, level: level)
        }
        try grew()
    }

    /// Anything else: an int or float subclass, else `default(o)` encoded
    /// in its place.
    func encodeOther(_ v: Value, _ o: PyObject?, level: Int) throws {
        if let text = try numericText(v) {
            out.append(contentsOf: text.utf8)
            return
        }
        let marked = try o.map { try mark($0) } ?? false
        let replacement = try vm.call(config.defaultFn, [v])
        try nested { try encode(replacement, level: level) }
        if marked, let o { markers.remove(ObjectIdentifier(o)) }
    }

    func newline(_ level: Int) {
        guard let indent = config.indent else { return }
        out.append(0x0A)
        if !indent.isEmpty { for _ in 0..<max(level, 0) { out.append(contentsOf: indent) } }
    }

    func encodeList(_ o: PyObject, _ items: [Value], level: Int) throws {
        if let log = vm.accessLog { log.containerRead(.object(o)) }
        if items.isEmpty { append("[]"); return }
        let marked = try mark(o)
        out.append(0x5B)
        let inner = level + 1
        newline(inner)
        for (i, item) in items.enumerated() {
            if i > 0 {
                out.append(contentsOf: config.itemSeparator)
                newline(inner)
            }
            try encode(item, level: inner)
        }
        newline(level)
        out.append(0x5D)
        if marked { markers.remove(ObjectIdentifier(o)) }
    }

    func encodeDict(_ d: PyDict, level: Int) throws {
        if let log = vm.accessLog { log.containerRead(.object(d)) }
        if d.count == 0 { append("{}"); return }
        let marked = try mark(d)
        out.append(0x7B)
        let inner = level + 1
        newline(inner)
        var pairs: [(Value, Value)]
        if d.type === BuiltinTypes.dict {
            pairs = d.items
        } else {
            // PyMapping_Items: a subclass's own items().
            pairs = try vm.toArray(try vm.callMethod(.object(d), "items")).map { item in
                let kv = try vm.toArray(item)
                guard kv.count == 2 else { throw PyError.valueError("items must return 2-tuples") }
                return (kv[0], kv[1])
            }
        }
        if config.sortKeys {
            var tuples = pairs.map { Value.object(PyTuple([$0.0, $0.1])) }
            try vm.sortValues(&tuples, key: nil, reverse: false)
            pairs = tuples.map { t in
                let items = (t.asObject as! PyTuple).items
                return (items[0], items[1])
            }
        }
        var first = true
        for (key, value) in pairs {
            var keyStr: PyStr
            switch key {
            case .object(let k) where k is PyStr: keyStr = k as! PyStr
            case .float(let f): keyStr = PyStr(try floatText(f))
            case .bool(let b): keyStr = PyStr(b ? "true" : "false")
            case .none: keyStr = PyStr("null")
            case .int(let i): keyStr = PyStr(String(i))
            default:
                if case .object(let k) = key, k is PyBigInt, k.type === BuiltinTypes.int {
                    keyStr = PyStr(try vm.repr(key))
                } else if let text = try numericText(key) {
                    keyStr = PyStr(text)
                } else if config.skipKeys {
                    continue
                } else {
                    throw PyError.typeError("keys must be str, int, float, bool or None, not \(key.type.name)")
                }
            }
            if first {
                first = false
            } else {
                out.append(contentsOf: config.itemSeparator)
                newline(inner)
            }
            try encodeString(keyStr)
            out.append(contentsOf: config.keySeparator)
            try encode(value, level: inner)
        }
        newline(level)
        out.append(0x7D)
        if marked { markers.remove(ObjectIdentifier(d)) }
    }
}
