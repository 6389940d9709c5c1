/// Methods of `str`: thin bindings from Python arguments to Support's
/// `StrAlgorithms` over code points, with CPython 3.11's argument
/// checking and messages.
enum StrTypeMethods {
    typealias Scalars = StrAlgorithms.Scalars

    static func install() {
        let str = BuiltinTypes.str
        installCase(str)
        installLayout(str)
        installSearch(str)
        installSplit(str)
        StrFormatMethods.install(str)
        StrTranslateMethods.install()
    }

    /// The receiver's code points, or CPython's descriptor TypeError.
    static func receiver(_ vm: Interpreter, _ a: Args, _ method: String) throws -> [Unicode.Scalar] {
        try receiverStr(a, method).scalars(charging: vm)
    }

    /// The receiver's code points, their array (4 bytes each, which the
    /// string keeps) charged to the memory limit before it is made: a
    /// 30 MB template became 120 MB the limit saw only afterwards.
    static func chargedReceiver(_ vm: Interpreter, _ a: Args, _ method: String) throws -> [Unicode.Scalar] {
        try receiver(vm, a, method)
    }

    /// The receiver object, or CPython's descriptor TypeError.
    static func receiverStr(_ a: Args, _ method: String) throws -> PyStr {
        if let first = a.positional.first, let s = first.asStr { return s }
        let shown = a.positional.first?.type.name ?? "nothing"
        throw PyError.typeError("descriptor '\(method)' for 'str' objects doesn't apply to a '\(shown)' object")
    }

    /// A `str` result, charged against the memory limit.
    static func result(_ vm: Interpreter, _ s: Scalars) throws -> Value {
        try vm.newStr(StrAlgorithms.string(s))
    }

    /// A str argument of a search method (`must be str, not int`).
    static func strArg(_ vm: Interpreter, _ v: Value) throws -> Scalars {
        guard let s = v.asStr else { throw PyError.typeError("must be str, not \(v.type.name)") }
        return try s.scalars(charging: vm)
    }

    private static func installCase(_ str: PyType) {
        typealias Transform = (Scalars, () throws -> Void) throws -> Scalars
        let transforms: [(String, Transform)] = [
            ("lower", { try StrAlgorithms.lower($0, progress: $1) }),
            ("upper", { try StrAlgorithms.upper($0, progress: $1) }),
            ("casefold", { try StrAlgorithms.casefold($0, progress: $1) }),
            ("swapcase", { try StrAlgorithms.swapcase($0, progress: $1) }),
            ("capitalize", { try StrAlgorithms.capitalize($0, progress: $1) }),
            ("title", { try StrAlgorithms.title($0, progress: $1) }),
        ]
        for (name, transform) in transforms {
            // Built once: an interpolation per call was a String allocation.
            let qualified = "str.\(name)"
            let ascii = ASCIICase(name)
            str.defineMethod(name) { vm, a in
                try a.check(qualified, min: 1, max: 1, skipSelf: 1)
                if let s = a.positional.first?.asStr, let mapped = ascii?.apply(s.value) { return .str(mapped) }
                let stride = StrAlgorithms.caseProgressStride
                return try result(vm, transform(try receiver(vm, a, name)) { try vm.nativeWork(stride) })
            }
        }
        typealias Predicate = (Scalars, () throws -> Void) throws -> Bool
        let predicates: [(String, Predicate)] = [
            ("isdigit", { try StrAlgorithms.isDigit($0, progress: $1) }),
            ("isdecimal", { try StrAlgorithms.isDecimal($0, progress: $1) }),
            ("isnumeric", { try StrAlgorithms.isNumeric($0, progress: $1) }),
            ("isalpha", { try StrAlgorithms.isAlpha($0, progress: $1) }),
            ("isalnum", { try StrAlgorithms.isAlnum($0, progress: $1) }),
            ("isspace", { try StrAlgorithms.isSpace($0, progress: $1) }),
            ("isprintable", { try StrAlgorithms.isPrintable($0, progress: $1) }),
            ("isascii", { try StrAlgorithms.isASCII($0, progress: $1) }),
            ("isidentifier", { try StrAlgorithms.isIdentifier($0, progress: $1) }),
            ("islower", { try StrAlgorithms.isLower($0, progress: $1) }),
            ("isupper", { try StrAlgorithms.isUpper($0, progress: $1) }),
            ("istitle", { try StrAlgorithms.isTitle($0, progress: $1) }),
        ]
        for (name, predicate) in predicates {
            let qualified = "str.\(name)"
            let ascii = asciiPredicate(name)
            str.defineMethod(name) { vm, a in
                try a.check(qualified, min: 1, max: 1, skipSelf: 1)
                if let ascii, let s = a.positional.first?.asStr, s.isASCII {
                    return .bool(ascii(s.value.utf8))
                }
                let stride = StrAlgorithms.caseProgressStride
                return .bool(try predicate(try chargedReceiver(vm, a, name)) { try vm.nativeWork(stride) })
            }
        }
    }

