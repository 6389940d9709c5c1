#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Python float arithmetic with CPython 3.11's exact rules (`float_div`,
/// `float_rem`, `float_divmod`, `float_floor_div`, `float_pow`): the
/// remainder takes the sign of the divisor (`7.5 % -2 == -0.5`), floor
/// division is derived from `fmod` so `divmod` is consistent, and the
/// zero-division messages name the operation.
public enum FloatArithmetic {
    /// `a / b`.
    public static func trueDivide(_ a: Double, _ b: Double) throws -> Double {
        if b == 0 { throw PyFailure.zeroDivision("float division by zero") }
        return a / b
    }

    /// `a % b`.
    public static func modulo(_ a: Double, _ b: Double) throws -> Double {
        if b == 0 { throw PyFailure.zeroDivision("float modulo") }
        var mod = a.truncatingRemainder(dividingBy: b)
        if mod != 0 {
            if (b < 0) != (mod < 0) { mod += b }
        } else {
            mod = Double(signOf: b, magnitudeOf: 0)
        }
        return mod
    }

    /// `a // b`.
    public static func floorDivide(_ a: Double, _ b: Double) throws -> Double {
        if b == 0 { throw PyFailure.zeroDivision("float floor division by zero") }
        return divmodUnchecked(a, b).0
    }

    /// `divmod(a, b)`.
    public static func divmod(_ a: Double, _ b: Double) throws -> (Double, Double) {
        if b == 0 { throw PyFailure.zeroDivision("float divmod()") }
        return divmodUnchecked(a, b)
    }

    private static func divmodUnchecked(_ a: Double, _ b: Double) -> (Double, Double) {
        var mod = a.truncatingRemainder(dividingBy: b)
        var div = (a - mod) / b
        if mod != 0 {
            if (b < 0) != (mod < 0) {
                mod += b
                div -= 1
            }
        } else {
            mod = Double(signOf: b, magnitudeOf: 0)
        }
        var floorDiv: Double
        if div != 0 {
            floorDiv = div.rounded(.down)
            if div - floorDiv > 0.5 { floorDiv += 1 }
        } else {
            floorDiv = Double(signOf: a / b, magnitudeOf: 0)
        }
        return (floorDiv, mod)
    }

    /// `a ** b` for floats.
    ///
    /// A negative base with a non-integer exponent gives a complex number in
    /// CPython; complex is not supported here, so that case throws
    /// `ValueError` instead.
    public static func power(_ a: Double, _ b: Double) throws -> Double {
        if b == 0 || a == 1 { return 1 }
        if a.isNaN || b.isNaN { return .nan }
        if a == 0 && b < 0 && !b.isInfinite {
            throw PyFailure.zeroDivision("0.0 cannot be raised to a negative power")
        }
        if a < 0 && b.isFinite && b.rounded(.towardZero) != b {
            throw PyFailure.value("negative number cannot be raised to a fractional power")
        }
        let result = pow(a, b)
        if result.isInfinite && a.isFinite && b.isFinite {
            throw PyFailure.overflow("(34, 'Numerical result out of range')")
        }
        return result
    }
}
