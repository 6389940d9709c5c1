import Foundation

/// The `complex` type: constructor (`complex(real=0, imag=0)`, strings,
/// `__complex__`/`__float__`/`__index__`), `real`, `imag`, `conjugate`,
/// `__complex__`, `__getnewargs__` and `__format__`, with CPython 3.11's
/// messages.
enum ComplexMethods {
    static let types: [PyType] = [PyComplex.type]

    static func install() {
        let type = PyComplex.type
        type.defineNew { vm, cls, a in
            let slots = try a.bind("complex", ["real", "imag"], required: 0)
            let z = try construct(vm, slots[0], slots[1])
            if cls === PyComplex.type {
                if slots[1] == nil, let r = slots[0], case .object(let o) = r, let c = o as? PyComplex,
                   c.type === PyComplex.type {
                    return r
                }
                return .object(PyComplex(z))
            }
            return .object(PyComplex(z, type: cls))
        }
        type.defineProperty("real") { _, a in .float(try receiver(a, "real").real) }
        type.defineProperty("imag") { _, a in .float(try receiver(a, "imag").imag) }
        type.defineMethod("conjugate") { _, a in
            try a.check("complex.conjugate", min: 1, max: 1, skipSelf: 1)
            let z = try receiver(a, "conjugate")
            return .object(PyComplex(ComplexValue(z.real, -z.imag)))
        }
        type.defineMethod("__complex__") { _, a in
            try a.check("complex.__complex__", min: 1, max: 1, skipSelf: 1)
            let z = try receiver(a, "__complex__")
            if case .object(let o) = a[0], o.type === PyComplex.type { return a[0] }
            return .object(PyComplex(z))
        }
        type.defineMethod("__abs__") { _, a in
            try a.check("complex.__abs__", min: 1, max: 1, skipSelf: 1)
            let z = try receiver(a, "__abs__")
            let r = Foundation.hypot(z.real, z.imag)
            if r.isInfinite && z.real.isFinite && z.imag.isFinite {
                throw PyError.overflow("absolute value too large")
            }
            return .float(r)
        }
        type.defineMethod("__getnewargs__") { _, a in
            let z = try receiver(a, "__getnewargs__")
            return .object(PyTuple([.float(z.real), .float(z.imag)]))
        }
        type.defineMethod("__format__") { vm, a in
            try a.check("__format__", min: 2, max: 2, skipSelf: 1)
            guard let spec = a[1].stringValue else {
                throw PyError.typeError("__format__() argument must be str, not \(a[1].type.name)")
            }
            return .str(try vm.builtinFormat(a[0], spec))
        }
    }

    static func receiver(_ a: Args, _ name: String) throws -> ComplexValue {
        guard a.count > 0 else {
            throw PyError.typeError("unbound method complex.\(name)() needs an argument")
        }
        guard case .object(let o) = a[0], let c = o as? PyComplex else {
            throw PyError.typeError("descriptor '\(name)' for 'complex' objects doesn't apply to a '\(a[0].type.cTypeName)' object")
        }
        return c.value
    }

    /// `complex(real, imag)` as CPython's `complex_new_impl`.
    static func construct(_ vm: Interpreter, _ real: Value?, _ imag: Value?) throws -> ComplexValue {
        guard let real else {
            guard let imag else { return ComplexValue(0, 0) }
            return try construct(vm, .int(0), imag)
        }
        if let s = real.stringValue {
            if imag != nil { throw PyError.typeError("complex() can't take second arg if first is a string") }
            guard let z = try vm.bridging({ try ComplexText.parse(s) }) else { throw PyError.valueError("complex() arg is a malformed string") }
            return z
        }
        if let imag, imag.stringValue != nil {
            throw PyError.typeError("complex() second arg can't be a string")
        }
        var cr = ComplexValue(0, 0)
        var realIsComplex = false
        if let z = try complexDunder(vm, real) {
            cr = z
            realIsComplex = true
        } else if case .object(let o) = real, let c = o as? PyComplex {
            cr = c.value
            realIsComplex = true
        } else {
            guard isNumber(vm, real) else {
                throw PyError.typeError("complex() first argument must be a string or a number, not '\(real.type.cTypeName)'")
            }
            cr.real = try vm.toDouble(real)
        }
        var ci = ComplexValue(0, 0)
        var imagIsComplex = false
        if let imag {
            if case .object(let o) = imag, let c = o as? PyComplex {
                ci = c.value
                imagIsComplex = true
            } else {
                guard isNumber(vm, imag) else {
                    throw PyError.typeError("complex() second argument must be a number, not '\(imag.type.cTypeName)'")
                }
                ci.real = try vm.toDouble(imag)
            }
        } else {
            ci.real = cr.imag
        }
        if imagIsComplex { cr.real -= ci.imag }
        if realIsComplex && imag != nil { ci.real += cr.imag }
        return ComplexValue(cr.real, ci.real)
    }

    /// The result of a user `__complex__`, if the object's class defines one.
    static func complexDunder(_ vm: Interpreter, _ v: Value) throws -> ComplexValue? {
        guard case .object(let o) = v, !o.type.isBuiltin,
              let m = o.type.lookupUser(Names.intern("__complex__")) else { return nil }
        let r = try vm.call(m, [v])
        guard case .object(let ro) = r, let c = ro as? PyComplex else {
            throw PyError.typeError("__complex__ returned non-complex (type \(r.type.name))")
        }
        return c.value
    }

    /// A real number: `int`, `bool`, `float`, or an object with `__float__`/`__index__`.
    static func isNumber(_ vm: Interpreter, _ v: Value) -> Bool {
        switch v {
        case .int, .bool, .float: return true
        case .none: return false
        case .object(let o):
            if o is PyBigInt { return true }
            if o.type.isBuiltin { return false }
            return o.type.lookupUser(Names.float) != nil || o.type.lookupUser(Names.index) != nil
        }
    }
}
