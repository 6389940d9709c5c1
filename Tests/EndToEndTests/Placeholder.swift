import XCTest
final class EndToEndTestsPlaceholder: XCTestCase { func testModuleBuilds() { XCTAssertTrue(true) } }