    /// The predicates an all-ASCII str answers from its bytes, as CPython
    /// does for ASCII (through Unicode properties, `('1' * 10**8).isdigit()`
    /// took half a minute, past any wall limit); nil for the others.
    private static func asciiPredicate(_ name: String) -> ((String.UTF8View) -> Bool)? {
        func isDigit(_ b: UInt8) -> Bool { b >= 0x30 && b <= 0x39 }
        func isLower(_ b: UInt8) -> Bool { b >= 0x61 && b <= 0x7A }
        func isUpper(_ b: UInt8) -> Bool { b >= 0x41 && b <= 0x5A }
        func isAlpha(_ b: UInt8) -> Bool { isLower(b) || isUpper(b) }
        // CPython's ASCII whitespace includes the separators 0x1C-0x1F.
        func isSpace(_ b: UInt8) -> Bool { b == 0x20 || (b >= 0x09 && b <= 0x0D) || (b >= 0x1C && b <= 0x1F) }
        switch name {
        case "isdigit", "isdecimal", "isnumeric": return { !$0.isEmpty && $0.allSatisfy(isDigit) }
        case "isalpha": return { !$0.isEmpty && $0.allSatisfy(isAlpha) }
        case "isalnum": return { !$0.isEmpty && $0.allSatisfy { isAlpha($0) || isDigit($0) } }
        case "isspace": return { !$0.isEmpty && $0.allSatisfy(isSpace) }
        case "isprintable": return { $0.allSatisfy { $0 >= 0x20 && $0 < 0x7F } }
        case "isascii": return { _ in true }
        case "isidentifier":
            // CPython's rule for ASCII: a letter or `_`, then letters, digits and `_`.
            return { bytes in
                guard let first = bytes.first, isAlpha(first) || first == 0x5F else { return false }
                return bytes.allSatisfy { isAlpha($0) || isDigit($0) || $0 == 0x5F }
            }
        case "istitle":
            // Upper case only after an uncased character, lower case only after a cased one.
            return { bytes in
                var cased = false
                var previousCased = false
                for b in bytes {
                    if isUpper(b) {
                        if previousCased { return false }
                        previousCased = true
                        cased = true
                    } else if isLower(b) {
                        if !previousCased { return false }
                        previousCased = true
                        cased = true
                    } else {
                        previousCased = false
                    }
                }
                return cased
            }
        case "islower": return { !$0.contains(where: isUpper) && $0.contains(where: isLower) }
        case "isupper": return { !$0.contains(where: isLower) && $0.contains(where: isUpper) }
        default: return nil
        }
    }

    private static func fillChar(_ v: Value?) throws -> Unicode.Scalar {
        guard let v else { return " " }
        guard let s = v.asStr else {
            throw PyError.typeError("The fill character must be a unicode character, not \(v.type.name)")
        }
        guard s.count == 1, let c = s.scalars.first else {
            throw PyError.typeError("The fill character must be exactly one character long")
        }
        return c
    }

