import BigInt
import Foundation

/// The `math` module (CPython 3.11's functions, constants and errors).
enum MathModule {
    static let modules: [(String, (Interpreter) throws -> PyModule)] = [("math", make)]

    static func make(_ vm: Interpreter) throws -> PyModule {
        let m = PyModule(name: "math")
        m.add("pi", .float(Double.pi))
        m.add("e", .float(M_E))
        m.add("tau", .float(2 * Double.pi))
        m.add("inf", .float(.infinity))
        m.add("nan", .float(.nan))
        for (name, f, canOverflow) in unary {
            m.addFunction(name) { vm, a in
                try a.check("math." + name, min: 1, max: 1)
                let x = try vm.toDouble(a[0])
                return .float(try vm.bridging { try MathAlgorithms.checked(x, canOverflow: canOverflow, f) })
            }
        }
        for (name, f) in binary {
            m.addFunction(name) { vm, a in
                try a.check(name, min: 2, max: 2)
                let x = try vm.toDouble(a[0]), y = try vm.toDouble(a[1])
                return .float(try vm.bridging { try MathAlgorithms.checked2(x, y, f) })
            }
        }
        for (name, fn) in functions { m.addFunction(name, fn) }
        for (name, fn) in MathIntegerFunctions.functions { m.addFunction(name, fn) }
        return m
    }

    /// One-argument float functions: (name, C function, can overflow).
    static let unary: [(String, (Double) -> Double, Bool)] = [
        ("sqrt", { $0.squareRoot() }, false),
        ("exp", { Foundation.exp($0) }, true), ("exp2", { Foundation.exp2($0) }, true),
        ("expm1", { Foundation.expm1($0) }, true),
        ("log1p", { Foundation.log1p($0) }, false), ("cbrt", { Foundation.cbrt($0) }, false),
        ("sin", { Foundation.sin($0) }, false), ("cos", { Foundation.cos($0) }, false),
        ("tan", { Foundation.tan($0) }, false), ("asin", { Foundation.asin($0) }, false),
        ("acos", { Foundation.acos($0) }, false), ("atan", { Foundation.atan($0) }, false),
        ("sinh", { Foundation.sinh($0) }, true), ("cosh", { Foundation.cosh($0) }, true),
        ("tanh", { Foundation.tanh($0) }, false), ("asinh", { Foundation.asinh($0) }, false),
        ("acosh", { Foundation.acosh($0) }, false), ("atanh", { Foundation.atanh($0) }, false),
        ("erf", { Foundation.erf($0) }, false), ("erfc", { Foundation.erfc($0) }, false),
        ("fabs", { Swift.abs($0) }, false),
        ("ulp", { $0.isInfinite ? Swift.abs($0) : Swift.abs($0).ulp }, false),
    ]

    /// Two-argument float functions that never raise on their own.
    static let binary: [(String, (Double, Double) -> Double)] = [
        ("atan2", { Foundation.atan2($0, $1) }),
        ("copysign", { Double(signOf: $1, magnitudeOf: $0) }),
        ("remainder", { Foundation.remainder($0, $1) }),
        ("nextafter", { Foundation.nextafter($0, $1) }),
    ]

