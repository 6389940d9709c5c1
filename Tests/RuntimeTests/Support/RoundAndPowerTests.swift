import BigInt
import XCTest
@testable import Runtime

/// Expectations are CPython 3.11 results of `round`, `**` and `pow`.
final class RoundAndPowerTests: XCTestCase {
    private func check(_ result: () throws -> String, _ expected: (String, String), _ label: String,
                       file: StaticString = #filePath, line: UInt = #line) {
        do {
            let got = try result()
            XCTAssertEqual("ok", expected.0, "\(label) gave \(got)", file: file, line: line)
            if expected.0 == "ok" { XCTAssertEqual(got, expected.1, label, file: file, line: line) }
        } catch let failure as PyFailure {
            XCTAssertEqual(failure.kind.rawValue, expected.0, "\(label): \(failure)", file: file, line: line)
            XCTAssertEqual(failure.message, expected.1, label, file: file, line: line)
        } catch {
            XCTFail("\(label): unexpected \(error)", file: file, line: line)
        }
    }

    func testRoundFloat() {
        let cases: [(Double, Int?, String, String)] = [
            (Double(bitPattern: 0x4005666666666666), nil, "ok", "3"),  // round(2.675, None)
            (Double(bitPattern: 0x4005666666666666), 0, "ok", "3.0"),  // round(2.675, 0)
            (Double(bitPattern: 0x4005666666666666), 2, "ok", "2.67"),  // round(2.675, 2)
            (Double(bitPattern: 0x4005666666666666), -1, "ok", "0.0"),  // round(2.675, -1)
            (Double(bitPattern: 0x4005666666666666), -300, "ok", "0.0"),  // round(2.675, -300)
            (Double(bitPattern: 0x4005666666666666), -308, "ok", "0.0"),  // round(2.675, -308)
            (Double(bitPattern: 0x4005666666666666), -309, "ok", "0.0"),  // round(2.675, -309)
            (Double(bitPattern: 0x4005666666666666), 17, "ok", "2.675"),  // round(2.675, 17)
            (Double(bitPattern: 0x4005666666666666), 323, "ok", "2.675"),  // round(2.675, 323)
            (Double(bitPattern: 0x4005666666666666), 324, "ok", "2.675"),  // round(2.675, 324)
            (Double(bitPattern: 0x3fe0000000000000), nil, "ok", "0"),  // round(0.5, None)
            (Double(bitPattern: 0x3fe0000000000000), 0, "ok", "0.0"),  // round(0.5, 0)
            (Double(bitPattern: 0x3fe0000000000000), 2, "ok", "0.5"),  // round(0.5, 2)
            (Double(bitPattern: 0x3fe0000000000000), -1, "ok", "0.0"),  // round(0.5, -1)
            (Double(bitPattern: 0x3fe0000000000000), -300, "ok", "0.0"),  // round(0.5, -300)
            (Double(bitPattern: 0x3fe0000000000000), -308, "ok", "0.0"),  // round(0.5, -308)
            (Double(bitPattern: 0x3fe0000000000000), -309, "ok", "0.0"),  // round(0.5, -309)
            (Double(bitPattern: 0x3fe0000000000000), 17, "ok", "0.5"),  // round(0.5, 17)
            (Double(bitPattern: 0x3fe0000000000000), 323, "ok", "0.5"),  // round(0.5, 323)
            (Double(bitPattern: 0x3fe0000000000000), 324, "ok", "0.5"),  // round(0.5, 324)
            (Double(bitPattern: 0x3ff8000000000000), nil, "ok", "2"),  // round(1.5, None)
            (Double(bitPattern: 0x3ff8000000000000), 0, "ok", "2.0"),  // round(1.5, 0)
            (Double(bitPattern: 0x3ff8000000000000), 2, "ok", "1.5"),  // round(1.5, 2)
            (Double(bitPattern: 0x3ff8000000000000), -1, "ok", "0.0"),  // round(1.5, -1)
            (Double(bitPattern: 0x3ff8000000000000), -300, "ok", "0.0"),  // round(1.5, -300)
            (Double(bitPattern: 0x3ff8000000000000), -308, "ok", "0.0"),  // round(1.5, -308)
            (Double(bitPattern: 0x3ff8000000000000), -309, "ok", "0.0"),  // round(1.5, -309)
            (Double(bitPattern: 0x3ff8000000000000), 17, "ok", "1.5"),  // round(1.5, 17)
            (Double(bitPattern: 0x3ff8000000000000), 323, "ok", "1.5"),  // round(1.5, 323)
            (Double(bitPattern: 0x3ff8000000000000), 324, "ok", "1.5"),  // round(1.5, 324)
            (Double(bitPattern: 0x4004000000000000), nil, "ok", "2"),  // round(2.5, None)
            (Double(bitPattern: 0x4004000000000000), 0, "ok", "2.0"),  // round(2.5, 0)
            (Double(bitPattern: 0x4004000000000000), 2, "ok", "2.5"),  // round(2.5, 2)
            (Double(bitPattern: 0x4004000000000000), -1, "ok", "0.0"),  // round(2.5, -1)
            (Double(bitPattern: 0x4004000000000000), -300, "ok", "0.0"),  // round(2.5, -300)
            (Double(bitPattern: 0x4004000000000000), -308, "ok", "0.0"),  // round(2.5, -308)
            (Double(bitPattern: 0x4004000000000000), -309, "ok", "0.0"),  // round(2.5, -309)
            (Double(bitPattern: 0x4004000000000000), 17, "ok", "2.5"),  // round(2.5, 17)
            (Double(bitPattern: 0x4004000000000000), 323, "ok", "2.5"),  // round(2.5, 323)
            (Double(bitPattern: 0x4004000000000000), 324, "ok", "2.5"),  // round(2.5, 324)
            (Double(bitPattern: 0xbfe0000000000000), nil, "ok", "0"),  // round(-0.5, None)
            (Double(bitPattern: 0xbfe0000000000000), 0, "ok", "-0.0"),  // round(-0.5, 0)
            (Double(bitPattern: 0xbfe0000000000000), 2, "ok", "-0.5"),  // round(-0.5, 2)
            (Double(bitPattern: 0xbfe0000000000000), -1, "ok", "-0.0"),  // round(-0.5, -1)
            (Double(bitPattern: 0xbfe0000000000000), -300, "ok", "-0.0"),  // round(-0.5, -300)
            (Double(bitPattern: 0xbfe0000000000000), -308, "ok", "-0.0"),  // round(-0.5, -308)
            (Double(bitPattern: 0xbfe0000000000000), -309, "ok", "-0.0"),  // round(-0.5, -309)
            (Double(bitPattern: 0xbfe0000000000000), 17, "ok", "-0.5"),  // round(-0.5, 17)
            (Double(bitPattern: 0xbfe0000000000000), 323, "ok", "-0.5"),  // round(-0.5, 323)
            (Double(bitPattern: 0xbfe0000000000000), 324, "ok", "-0.5"),  // round(-0.5, 324)
            (Double(bitPattern: 0xc004000000000000), nil, "ok", "-2"),  // round(-2.5, None)
            (Double(bitPattern: 0xc004000000000000), 0, "ok", "-2.0"),  // round(-2.5, 0)
            (Double(bitPattern: 0xc004000000000000), 2, "ok", "-2.5"),  // round(-2.5, 2)
            (Double(bitPattern: 0xc004000000000000), -1, "ok", "-0.0"),  // round(-2.5, -1)
            (Double(bitPattern: 0xc004000000000000), -300, "ok", "-0.0"),  // round(-2.5, -300)
            (Double(bitPattern: 0xc004000000000000), -308, "ok", "-0.0"),  // round(-2.5, -308)
            (Double(bitPattern: 0xc004000000000000), -309, "ok", "-0.0"),  // round(-2.5, -309)
            (Double(bitPattern: 0xc004000000000000), 17, "ok", "-2.5"),  // round(-2.5, 17)
            (Double(bitPattern: 0xc004000000000000), 323, "ok", "-2.5"),  // round(-2.5, 323)
            (Double(bitPattern: 0xc004000000000000), 324, "ok", "-2.5"),  // round(-2.5, 324)
            (Double(bitPattern: 0x3fc0000000000000), nil, "ok", "0"),  // round(0.125, None)
            (Double(bitPattern: 0x3fc0000000000000), 0, "ok", "0.0"),  // round(0.125, 0)
            (Double(bitPattern: 0x3fc0000000000000), 2, "ok", "0.12"),  // round(0.125, 2)
            (Double(bitPattern: 0x3fc0000000000000), -1, "ok", "0.0"),  // round(0.125, -1)
            (Double(bitPattern: 0x3fc0000000000000), -300, "ok", "0.0"),  // round(0.125, -300)
            (Double(bitPattern: 0x3fc0000000000000), -308, "ok", "0.0"),  // round(0.125, -308)
            (Double(bitPattern: 0x3fc0000000000000), -309, "ok", "0.0"),  // round(0.125, -309)
            (Double(bitPattern: 0x3fc0000000000000), 17, "ok", "0.125"),  // round(0.125, 17)
            (Double(bitPattern: 0x3fc0000000000000), 323, "ok", "0.125"),  // round(0.125, 323)
            (Double(bitPattern: 0x3fc0000000000000), 324, "ok", "0.125"),  // round(0.125, 324)
            (Double(bitPattern: 0x3fd8000000000000), nil, "ok", "0"),  // round(0.375, None)
            (Double(bitPattern: 0x3fd8000000000000), 0, "ok", "0.0"),  // round(0.375, 0)
            (Double(bitPattern: 0x3fd8000000000000), 2, "ok", "0.38"),  // round(0.375, 2)
            (Double(bitPattern: 0x3fd8000000000000), -1, "ok", "0.0"),  // round(0.375, -1)
            (Double(bitPattern: 0x3fd8000000000000), -300, "ok", "0.0"),  // round(0.375, -300)
            (Double(bitPattern: 0x3fd8000000000000), -308, "ok", "0.0"),  // round(0.375, -308)
            (Double(bitPattern: 0x3fd8000000000000), -309, "ok", "0.0"),  // round(0.375, -309)
            (Double(bitPattern: 0x3fd8000000000000), 17, "ok", "0.375"),  // round(0.375, 17)
            (Double(bitPattern: 0x3fd8000000000000), 323, "ok", "0.375"),  // round(0.375, 323)
            (Double(bitPattern: 0x3fd8000000000000), 324, "ok", "0.375"),  // round(0.375, 324)
            (Double(bitPattern: 0x40934a456d5cfaad), nil, "ok", "1235"),  // round(1234.5678, None)
            (Double(bitPattern: 0x40934a456d5cfaad), 0, "ok", "1235.0"),  // round(1234.5678, 0)
            (Double(bitPattern: 0x40934a456d5cfaad), 2, "ok", "1234.57"),  // round(1234.5678, 2)
            (Double(bitPattern: 0x40934a456d5cfaad), -1, "ok", "1230.0"),  // round(1234.5678, -1)
            (Double(bitPattern: 0x40934a456d5cfaad), -300, "ok", "0.0"),  // round(1234.5678, -300)
            (Double(bitPattern: 0x40934a456d5cfaad), -308, "ok", "0.0"),  // round(1234.5678, -308)
            (Double(bitPattern: 0x40934a456d5cfaad), -309, "ok", "0.0"),  // round(1234.5678, -309)
            (Double(bitPattern: 0x40934a456d5cfaad), 17, "ok", "1234.5678"),  // round(1234.5678, 17)
            (Double(bitPattern: 0x40934a456d5cfaad), 323, "ok", "1234.5678"),  // round(1234.5678, 323)
            (Double(bitPattern: 0x40934a456d5cfaad), 324, "ok", "1234.5678"),  // round(1234.5678, 324)
            (Double(bitPattern: 0xc0934a456d5cfaad), nil, "ok", "-1235"),  // round(-1234.5678, None)
            (Double(bitPattern: 0xc0934a456d5cfaad), 0, "ok", "-1235.0"),  // round(-1234.5678, 0)
            (Double(bitPattern: 0xc0934a456d5cfaad), 2, "ok", "-1234.57"),  // round(-1234.5678, 2)
            (Double(bitPattern: 0xc0934a456d5cfaad), -1, "ok", "-1230.0"),  // round(-1234.5678, -1)
            (Double(bitPattern: 0xc0934a456d5cfaad), -300, "ok", "-0.0"),  // round(-1234.5678, -300)
            (Double(bitPattern: 0xc0934a456d5cfaad), -308, "ok", "-0.0"),  // round(-1234.5678, -308)
            (Double(bitPattern: 0xc0934a456d5cfaad), -309, "ok", "-0.0"),  // round(-1234.5678, -309)
            (Double(bitPattern: 0xc0934a456d5cfaad), 17, "ok", "-1234.5678"),  // round(-1234.5678, 17)
            (Double(bitPattern: 0xc0934a456d5cfaad), 323, "ok", "-1234.5678"),  // round(-1234.5678, 323)
            (Double(bitPattern: 0xc0934a456d5cfaad), 324, "ok", "-1234.5678"),  // round(-1234.5678, 324)
            (Double(bitPattern: 0x7e37e43c8800759c), nil, "ok", "1000000000000000052504760255204420248704468581108159154915854115511802457988908195786371375080447864043704443832883878176942523235360430575644792184786706982848387200926575803737830233794788090059368953234970799945081119038967640880074652742780142494579258788820056842838115669472196386865459400540160"),  // round(1e+300, None)
            (Double(bitPattern: 0x7e37e43c8800759c), 0, "ok", "1e+300"),  // round(1e+300, 0)
            (Double(bitPattern: 0x7e37e43c8800759c), 2, "ok", "1e+300"),  // round(1e+300, 2)
            (Double(bitPattern: 0x7e37e43c8800759c), -1, "ok", "1e+300"),  // round(1e+300, -1)
            (Double(bitPattern: 0x7e37e43c8800759c), -300, "ok", "1e+300"),  // round(1e+300, -300)
            (Double(bitPattern: 0x7e37e43c8800759c), -308, "ok", "0.0"),  // round(1e+300, -308)
            (Double(bitPattern: 0x7e37e43c8800759c), -309, "ok", "0.0"),  // round(1e+300, -309)
            (Double(bitPattern: 0x7e37e43c8800759c), 17, "ok", "1e+300"),  // round(1e+300, 17)
            (Double(bitPattern: 0x7e37e43c8800759c), 323, "ok", "1e+300"),  // round(1e+300, 323)
            (Double(bitPattern: 0x7e37e43c8800759c), 324, "ok", "1e+300"),  // round(1e+300, 324)
            (Double(bitPattern: 0x7fefffffffffffff), nil, "ok", "179769313486231570814527423731704356798070567525844996598917476803157260780028538760589558632766878171540458953514382464234321326889464182768467546703537516986049910576551282076245490090389328944075868508455133942304583236903222948165808559332123348274797826204144723168738177180919299881250404026184124858368"),  // round(1.7976931348623157e+308, None)
            (Double(bitPattern: 0x7fefffffffffffff), 0, "ok", "1.7976931348623157e+308"),  // round(1.7976931348623157e+308, 0)
            (Double(bitPattern: 0x7fefffffffffffff), 2, "ok", "1.7976931348623157e+308"),  // round(1.7976931348623157e+308, 2)
            (Double(bitPattern: 0x7fefffffffffffff), -1, "ok", "1.7976931348623157e+308"),  // round(1.7976931348623157e+308, -1)
            (Double(bitPattern: 0x7fefffffffffffff), -300, "ok", "1.79769313e+308"),  // round(1.7976931348623157e+308, -300)
            (Double(bitPattern: 0x7fefffffffffffff), -308, "OverflowError", "rounded value too large to represent"),  // round(1.7976931348623157e+308, -308)
            (Double(bitPattern: 0x7fefffffffffffff), -309, "ok", "0.0"),  // round(1.7976931348623157e+308, -309)
            (Double(bitPattern: 0x7fefffffffffffff), 17, "ok", "1.7976931348623157e+308"),  // round(1.7976931348623157e+308, 17)
            (Double(bitPattern: 0x7fefffffffffffff), 323, "ok", "1.7976931348623157e+308"),  // round(1.7976931348623157e+308, 323)
            (Double(bitPattern: 0x7fefffffffffffff), 324, "ok", "1.7976931348623157e+308"),  // round(1.7976931348623157e+308, 324)
            (Double(bitPattern: 0x0000000000000001), nil, "ok", "0"),  // round(5e-324, None)
            (Double(bitPattern: 0x0000000000000001), 0, "ok", "0.0"),  // round(5e-324, 0)
            (Double(bitPattern: 0x0000000000000001), 2, "ok", "0.0"),  // round(5e-324, 2)
            (Double(bitPattern: 0x0000000000000001), -1, "ok", "0.0"),  // round(5e-324, -1)
            (Double(bitPattern: 0x0000000000000001), -300, "ok", "0.0"),  // round(5e-324, -300)
            (Double(bitPattern: 0x0000000000000001), -308, "ok", "0.0"),  // round(5e-324, -308)
            (Double(bitPattern: 0x0000000000000001), -309, "ok", "0.0"),  // round(5e-324, -309)
            (Double(bitPattern: 0x0000000000000001), 17, "ok", "0.0"),  // round(5e-324, 17)
            (Double(bitPattern: 0x0000000000000001), 323, "ok", "0.0"),  // round(5e-324, 323)
            (Double(bitPattern: 0x0000000000000001), 324, "ok", "5e-324"),  // round(5e-324, 324)
            (Double(bitPattern: 0x3fb999999999999a), nil, "ok", "0"),  // round(0.1, None)
            (Double(bitPattern: 0x3fb999999999999a), 0, "ok", "0.0"),  // round(0.1, 0)
            (Double(bitPattern: 0x3fb999999999999a), 2, "ok", "0.1"),  // round(0.1, 2)
            (Double(bitPattern: 0x3fb999999999999a), -1, "ok", "0.0"),  // round(0.1, -1)
            (Double(bitPattern: 0x3fb999999999999a), -300, "ok", "0.0"),  // round(0.1, -300)
            (Double(bitPattern: 0x3fb999999999999a), -308, "ok", "0.0"),  // round(0.1, -308)
            (Double(bitPattern: 0x3fb999999999999a), -309, "ok", "0.0"),  // round(0.1, -309)
            (Double(bitPattern: 0x3fb999999999999a), 17, "ok", "0.1"),  // round(0.1, 17)
            (Double(bitPattern: 0x3fb999999999999a), 323, "ok", "0.1"),  // round(0.1, 323)
            (Double(bitPattern: 0x3fb999999999999a), 324, "ok", "0.1"),  // round(0.1, 324)
            (Double(bitPattern: 0x405edd2f1a9fbe77), nil, "ok", "123"),  // round(123.456, None)
            (Double(bitPattern: 0x405edd2f1a9fbe77), 0, "ok", "123.0"),  // round(123.456, 0)
            (Double(bitPattern: 0x405edd2f1a9fbe77), 2, "ok", "123.46"),  // round(123.456, 2)
            (Double(bitPattern: 0x405edd2f1a9fbe77), -1, "ok", "120.0"),  // round(123.456, -1)
            (Double(bitPattern: 0x405edd2f1a9fbe77), -300, "ok", "0.0"),  // round(123.456, -300)
            (Double(bitPattern: 0x405edd2f1a9fbe77), -308, "ok", "0.0"),  // round(123.456, -308)
            (Double(bitPattern: 0x405edd2f1a9fbe77), -309, "ok", "0.0"),  // round(123.456, -309)
            (Double(bitPattern: 0x405edd2f1a9fbe77), 17, "ok", "123.456"),  // round(123.456, 17)
            (Double(bitPattern: 0x405edd2f1a9fbe77), 323, "ok", "123.456"),  // round(123.456, 323)
            (Double(bitPattern: 0x405edd2f1a9fbe77), 324, "ok", "123.456"),  // round(123.456, 324)
            (Double(bitPattern: 0xbfd999999999999a), nil, "ok", "0"),  // round(-0.4, None)
            (Double(bitPattern: 0xbfd999999999999a), 0, "ok", "-0.0"),  // round(-0.4, 0)
            (Double(bitPattern: 0xbfd999999999999a), 2, "ok", "-0.4"),  // round(-0.4, 2)
            (Double(bitPattern: 0xbfd999999999999a), -1, "ok", "-0.0"),  // round(-0.4, -1)
            (Double(bitPattern: 0xbfd999999999999a), -300, "ok", "-0.0"),  // round(-0.4, -300)
            (Double(bitPattern: 0xbfd999999999999a), -308, "ok", "-0.0"),  // round(-0.4, -308)
            (Double(bitPattern: 0xbfd999999999999a), -309, "ok", "-0.0"),  // round(-0.4, -309)
            (Double(bitPattern: 0xbfd999999999999a), 17, "ok", "-0.4"),  // round(-0.4, 17)
            (Double(bitPattern: 0xbfd999999999999a), 323, "ok", "-0.4"),  // round(-0.4, 323)
            (Double(bitPattern: 0xbfd999999999999a), 324, "ok", "-0.4"),  // round(-0.4, 324)
            (Double(bitPattern: 0x4480f0cf064dd592), nil, "ok", "10000000000000000000000"),  // round(1e+22, None)
            (Double(bitPattern: 0x4480f0cf064dd592), 0, "ok", "1e+22"),  // round(1e+22, 0)
            (Double(bitPattern: 0x4480f0cf064dd592), 2, "ok", "1e+22"),  // round(1e+22, 2)
            (Double(bitPattern: 0x4480f0cf064dd592), -1, "ok", "1e+22"),  // round(1e+22, -1)
            (Double(bitPattern: 0x4480f0cf064dd592), -300, "ok", "0.0"),  // round(1e+22, -300)
            (Double(bitPattern: 0x4480f0cf064dd592), -308, "ok", "0.0"),  // round(1e+22, -308)
            (Double(bitPattern: 0x4480f0cf064dd592), -309, "ok", "0.0"),  // round(1e+22, -309)
            (Double(bitPattern: 0x4480f0cf064dd592), 17, "ok", "1e+22"),  // round(1e+22, 17)
            (Double(bitPattern: 0x4480f0cf064dd592), 323, "ok", "1e+22"),  // round(1e+22, 323)
            (Double(bitPattern: 0x4480f0cf064dd592), 324, "ok", "1e+22"),  // round(1e+22, 324)
            (Double(bitPattern: 0x3efa36e2eb1c432d), nil, "ok", "0"),  // round(2.5e-05, None)
            (Double(bitPattern: 0x3efa36e2eb1c432d), 0, "ok", "0.0"),  // round(2.5e-05, 0)
            (Double(bitPattern: 0x3efa36e2eb1c432d), 2, "ok", "0.0"),  // round(2.5e-05, 2)
            (Double(bitPattern: 0x3efa36e2eb1c432d), -1, "ok", "0.0"),  // round(2.5e-05, -1)
            (Double(bitPattern: 0x3efa36e2eb1c432d), -300, "ok", "0.0"),  // round(2.5e-05, -300)
            (Double(bitPattern: 0x3efa36e2eb1c432d), -308, "ok", "0.0"),  // round(2.5e-05, -308)
            (Double(bitPattern: 0x3efa36e2eb1c432d), -309, "ok", "0.0"),  // round(2.5e-05, -309)
            (Double(bitPattern: 0x3efa36e2eb1c432d), 17, "ok", "2.5e-05"),  // round(2.5e-05, 17)
            (Double(bitPattern: 0x3efa36e2eb1c432d), 323, "ok", "2.5e-05"),  // round(2.5e-05, 323)
            (Double(bitPattern: 0x3efa36e2eb1c432d), 324, "ok", "2.5e-05"),  // round(2.5e-05, 324)
            (Double.infinity, nil, "OverflowError", "cannot convert float infinity to integer"),  // round(inf, None)
            (Double.infinity, 0, "ok", "inf"),  // round(inf, 0)
            (Double.infinity, 2, "ok", "inf"),  // round(inf, 2)
            (Double.infinity, -1, "ok", "inf"),  // round(inf, -1)
            (Double.infinity, -300, "ok", "inf"),  // round(inf, -300)
            (Double.infinity, -308, "ok", "inf"),  // round(inf, -308)
            (Double.infinity, -309, "ok", "inf"),  // round(inf, -309)
            (Double.infinity, 17, "ok", "inf"),  // round(inf, 17)
            (Double.infinity, 323, "ok", "inf"),  // round(inf, 323)
            (Double.infinity, 324, "ok", "inf"),  // round(inf, 324)
            (Double.nan, nil, "ValueError", "cannot convert float NaN to integer"),  // round(nan, None)
            (Double.nan, 0, "ok", "nan"),  // round(nan, 0)
            (Double.nan, 2, "ok", "nan"),  // round(nan, 2)
            (Double.nan, -1, "ok", "nan"),  // round(nan, -1)
            (Double.nan, -300, "ok", "nan"),  // round(nan, -300)
            (Double.nan, -308, "ok", "nan"),  // round(nan, -308)
            (Double.nan, -309, "ok", "nan"),  // round(nan, -309)
            (Double.nan, 17, "ok", "nan"),  // round(nan, 17)
            (Double.nan, 323, "ok", "nan"),  // round(nan, 323)
            (Double.nan, 324, "ok", "nan"),  // round(nan, 324)
            (Double(bitPattern: 0x8000000000000000), nil, "ok", "0"),  // round(-0.0, None)
            (Double(bitPattern: 0x8000000000000000), 0, "ok", "-0.0"),  // round(-0.0, 0)
            (Double(bitPattern: 0x8000000000000000), 2, "ok", "-0.0"),  // round(-0.0, 2)
            (Double(bitPattern: 0x8000000000000000), -1, "ok", "-0.0"),  // round(-0.0, -1)
            (Double(bitPattern: 0x8000000000000000), -300, "ok", "-0.0"),  // round(-0.0, -300)
            (Double(bitPattern: 0x8000000000000000), -308, "ok", "-0.0"),  // round(-0.0, -308)
            (Double(bitPattern: 0x8000000000000000), -309, "ok", "-0.0"),  // round(-0.0, -309)
            (Double(bitPattern: 0x8000000000000000), 17, "ok", "-0.0"),  // round(-0.0, 17)
            (Double(bitPattern: 0x8000000000000000), 323, "ok", "-0.0"),  // round(-0.0, 323)
            (Double(bitPattern: 0x8000000000000000), 324, "ok", "-0.0"),  // round(-0.0, 324)
            (Double(bitPattern: 0xc072766e36d7f1ee), 7, "ok", "-295.4019078"),  // round(-295.40190777162104, 7)
            (Double(bitPattern: 0x408398245035975a), 2, "ok", "627.02"),  // round(627.0177311121763, 2)
            (Double(bitPattern: 0x4084a62375464902), 11, "ok", "660.76731352721"),  // round(660.7673135272055, 11)
            (Double(bitPattern: 0x408e0d1b628ec74a), 12, "ok", "961.638371577699"),  // round(961.6383715776985, 12)
            (Double(bitPattern: 0x4070778c10991cac), 1, "ok", "263.5"),  // round(263.4716955166757, 1)
            (Double(bitPattern: 0xc08b4e643347e8ef), 11, "ok", "-873.79892593555"),  // round(-873.7989259355508, 11)
            (Double(bitPattern: 0xc08cf04265351d68), 3, "ok", "-926.032"),  // round(-926.0324196004485, 3)
            (Double(bitPattern: 0xc08c83197eb1c816), 3, "ok", "-912.387"),  // round(-912.3874486817538, 3)
            (Double(bitPattern: 0x40881ca56b63cfd8), 7, "ok", "771.5807712"),  // round(771.5807712362102, 7)
            (Double(bitPattern: 0x408b15ef88ac26da), 9, "ok", "866.741959901"),  // round(866.7419599007947, 9)
            (Double(bitPattern: 0x408e91f696aecfe8), 12, "ok", "978.245404592247"),  // round(978.2454045922468, 12)
            (Double(bitPattern: 0xc07ed5f5a2ad8456), 3, "ok", "-493.372"),  // round(-493.3724695947652, 3)
            (Double(bitPattern: 0xc07abc738b2c1a74), -2, "ok", "-400.0"),  // round(-427.7782088969027, -2)
            (Double(bitPattern: 0x4086dcc5be2f7676), 7, "ok", "731.5965542"),  // round(731.5965541561152, 7)
            (Double(bitPattern: 0xc07c5911900e1998), 8, "ok", "-453.56678777"),  // round(-453.56678777225306, 8)
            (Double(bitPattern: 0xc05f863913e83748), 9, "ok", "-126.09723375"),  // round(-126.0972337501272, 9)
            (Double(bitPattern: 0x407e69d8b93ef24c), 9, "ok", "486.615411039"),  // round(486.6154110392424, 9)
            (Double(bitPattern: 0xc0741ed3f0a91b10), 2, "ok", "-321.93"),  // round(-321.9267431836788, 2)
            (Double(bitPattern: 0xc01e5fcac3ee7780), 12, "ok", "-7.593546925955"),  // round(-7.5935469259546835, 12)
            (Double(bitPattern: 0xc07094e5f96ec216), 5, "ok", "-265.30615"),  // round(-265.30614608063604, 5)
            (Double(bitPattern: 0x4082d25e90e53916), 10, "ok", "602.2961748035"),  // round(602.2961748035475, 10)
            (Double(bitPattern: 0xc08a512afbb2c925), 2, "ok", "-842.15"),  // round(-842.1459878890643, 2)
            (Double(bitPattern: 0x4056bcb90d5c4330), 7, "ok", "90.9487947"),  // round(90.94879468927388, 7)
            (Double(bitPattern: 0xc088d66ef83fdcb9), 7, "ok", "-794.8041844"),  // round(-794.8041844357714, 7)
            (Double(bitPattern: 0x40741d6a431e8f50), 6, "ok", "321.838443"),  // round(321.8384429162734, 6)
        ]
        for (x, ndigits, kind, expected) in cases {
            check({
                if let ndigits { return FloatRepr.repr(try PythonRound.round(x, ndigits: ndigits)) }
                return try PythonRound.round(x).description
            }, (kind, expected), "round(\(x), \(String(describing: ndigits)))")
        }
    }

