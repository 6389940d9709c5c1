import BigInt

/// Python's int-to-text conversions: `str(n)`, `bin`, `oct`, `hex`, and
/// CPython 3.11's 4300-digit limit on decimal conversion
/// (`sys.get_int_max_str_digits()`), with its exact error messages.
public enum IntToString {
    /// CPython's default `sys.get_int_max_str_digits()`; 0 disables it.
    public static let defaultMaxDigits = 4300

    /// `str(n)` / `repr(n)` for an int. Like CPython, a number that surely
    /// has more than `maxDigits` digits is refused before any conversion
    /// (a b-bit number has at least floor((b - 1) * log10(2)) + 1 digits),
    /// so `str(1 << 4_000_000)` fails at once instead of converting first.
    public static func decimal(_ value: BigInt, maxDigits: Int = IntDigitLimit.current) throws -> String {
        let bits = value.magnitude.bitWidth
        if maxDigits > 0 && bits > 1 && Int(Double(bits - 1) * 0.30102999566398120) + 1 > maxDigits {
            _ = try checkedDecimal(String(repeating: "0", count: maxDigits + 1), maxDigits: maxDigits)
        }
        let text = try WordRadixConversion.decimal(value.magnitude, progress: IntDigitLimit.progress)
        let digits = try checkedDecimal(text, maxDigits: maxDigits)
        return value.signum() < 0 ? "-" + digits : digits
    }

    /// `str(n)` for an int that fits in `Int` (never over the limit).
    public static func decimal(_ value: Int) -> String { String(value) }

    /// Applies the digit limit to an already converted decimal magnitude.
    static func checkedDecimal(_ digits: String, maxDigits: Int = IntDigitLimit.current) throws -> String {
        if maxDigits > 0 && digits.utf8.count > maxDigits {
            throw PyFailure.value(
                "Exceeds the limit (\(maxDigits) digits) for integer string conversion; "
                    + "use sys.set_int_max_str_digits() to increase the limit")
        }
        return digits
    }

    /// `bin(n)`: `0b101`, `-0b101`.
    public static func bin(_ value: BigInt) -> String { prefixed(value, radix: 2, prefix: "0b") }

    /// `oct(n)`: `0o17`, `-0o17`.
    public static func oct(_ value: BigInt) -> String { prefixed(value, radix: 8, prefix: "0o") }

    /// `hex(n)`: `0xff`, `-0xff`.
    public static func hex(_ value: BigInt) -> String { prefixed(value, radix: 16, prefix: "0x") }

    /// Bytes of the text `bin`/`oct`/`hex` make of `value` (for charging
    /// a huge one against the memory limit before it is built).
    public static func radixLength(_ value: BigInt, radix: Int) -> Int {
        let bits = PowerOfTwoRadix.bitsPerDigit(radix) ?? 1
        return PowerOfTwoRadix.digitCount(value.magnitude, bits: bits) + 3
    }

    private static func prefixed(_ value: BigInt, radix: Int, prefix: String) -> String {
        let digits = PowerOfTwoRadix.bitsPerDigit(radix).map { PowerOfTwoRadix.digits(value.magnitude, bits: $0) }
            ?? String(value.magnitude, radix: radix)
        return (value.signum() < 0 ? "-" : "") + prefix + digits
    }
}
