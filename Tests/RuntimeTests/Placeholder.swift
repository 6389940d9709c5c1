import XCTest
final class RuntimeTestsPlaceholder: XCTestCase { func testModuleBuilds() { XCTAssertTrue(true) } }