    private static func installLayout(_ str: PyType) {
        let pads: [(String, (Scalars, Int, Unicode.Scalar) -> Scalars)] = [
            ("center", { StrAlgorithms.center($0, width: $1, fill: $2) }),
            ("ljust", { StrAlgorithms.ljust($0, width: $1, fill: $2) }),
            ("rjust", { StrAlgorithms.rjust($0, width: $1, fill: $2) }),
        ]
        for (name, pad) in pads {
            str.defineMethod(name) { vm, a in
                try a.check(name, min: 2, max: 3, skipSelf: 1)
                let text = try receiverStr(a, name)
                let width = try vm.indexInt(a[1])
                let fill = try fillChar(a.optional(2))
                let length = text.count
                if width <= length { return text.typeStorage == nil ? a[0] : try vm.newStr(text.value) }
                let margin = width - length
                let left: Int
                switch name {
                case "center": left = margin / 2 + (margin & width & 1)
                case "rjust": left = margin
                default: left = 0
                }
                return try StrBytePaths.pad(vm, text, left: left, right: margin - left, fill: fill)
            }
        }
        str.defineMethod("zfill") { vm, a in
            try a.check("str.zfill", min: 2, max: 2, skipSelf: 1)
            let text = try receiverStr(a, "zfill")
            let width = try vm.indexInt(a[1])
            let length = text.count
            if width <= length { return text.typeStorage == nil ? a[0] : try vm.newStr(text.value) }
            // The zeros go after a leading sign.
            if let first = text.value.unicodeScalars.first, first == "+" || first == "-" {
                let rest = PyStr(String(text.value.unicodeScalars.dropFirst()))
                let zeros = try StrBytePaths.pad(vm, rest, left: width - length, right: 0, fill: "0")
                return try vm.newStr(String(first) + (zeros.stringValue ?? ""))
            }
            return try StrBytePaths.pad(vm, text, left: width - length, right: 0, fill: "0")
        }
        str.defineMethod("expandtabs") { vm, a in
            let slots = try a.bind("expandtabs", ["tabsize"], required: 0, skipSelf: 1)
            let s = try chargedReceiver(vm, a, "expandtabs")
            let size = try slots[0].map { try vm.indexInt($0) } ?? 8
            let tabs = s.reduce(0) { $0 + ($1 == "\t" ? 1 : 0) }
            // The result's code points: the text's plus each tab's spaces.
            let spaces = tabs.multipliedReportingOverflow(by: max(0, min(size, Int.max / 4)))
            try vm.charge(spaces.overflow ? Int.max / 4 : s.count &+ spaces.partialValue, times: 4)
            return try result(vm, StrAlgorithms.expandtabs(s, tabsize: size))
        }
    }

    /// `(sub[, start[, end]])` of find/index/count with CPython's messages.
    private static func searchArgs(_ vm: Interpreter, _ a: Args, _ name: String) throws -> (Int?, Int?) {
        if !a.keywords.isEmpty { throw PyError.typeError("\(a.qualifiedMethodName(name))() takes no keyword arguments") }
        if a.count < 2 { throw PyError.typeError("\(name)() takes at least 1 argument (0 given)") }
        if a.count > 4 { throw PyError.typeError("\(name)() takes at most 3 arguments (\(a.count - 1) given)") }
        return (try vm.optionalSliceIndex(a.optional(2)), try vm.optionalSliceIndex(a.optional(3)))
    }