    static let functions: [(String, NativeFunction)] = [
        ("degrees", { vm, a in
            try a.check("math.degrees", min: 1, max: 1)
            return .float(try vm.toDouble(a[0]) * (180.0 / Double.pi))
        }),
        ("radians", { vm, a in
            try a.check("math.radians", min: 1, max: 1)
            return .float(try vm.toDouble(a[0]) * (Double.pi / 180.0))
        }),
        ("isfinite", { vm, a in try a.check("math.isfinite", min: 1, max: 1); return .bool(try vm.toDouble(a[0]).isFinite) }),
        ("isinf", { vm, a in try a.check("math.isinf", min: 1, max: 1); return .bool(try vm.toDouble(a[0]).isInfinite) }),
        ("isnan", { vm, a in try a.check("math.isnan", min: 1, max: 1); return .bool(try vm.toDouble(a[0]).isNaN) }),
        ("isclose", isclose),
        ("gamma", { vm, a in
            try a.check("math.gamma", min: 1, max: 1)
            let x = try vm.toDouble(a[0])
            return .float(try vm.bridging { try MathGamma.gamma(x) })
        }),
        ("lgamma", { vm, a in
            try a.check("math.lgamma", min: 1, max: 1)
            let x = try vm.toDouble(a[0])
            return .float(try vm.bridging { try MathGamma.lgamma(x) })
        }),
        ("pow", { vm, a in
            try a.check("pow", min: 2, max: 2)
            let x = try vm.toDouble(a[0]), y = try vm.toDouble(a[1])
            return .float(try vm.bridging { try MathAlgorithms.pow(x, y) })
        }),
        ("fmod", { vm, a in
            try a.check("fmod", min: 2, max: 2)
            let x = try vm.toDouble(a[0]), y = try vm.toDouble(a[1])
            return .float(try vm.bridging { try MathAlgorithms.fmod(x, y) })
        }),
        ("log", log),
        ("log2", { vm, a in
            try a.check("math.log2", min: 1, max: 1)
            return .float(try logOf(vm, a[0], { Foundation.log2($0) }))
        }),
        ("log10", { vm, a in
            try a.check("math.log10", min: 1, max: 1)
            return .float(try logOf(vm, a[0], { Foundation.log10($0) }))
        }),
        ("hypot", { vm, a in
            if !a.keywords.isEmpty { throw PyError.typeError("hypot() takes no keyword arguments") }
            let values = try a.positional.map { Swift.abs(try vm.toDouble($0)) }
            return .float(MathAlgorithms.vectorNorm(values))
        }),
        ("dist", { vm, a in
            try a.check("dist", min: 2, max: 2)
            let p = try vm.toArray(a[0]), q = try vm.toArray(a[1])
            if p.count != q.count {
                throw PyError.valueError("both points must have the same number of dimensions")
            }
            var diffs: [Double] = []
            for (x, y) in Swift.zip(p, q) { diffs.append(Swift.abs(try vm.toDouble(x) - vm.toDouble(y))) }
            return .float(MathAlgorithms.vectorNorm(diffs))
        }),
        ("fsum", { vm, a in
            try a.check("math.fsum", min: 1, max: 1)
            var values: [Double] = []
            try vm.forEach(a[0]) { values.append(try vm.toDouble($0)) }
            return .float(try vm.bridging { try MathAlgorithms.fsum(values) })
        }),
        ("frexp", { vm, a in
            try a.check("math.frexp", min: 1, max: 1)
            let (m, e) = MathAlgorithms.frexp(try vm.toDouble(a[0]))
            return .object(PyTuple([.float(m), .int(e)]))
        }),
        ("ldexp", { vm, a in
            try a.check("ldexp", min: 2, max: 2)
            let x = try vm.toDouble(a[0])
            guard let i = a[1].bigIntValue else {
                throw PyError.typeError("Expected an int as second argument to ldexp.")
            }
            return .float(try vm.bridging { try MathAlgorithms.ldexp(x, i) })
        }),
        ("modf", { vm, a in
            try a.check("math.modf", min: 1, max: 1)
            let (f, i) = MathAlgorithms.modf(try vm.toDouble(a[0]))
            return .object(PyTuple([.float(f), .float(i)]))
        }),
        ("floor", { vm, a in try rounding(vm, a, "floor", "__floor__", .down) }),
        ("ceil", { vm, a in try rounding(vm, a, "ceil", "__ceil__", .up) }),
        ("trunc", { vm, a in
            try a.check("math.trunc", min: 1, max: 1)
            let x = a[0].unboxedFloat
            if case .float(let d) = x { return .integer(try vm.bridging { try IntegerConversion.toInteger(d) }) }
            if let b = x.bigIntValue { return .integer(b) }
            if case .object(let o) = x, let m = o.type.lookup(Names.intern("__trunc__")) {
                return try vm.callSpecialMethod(m, on: x, type: o.type)
            }
            throw PyError.typeError("type \(x.type.name) doesn't define __trunc__ method")
        }),
        ("prod", { vm, a in
            if a.count + a.keywords.count > 2 {
                throw PyError.typeError("prod() takes at most 2 arguments (\(a.count + a.keywords.count) given)")
            }
            if a.count != 1 { throw PyError.typeError("prod() takes exactly 1 positional argument (\(a.count) given)") }
            var total = Value.int(1)
            for (k, v) in a.keywords {
                guard k == "start" else { throw PyError.typeError("prod() got an unexpected keyword argument '\(k)'") }
                total = v
            }
            try vm.forEach(a[0]) { total = try vm.binaryOp(total, $0, .mul) }
            return total
        }),
    ]

