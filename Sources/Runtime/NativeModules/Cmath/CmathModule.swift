import Foundation

/// The basics of `cmath` (CPython 3.11's algorithms for finite values):
/// `sqrt`, `exp`, `log`, `log10`, `phase`, `polar`, `rect`, `isfinite`,
/// `isinf`, `isnan`, `isclose` and the constants.
enum CmathModule {
    static let modules: [(String, (Interpreter) throws -> PyModule)] = [("cmath", make)]

    static func make(_ vm: Interpreter) throws -> PyModule {
        let m = PyModule(name: "cmath")
        m.add("pi", .float(Double.pi))
        m.add("e", .float(M_E))
        m.add("tau", .float(2 * Double.pi))
        m.add("inf", .float(.infinity))
        m.add("nan", .float(.nan))
        m.add("infj", .object(PyComplex(0, .infinity)))
        m.add("nanj", .object(PyComplex(0, .nan)))
        let unary: [(String, (ComplexValue) throws -> ComplexValue)] = [
            ("sqrt", CmathAlgorithms.sqrt), ("exp", CmathAlgorithms.exp), ("log10", CmathAlgorithms.log10),
        ]
        for (name, f) in unary {
            m.addFunction(name) { vm, a in
                try a.check(name, min: 1, max: 1)
                let z = try argument(vm, a[0])
                return .object(PyComplex(try vm.bridging { try f(z) }))
            }
        }
        m.addFunction("log") { vm, a in
            let slots = try a.bind("log", ["x", "base"], required: 1)
            let x = try vm.bridging { try CmathAlgorithms.log(argument(vm, slots[0] ?? .none)) }
            guard let baseArg = slots[1] else { return .object(PyComplex(x)) }
            let base = try vm.bridging { try CmathAlgorithms.log(argument(vm, baseArg)) }
            do { return .object(PyComplex(try ComplexValue.quotient(x, base))) } catch {
                throw PyError.zeroDivision("complex division by zero")
            }
        }
        m.addFunction("phase") { vm, a in
            try a.check("phase", min: 1, max: 1)
            let z = try argument(vm, a[0])
            return .float(atan2(z.imag, z.real))
        }
        m.addFunction("polar") { vm, a in
            try a.check("polar", min: 1, max: 1)
            let z = try argument(vm, a[0])
            guard let r = z.magnitude else { throw PyError(BuiltinTypes.overflowError, "math range error") }
            return .object(PyTuple([.float(r), .float(atan2(z.imag, z.real))]))
        }
        m.addFunction("rect") { vm, a in
            try a.check("rect", min: 2, max: 2)
            let r = try vm.toDouble(a[0]), phi = try vm.toDouble(a[1])
            if phi == 0 { return .object(PyComplex(r, r * phi)) }
            return .object(PyComplex(r * cos(phi), r * sin(phi)))
        }
        m.addFunction("isfinite") { vm, a in
            try a.check("isfinite", min: 1, max: 1)
            let z = try argument(vm, a[0])
            return .bool(z.real.isFinite && z.imag.isFinite)
        }
        m.addFunction("isinf") { vm, a in
            try a.check("isinf", min: 1, max: 1)
            let z = try argument(vm, a[0])
            return .bool(z.real.isInfinite || z.imag.isInfinite)
        }
        m.addFunction("isnan") { vm, a in
            try a.check("isnan", min: 1, max: 1)
            let z = try argument(vm, a[0])
            return .bool(z.real.isNaN || z.imag.isNaN)
        }
        m.addFunction("isclose") { vm, a in
            let slots = try a.bind("isclose", ["a", "b", "rel_tol", "abs_tol"], required: 2)
            let x = try argument(vm, slots[0] ?? .none), y = try argument(vm, slots[1] ?? .none)
            let rel = try slots[2].map { try vm.toDouble($0) } ?? 1e-9
            let absTol = try slots[3].map { try vm.toDouble($0) } ?? 0
            if rel < 0 || absTol < 0 { throw PyError.valueError("tolerances must be non-negative") }
            if x == y { return .true }
            if x.real.isInfinite || x.imag.isInfinite || y.real.isInfinite || y.imag.isInfinite { return .false }
            let diff = (x - y).magnitude ?? .infinity
            let ax = x.magnitude ?? .infinity, ay = y.magnitude ?? .infinity
            return .bool(diff <= rel * ay || diff <= rel * ax || diff <= absTol)
        }
        return m
    }