    private static func installSearch(_ str: PyType) {
        let finders: [(String, (Scalars, Scalars, Int?, Int?) throws -> Int)] = [
            ("find", { StrAlgorithms.find($0, $1, start: $2, end: $3) }),
            ("rfind", { StrAlgorithms.rfind($0, $1, start: $2, end: $3) }),
            ("index", { try StrAlgorithms.index($0, $1, start: $2, end: $3) }),
            ("rindex", { try StrAlgorithms.rindex($0, $1, start: $2, end: $3) }),
            ("count", { StrAlgorithms.count($0, $1, start: $2, end: $3) }),
        ]
        for (name, finder) in finders {
            str.defineMethod(name) { vm, a in
                let (start, end) = try searchArgs(vm, a, name)
                // A whole-text count runs over UTF-8: no 4-byte copy of a
                // 100 MB text (which the memory limit never saw).
                if name == "count", start == nil, end == nil, let text = a.positional.first?.asStr,
                   let sub = a[1].asStr, let n = StrUTF8.count(text.value, sub.value) {
                    try vm.nativeWork(text.value.utf8.count >> 4)
                    return .int(n)
                }
                let text = try receiverStr(a, name)
                guard let subStr = a[1].asStr else { throw PyError.typeError("must be str, not \(a[1].type.name)") }
                let kind: StrBytePaths.Search = name == "count" ? .count : name.hasPrefix("r") ? .rfind : .find
                if let found = StrBytePaths.search(kind, text, subStr, start: start, end: end) {
                    try vm.nativeWork(text.value.utf8.count >> 4)
                    if found < 0 && name.hasSuffix("index") { throw PyError.valueError("substring not found") }
                    return .int(found)
                }
                let s = try text.scalars(charging: vm)
                let sub = try subStr.scalars(charging: vm)
                let found = try vm.bridging { try finder(s, sub, start, end) }
                // One search over a long text is native work like any
                // loop: a few instructions repeating it met no wall check.
                try vm.nativeWork(s.count >> 4)
                return .int(found)
            }
        }
        for (name, atEnd) in [("startswith", false), ("endswith", true)] {
            str.defineMethod(name) { vm, a in
                let (start, end) = try searchArgs(vm, a, name)
                let text = try receiverStr(a, name)
                if let single = a[1].asStr,
                   let matched = StrBytePaths.tailMatch(text, single, start: start, end: end, atEnd: atEnd) {
                    return .bool(matched)
                }
                if case .object(let o) = a[1], let t = o as? PyTuple,
                   t.items.allSatisfy({ $0.asStr != nil }),
                   case let each = t.items.map({ StrBytePaths.tailMatch(text, $0.asStr!, start: start, end: end,
                                                                       atEnd: atEnd) }),
                   !each.contains(where: { $0 == nil }) {
                    return .bool(each.contains(true))
                }
                let s = try text.scalars(charging: vm)
                let candidates: [Scalars]
                if let single = a[1].asStr {
                    candidates = [try single.scalars(charging: vm)]
                } else if case .object(let o) = a[1], let t = o as? PyTuple {
                    // CPython tries the items in order and stops at the
                    // first match, so a non-str after it goes unnoticed.
                    for item in t.items {
                        guard let c = item.asStr else {
                            throw PyError.typeError(
                                "tuple for \(name) must only contain str, not \(item.type.name)")
                        }
                        let cs = try c.scalars(charging: vm)
                        if atEnd ? StrAlgorithms.endsWith(s, [cs], start: start, end: end)
                                 : StrAlgorithms.startsWith(s, [cs], start: start, end: end) {
                            return .bool(true)
                        }
                    }
                    return .bool(false)
                } else {
                    throw PyError.typeError(
                        "\(name) first arg must be str or a tuple of str, not \(a[1].type.name)")
                }
                return .bool(atEnd ? StrAlgorithms.endsWith(s, candidates, start: start, end: end)
                                   : StrAlgorithms.startsWith(s, candidates, start: start, end: end))
            }
        }
        str.defineMethod("replace") { vm, a in
            try a.check("replace", min: 3, max: 4, skipSelf: 1)
            let text = try receiverStr(a, "replace")
            guard let old = a[1].asStr else {
                throw PyError.typeError("replace() argument 1 must be str, not \(a[1].type.name)")
            }
            guard let new = a[2].asStr else {
                throw PyError.typeError("replace() argument 2 must be str, not \(a[2].type.name)")
            }
            let count = try a.optional(3).map { try vm.indexInt($0) } ?? -1
            try vm.chargeReplace(length: text.count, oldCount: old.count, newCount: new.count, count: count,
                                 elementSize: 4) {
                StrUTF8.count(text.value, old.value) ?? StrAlgorithms.count(text.scalars, old.scalars)
            }
            if let replaced = StrUTF8.replace(text.value, old.value, new.value, count: count) {
                return try vm.newStr(replaced)
            }
            return try result(vm, StrAlgorithms.replace(try text.scalars(charging: vm), try old.scalars(charging: vm),
                                                        try new.scalars(charging: vm), count: count))
        }
        for (name, right) in [("partition", false), ("rpartition", true)] {
            let qualified = "str.\(name)"
            str.defineMethod(name) { vm, a in
                try a.check(qualified, min: 2, max: 2, skipSelf: 1)
                // Over UTF-8: the code-point copies of a 30 MB text took
                // seconds and five times its size. As in CPython's
                // stringlib, the text itself comes back when the separator
                // is missing, and the separator object when it is found.
                if let text = a.positional.first?.asStr, let sep = a[1].asStr,
                   let parts = StrUTF8.partition(text.value, sep.value, fromEnd: right) {
                    let empty = Value.str("")
                    switch parts {
                    case .notFound:
                        return .object(PyTuple(right ? [empty, empty, a[0]] : [a[0], empty, empty]))
                    case .found(let head, let tail):
                        return .object(PyTuple([try vm.newStr(head), a[1], try vm.newStr(tail)]))
                    }
                }
                let s = try receiver(vm, a, name)
                let sep = try strArg(vm, a[1])
                let (head, mid, tail) = try vm.bridging {
                    right ? try StrAlgorithms.rpartition(s, sep) : try StrAlgorithms.partition(s, sep)
                }
                return .object(PyTuple([try result(vm, head), try result(vm, mid), try result(vm, tail)]))
            }
        }
        for (name, isPrefix) in [("removeprefix", true), ("removesuffix", false)] {
            let qualified = "str.\(name)"
            str.defineMethod(name) { vm, a in
                try a.check(qualified, min: 2, max: 2, skipSelf: 1)
                let text = try receiverStr(a, name)
                guard let affix = a[1].asStr else {
                    throw PyError.typeError("\(name)() argument must be str, not \(a[1].type.name)")
                }
                return try StrBytePaths.removeAffix(vm, a[0], text, affix, prefix: isPrefix)
            }
        }
    }

