import XCTest
@testable import Runtime

/// One big-integer operation cannot outlast the wall limit: operations
/// estimated to take longer than the time left end the run with the wall
/// limit before they start, and `str()` of a huge int fails at once with
/// CPython's 4300-digit error instead of converting first.
final class BigIntegerWorkTests: XCTestCase {
    private func run(_ source: String, wallMillis: Int = 2_000) -> (trace: Trace, seconds: Double) {
        var limits = RunLimits.defaults
        limits.wallMillis = wallMillis
        let started = Date()
        guard case .success(let trace) = ScenarioRunner.run(Scenario(source: source, limits: limits,
                                                                     recordEvents: false)) else {
            XCTFail("did not compile")
            return (Trace(), 0)
        }
        return (trace, Date().timeIntervalSince(started))
    }

    func testHugePowersAndProductsEndWithTheWallLimitAtOnce() {
        for source in ["x = 10**10**8", "x = 10**10**7", "x = 7**(10**7)",
                       "x = (1 << 40_000_000) - 1\ny = x * x",
                       "x = pow(3, (1 << 200_000) + 1, (1 << 200_000) - 3)"] {
            let (trace, seconds) = run(source)
            XCTAssertEqual(trace.limit?.name, "wall", "\(source): \(trace.status) \(trace.diagnostics)")
            // Refused before the work: far less than the 2 s wall budget.
            XCTAssertLessThan(seconds, 1.5, source)
        }
    }

    func testOperationsThatFitTheBudgetStillRun() {
        let (trace, _) = run("x = 10**100_000\ny = (x * x) % 1_000_007\nprint(y, len(bin(x)))", wallMillis: 20_000)
        XCTAssertEqual(trace.status, .completed, trace.diagnostics)
        XCTAssertFalse(trace.stdout.isEmpty)
        // On BIGNUM these take well under a second each; the cost model
        // (fitted to the slower portable library) refused the first.
        let (bignum, _) = run("""
        import math
        x = 10**10**6
        print(x.bit_length(), math.factorial(100_000).bit_length(), math.comb(200_000, 70_000) % 1_000_003)
        """, wallMillis: 20_000)
        XCTAssertEqual(bignum.status, .completed, bignum.diagnostics)
        XCTAssertEqual(bignum.stdout, "3321929 1516705 \(Self.comb200kMod)\n")
    }

    /// `math.comb(200_000, 70_000) % 1_000_003`, printed by CPython 3.11.
    static let comb200kMod = "686189"

    func testStrOfAHugeIntFailsBeforeConverting() {
        let (trace, seconds) = run("""
        try:
            print(1 << 4_000_000)
        except ValueError as e:
            print(e)
        """)
        XCTAssertEqual(trace.stdout, "Exceeds the limit (4300 digits) for integer string conversion; "
                       + "use sys.set_int_max_str_digits() to increase the limit\n")
        XCTAssertLessThan(seconds, 1.0)
        // A number just at the limit still converts.
        let (exact, _) = run("print(len(str(10**4299)))")
        XCTAssertEqual(exact.stdout, "4300\n")
    }
}