    /// A cmath argument: a complex, or anything `float()` accepts as a number.
    static func argument(_ vm: Interpreter, _ v: Value) throws -> ComplexValue {
        if case .object(let o) = v, let c = o as? PyComplex { return c.value }
        if let z = try ComplexMethods.complexDunder(vm, v) { return z }
        return ComplexValue(try vm.toDouble(v), 0)
    }
}

/// CPython's `cmathmodule.c` formulas for finite arguments.
enum CmathAlgorithms {
    static let largeDouble = Double.greatestFiniteMagnitude / 4
    static let logLargeDouble = Foundation.log(largeDouble)

    static func sqrt(_ z: ComplexValue) throws -> ComplexValue {
        if z.real == 0 && z.imag == 0 { return ComplexValue(0, z.imag) }
        if !z.real.isFinite || !z.imag.isFinite {
            if z.imag.isInfinite { return ComplexValue(.infinity, z.imag) }
            if z.real == -.infinity { return ComplexValue(z.imag.isNaN ? .nan : 0, z.imag.isNaN ? .infinity : Double(signOf: z.imag, magnitudeOf: .infinity)) }
            if z.real == .infinity { return ComplexValue(.infinity, z.imag.isNaN ? .nan : Double(signOf: z.imag, magnitudeOf: 0)) }
            return ComplexValue(.nan, .nan)
        }
        var ax = Swift.abs(z.real)
        let ay = Swift.abs(z.imag)
        let s: Double
        if ax < Double.leastNormalMagnitude && ay < Double.leastNormalMagnitude {
            ax = scalbn(ax, 53)
            s = scalbn(Foundation.sqrt(ax + hypot(ax, scalbn(ay, 53))), -27)
        } else {
            ax /= 8
            s = 2 * Foundation.sqrt(ax + hypot(ax, ay / 8))
        }
        let d = ay / (2 * s)
        if z.real >= 0 { return ComplexValue(s, Double(signOf: z.imag, magnitudeOf: d)) }
        return ComplexValue(d, Double(signOf: z.imag, magnitudeOf: s))
    }

    static func exp(_ z: ComplexValue) throws -> ComplexValue {
        let r: ComplexValue
        if z.real > logLargeDouble {
            let l = Foundation.exp(z.real - 1)
            r = ComplexValue(l * cos(z.imag) * M_E, l * sin(z.imag) * M_E)
        } else {
            let l = Foundation.exp(z.real)
            r = ComplexValue(l * cos(z.imag), l * sin(z.imag))
        }
        if (r.real.isInfinite || r.imag.isInfinite) && z.real.isFinite && z.imag.isFinite {
            throw PyFailure.overflow("math range error")
        }
        return r
    }

    static func log(_ z: ComplexValue) throws -> ComplexValue {
        let ax = Swift.abs(z.real), ay = Swift.abs(z.imag)
        let real: Double
        if ax > largeDouble || ay > largeDouble {
            real = Foundation.log(hypot(ax / 2, ay / 2)) + M_LN2
        } else if ax < Double.leastNormalMagnitude && ay < Double.leastNormalMagnitude {
            guard ax > 0 || ay > 0 else { throw PyFailure.value("math domain error") }
            real = Foundation.log(hypot(scalbn(ax, 53), scalbn(ay, 53))) - 53 * M_LN2
        } else {
            let h = hypot(ax, ay)
            if h >= 0.71 && h <= 1.73 {
                let am = max(ax, ay), an = min(ax, ay)
                real = log1p((am - 1) * (am + 1) + an * an) / 2
            } else {
                real = Foundation.log(h)
            }
        }
        return ComplexValue(real, atan2(z.imag, z.real))
    }

    static func log10(_ z: ComplexValue) throws -> ComplexValue {
        let r = try log(z)
        return ComplexValue(r.real / M_LN10, r.imag / M_LN10)
    }
}