    static func isclose(_ vm: Interpreter, _ a: Args) throws -> Value {
        if a.count > 2 {
            throw PyError.typeError("isclose() takes exactly 2 positional arguments (\(a.count) given)")
        }
        for (i, name) in ["a", "b"].enumerated() where a.count <= i && !a.keywords.contains(where: { $0.0 == name }) {
            throw PyError.typeError("isclose() missing required argument '\(name)' (pos \(i + 1))")
        }
        let slots = try a.bind("isclose", ["a", "b", "rel_tol", "abs_tol"], required: 2, maxPositional: 2)
        guard let x = slots[0], let y = slots[1] else { return .none }
        let rel = try slots[2].map { try vm.toDouble($0) } ?? 1e-9
        let abs = try slots[3].map { try vm.toDouble($0) } ?? 0
        let p = try vm.toDouble(x), q = try vm.toDouble(y)
        return .bool(try vm.bridging { try MathAlgorithms.isClose(p, q, relTol: rel, absTol: abs) })
    }

    static func log(_ vm: Interpreter, _ a: Args) throws -> Value {
        if !a.keywords.isEmpty { throw PyError.typeError("log() takes no keyword arguments") }
        if a.count < 1 || a.count > 2 { throw PyError.typeError("math.log requires 1 to 2 arguments") }
        let num = try logOf(vm, a[0], { Foundation.log($0) })
        guard a.count == 2 else { return .float(num) }
        let den = try logOf(vm, a[1], { Foundation.log($0) })
        if den == 0 { throw PyError.zeroDivision("float division by zero") }
        return .float(num / den)
    }

    /// `loghelper`: ints of any size are accepted exactly.
    static func logOf(_ vm: Interpreter, _ x: Value, _ f: @escaping (Double) -> Double) throws -> Double {
        if let b = x.bigIntValue { return try vm.bridging { try MathAlgorithms.log(b, f) } }
        let d = try vm.toDouble(x)
        return try vm.bridging { try MathAlgorithms.checked(d, canOverflow: false, f) }
    }

    static func rounding(_ vm: Interpreter, _ a: Args, _ name: String, _ dunder: String,
                         _ rule: FloatingPointRoundingRule) throws -> Value {
        try a.check("math." + name, min: 1, max: 1)
        let x = a[0].unboxedFloat
        if case .float(let d) = x {
            return .integer(try vm.bridging { try IntegerConversion.toInteger(d.rounded(rule)) })
        }
        if let b = x.bigIntValue { return .integer(b) }
        if case .object(let o) = x, let userCls = o.userClass, let m = userCls.lookupUser(Names.intern(dunder)) {
            return try vm.call(m, [x])
        }
        let d = try vm.toDouble(x)
        return .integer(try vm.bridging { try IntegerConversion.toInteger(d.rounded(rule)) })
    }
}