    func testRoundInt() {
        let cases: [(BigInt, Int, String)] = [
            (1234, -2, "1200"),  // round(1234, -2)
            (1250, -2, "1200"),  // round(1250, -2)
            (-1250, -2, "-1200"),  // round(-1250, -2)
            (1350, -2, "1400"),  // round(1350, -2)
            (5, -1, "0"),  // round(5, -1)
            (15, -1, "20"),  // round(15, -1)
            (25, -1, "20"),  // round(25, -1)
            (-25, -1, "-20"),  // round(-25, -1)
            (-35, -1, "-40"),  // round(-35, -1)
            (123, 2, "123"),  // round(123, 2)
            (BigInt("1000000000000000000005000000000", radix: 10) ?? 0, -10, "1000000000000000000000000000000"),  // round(1000000000000000000005000000000, -10)
            (BigInt("-1000000000000000000015000000000", radix: 10) ?? 0, -10, "-1000000000000000000020000000000"),  // round(-1000000000000000000015000000000, -10)
            (0, -3, "0"),  // round(0, -3)
            (499, -3, "0"),  // round(499, -3)
            (500, -3, "0"),  // round(500, -3)
            (1500, -3, "2000"),  // round(1500, -3)
        ]
        for (value, ndigits, expected) in cases {
            XCTAssertEqual(PythonRound.round(value, ndigits: ndigits).description, expected, "round(\(value), \(ndigits))")
        }
    }

