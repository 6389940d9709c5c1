/// `_json`, the native half of Lib/json as CPython's C accelerator is:
/// `scanstring`, `encode_basestring_ascii`, `encode_basestring`,
/// `make_scanner(context)` (the whole decoder: objects, arrays, strings,
/// numbers, constants, with the context's hooks) and `make_encoder(...)`
/// (the whole one-shot encoder). Same arguments, results and error messages
/// as CPython 3.11's `_json`, so Lib/json runs either. One extension:
/// `make_encoder` honours `indent` (a str or None, as CPython 3.13's does),
/// and `encoder_handles_indent` tells Lib/json so; under CPython the harness
/// imports the real `_json`, which has no such name, and Lib/json keeps the
/// Python encoder for indented output there.
///
/// Both directions work on bytes: the decoder reads the string's UTF-8
/// bytes when it is ASCII (positions are code points either way), else its
/// code point array; the encoder writes UTF-8 into one buffer. Nesting is
/// counted as calls (`RecursionError` at the program's recursion limit, as
/// CPython's `Py_EnterRecursiveCall`), every element is native work (wall
/// and heap checks) and the output buffer is charged as it doubles.
enum JsonModule {
    static let modules: [(String, (Interpreter) throws -> PyModule)] = [("_json", make)]

    static func make(_ vm: Interpreter) throws -> PyModule {
        let m = PyModule(name: "_json")
        m.add("__doc__", .str("json speedups\n"))
        let ascii = PyBuiltinFunction(name: "encode_basestring_ascii") { vm, a in
            try a.check("encode_basestring_ascii", min: 1, max: 1)
            return .str(try JsonEncoding.encodeOne(vm, a[0], asciiOnly: true))
        }
        ascii.module = "_json"
        let plain = PyBuiltinFunction(name: "encode_basestring") { vm, a in
            try a.check("encode_basestring", min: 1, max: 1)
            return .str(try JsonEncoding.encodeOne(vm, a[0], asciiOnly: false))
        }
        plain.module = "_json"
        m.add("encode_basestring_ascii", .object(ascii))
        m.add("encode_basestring", .object(plain))
        m.add("encoder_handles_indent", .bool(true))

        m.addFunction("scanstring") { vm, a in
            try a.check("scanstring", min: 2, max: 3)
            guard let s = a[0].asStr else {
                throw PyError.typeError("first argument must be a string, not \(a[0].type.name)")
            }
            let end = try vm.indexInt(a[1])
            let strict = a.count > 2 ? try vm.isTruthy(a[2]) : true
            let scanner = JsonScanner(vm: vm, doc: a[0], strict: strict)
            let (text, next) = try scanner.withText(s) { try $0.scanString(end) }
            return .object(PyTuple([.str(text), .int(next)]))
        }

        m.addFunction("make_scanner") { vm, a in
            try a.check("make_scanner", min: 1, max: 1)
            let ctx = a[0]
            let strict = try vm.isTruthy(try vm.getAttribute(ctx, "strict"))
            let hooks = JsonScanner.Hooks(
                objectHook: try vm.getAttribute(ctx, "object_hook"),
                objectPairsHook: try vm.getAttribute(ctx, "object_pairs_hook"),
                parseFloat: try vm.getAttribute(ctx, "parse_float"),
                parseInt: try vm.getAttribute(ctx, "parse_int"),
                parseConstant: try vm.getAttribute(ctx, "parse_constant"))
            let f = PyBuiltinFunction(name: "scan_once") { vm, a in
                try a.check("scan_once", min: 2, max: 2)
                guard let s = a[0].asStr else {
                    throw PyError.typeError("first argument must be a string, not \(a[0].type.name)")
                }
                let idx = try vm.indexInt(a[1])
                if idx < 0 { throw PyError.valueError("idx cannot be negative") }
                let scanner = JsonScanner(vm: vm, doc: a[0], strict: strict)
                scanner.hooks = hooks
                let (value, end) = try scanner.withText(s) { try $0.scanOnce(idx) }
                return .object(PyTuple([value, .int(end)]))
            }
            f.module = "_json"
            return .object(f)
        }

        m.addFunction("make_encoder") { vm, a in
            let slots = try a.bind("make_encoder", ["markers", "default", "encoder", "indent", "key_separator",
                                                    "item_separator", "sort_keys", "skipkeys", "allow_nan"],
                                   required: 9)
            let markers = slots[0]!
            if !markers.isNone, !(markers.asObject is PyDict) {
                throw PyError.typeError("make_encoder() argument 1 must be dict or None, not \(markers.type.name)")
            }
            guard let keySep = slots[4]!.stringValue else {
                throw PyError.typeError("make_encoder() argument 5 must be str, not \(slots[4]!.type.name)")
            }
            guard let itemSep = slots[5]!.stringValue else {
                throw PyError.typeError("make_encoder() argument 6 must be str, not \(slots[5]!.type.name)")
            }
            let indentValue = slots[3]!
            var indent: String? = nil
            if !indentValue.isNone {
                guard let s = indentValue.stringValue else {
                    throw PyError.typeError("make_encoder() argument 4 must be str or None, not \(indentValue.type.name)")
                }
                indent = s
            }
            let encoderFn = slots[2]!
            var fast: Bool? = nil
            if case .object(let o) = encoderFn {
                if o === ascii { fast = true } else if o === plain { fast = false }
            }
            let config = JsonEncoding.Config(
                checkCircular: !markers.isNone, defaultFn: slots[1]!, encoderFn: encoderFn, fastAscii: fast,
                indent: indent.map { Array($0.utf8) }, keySeparator: Array(keySep.utf8),
                itemSeparator: Array(itemSep.utf8),
                sortKeys: try vm.isTruthy(slots[6]!), skipKeys: try vm.isTruthy(slots[7]!),
                allowNaN: try vm.isTruthy(slots[8]!))
            let f = PyBuiltinFunction(name: "encoder") { vm, a in
                try a.check("encoder", min: 2, max: 2)
                let level = try vm.indexInt(a[1])
                let enc = JsonEncoding(vm: vm, config: config)
                try enc.encode(a[0], level: level)
                return .object(PyTuple([.str(enc.finish())]))
            }
            f.module = "_json"
            return .object(f)
        }
        return m
    }
}

extension Value {
    /// The object of an `.object` value, else nil.
    var asObject: PyObject? {
        if case .object(let o) = self { return o }
        return nil
    }
}
