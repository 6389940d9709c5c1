import XCTest
final class ReactorTestsPlaceholder: XCTestCase { func testModuleBuilds() { XCTAssertTrue(true) } }
