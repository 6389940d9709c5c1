import XCTest
final class ScriptTestsPlaceholder: XCTestCase { func testModuleBuilds() { XCTAssertTrue(true) } }
