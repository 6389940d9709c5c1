import BigInt
import XCTest
@testable import Runtime

/// Power-of-two radix conversions (bin/oct/hex, int(s, 16), 0x literals,
/// to_bytes/from_bytes) give Python's results, in linear time.
final class PowerOfTwoRadixTests: XCTestCase {
    func testDigitsMatchTheLibrarysRadixConversion() throws {
        var rng = SystemRandomNumberGenerator()
        for bits in [1, 2, 3, 63, 64, 65, 127, 128, 129, 1000, 4097] {
            let n = BigUInt.randomInteger(withMaximumWidth: bits, using: &rng)
            for radix in [2, 4, 8, 16, 32] {
                let b = try XCTUnwrap(PowerOfTwoRadix.bitsPerDigit(radix))
                let digits = PowerOfTwoRadix.digits(n, bits: b)
                XCTAssertEqual(digits, String(n, radix: radix), "\(n) radix \(radix)")
                XCTAssertEqual(try IntParsing.parseInt(digits, base: radix), BigInt(n))
            }
        }
        XCTAssertNil(PowerOfTwoRadix.bitsPerDigit(10))
        XCTAssertEqual(IntToString.oct(-8), "-0o10")
        XCTAssertEqual(IntToString.hex(0), "0x0")
    }

    func testBytesRoundTrip() throws {
        let n = (BigInt(1) << 1000) - 12345
        for little in [false, true] {
            let bytes = try IntBytes.toBytes(n, length: 130, littleEndian: little, signed: false)
            XCTAssertEqual(IntBytes.fromBytes(bytes, littleEndian: little, signed: false), n)
            let negative = try IntBytes.toBytes(-n, length: 130, littleEndian: little, signed: true)
            XCTAssertEqual(IntBytes.fromBytes(negative, littleEndian: little, signed: true), -n)
        }
        XCTAssertEqual(try IntBytes.toBytes(1024, length: 3, littleEndian: false, signed: false), [0, 4, 0])
        XCTAssertEqual(try IntBytes.toBytes(-2, length: 2, littleEndian: true, signed: true), [0xFE, 0xFF])
    }

    func testMillionDigitConversionsAreFast() throws {
        let started = Date()
        let n = (BigInt(1) << 4_000_000) - 1
        XCTAssertEqual(IntToString.oct(n).utf8.count, 1_333_336)
        let parsed = try IntParsing.parseInt(String(repeating: "f", count: 1_000_000), base: 16)
        XCTAssertEqual(parsed, n)
        let bytes = try IntBytes.toBytes(n, length: 500_000, littleEndian: false, signed: false)
        XCTAssertEqual(IntBytes.fromBytes(bytes, littleEndian: false, signed: false), n)
        // Tells the linear conversions (milliseconds) from quadratic ones
        // (minutes), with room for a loaded machine: not a speed measurement.
        XCTAssertLessThan(Date().timeIntervalSince(started), 60)
    }

    func testHugeHexLiteralsCompileFastToTheRightValue() {
        let source = "x = 0x" + String(repeating: "f", count: 250_000) + "\ny = 0o" + String(repeating: "7", count: 100)
            + "\nprint(x % 1000003, y % 1000003)\n"
        let started = Date()
        guard case .success(let trace) = ScenarioRunner.run(Scenario(source: source, limits: .defaults,
                                                                     recordEvents: false)) else {
            return XCTFail("did not compile")
        }
        XCTAssertEqual(trace.stdout, "250000 469080\n", trace.diagnostics)
        // Tells the linear conversions (milliseconds) from quadratic ones
        // (minutes), with room for a loaded machine: not a speed measurement.
        XCTAssertLessThan(Date().timeIntervalSince(started), 60)
    }
}
