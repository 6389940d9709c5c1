import BigInt
import XCTest
@testable import Runtime

/// Sequences produced by CPython 3.11's `random.Random(seed)`; the Python
/// call is in each comment.
final class MersenneTwisterTests: XCTestCase {
    func testRandomFloatsForIntSeeds() {
        let cases: [(BigInt, [String])] = [
            (0, ["0.8444218515250481", "0.7579544029403025", "0.420571580830845", "0.25891675029296335", "0.5112747213686085"]),  // [Random(0).random() for _ in range(5)]
            (1, ["0.13436424411240122", "0.8474337369372327", "0.763774618976614", "0.2550690257394217", "0.49543508709194095"]),  // [Random(1).random() for _ in range(5)]
            (42, ["0.6394267984578837", "0.025010755222666936", "0.27502931836911926", "0.22321073814882275", "0.7364712141640124"]),  // [Random(42).random() for _ in range(5)]
            (-42, ["0.6394267984578837", "0.025010755222666936", "0.27502931836911926", "0.22321073814882275", "0.7364712141640124"]),  // [Random(-42).random() for _ in range(5)]
            (4294967296, ["0.11299430095636409", "0.41782886486292836", "0.0166763664992291", "0.6117214625782752", "0.8056470212514185"]),  // [Random(4294967296).random() for _ in range(5)]
            (BigInt("1267650600228229401496703217721", radix: 10) ?? 0, ["0.44487310994347073", "0.30211940106972124", "0.6943236571773822", "0.0019484605332742433", "0.1555483822420366"]),  // [Random(1267650600228229401496703217721).random() for _ in range(5)]
            (123456789, ["0.6414006161858726", "0.5421892680969495", "0.9931750662832721", "0.8432521366869166", "0.8117339283379406"]),  // [Random(123456789).random() for _ in range(5)]
        ]
        for (seed, expected) in cases {
            var rng = MersenneTwister(seed: seed)
            XCTAssertEqual((0..<expected.count).map { _ in FloatRepr.repr(rng.random()) }, expected, "seed \(seed)")
        }
    }

    func testGetrandbitsAnyWidth() throws {
        // r = Random(7); [r.getrandbits(k) for k in [0, 1, 5, 31, 32, 33, 64, 65, 100, 200]]
        var rng = MersenneTwister(seed: 7)
        let widths = [0, 1, 5, 31, 32, 33, 64, 65, 100, 200]
        let expected = ["0", "0", "30", "323946139", "1695753998", "2795742288", "15149836622520594227", "1736392818365009963", "705899481539170583961540859997", "383341695470412283198211750671962654627784356881255630271948"]
        XCTAssertEqual(try widths.map { try rng.getrandbits($0).description }, expected)
        XCTAssertThrowsError(try rng.getrandbits(-1)) { error in
            XCTAssertEqual(error as? PyFailure, .value("number of bits must be non-negative"))
        }
    }

    func testRandrange() throws {
        // r = Random(2023); calls repeated three times
        var rng = MersenneTwister(seed: 2023)
        let calls: [(BigInt, BigInt?, BigInt)] = [(10, nil, 1), (0, 10, 1), (-5, 5, 1), (0, 100, 7), (100, 0, -3), (0, BigInt("1180591620717411303424", radix: 10) ?? 0, 1), (1, BigInt("18446744073709551617", radix: 10) ?? 0, 1), (BigInt("1000000000000000000000000000000", radix: 10) ?? 0, BigInt("1000000000000000000000000000005", radix: 10) ?? 0, 1), (3, nil, 1), (0, 1, 1), (5, 6, 1)]
        let expected = ["6", "7", "1", "35", "37", "712985673814095860614", "9732429551185083540", "1000000000000000000000000000001", "0", "0", "5", "3", "5", "-4", "63", "76", "354174094478857872460", "9807864263957158376", "1000000000000000000000000000004", "0", "0", "5", "7", "0", "-4", "63", "55", "255349933293593842209", "1355292364565172765", "1000000000000000000000000000001", "1", "0", "5"]
        var got: [String] = []
        for _ in 0..<3 {
            for (start, stop, step) in calls { got.append(try rng.randrange(start, stop, step: step).description) }
        }
        XCTAssertEqual(got, expected)
    }

    func testRandint() throws {
        // r = Random(99); [r.randint(1, 6) for _ in range(30)]
        var rng = MersenneTwister(seed: 99)
        XCTAssertEqual(try (0..<30).map { _ in try rng.randint(1, 6) }, [4, 4, 2, 5, 2, 2, 2, 2, 1, 3, 6, 4, 5, 6, 6, 5, 1, 5, 4, 2, 4, 6, 5, 5, 2, 3, 4, 6, 2, 2])
    }

