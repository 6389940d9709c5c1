import BigInt

/// The exact decimal expansion of a finite `Double`, and correctly rounded
/// truncations of it — the job `_Py_dg_dtoa` modes 2 and 3 do in CPython.
///
/// Every binary double has a finite decimal expansion (`m·2^-k = m·5^k/10^k`),
/// so rounding that digit string half-even reproduces CPython exactly
/// (`f"{2.675:.2f}" == "2.67"`, `f"{0.125:.2f}" == "0.12"`).
/// Value represented: `0.d1 d2 d3 ... × 10^decimalPoint`. Zero is `[0]` with
/// decimal point 1, as dtoa returns it.
public struct DecimalDigits: Equatable {
    /// ASCII digit values 0...9, no trailing zeros (except the lone zero).
    public var digits: [UInt8]
    /// Position of the decimal point relative to the first digit.
    public var decimalPoint: Int

    /// Creates digits with an explicit decimal point position.
    public init(digits: [UInt8], decimalPoint: Int) {
        self.digits = digits
        self.decimalPoint = decimalPoint
    }

    /// True for the zero value.
    public var isZero: Bool { digits.allSatisfy { $0 == 0 } }

    /// The exact decimal expansion of `|x|` (`x` must be finite).
    public init(exact x: Double) {
        let magnitude = x.magnitude
        if magnitude == 0 {
            self.init(digits: [0], decimalPoint: 1)
            return
        }
        let fraction = BigUInt(magnitude.significandBitPattern)
        let biased = Int(magnitude.exponentBitPattern)
        let mantissa = biased == 0 ? fraction : fraction | (BigUInt(1) << 52)
        let exponent = biased == 0 ? -1074 : biased - 1075
        var text: String
        var point: Int
        if exponent >= 0 {
            text = (mantissa << exponent).description
            point = text.utf8.count
        } else {
            text = (mantissa * BigUInt(5).power(-exponent)).description
            point = text.utf8.count + exponent
        }
        var digits = text.utf8.map { $0 - 48 }
        while digits.count > 1, digits.last == 0 { digits.removeLast() }
        self.init(digits: digits, decimalPoint: point)
    }

    /// Rounds half-even so at most `count` significant digits remain
    /// (`count` may be zero or negative: everything is then rounded away).
    public func rounded(significantDigits count: Int) -> DecimalDigits {
        if isZero || digits.count <= count { return self }
        if count < 0 { return DecimalDigits(digits: [0], decimalPoint: 1) }
        let first = digits[count]
        var roundUp: Bool
        if first != 5 {
            roundUp = first > 5
        } else if digits[(count + 1)...].contains(where: { $0 != 0 }) {
            roundUp = true
        } else {
            roundUp = count > 0 && digits[count - 1] % 2 == 1
        }
        var kept = Array(digits[..<count])
        var point = decimalPoint
        if roundUp {
            var index = kept.count - 1
            while index >= 0, kept[index] == 9 {
                kept[index] = 0
                index -= 1
            }
            if index >= 0 {
                kept[index] += 1
            } else {
                kept.insert(1, at: 0)
                point += 1
            }
        }
        while kept.last == 0 { kept.removeLast() }
        if kept.isEmpty { return DecimalDigits(digits: [0], decimalPoint: 1) }
        return DecimalDigits(digits: kept, decimalPoint: point)
    }

    /// Rounds half-even to `places` digits after the decimal point
    /// (negative `places` rounds to tens, hundreds, ...).
    public func rounded(fractionDigits places: Int) -> DecimalDigits {
        rounded(significantDigits: decimalPoint + places)
    }

    /// The shortest digits that round-trip to `x` (`repr` digits, dtoa mode 0).
    public init(shortest x: Double) {
        let magnitude = x.magnitude
        if magnitude == 0 {
            self.init(digits: [0], decimalPoint: 1)
            return
        }
        // Swift's description is the shortest round-trip (closest) digit
        // string, like dtoa mode 0; only its layout differs, so re-read it.
        let text = magnitude.description
        var mantissa = Substring(text)
        var exponent = 0
        if let e = text.firstIndex(where: { $0 == "e" || $0 == "E" }) {
            mantissa = text[..<e]
            exponent = Int(text[text.index(after: e)...]) ?? 0
        }
        var digits: [UInt8] = []
        var point: Int?
        for ch in mantissa.utf8 {
            if ch == UInt8(ascii: ".") {
                point = digits.count
            } else {
                digits.append(ch - 48)
            }
        }
        var decimalPoint = (point ?? digits.count) + exponent
        while digits.count > 1, digits.first == 0 {
            digits.removeFirst()
            decimalPoint -= 1
        }
        while digits.count > 1, digits.last == 0 { digits.removeLast() }
        self.init(digits: digits, decimalPoint: decimalPoint)
    }
}
