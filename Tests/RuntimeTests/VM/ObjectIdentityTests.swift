import XCTest
@testable import Runtime

/// Identity-based hashing must not depend on memory addresses: the same
/// program iterates a set of plain objects in the same order every run.
final class ObjectIdentityTests: XCTestCase {
    private let program = """
    class Box:
        def __init__(self, n):
            self.n = n
    junk = [Box(-1) for _ in range(7)]   # shift allocations between runs
    boxes = {Box(i) for i in range(50)}
    print([b.n for b in boxes])
    a = Box(0)
    print(id(a) == id(a), hash(a) == hash(a), id(a) != id(Box(1)))
    print(repr(a).startswith('<__main__.Box object at 0x'))
    """

    private func runProgram() -> String {
        switch ScenarioRunner.run(Scenario(source: program)) {
        case .success(let trace): return trace.stdout
        case .failure(let f): return "compile failure: \(f.message)"
        }
    }

    func testSetOfObjectsIteratesInTheSameOrderEveryRun() {
        let first = runProgram()
        XCTAssertTrue(first.hasSuffix("True True True\nTrue\n"), first)
        // Allocate and free unrelated objects so addresses differ between runs.
        var ballast: [[Int]] = []
        for i in 0..<5 {
            ballast.append(Array(repeating: i, count: 1000 * (i + 1)))
            XCTAssertEqual(runProgram(), first)
        }
        XCTAssertEqual(ballast.count, 5)
    }
}
