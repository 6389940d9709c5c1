import BigInt
import XCTest
@testable import Runtime

/// Every expectation is `format(value, spec)` evaluated by CPython 3.11;
/// errors are `type(e).__name__` and `str(e)`.
final class FormatSpecFloatTests: XCTestCase {

    func testFloats() {
        let cases: [(Double, String, String, String)] = [
            (Double(bitPattern: 0x0000000000000000), "", "ok", "0.0"),  // 0.0
            (Double(bitPattern: 0x3fc0000000000000), "", "ok", "0.125"),  // 0.125
            (Double(bitPattern: 0x3fb999999999999a), "", "ok", "0.1"),  // 0.1
            (Double(bitPattern: 0x4059000000000000), "", "ok", "100.0"),  // 100.0
            (Double(bitPattern: 0x40c81cd6c8b43958), "", "ok", "12345.678"),  // 12345.678
            (Double(bitPattern: 0x3fb999999999999a), ".2f", "ok", "0.10"),  // 0.1
            (Double(bitPattern: 0x8000000000000000), ".2f", "ok", "-0.00"),  // -0.0
            (Double(bitPattern: 0x3ee4f8b588e368f1), ".2f", "ok", "0.00"),  // 1e-05
            (Double(bitPattern: 0x4023fd70a3d70a3d), ".2f", "ok", "9.99"),  // 9.995
            (Double(bitPattern: 0xbff8000000000000), ".2f", "ok", "-1.50"),  // -1.5
            (Double(bitPattern: 0x3fd8000000000000), "f", "ok", "0.375000"),  // 0.375
            (Double(bitPattern: 0x8000000000000000), "f", "ok", "-0.000000"),  // -0.0
            (Double(bitPattern: 0x4341c37937e08000), "f", "ok", "10000000000000000.000000"),  // 1e+16
            (Double(bitPattern: 0x4059000000000000), "f", "ok", "100.000000"),  // 100.0
            (Double(bitPattern: 0x7e41eb2d66005835), "f", "ok", "1500000000000000078757140382806630373056702871662238732373781173267703686983362293679557062620671796065556665749325817265413784853040645863467188277180060474272580801389863705606745350692182135089053429852456199917621678558451461320111979114170213741868888183230085264257173504208294580298189100810240.000000"),  // 1.5e+300
            (Double(bitPattern: 0x3fb999999999999a), ".0f", "ok", "0"),  // 0.1
            (Double(bitPattern: 0xc05edd2f1a9fbe77), ".0f", "ok", "-123"),  // -123.456
            (Double(bitPattern: 0x3ee4f8b588e368f1), ".0f", "ok", "0"),  // 1e-05
            (Double.infinity, ".0f", "ok", "inf"),  // inf
            (Double(bitPattern: 0x4480f0cf064dd592), ".0f", "ok", "10000000000000000000000"),  // 1e+22
            (Double(bitPattern: 0x3fe0000000000000), "#.0f", "ok", "0."),  // 0.5
            (Double(bitPattern: 0x4005666666666666), "#.0f", "ok", "3."),  // 2.675
            (Double(bitPattern: 0x4023fd70a3d70a3d), "#.0f", "ok", "10."),  // 9.995
            (Double(bitPattern: 0x419d6f3454000000), "#.0f", "ok", "123456789."),  // 123456789.0
            (Double(bitPattern: 0x7e41eb2d66005835), "#.0f", "ok", "1500000000000000078757140382806630373056702871662238732373781173267703686983362293679557062620671796065556665749325817265413784853040645863467188277180060474272580801389863705606745350692182135089053429852456199917621678558451461320111979114170213741868888183230085264257173504208294580298189100810240."),  // 1.5e+300
            (Double(bitPattern: 0x3fb999999999999a), "e", "ok", "1.000000e-01"),  // 0.1
            (Double(bitPattern: 0xc05edd2f1a9fbe77), "e", "ok", "-1.234560e+02"),  // -123.456
            (Double(bitPattern: 0x3ee4f8b588e368f1), "e", "ok", "1.000000e-05"),  // 1e-05
            (Double.nan, "e", "ok", "nan"),  // nan
            (Double(bitPattern: 0xbff8000000000000), "e", "ok", "-1.500000e+00"),  // -1.5
            (Double(bitPattern: 0x0000000000000001), ".3e", "ok", "4.941e-324"),  // 5e-324
            (Double(bitPattern: 0xc05edd2f1a9fbe77), ".3e", "ok", "-1.235e+02"),  // -123.456
            (-Double.infinity, ".3e", "ok", "-inf"),  // -inf
            (Double(bitPattern: 0x40c81cd6c8b43958), ".3e", "ok", "1.235e+04"),  // 12345.678
            (Double(bitPattern: 0xbff8000000000000), ".3e", "ok", "-1.500e+00"),  // -1.5
            (Double(bitPattern: 0x3fc0000000000000), "E", "ok", "1.250000E-01"),  // 0.125
            (Double(bitPattern: 0x4023fd70a3d70a3d), "E", "ok", "9.995000E+00"),  // 9.995
            (Double.infinity, "E", "ok", "INF"),  // inf
            (Double(bitPattern: 0x4480f0cf064dd592), "E", "ok", "1.000000E+22"),  // 1e+22
            (Double.nan, "E", "ok", "NAN"),  // nan
            (Double(bitPattern: 0x54b249ad2594c37d), "#.0e", "ok", "1.e+100"),  // 1e+100
            (Double(bitPattern: 0xbf1a36e2eb1c432d), "#.0e", "ok", "-1.e-04"),  // -0.0001
            (Double(bitPattern: 0x8000000000000000), "g", "ok", "-0"),  // -0.0
            (Double(bitPattern: 0x3fc0000000000000), "g", "ok", "0.125"),  // 0.125
            (Double(bitPattern: 0x3fb999999999999a), "g", "ok", "0.1"),  // 0.1
            (Double.infinity, "g", "ok", "inf"),  // inf
            (Double(bitPattern: 0xbff8000000000000), "g", "ok", "-1.5"),  // -1.5
            (Double(bitPattern: 0x4341c37937e08000), ".3g", "ok", "1e+16"),  // 1e+16
            (Double(bitPattern: 0x4005666666666666), ".3g", "ok", "2.67"),  // 2.675
            (Double(bitPattern: 0x4004000000000000), ".3g", "ok", "2.5"),  // 2.5
            (Double(bitPattern: 0x419d6f3454000000), ".3g", "ok", "1.23e+08"),  // 123456789.0
            (Double.nan, ".3g", "ok", "nan"),  // nan
            (Double(bitPattern: 0x4004000000000000), "#g", "ok", "2.50000"),  // 2.5
            (Double(bitPattern: 0x4480f0cf064dd592), "#g", "ok", "1.00000e+22"),  // 1e+22
            (Double.nan, "#g", "ok", "nan"),  // nan
            (Double(bitPattern: 0x7e41eb2d66005835), "#g", "ok", "1.50000e+300"),  // 1.5e+300
            (Double(bitPattern: 0xbff8000000000000), "#g", "ok", "-1.50000"),  // -1.5
            (Double(bitPattern: 0x8000000000000000), "G", "ok", "-0"),  // -0.0
            (Double(bitPattern: 0x40c81cd6c8b43958), "G", "ok", "12345.7"),  // 12345.678
            (-Double.infinity, "G", "ok", "-INF"),  // -inf
            (Double(bitPattern: 0x3ee4f8b588e368f1), "G", "ok", "1E-05"),  // 1e-05
            (Double(bitPattern: 0x3fc0000000000000), ".10g", "ok", "0.125"),  // 0.125
            (Double(bitPattern: 0x3fb999999999999a), ".10g", "ok", "0.1"),  // 0.1
            (Double(bitPattern: 0x4004000000000000), ".10g", "ok", "2.5"),  // 2.5
            (Double(bitPattern: 0x4480f0cf064dd592), ".10g", "ok", "1e+22"),  // 1e+22
            (Double(bitPattern: 0x7e41eb2d66005835), ".10g", "ok", "1.5e+300"),  // 1.5e+300
            (Double(bitPattern: 0x3fd5555555555555), ".0g", "ok", "0.3"),  // 0.3333333333333333
            (Double(bitPattern: 0x3ff0000000000000), ".0g", "ok", "1"),  // 1.0
            (Double(bitPattern: 0x0000000000000001), ".0g", "ok", "5e-324"),  // 5e-324
            (Double(bitPattern: 0x3ee4f8b588e368f1), ".0g", "ok", "1e-05"),  // 1e-05
            (Double(bitPattern: 0x4023fd70a3d70a3d), ".0g", "ok", "1e+01"),  // 9.995
            (Double(bitPattern: 0x8000000000000000), "%", "ok", "-0.000000%"),  // -0.0
            (Double(bitPattern: 0x4023fd70a3d70a3d), "%", "ok", "999.500000%"),  // 9.995
            (Double(bitPattern: 0x4480f0cf064dd592), "%", "ok", "999999999999999983222784.000000%"),  // 1e+22
            (Double.nan, "%", "ok", "nan%"),  // nan
            (Double(bitPattern: 0x7e41eb2d66005835), "%", "ok", "150000000000000011444554618627342388021020282725985217552402601309317070432188691726213283447037676114959621365707823142058315581767199907437723417025779746125251474784733472439804552143121910971352726587560188480336237733488595426573794807923933585763926275159787925654625603510774848806855747236265984.000000%"),  // 1.5e+300
            (Double(bitPattern: 0x3fe0000000000000), ".1%", "ok", "50.0%"),  // 0.5
            (Double(bitPattern: 0x3ff0000000000000), ".1%", "ok", "100.0%"),  // 1.0
            (Double.infinity, ".1%", "ok", "inf%"),  // inf
            (Double(bitPattern: 0x4480f0cf064dd592), ".1%", "ok", "999999999999999983222784.0%"),  // 1e+22
            (Double(bitPattern: 0x419d6f3454000000), ".1%", "ok", "12345678900.0%"),  // 123456789.0
            (Double(bitPattern: 0xc05edd2f1a9fbe77), "n", "ok", "-123.456"),  // -123.456
            (Double(bitPattern: 0x3ee4f8b588e368f1), "n", "ok", "1e-05"),  // 1e-05
            (Double(bitPattern: 0x4023fd70a3d70a3d), "n", "ok", "9.995"),  // 9.995
            (Double.infinity, "n", "ok", "inf"),  // inf
            (Double(bitPattern: 0x7e41eb2d66005835), "n", "ok", "1.5e+300"),  // 1.5e+300
            (Double(bitPattern: 0x3fe0000000000000), ".3", "ok", "0.5"),  // 0.5
            (Double(bitPattern: 0x3ff0000000000000), ".3", "ok", "1.0"),  // 1.0
            (Double(bitPattern: 0x3fd5555555555555), ".3", "ok", "0.333"),  // 0.3333333333333333
            (Double(bitPattern: 0xc05edd2f1a9fbe77), ".3", "ok", "-1.23e+02"),  // -123.456
            (Double.nan, ".3", "ok", "nan"),  // nan
            (Double(bitPattern: 0x3fc0000000000000), ".0", "ok", "0.1"),  // 0.125
            (Double(bitPattern: 0x8000000000000000), ".0", "ok", "-0e+00"),  // -0.0
            (Double(bitPattern: 0x4004000000000000), ".0", "ok", "2e+00"),  // 2.5
            (Double(bitPattern: 0xc05edd2f1a9fbe77), ".0", "ok", "-1e+02"),  // -123.456
            (Double(bitPattern: 0xbff8000000000000), ".0", "ok", "-2e+00"),  // -1.5
            (Double(bitPattern: 0x4341c37937e08000), ".1", "ok", "1e+16"),  // 1e+16
            (Double(bitPattern: 0x3fd8000000000000), ".1", "ok", "0.4"),  // 0.375
            (Double(bitPattern: 0x4005666666666666), ".1", "ok", "3e+00"),  // 2.675
            (Double(bitPattern: 0x3fc0000000000000), ".1", "ok", "0.1"),  // 0.125
            (Double(bitPattern: 0x4480f0cf064dd592), ".1", "ok", "1e+22"),  // 1e+22
            (Double(bitPattern: 0xbf1a36e2eb1c432d), ".17", "ok", "-0.0001"),  // -0.0001
            (Double(bitPattern: 0x0000000000000001), ".20f", "ok", "0.00000000000000000000"),  // 5e-324
            (Double(bitPattern: 0x3fb999999999999a), ".20f", "ok", "0.10000000000000000555"),  // 0.1
            (Double(bitPattern: 0x3fd5555555555555), ".20f", "ok", "0.33333333333333331483"),  // 0.3333333333333333
            (Double.infinity, ".20f", "ok", "inf"),  // inf
            (-Double.infinity, ".20f", "ok", "-inf"),  // -inf
            (Double(bitPattern: 0x4004000000000000), ".50e", "ok", "2.50000000000000000000000000000000000000000000000000e+00"),  // 2.5
            (Double(bitPattern: 0xc05edd2f1a9fbe77), ".50e", "ok", "-1.23456000000000003069544618483632802963256835937500e+02"),  // -123.456
            (Double(bitPattern: 0x4023fd70a3d70a3d), ".50e", "ok", "9.99499999999999921840299066388979554176330566406250e+00"),  // 9.995
            (Double.infinity, ".50e", "ok", "inf"),  // inf
            (Double.nan, ".50e", "ok", "nan"),  // nan
            (Double(bitPattern: 0x0000000000000000), "+.2f", "ok", "+0.00"),  // 0.0
            (Double(bitPattern: 0x3fd8000000000000), "+.2f", "ok", "+0.38"),  // 0.375
            (Double(bitPattern: 0x4004000000000000), "+.2f", "ok", "+2.50"),  // 2.5
            (Double(bitPattern: 0x4059000000000000), "+.2f", "ok", "+100.00"),  // 100.0
            (Double(bitPattern: 0xbff8000000000000), "+.2f", "ok", "-1.50"),  // -1.5
            (Double(bitPattern: 0x8000000000000000), " f", "ok", "-0.000000"),  // -0.0
            (Double(bitPattern: 0x3fc0000000000000), " f", "ok", " 0.125000"),  // 0.125
            (Double(bitPattern: 0x4004000000000000), " f", "ok", " 2.500000"),  // 2.5
            (Double(bitPattern: 0x3ee4f8b588e368f1), " f", "ok", " 0.000010"),  // 1e-05
            (Double(bitPattern: 0x7e41eb2d66005835), " f", "ok", " 1500000000000000078757140382806630373056702871662238732373781173267703686983362293679557062620671796065556665749325817265413784853040645863467188277180060474272580801389863705606745350692182135089053429852456199917621678558451461320111979114170213741868888183230085264257173504208294580298189100810240.000000"),  // 1.5e+300
            (Double(bitPattern: 0x0000000000000000), "z.2f", "ok", "0.00"),  // 0.0
            (Double(bitPattern: 0x3fc0000000000000), "z.2f", "ok", "0.12"),  // 0.125
            (Double(bitPattern: 0x3fb999999999999a), "z.2f", "ok", "0.10"),  // 0.1
            (Double(bitPattern: 0x4059000000000000), "z.2f", "ok", "100.00"),  // 100.0
            (Double(bitPattern: 0x40c81cd6c8b43958), "z.2f", "ok", "12345.68"),  // 12345.678
            (Double(bitPattern: 0x3fb999999999999a), "z", "ok", "0.1"),  // 0.1
            (Double(bitPattern: 0x8000000000000000), "z", "ok", "0.0"),  // -0.0
            (Double(bitPattern: 0x3ee4f8b588e368f1), "z", "ok", "1e-05"),  // 1e-05
            (Double(bitPattern: 0x4023fd70a3d70a3d), "z", "ok", "9.995"),  // 9.995
            (Double(bitPattern: 0xbff8000000000000), "z", "ok", "-1.5"),  // -1.5
            (Double(bitPattern: 0x3fd8000000000000), "010.2f", "ok", "0000000.38"),  // 0.375
            (Double(bitPattern: 0x8000000000000000), "010.2f", "ok", "-000000.00"),  // -0.0
            (Double(bitPattern: 0x4341c37937e08000), "010.2f", "ok", "10000000000000000.00"),  // 1e+16
            (Double(bitPattern: 0x4059000000000000), "010.2f", "ok", "0000100.00"),  // 100.0
            (Double(bitPattern: 0x7e41eb2d66005835), "010.2f", "ok", "1500000000000000078757140382806630373056702871662238732373781173267703686983362293679557062620671796065556665749325817265413784853040645863467188277180060474272580801389863705606745350692182135089053429852456199917621678558451461320111979114170213741868888183230085264257173504208294580298189100810240.00"),  // 1.5e+300
            (Double(bitPattern: 0x3fb999999999999a), "015,.2f", "ok", "0,000,000,000.10"),  // 0.1
            (Double(bitPattern: 0xc05edd2f1a9fbe77), "015,.2f", "ok", "-000,000,123.46"),  // -123.456
            (Double(bitPattern: 0x3ee4f8b588e368f1), "015,.2f", "ok", "0,000,000,000.00"),  // 1e-05
            (Double.infinity, "015,.2f", "ok", "000000000000inf"),  // inf
            (Double(bitPattern: 0x4480f0cf064dd592), "015,.2f", "ok", "10,000,000,000,000,000,000,000.00"),  // 1e+22
            (Double(bitPattern: 0x3fe0000000000000), "_", "ok", "0.5"),  // 0.5
            (Double(bitPattern: 0x4005666666666666), "_", "ok", "2.675"),  // 2.675
            (Double(bitPattern: 0x4023fd70a3d70a3d), "_", "ok", "9.995"),  // 9.995
            (Double(bitPattern: 0x419d6f3454000000), "_", "ok", "123_456_789.0"),  // 123456789.0
            (Double(bitPattern: 0x7e41eb2d66005835), "_", "ok", "1.5e+300"),  // 1.5e+300
            (Double(bitPattern: 0x3fb999999999999a), "+,", "ok", "+0.1"),  // 0.1
            (Double(bitPattern: 0xc05edd2f1a9fbe77), "+,", "ok", "-123.456"),  // -123.456
            (Double(bitPattern: 0x3ee4f8b588e368f1), "+,", "ok", "+1e-05"),  // 1e-05
            (Double.nan, "+,", "ok", "+nan"),  // nan
            (Double(bitPattern: 0xbff8000000000000), "+,", "ok", "-1.5"),  // -1.5
            (Double(bitPattern: 0x0000000000000001), "<12.3f", "ok", "0.000       "),  // 5e-324
            (Double(bitPattern: 0xc05edd2f1a9fbe77), "<12.3f", "ok", "-123.456    "),  // -123.456
            (-Double.infinity, "<12.3f", "ok", "-inf        "),  // -inf
            (Double(bitPattern: 0x40c81cd6c8b43958), "<12.3f", "ok", "12345.678   "),  // 12345.678
            (Double(bitPattern: 0xbff8000000000000), "<12.3f", "ok", "-1.500      "),  // -1.5
            (Double(bitPattern: 0x3fc0000000000000), "^+12.2e", "ok", " +1.25e-01  "),  // 0.125
            (Double(bitPattern: 0x4023fd70a3d70a3d), "^+12.2e", "ok", " +9.99e+00  "),  // 9.995
            (Double.infinity, "^+12.2e", "ok", "    +inf    "),  // inf
            (Double(bitPattern: 0x4480f0cf064dd592), "^+12.2e", "ok", " +1.00e+22  "),  // 1e+22
            (Double.nan, "^+12.2e", "ok", "    +nan    "),  // nan
            (Double(bitPattern: 0x54b249ad2594c37d), "*>15g", "ok", "*********1e+100"),  // 1e+100
            (Double(bitPattern: 0xbf1a36e2eb1c432d), "*>15g", "ok", "********-0.0001"),  // -0.0001
            (Double(bitPattern: 0x8000000000000000), "=10.1f", "ok", "-      0.0"),  // -0.0
            (Double(bitPattern: 0x3fc0000000000000), "=10.1f", "ok", "       0.1"),  // 0.125
            (Double(bitPattern: 0x3fb999999999999a), "=10.1f", "ok", "       0.1"),  // 0.1
            (Double.infinity, "=10.1f", "ok", "       inf"),  // inf
            (Double(bitPattern: 0xbff8000000000000), "=10.1f", "ok", "-      1.5"),  // -1.5
            (Double(bitPattern: 0x4341c37937e08000), "#", "ok", "1.e+16"),  // 1e+16
            (Double(bitPattern: 0x4005666666666666), "#", "ok", "2.675"),  // 2.675
            (Double(bitPattern: 0x4004000000000000), "#", "ok", "2.5"),  // 2.5
            (Double(bitPattern: 0x419d6f3454000000), "#", "ok", "123456789.0"),  // 123456789.0
            (Double.nan, "#", "ok", "nan"),  // nan
            (Double(bitPattern: 0x4004000000000000), "x", "ValueError", "Unknown format code 'x' for object of type 'float'"),  // 2.5
            (Double(bitPattern: 0x4480f0cf064dd592), "x", "ValueError", "Unknown format code 'x' for object of type 'float'"),  // 1e+22
            (Double.nan, "x", "ValueError", "Unknown format code 'x' for object of type 'float'"),  // nan
            (Double(bitPattern: 0x7e41eb2d66005835), "x", "ValueError", "Unknown format code 'x' for object of type 'float'"),  // 1.5e+300
            (Double(bitPattern: 0xbff8000000000000), "x", "ValueError", "Unknown format code 'x' for object of type 'float'"),  // -1.5
            (Double(bitPattern: 0x8000000000000000), "d", "ValueError", "Unknown format code 'd' for object of type 'float'"),  // -0.0
            (Double(bitPattern: 0x40c81cd6c8b43958), "d", "ValueError", "Unknown format code 'd' for object of type 'float'"),  // 12345.678
            (-Double.infinity, "d", "ValueError", "Unknown format code 'd' for object of type 'float'"),  // -inf
            (Double(bitPattern: 0x3ee4f8b588e368f1), "d", "ValueError", "Unknown format code 'd' for object of type 'float'"),  // 1e-05
            (Double(bitPattern: 0x3fc0000000000000), ",.2f", "ok", "0.12"),  // 0.125
            (Double(bitPattern: 0x3fb999999999999a), ",.2f", "ok", "0.10"),  // 0.1
            (Double(bitPattern: 0x4004000000000000), ",.2f", "ok", "2.50"),  // 2.5
            (Double(bitPattern: 0x4480f0cf064dd592), ",.2f", "ok", "10,000,000,000,000,000,000,000.00"),  // 1e+22
            (Double(bitPattern: 0x7e41eb2d66005835), ",.2f", "ok", "1,500,000,000,000,000,078,757,140,382,806,630,373,056,702,871,662,238,732,373,781,173,267,703,686,983,362,293,679,557,062,620,671,796,065,556,665,749,325,817,265,413,784,853,040,645,863,467,188,277,180,060,474,272,580,801,389,863,705,606,745,350,692,182,135,089,053,429,852,456,199,917,621,678,558,451,461,320,111,979,114,170,213,741,868,888,183,230,085,264,257,173,504,208,294,580,298,189,100,810,240.00"),  // 1.5e+300
            (Double(bitPattern: 0x3fd5555555555555), ".30f", "ok", "0.333333333333333314829616256247"),  // 0.3333333333333333
            (Double(bitPattern: 0x3ff0000000000000), ".30f", "ok", "1.000000000000000000000000000000"),  // 1.0
            (Double(bitPattern: 0x0000000000000001), ".30f", "ok", "0.000000000000000000000000000000"),  // 5e-324
            (Double(bitPattern: 0x3ee4f8b588e368f1), ".30f", "ok", "0.000010000000000000000818030539"),  // 1e-05
            (Double(bitPattern: 0x4023fd70a3d70a3d), ".30f", "ok", "9.994999999999999218402990663890"),  // 9.995
            (Double(bitPattern: 0x8000000000000000), "#.3", "ok", "-0.00"),  // -0.0
            (Double(bitPattern: 0x4023fd70a3d70a3d), "#.3", "ok", "9.99"),  // 9.995
            (Double(bitPattern: 0x4480f0cf064dd592), "#.3", "ok", "1.00e+22"),  // 1e+22
            (Double.nan, "#.3", "ok", "nan"),  // nan
            (Double(bitPattern: 0x7e41eb2d66005835), "#.3", "ok", "1.50e+300"),  // 1.5e+300
            (Double(bitPattern: 0x3fe0000000000000), "#10.4g", "ok", "    0.5000"),  // 0.5
            (Double(bitPattern: 0x3ff0000000000000), "#10.4g", "ok", "     1.000"),  // 1.0
            (Double.infinity, "#10.4g", "ok", "       inf"),  // inf
            (Double(bitPattern: 0x4480f0cf064dd592), "#10.4g", "ok", " 1.000e+22"),  // 1e+22
            (Double(bitPattern: 0x419d6f3454000000), "#10.4g", "ok", " 1.235e+08"),  // 123456789.0
            (Double(bitPattern: 0xc05edd2f1a9fbe77), ".100f", "ok", "-123.4560000000000030695446184836328029632568359375000000000000000000000000000000000000000000000000000000"),  // -123.456
            (Double(bitPattern: 0x3ee4f8b588e368f1), ".100f", "ok", "0.0000100000000000000008180305391403130954586231382563710212707519531250000000000000000000000000000000"),  // 1e-05
            (Double(bitPattern: 0x4023fd70a3d70a3d), ".100f", "ok", "9.9949999999999992184029906638897955417633056640625000000000000000000000000000000000000000000000000000"),  // 9.995
            (Double.infinity, ".100f", "ok", "inf"),  // inf
            (Double(bitPattern: 0x7e41eb2d66005835), ".100f", "ok", "1500000000000000078757140382806630373056702871662238732373781173267703686983362293679557062620671796065556665749325817265413784853040645863467188277180060474272580801389863705606745350692182135089053429852456199917621678558451461320111979114170213741868888183230085264257173504208294580298189100810240.0000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000"),  // 1.5e+300
            (Double(bitPattern: 0x3fe0000000000000), "F", "ok", "0.500000"),  // 0.5
            (Double(bitPattern: 0x3ff0000000000000), "F", "ok", "1.000000"),  // 1.0
            (Double(bitPattern: 0x3fd5555555555555), "F", "ok", "0.333333"),  // 0.3333333333333333
            (Double(bitPattern: 0xc05edd2f1a9fbe77), "F", "ok", "-123.456000"),  // -123.456
            (Double.nan, "F", "ok", "NAN"),  // nan
            (Double(bitPattern: 0x3fc0000000000000), ".2F", "ok", "0.12"),  // 0.125
            (Double(bitPattern: 0x8000000000000000), ".2F", "ok", "-0.00"),  // -0.0
            (Double(bitPattern: 0x4004000000000000), ".2F", "ok", "2.50"),  // 2.5
            (Double(bitPattern: 0xc05edd2f1a9fbe77), ".2F", "ok", "-123.46"),  // -123.456
            (Double(bitPattern: 0xbff8000000000000), ".2F", "ok", "-1.50"),  // -1.5
            (Double(bitPattern: 0x4341c37937e08000), "z.0f", "ok", "10000000000000000"),  // 1e+16
            (Double(bitPattern: 0x3fd8000000000000), "z.0f", "ok", "0"),  // 0.375
            (Double(bitPattern: 0x4005666666666666), "z.0f", "ok", "3"),  // 2.675
            (Double(bitPattern: 0x3fc0000000000000), "z.0f", "ok", "0"),  // 0.125
            (Double(bitPattern: 0x4480f0cf064dd592), "z.0f", "ok", "10000000000000000000000"),  // 1e+22
        ]
        for (value, spec, kind, text) in cases {
            assertPyResult({ try PyFormat.format(value, spec: spec) }, (kind, text), "format(\(value), \"\(spec)\")")
        }
    }