    func testRandrangeErrors() {
        let cases: [(BigInt, BigInt?, BigInt, String)] = [
            (0, nil, 1, "empty range for randrange()"),
            (5, 5, 1, "empty range for randrange() (5, 5, 0)"),
            (5, 1, 1, "empty range for randrange() (5, 1, -4)"),
            (0, 10, 0, "zero step for randrange()"),
            (0, -10, 2, "empty range for randrange()"),
        ]
        var rng = MersenneTwister(seed: 1)
        for (start, stop, step, message) in cases {
            XCTAssertThrowsError(try rng.randrange(start, stop, step: step)) { error in
                XCTAssertEqual(error as? PyFailure, .value(message))
            }
        }
    }

    func testChoiceAndShuffle() throws {
        // r = Random(12345); [r.choice(range(10)) for _ in range(20)], [r.choice(range(1000)) for _ in range(5)]
        var rng = MersenneTwister(seed: 12345)
        XCTAssertEqual(try (0..<20).map { _ in try rng.choiceIndex(count: 10) }, [6, 0, 4, 5, 3, 4, 9, 6, 2, 5, 1, 6, 4, 8, 2, 9, 8, 2, 5, 1])
        XCTAssertEqual(try (0..<5).map { _ in try rng.choiceIndex(count: 1000) }, [543, 753, 422, 599, 516])
        // l = list(range(20)); r.shuffle(l)
        var items = Array(0..<20)
        rng.shuffle(&items)
        XCTAssertEqual(items, [16, 9, 3, 18, 1, 10, 8, 15, 11, 12, 7, 0, 14, 19, 13, 17, 2, 6, 4, 5])
        XCTAssertThrowsError(try rng.choiceIndex(count: 0)) { error in
            XCTAssertEqual(error as? PyFailure, PyFailure(.indexError, "Cannot choose from an empty sequence"))
        }
    }

    func testSampleUsesBothAlgorithms() throws {
        // r = Random(31337); r.sample(range(10), 5); r.sample(range(1000), 10); r.sample(range(30), 6);
        // r.sample(range(100), 3); r.sample('abc', 2, counts=[3, 1, 2]); r.sample(range(10**6), 4)
        var rng = MersenneTwister(seed: 31337)
        XCTAssertEqual(try rng.sampleIndices(populationSize: 10, k: 5), [8, 2, 4, 7, 0])
        XCTAssertEqual(try rng.sampleIndices(populationSize: 1000, k: 10), [208, 846, 184, 322, 109, 568, 435, 930, 601, 918])
        XCTAssertEqual(try rng.sampleIndices(populationSize: 30, k: 6), [28, 10, 23, 29, 4, 0])
        XCTAssertEqual(try rng.sampleIndices(populationSize: 100, k: 3), [10, 35, 71])
        XCTAssertEqual(try rng.sampleIndices(counts: [3, 1, 2], populationSize: 3, k: 2), [1, 0])
        XCTAssertEqual(try rng.sampleIndices(populationSize: 1_000_000, k: 4), [884902, 14462, 723146, 163070])
        XCTAssertThrowsError(try rng.sampleIndices(populationSize: 3, k: 5)) { error in
            XCTAssertEqual(error as? PyFailure, .value("Sample larger than population or is negative"))
        }
    }

    func testChoices() throws {
        // r = Random(4242); r.choices(range(7), k=10); r.choices(range(4), [1, 2, 3, 4], k=10);
        // r.choices(range(3), cum_weights=[0.5, 0.6, 3.0], k=10)
        var rng = MersenneTwister(seed: 4242)
        XCTAssertEqual(try rng.choicesIndices(populationSize: 7, k: 10), [6, 2, 0, 2, 2, 1, 3, 5, 1, 4])
        let cumulative = MersenneTwister.accumulate([1, 2, 3, 4])
        XCTAssertEqual(try rng.choicesIndices(cumulativeWeights: cumulative, populationSize: 4, k: 10), [3, 1, 1, 1, 2, 1, 1, 3, 3, 1])
        XCTAssertEqual(try rng.choicesIndices(cumulativeWeights: [0.5, 0.6, 3.0], populationSize: 3, k: 10), [2, 2, 2, 2, 1, 2, 2, 2, 2, 2])
        XCTAssertThrowsError(try rng.choicesIndices(cumulativeWeights: [0, 0], populationSize: 2, k: 1)) { error in
            XCTAssertEqual(error as? PyFailure, .value("Total of weights must be greater than zero"))
        }
        XCTAssertThrowsError(try rng.choicesIndices(cumulativeWeights: [1], populationSize: 2, k: 1)) { error in
            XCTAssertEqual(error as? PyFailure, .value("The number of weights does not match the population"))
        }
    }

