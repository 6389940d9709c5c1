import XCTest
@testable import Runtime

/// The exit status an uncaught `SystemExit` gives the program (CPython's
/// `handle_system_exit`): None and False are 0, True is 1, ints as they
/// are, anything else 1 (printed to stderr).
final class SystemExitStatusTests: XCTestCase {
    private func status(_ source: String) -> Int? {
        let o = ProgramRunner.run(source: source, filename: "prog.py")
        return o.exception.flatMap(ProgramRunner.systemExitStatus)
    }

    func testBooleansAreTheIntsTheyAre() {
        // `unittest.main()` ends with `sys.exit(not result.wasSuccessful())`.
        XCTAssertEqual(status("import sys\nsys.exit(False)\n"), 0)
        XCTAssertEqual(status("import sys\nsys.exit(True)\n"), 1)
        XCTAssertEqual(status("raise SystemExit(False)\n"), 0)
    }

    func testNoneIntsAndOtherCodes() {
        XCTAssertEqual(status("import sys\nsys.exit()\n"), 0)
        XCTAssertEqual(status("import sys\nsys.exit(None)\n"), 0)
        XCTAssertEqual(status("import sys\nsys.exit(3)\n"), 3)
        XCTAssertEqual(status("import sys\nsys.exit('bye')\n"), 1)
        XCTAssertEqual(status("raise SystemExit(1, 2)\n"), 1)
    }
}