    private static func installSplit(_ str: PyType) {
        for (name, right) in [("split", false), ("rsplit", true)] {
            str.defineMethod(name) { vm, a in
                let slots = try a.bind(name, ["sep", "maxsplit"], required: 0, skipSelf: 1)
                let text = try receiverStr(a, name)
                var sepStr: PyStr?
                if let v = slots[0], !v.isNone {
                    guard let t = v.asStr else { throw PyError.typeError("must be str or None, not \(v.type.name)") }
                    sepStr = t
                }
                let maxsplit = try slots[1].map { try vm.indexInt($0) } ?? -1
                // Each part is native work; the parts array's growth (a
                // copy into one twice its size) is charged before it
                // happens, at each power of two.
                var made = 0
                let work = {
                    made += 1
                    if made >= 1 << 12 && made & (made - 1) == 0 {
                        try vm.charge(made, times: 2 * MemoryLayout<[Unicode.Scalar]>.stride + 48)
                    }
                    try vm.nativeWork()
                }
                if !right, let fast = try StrUTF8.split(text.value, sep: sepStr?.value, maxsplit: maxsplit,
                                                        onPart: work) {
                    try vm.charge(fast.count * 64)
                    return .object(PyList(fast.map { .str($0) }))
                }
                let s = try text.scalars(charging: vm)
                let sep = try sepStr?.scalars(charging: vm)
                let parts = try vm.bridging {
                    right ? try StrAlgorithms.rsplit(s, sep: sep, maxsplit: maxsplit, onPart: work)
                          : try StrAlgorithms.split(s, sep: sep, maxsplit: maxsplit, onPart: work)
                }
                try vm.charge(parts.count * 64)
                return .object(PyList(parts.map { .str(StrAlgorithms.string($0)) }))
            }
        }
        str.defineMethod("splitlines") { vm, a in
            let slots = try a.bind("splitlines", ["keepends"], required: 0, skipSelf: 1)
            let s = try chargedReceiver(vm, a, "splitlines")
            let keep = try slots[0].map { try vm.isTruthy($0) } ?? false
            let lines = try StrAlgorithms.splitlines(s, keepends: keep) { try vm.nativeWork() }
            return .object(PyList(lines.map { .str(StrAlgorithms.string($0)) }))
        }
        let strippers: [(String, (Scalars, Scalars?) -> Scalars)] = [
            ("strip", { StrAlgorithms.strip($0, chars: $1) }),
            ("lstrip", { StrAlgorithms.lstrip($0, chars: $1) }),
            ("rstrip", { StrAlgorithms.rstrip($0, chars: $1) }),
        ]
        for (name, _) in strippers {
            str.defineMethod(name) { vm, a in
                try a.check(name, min: 1, max: 2, skipSelf: 1)
                let text = try receiverStr(a, name)
                var chars: PyStr?
                if let v = a.optional(1), !v.isNone {
                    guard let t = v.asStr else { throw PyError.typeError("\(name) arg must be None or str") }
                    chars = t
                }
                return try StrBytePaths.strip(vm, a[0], text, chars: chars, left: name != "rstrip",
                                              right: name != "lstrip")
            }
        }
        str.defineMethod("join") { vm, a in
            try a.check("str.join", min: 2, max: 2, skipSelf: 1)
            guard let sep = a[0].asStr else { _ = try receiverStr(a, "join"); return .none }
            return try join(vm, sep, a[1])
        }
    }

    /// `sep.join(iterable)`.
    static func join(_ vm: Interpreter, _ sep: PyStr, _ iterable: Value) throws -> Value {
        guard vm.isIterableForJoin(iterable) else { throw PyError.typeError("can only join an iterable") }
        // Joining whole Swift strings equals joining their code points.
        var parts: [String] = []
        var bytes = 0
        try vm.forEach(iterable) { item in
            guard let s = item.asStr else {
                throw PyError.typeError(
                    "sequence item \(parts.count): expected str instance, \(item.type.name) found")
            }
            parts.append(s.value)
            bytes += s.value.utf8.count + sep.value.utf8.count
        }
        try vm.charge(bytes)
        return .str(parts.joined(separator: sep.value))
    }
}

extension Interpreter {
    /// Whether `iter(v)` would succeed without calling it (for `str.join`'s
    /// "can only join an iterable").
    func isIterableForJoin(_ v: Value) -> Bool {
        guard case .object(let o) = v else { return false }
        if o is PyStr || o is PyList || o is PyTuple || o is PyDict || o is PySet || o is PyRange
            || o is PyIteratorBase || o is PyGenerator || o is PyDictView || o is NativeIterable {
            return true
        }
        return o.type.lookup(Names.iter) != nil || o.type.lookup(Names.getitem) != nil
    }
}
