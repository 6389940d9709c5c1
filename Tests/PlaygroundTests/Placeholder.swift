import XCTest
final class PlaygroundTestsPlaceholder: XCTestCase { func testModuleBuilds() { XCTAssertTrue(true) } }