    func testIntPower() {
        let cases: [(BigInt, BigInt, String, String)] = [
            (2, 10, "ok", "int:1024"),  // 2 ** 10
            (-7, 3, "ok", "int:-343"),  // -7 ** 3
            (2, 100, "ok", "int:1267650600228229401496703205376"),  // 2 ** 100
            (3, 0, "ok", "int:1"),  // 3 ** 0
            (0, 0, "ok", "int:1"),  // 0 ** 0
            (0, -1, "ZeroDivisionError", "0.0 cannot be raised to a negative power"),  // 0 ** -1
            (2, -2, "ok", "float:0.25"),  // 2 ** -2
            (-2, -3, "ok", "float:-0.125"),  // -2 ** -3
            (10, -400, "ok", "float:0.0"),  // 10 ** -400
            (-1, BigInt("1000000000000000000000000000000", radix: 10) ?? 0, "ok", "int:1"),  // -1 ** 1000000000000000000000000000000
            (-1, BigInt("1000000000000000000000000000001", radix: 10) ?? 0, "ok", "int:-1"),  // -1 ** 1000000000000000000000000000001
            (1, BigInt("-1000000000000000000000000000000", radix: 10) ?? 0, "ok", "float:1.0"),  // 1 ** -1000000000000000000000000000000
            (7, -1, "ok", "float:0.14285714285714285"),  // 7 ** -1
        ]
        for (base, exponent, kind, expected) in cases {
            check({
                switch try IntegerArithmetic.power(base, exponent) {
                case .int(let value): return "int:" + value.description
                case .float(let value): return "float:" + FloatRepr.repr(value)
                }
            }, (kind, expected), "\(base) ** \(exponent)")
        }
    }