    func testDistributionsAndGaussCache() throws {
        // r = Random(77); gauss x5, uniform(1.5, 4.5) x3, normalvariate(10, 2) x3, expovariate(1.5) x3,
        // triangular(0, 10, 3) x3, gauss(5, 2); r.seed(77); r.gauss(); list(r.randbytes(7))
        var rng = MersenneTwister(seed: 77)
        XCTAssertEqual((0..<5).map { _ in FloatRepr.repr(rng.gauss(mu: 0, sigma: 1)) }, ["0.26974764351823677", "-0.8461725947346109", "0.11101113504367142", "1.8563069469056273", "0.8527990751683096"])
        XCTAssertEqual((0..<3).map { _ in FloatRepr.repr(rng.uniform(1.5, 4.5)) }, ["3.1736841872267116", "3.333999199520287", "1.936414395776931"])
        XCTAssertEqual((0..<3).map { _ in FloatRepr.repr(rng.normalvariate(mu: 10, sigma: 2)) }, ["10.897651512643684", "12.182203805286779", "11.409554499586182"])
        XCTAssertEqual(try (0..<3).map { _ in FloatRepr.repr(try rng.expovariate(1.5)) }, ["0.2585631143827063", "0.060812766340086005", "1.0055484516257602"])
        XCTAssertEqual((0..<3).map { _ in FloatRepr.repr(rng.triangular(low: 0, high: 10, mode: 3)) }, ["4.288413408794108", "2.479775860299144", "2.3980487983120726"])
        XCTAssertEqual(FloatRepr.repr(rng.gauss(mu: 5, sigma: 2)), "6.504878537248697")
        rng.seed(77)  // reseeding drops the cached gauss value
        XCTAssertEqual(FloatRepr.repr(rng.gauss()), "0.26974764351823677")
        XCTAssertEqual(try rng.randbytes(7), [172, 251, 144, 61, 250, 112, 49])
    }

    func testStringAndBytesSeedsUseSHA512() {
        var rng = MersenneTwister(seed: 0)
        rng.seed(string: "hello")
        XCTAssertEqual(FloatRepr.repr(rng.random()), "0.3537754404730722")  // Random('hello').random()
        rng.seed(string: String(repeating: "héllo wörld", count: 20))
        XCTAssertEqual(FloatRepr.repr(rng.random()), "0.09809670350515387")  // Random('héllo wörld' * 20).random()
        rng.seed(bytes: [0, 255])
        XCTAssertEqual(FloatRepr.repr(rng.random()), "0.09579186693672392")  // Random(b'\x00\xff').random()
        // hashlib.sha512(b'abc').hexdigest()
        let digest = SHA512.hash(Array("abc".utf8)).map { String($0, radix: 16) }.map { $0.count == 1 ? "0" + $0 : $0 }.joined()
        XCTAssertEqual(digest, "ddaf35a193617abacc417349ae20413112e6fa4e89a97ea20a9eeee64b55d39a2192992a274fc1a836ba3c23a3feebbd454d4423643ce80e2a9ac94fa54ca49f")
        let long = SHA512.hash([UInt8](repeating: 97, count: 1000)).map { String($0, radix: 16) }.map { $0.count == 1 ? "0" + $0 : $0 }.joined()
        XCTAssertEqual(long, "67ba5535a46e3f86dbfbed8cbbaf0125c76ed549ff8b0b9e03e0c88cf90fa634fa7b12b47d77b694de488ace8d9a65967dc96df599727d3292a8d9d447709c97")  // hashlib.sha512(b'a' * 1000)
    }

    func testCopyingIsGetstateSetstate() {
        var rng = MersenneTwister(seed: 5)
        _ = rng.random()
        let saved = rng
        let first = rng.random()
        rng = saved
        XCTAssertEqual(rng.random(), first)
    }
}

/// Guards on inputs CPython's callers never produce.
final class MersenneTwisterGuardTests: XCTestCase {
    func testNonPositiveBoundsAreRefusedNotLooped() {
        var rng = MersenneTwister(seed: 1)
        XCTAssertThrowsError(try rng.randbelow(0))
        XCTAssertThrowsError(try rng.randbelow(-5))
        XCTAssertThrowsError(try rng.randbelow(BigInt(0)))
        XCTAssertThrowsError(try rng.getrandbits64(65))
        XCTAssertEqual(try rng.randbelow(1), 0)
    }
}