    func testRandomValuesAreCorrectlyRounded() {
        let cases: [(Double, String, String, String)] = [
            (Double(bitPattern: 0xc085d269c89a5a60), ".20e", "ok", "-6.98301652150996233104e+02"),
            (Double(bitPattern: 0xd23f0824128b2f33), ".17e", "ok", "-1.54328354173405574e+88"),
            (Double(bitPattern: 0x9531985d5d9dc9f8), ".1g", "ok", "-1e-206"),
            (Double(bitPattern: 0xc089e0d8217cb569), ".13e", "ok", "-8.2810553262166e+02"),
            (Double(bitPattern: 0x1738f7d93d9c1724), ".17f", "ok", "0.00000000000000000"),
            (Double(bitPattern: 0xd3ac94af0f21ddb6), ".18e", "ok", "-1.192347854262199230e+95"),
            (Double(bitPattern: 0x40705407806dbb9c), ".18e", "ok", "2.612518314634742183e+02"),
            (Double(bitPattern: 0x95e60af593bd04cf), ".12e", "ok", "-3.515279706267e-203"),
            (Double(bitPattern: 0x3898d190f9ebdacc), ".1g", "ok", "5e-36"),
            (Double(bitPattern: 0xc07a4c80b9f3719e), ".4g", "ok", "-420.8"),
            (Double(bitPattern: 0x922766581e27a1c0), ".9g", "ok", "-3.23671908e-221"),
            (Double(bitPattern: 0xae97ba94d0eda82f), ".5e", "ok", "-3.05364e-84"),
            (Double(bitPattern: 0x40715d3b232f7bec), ".11e", "ok", "2.77826937852e+02"),
            (Double(bitPattern: 0xb64ce4228c38fb29), ".2g", "ok", "-4e-47"),
            (Double(bitPattern: 0x9e7769b10f4205b4), ".6f", "ok", "-0.000000"),
            (Double(bitPattern: 0xc0621a17a9f62b78), ".10f", "ok", "-144.8153886612"),
            (Double(bitPattern: 0xec66a78795e761d1), ".14e", "ok", "-1.52531570123240e+214"),
            (Double(bitPattern: 0x3f98e2774cbd87ad), ".25e", "ok", "2.4301399287089676254369763e-02"),
            (Double(bitPattern: 0xc07ffce96258947b), ".18f", "ok", "-511.806978555694229271"),
            (Double(bitPattern: 0x7ebff20686734721), ".10g", "ok", "3.422978399e+302"),
            (Double(bitPattern: 0x49b64a0872e6cc3a), ".19e", "ok", "1.2724878810007586268e+47"),
            (Double(bitPattern: 0xc0647823b0184da0), ".24f", "ok", "-163.754356429545623541343957"),
            (Double(bitPattern: 0xeeeacbe226e87555), ".15e", "ok", "-1.983734425005081e+226"),
            (Double(bitPattern: 0xf646e1f40a097c97), ".21e", "ok", "-5.629271400715246960820e+261"),
            (Double(bitPattern: 0x406241a90168c0d8), ".10f", "ok", "146.0518805548"),
            (Double(bitPattern: 0x59a54a7bb1fee08f), ".19e", "ok", "7.0372547696645246676e+123"),
            (Double(bitPattern: 0xcc011cdd9474031b), ".14e", "ok", "-1.34273138301832e+58"),
            (Double(bitPattern: 0x408bcae5c3fbe0e8), ".15g", "ok", "889.362190215875"),
            (Double(bitPattern: 0x10a3d6b2aa05e11a), ".1g", "ok", "2e-228"),
            (Double(bitPattern: 0x4f426dcbb394fb36), ".20g", "ok", "6.5122058598344157341e+73"),
            (Double(bitPattern: 0x40841ecbed0b4812), ".9g", "ok", "643.849573"),
            (Double(bitPattern: 0xe315128862c33a4f), ".21e", "ok", "-1.988160539490106375679e+169"),
            (Double(bitPattern: 0xf0ce583505c6af07), ".14e", "ok", "-2.41205641951732e+235"),
            (Double(bitPattern: 0xc087ee77a0349d30), ".1e", "ok", "-7.7e+02"),
            (Double(bitPattern: 0x49952399c4aaeac1), ".4g", "ok", "3.017e+46"),
            (Double(bitPattern: 0x65dc9f503f63af83), ".12e", "ok", "4.750750204751e+182"),
            (Double(bitPattern: 0xc05968033ee5b130), ".17f", "ok", "-101.62519810133812825"),
            (Double(bitPattern: 0x230d977ee2257159), ".13g", "ok", "7.765387138514e-140"),
            (Double(bitPattern: 0xb4d66a3a47469a4d), ".13f", "ok", "-0.0000000000000"),
            (Double(bitPattern: 0xc06de3c1bc922680), ".7e", "ok", "-2.3911740e+02"),
            (Double(bitPattern: 0x2d1c9af0153e7c2a), ".4e", "ok", "2.1942e-91"),
            (Double(bitPattern: 0x3bbbe9eaa8948c89), ".0f", "ok", "0"),
            (Double(bitPattern: 0xc083da83969281bc), ".9e", "ok", "-6.353142520e+02"),
            (Double(bitPattern: 0x6b4013ef254b0c4e), ".17e", "ok", "4.12948094523341309e+208"),
            (Double(bitPattern: 0x90fbbd119c1caaf7), ".10e", "ok", "-7.3182464782e-227"),
            (Double(bitPattern: 0x403efb9d1d8e5500), ".19g", "ok", "30.98286614155676943"),
            (Double(bitPattern: 0xbd628881ad1b72db), ".1f", "ok", "-0.0"),
            (Double(bitPattern: 0xdef88334e647cb8f), ".24g", "ok", "-3.13433875641755444155593e+149"),
            (Double(bitPattern: 0xc06ae7bffd4f716c), ".12f", "ok", "-215.242186217463"),
            (Double(bitPattern: 0x7b45145c1a81682c), ".20e", "ok", "6.26912362207761790136e+285"),
            (Double(bitPattern: 0x30cbc97d0fef7928), ".2e", "ok", "1.23e-73"),
            (Double(bitPattern: 0xc0886125a9a7e488), ".19e", "ok", "-7.8014338999906703975e+02"),
            (Double(bitPattern: 0x000f49c81a358ca0), ".18e", "ok", "2.126087216099328810e-308"),
            (Double(bitPattern: 0x19f9919c895fd7b3), ".11g", "ok", "1.5043639291e-183"),
            (Double(bitPattern: 0x408765516aefe7c6), ".19f", "ok", "748.6647547476393356192"),
            (Double(bitPattern: 0xa268aa872607679d), ".8f", "ok", "-0.00000000"),
            (Double(bitPattern: 0x5d39d0a89a2ef80f), ".15e", "ok", "1.229677820942734e+141"),
            (Double(bitPattern: 0xc037dd275db96d20), ".14f", "ok", "-23.86388192917832"),
            (Double(bitPattern: 0x4fd58dbe7bdc968b), ".2e", "ok", "3.90e+76"),
            (Double(bitPattern: 0xbfeaa1551a28f7b3), ".10g", "ok", "-0.8321939002"),
            (Double(bitPattern: 0x40848dafa0f81d10), ".5g", "ok", "657.71"),
            (Double(bitPattern: 0x3488f87605e999f3), ".16f", "ok", "0.0000000000000000"),
            (Double(bitPattern: 0xb0a844e52587be6b), ".17e", "ok", "-2.68278046662704756e-74"),
            (Double(bitPattern: 0xc0793d2141b5febe), ".20e", "ok", "-4.03820619307440097145e+02"),
            (Double(bitPattern: 0xd86f40f6b239f3c7), ".8g", "ok", "-9.8516881e+117"),
            (Double(bitPattern: 0xe883a1d45de00997), ".5e", "ok", "-2.86626e+195"),
            (Double(bitPattern: 0x40504bd3ae5912f0), ".24g", "ok", "65.1847949857581170363119"),
            (Double(bitPattern: 0xa2eddbbd5464ecc2), ".7g", "ok", "-1.958835e-140"),
            (Double(bitPattern: 0xc9d488b1cfbf3360), ".24e", "ok", "-4.689128253227445235034251e+47"),
            (Double(bitPattern: 0x4083e553bc615e64), ".23e", "ok", "6.36665886650746415398316e+02"),
            (Double(bitPattern: 0x8483f8b8332dd331), ".15f", "ok", "-0.000000000000000"),
            (Double(bitPattern: 0x076b3e36bb2313f5), ".0f", "ok", "0"),
            (Double(bitPattern: 0xc08325ae4d16f4c6), ".19f", "ok", "-612.7101079743813443201"),
            (Double(bitPattern: 0xcefe2a1f727d8349), ".23e", "ok", "-3.33100831909360312377728e+72"),
            (Double(bitPattern: 0xf979d04af47aebdd), ".11e", "ok", "-1.42996477652e+277"),
            (Double(bitPattern: 0xc08112777e63d70e), ".6f", "ok", "-546.308347"),
            (Double(bitPattern: 0x7b8f2ab53451d013), ".19g", "ok", "1.483059181299333683e+287"),
            (Double(bitPattern: 0x007d1034d726c86b), ".15g", "ok", "2.58672012191097e-306"),
            (Double(bitPattern: 0x4071e44254b31d28), ".21e", "ok", "2.862661940571438208281e+02"),
            (Double(bitPattern: 0x63771407e8e72789), ".25g", "ok", "1.39354291325639487087959e+171"),
            (Double(bitPattern: 0x330698a1c0093492), ".15e", "ok", "6.866045435954182e-63"),
            (Double(bitPattern: 0x4070faf37a72119c), ".2g", "ok", "2.7e+02"),
            (Double(bitPattern: 0x7691b06f6555abfe), ".12g", "ok", "1.39252953177e+263"),
            (Double(bitPattern: 0x15bd448ff26149ed), ".23e", "ok", "5.83436164448115698720271e-204"),
            (Double(bitPattern: 0xc0874f62d8f8e6fd), ".4g", "ok", "-745.9"),
            (Double(bitPattern: 0x77216e9ee7a46309), ".25g", "ok", "7.026130324622278395744598e+265"),
            (Double(bitPattern: 0x9c9011ef256badf9), ".19f", "ok", "-0.0000000000000000000"),
            (Double(bitPattern: 0xc072b2f5a91059b0), ".17g", "ok", "-299.18497568499424"),
            (Double(bitPattern: 0x057a40b22188287e), ".0g", "ok", "3e-282"),
            (Double(bitPattern: 0x1a4f44f9a6511445), ".16g", "ok", "5.887252423027606e-182"),
        ]
        for (value, spec, kind, text) in cases {
            assertPyResult({ try PyFormat.format(value, spec: spec) }, (kind, text), "format(\(value), \"\(spec)\")")
        }
    }

}
