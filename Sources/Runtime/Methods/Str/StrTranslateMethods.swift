/// `str.maketrans` (static) and `str.translate`, with CPython 3.11's
/// rules: a one-argument dict keyed by ordinals or one-character strings,
/// two equal-length strings plus an optional string of characters to
/// delete; `translate` looks each code point up with `table[ord(c)]`
/// (a `LookupError` keeps the character, `None` deletes it, an int or a
/// str replaces it).
enum StrTranslateMethods {
    static func install() {
        let str = BuiltinTypes.str
        str.defineStaticMethod("maketrans") { vm, a in
            try a.check("maketrans", min: 1, max: 3)
            return .object(try makeTable(vm, a))
        }
        str.defineMethod("translate") { vm, a in
            try a.check("translate", min: 2, max: 2, skipSelf: 1)
            guard let s = a[0].asStr else { return .none }
            return try translate(vm, try s.scalars(charging: vm), a[1])
        }
    }

    static func makeTable(_ vm: Interpreter, _ a: Args) throws -> PyDict {
        let table = PyDict()
        if a.count == 1 {
            guard case .object(let o) = a[0], let d = o as? PyDict else {
                throw PyError.typeError("if you give only one argument to maketrans it must be a dict")
            }
            for (k, v) in d.items {
                if let s = k.asStr {
                    guard s.count == 1, let c = s.scalars.first else {
                        throw PyError.valueError("string keys in translate table must be of length 1")
                    }
                    try table.set(.int(Int(c.value)), v, vm)
                } else if k.intValue != nil || k.bigIntValue != nil {
                    try table.set(k, v, vm)
                } else {
                    throw PyError.typeError("keys in translate table must be strings or integers")
                }
            }
            return table
        }
        guard let from = a[0].asStr else {
            throw PyError.typeError("first maketrans argument must be a string if there is a second argument")
        }
        guard let to = a[1].asStr else {
            throw PyError.typeError("maketrans() argument 2 must be str, not \(a[1].type.name)")
        }
        guard from.count == to.count else {
            throw PyError.valueError("the first two maketrans arguments must have equal length")
        }
        for (x, y) in zip(from.scalars, to.scalars) {
            try table.set(.int(Int(x.value)), .int(Int(y.value)), vm)
        }
        if a.count == 3 {
            guard let delete = a[2].asStr else {
                throw PyError.typeError("maketrans() argument 3 must be str, not \(a[2].type.name)")
            }
            for c in delete.scalars { try table.set(.int(Int(c.value)), .none, vm) }
        }
        return table
    }

    /// `s.translate(table)`. An exact dict is looked up directly (a miss
    /// raised and caught a KeyError per character: 10 MB took over 5 s),
    /// its answer for an ASCII character once (CPython's fast path caches
    /// them too; other tables run their `__getitem__` per character). The
    /// result collects code points in an array and becomes a string once.
    static func translate(_ vm: Interpreter, _ scalars: [Unicode.Scalar], _ table: Value) throws -> Value {
        let dict: PyDict? = table.object.flatMap { $0.type === BuiltinTypes.dict ? $0 as? PyDict : nil }
        var asciiCache = [Value??](repeating: nil, count: 128)
        func lookup(_ c: Unicode.Scalar) throws -> Value? {
            if dict != nil, c.value < 128, let known = asciiCache[Int(c.value)] { return known }
            let found: Value?
            if let dict {
                found = try dict.get(.int(Int(c.value)), vm)
            } else {
                do {
                    found = try vm.getItem(table, .int(Int(c.value)))
                } catch let e as PyError where e.exception.type.isSubtype(of: BuiltinTypes.lookupError) {
                    found = nil
                }
            }
            if c.value < 128 { asciiCache[Int(c.value)] = .some(found) }
            return found
        }
        var out: [Unicode.Scalar] = []
        out.reserveCapacity(scalars.count)
        for c in scalars {
            // Mappings to long strings can grow the result without bound;
            // a full buffer is copied into one twice its size while it is
            // live, so that growth is charged before it happens.
            try vm.nativeWork()
            if out.count == out.capacity {
                try vm.chargeAppend(count: out.count, capacity: out.capacity, adding: 1, size: 4)
            }
            guard let mapped = try lookup(c) else {
                out.append(c)
                continue
            }
            switch mapped {
            case .none: continue
            case .int(let i):
                guard i >= 0 && i < 0x110000, let u = Unicode.Scalar(UInt32(i)) else {
                    throw PyError.valueError("character mapping must be in range(0x110000)")
                }
                out.append(u)
            default:
                if let s = mapped.asStr {
                    let more = try s.scalars(charging: vm)
                    try vm.chargeAppend(count: out.count, capacity: out.capacity, adding: more.count, size: 4)
                    out.append(contentsOf: more)
                } else if mapped.bigIntValue != nil {
                    throw PyError.valueError("character mapping must be in range(0x110000)")
                } else {
                    throw PyError.typeError("character mapping must return integer, None or str")
                }
            }
        }
        var text = String.UnicodeScalarView()
        text.appendScalars(out)
        return try vm.newStr(String(text))
    }
}
