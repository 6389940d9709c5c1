import XCTest
@testable import Runtime

/// One native operation that grows the heap past the memory limit ends the
/// run in the middle of the operation, not after it: each program below
/// would print `finished` if its operation ran to the end before the
/// interpreter next checked the heap. (Memory rather than the wall clock,
/// so the outcome does not depend on the machine's speed.)
final class NativeOperationLimitsTests: XCTestCase {
    private func run(_ source: String, memory: Int = 48 << 20, output: Int? = nil) throws -> Trace {
        var limits = RunLimits.defaults
        limits.steps = 200_000_000
        limits.memory = memory
        limits.wallMillis = 120_000
        limits.events = 1_000
        if let output { limits.output = output }
        switch ScenarioRunner.run(Scenario(source: source, limits: limits, recordEvents: false)) {
        case .success(let trace): return trace
        case .failure(let failure): throw failure
        }
    }

    private func assertStopsMidway(_ operation: String, output: Int? = nil, file: StaticString = #filePath,
                                   line: UInt = #line) throws {
        let trace = try run("x = \(operation)\nprint('finished')\n", output: output)
        XCTAssertEqual(trace.status, .limit, operation, file: file, line: line)
        XCTAssertEqual(trace.limit?.name, "memory", "\(operation): \(String(describing: trace.limit))",
                       file: file, line: line)
        XCTAssertEqual(trace.stdout, "", operation, file: file, line: line)
    }

    func testSplitsIntoMillionsOfPartsStopAtTheMemoryLimit() throws {
        try assertStopsMidway("(b'a ' * 3_000_000).split()")
        try assertStopsMidway("(b'a ' * 3_000_000).rsplit()")
        try assertStopsMidway("(b'a,' * 3_000_000).rsplit(b',')")
        try assertStopsMidway("(b'a\\n' * 3_000_000).splitlines()")
        try assertStopsMidway("('a ' * 3_000_000).split()")
        try assertStopsMidway("('a\\u00e9 ' * 2_000_000).rsplit()")
        try assertStopsMidway("('a\\n' * 3_000_000).splitlines()")
    }

    func testReplaceIsChargedBeforeItsResultIsBuilt() throws {
        try assertStopsMidway("(b'a' * 100_000).replace(b'', b'b' * 1000)")
        try assertStopsMidway("bytearray(b'a' * 100_000).replace(b'a', b'b' * 1000)")
        try assertStopsMidway("('a' * 100_000).replace('', 'b' * 1000)")
    }

    func testCaseConversionsStopAtTheMemoryLimit() throws {
        try assertStopsMidway("('\\u00df' * 6_000_000).upper()")
        try assertStopsMidway("('\\u00df' * 6_000_000).casefold()")
    }

    func testFormattingManyFieldsStopsAtTheMemoryLimit() throws {
        try assertStopsMidway("('{a}' * 2_000_000).format(a='b' * 100)")
        try assertStopsMidway("('%(a)s' * 2_000_000) % {'a': 'b' * 100}")
        try assertStopsMidway("(b'%s' * 2_000_000) % ((b'b' * 100,) * 2_000_000)")
    }

    /// Support's long texts (padded fields, escaped reprs, decoded buffers)
    /// are reserved against the memory left before they are built
    /// (`TextBudget`): these ran to the end at several times the limit.
    func testLongTextsAreReservedBeforeTheyAreBuilt() throws {
        try assertStopsMidway("'%60000000s' % 'a'")
        try assertStopsMidway("'%-*d' % (60_000_000, 1)")
        try assertStopsMidway("f'{1:60000000}'")
        try assertStopsMidway("format('a', '>60000000')")
        try assertStopsMidway("repr(b'\\x00' * 15_000_000)")
        try assertStopsMidway("str(bytearray(15_000_000))")
        try assertStopsMidway("(b'\\xe9' * 30_000_000).decode('latin-1')")
        try assertStopsMidway("memoryview(b'a' * 10_000_000).tolist()")
        let small = try run("print(len('%20000s' % 'a'), len(repr(bytes(20000))), len(bytes(20000).decode()))\n")
        XCTAssertEqual(small.stdout, "20000 80003 20000\n")
    }

    /// Compiling cannot be interrupted, so `exec`/`eval`/`compile` of a long
    /// text are refused up front when its trees would not fit the memory
    /// left (a 20 MB list display took 2.5 GB).
    func testCompilingALongTextIsRefusedUpFront() throws {
        try assertStopsMidway("exec('x = [' + '1,' * 3_000_000 + ']')")
        try assertStopsMidway("compile('+'.join(['1'] * 1_000_000), 'f', 'eval')")
        let small = try run("exec('x = [' + '1,' * 1000 + ']')\nprint(len(x))\n")
        XCTAssertEqual(small.stdout, "1000\n")
    }

    /// A struct format's items are charged before they are parsed, and a
    /// long normalization goes piece by piece (Foundation's normalizer is
    /// quadratic in what it is given: 1.6 million code points took minutes).
    func testStructFormatsAndNormalizationStayUnderTheMemoryLimit() throws {
        try assertStopsMidway("__import__('struct').Struct('x' * 3_000_000)")
        try assertStopsMidway("__import__('unicodedata').normalize('NFD', '\\u00e9' * 12_000_000)")
        let small = try run("import struct\nprint(struct.calcsize('x' * 1000), struct.Struct('2x3s').size)\n")
        XCTAssertEqual(small.stdout, "1000 5\n")
    }

    /// A print whose text outgrows the memory limit is stopped while it is
    /// joined (it joined 200 MB first), and one longer than the output left
    /// writes what fits and ends with the output limit at once.
    func testPrintGrowsItsTextUnderTheLimits() throws {
        let joined = try run("print(*range(200_000), sep='x' * 1000)\nprint('finished')\n", output: 1 << 30)
        XCTAssertEqual(joined.limit?.name, "memory", String(describing: joined.limit))
        XCTAssertEqual(joined.stdout, "")
        let capped = try run("print(*range(200_000), sep='x' * 1000)\n", output: 10_000)
        XCTAssertEqual(capped.limit?.name, "output", String(describing: capped.limit))
        XCTAssertEqual(capped.stdout.utf8.count, 10_000)
        XCTAssertTrue(capped.stdout.hasPrefix("0xxx"))
    }
}