    func testModularPower() {
        let cases: [(BigInt, BigInt, BigInt, String, String)] = [
            (2, 3, 0, "ValueError", "pow() 3rd argument cannot be 0"),  // pow(2, 3, 0)
            (2, -1, 4, "ValueError", "base is not invertible for the given modulus"),  // pow(2, -1, 4)
            (3, -1, 7, "ok", "5"),  // pow(3, -1, 7)
            (3, -2, -7, "ok", "-3"),  // pow(3, -2, -7)
            (2, 10, 1000, "ok", "24"),  // pow(2, 10, 1000)
            (-2, 3, 5, "ok", "2"),  // pow(-2, 3, 5)
            (2, 3, -5, "ok", "-2"),  // pow(2, 3, -5)
            (5, 0, 1, "ok", "0"),  // pow(5, 0, 1)
            (5, 0, -1, "ok", "0"),  // pow(5, 0, -1)
            (123456789, BigInt("100000000000000000000", radix: 10) ?? 0, 1000000007, "ok", "968560874"),  // pow(123456789, 100000000000000000000, 1000000007)
            (-3, -1, 7, "ok", "2"),  // pow(-3, -1, 7)
            (0, 0, 7, "ok", "1"),  // pow(0, 0, 7)
            (4, -1, -7, "ok", "-5"),  // pow(4, -1, -7)
        ]
        for (base, exponent, modulus, kind, expected) in cases {
            check({ try IntegerArithmetic.power(base, exponent, modulus: modulus).description },
                  (kind, expected), "pow(\(base), \(exponent), \(modulus))")
        }
    }

    func testFloatToIntConversion() throws {
        XCTAssertEqual(try IntegerConversion.toInteger(1e20).description, "100000000000000000000")  // int(1e20)
        XCTAssertEqual(try IntegerConversion.toInteger(-2.9).description, "-2")  // int(-2.9)
        XCTAssertEqual(try IntegerConversion.toInteger(1.5e300).description, "1500000000000000078757140382806630373056702871662238732373781173267703686983362293679557062620671796065556665749325817265413784853040645863467188277180060474272580801389863705606745350692182135089053429852456199917621678558451461320111979114170213741868888183230085264257173504208294580298189100810240")  // int(1.5e300)
        XCTAssertThrowsError(try IntegerConversion.toInteger(.infinity)) { error in
            XCTAssertEqual(error as? PyFailure, .overflow("cannot convert float infinity to integer"))
        }
        XCTAssertThrowsError(try IntegerConversion.toInteger(.nan)) { error in
            XCTAssertEqual(error as? PyFailure, .value("cannot convert float NaN to integer"))
        }
    }
}
