import XCTest
final class HTTP1TestsPlaceholder: XCTestCase { func testModuleBuilds() { XCTAssertTrue(true) } }
