import Foundation

/// A complex value as two doubles, with CPython 3.11's arithmetic
/// (`Objects/complexobject.c`): the same division algorithm, the same
/// integer-power shortcut and the same error conditions, so results match
/// CPython bit for bit.
public struct ComplexValue: Equatable {
    /// The real part.
    public var real: Double
    /// The imaginary part.
    public var imag: Double

    /// Creates `real + imag*j`.
    public init(_ real: Double, _ imag: Double) {
        self.real = real
        self.imag = imag
    }

    /// Why an operation has no result (CPython's `errno` values).
    public enum Failure: Error {
        /// `EDOM`: division by zero, or zero to a negative/complex power.
        case domain
        /// `ERANGE`: an infinite part in a power.
        case range
    }

    static let one = ComplexValue(1, 0)

    /// `_Py_c_sum`.
    public static func + (a: ComplexValue, b: ComplexValue) -> ComplexValue {
        ComplexValue(a.real + b.real, a.imag + b.imag)
    }

    /// `_Py_c_diff`.
    public static func - (a: ComplexValue, b: ComplexValue) -> ComplexValue {
        ComplexValue(a.real - b.real, a.imag - b.imag)
    }

    /// `_Py_c_prod`.
    public static func * (a: ComplexValue, b: ComplexValue) -> ComplexValue {
        ComplexValue(a.real * b.real - a.imag * b.imag, a.real * b.imag + a.imag * b.real)
    }

    /// `_Py_c_quot` (Smith's algorithm, as CPython): throws `.domain` for a
    /// zero divisor.
    public static func quotient(_ a: ComplexValue, _ b: ComplexValue) throws -> ComplexValue {
        let absReal = Swift.abs(b.real), absImag = Swift.abs(b.imag)
        if absReal >= absImag {
            if absReal == 0 { throw Failure.domain }
            let ratio = b.imag / b.real
            let denom = b.real + b.imag * ratio
            return ComplexValue((a.real + a.imag * ratio) / denom, (a.imag - a.real * ratio) / denom)
        }
        if absImag >= absReal {
            let ratio = b.real / b.imag
            let denom = b.real * ratio + b.imag
            return ComplexValue((a.real * ratio + a.imag) / denom, (a.imag * ratio - a.real) / denom)
        }
        return ComplexValue(.nan, .nan)
    }

    /// `_Py_c_pow`.
    static func generalPower(_ a: ComplexValue, _ b: ComplexValue) throws -> ComplexValue {
        if b.real == 0 && b.imag == 0 { return one }
        if a.real == 0 && a.imag == 0 {
            if b.imag != 0 || b.real < 0 { throw Failure.domain }
            return ComplexValue(0, 0)
        }
        let vabs = hypot(a.real, a.imag)
        var len = Foundation.pow(vabs, b.real)
        let at = atan2(a.imag, a.real)
        var phase = at * b.real
        if b.imag != 0 {
            len /= exp(at * b.imag)
            phase += b.imag * log(vabs)
        }
        return ComplexValue(len * cos(phase), len * sin(phase))
    }

    /// `c_powu`: repeated squaring for a positive integer exponent.
    static func unsignedPower(_ x: ComplexValue, _ n: Int) -> ComplexValue {
        var r = one, p = x, mask = 1
        while mask > 0 && n >= mask {
            if n & mask != 0 { r = r * p }
            mask <<= 1
            p = p * p
        }
        return r
    }

    /// `complex.__pow__` without a modulus: integral exponents up to 100 in
    /// magnitude by repeated squaring, others through polar form; an
    /// infinite result part throws `.range`.
    public static func power(_ a: ComplexValue, _ b: ComplexValue) throws -> ComplexValue {
        let p: ComplexValue
        if b.imag == 0 && b.real == b.real.rounded(.down) && Swift.abs(b.real) <= 100 {
            let n = Int(b.real)
            p = n > 0 ? unsignedPower(a, n) : try quotient(one, unsignedPower(a, -n))
        } else {
            p = try generalPower(a, b)
        }
        if p.real.isInfinite || p.imag.isInfinite { throw Failure.range }
        return p
    }

    /// `abs(z)`: `hypot`, with CPython's overflow check.
    public var magnitude: Double? {
        if real.isInfinite || imag.isInfinite { return .infinity }
        if real.isNaN || imag.isNaN { return .nan }
        let r = hypot(real, imag)
        return r.isInfinite ? nil : r
    }
}
