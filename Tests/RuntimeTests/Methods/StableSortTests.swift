import XCTest
@testable import Runtime

final class StableSortTests: XCTestCase {
    struct Incomparable: Error {}

    func testSortsAndKeepsEqualElementsInOrder() throws {
        for n in [0, 1, 2, 5, 31, 32, 33, 100, 257] {
            var items = (0..<n).map { (key: ($0 * 7919) % 13, original: $0) }
            StableSort.sort(&items) { $0.key < $1.key }
            for i in 1..<max(1, items.count) {
                XCTAssertTrue(items[i - 1].key < items[i].key
                              || (items[i - 1].key == items[i].key && items[i - 1].original < items[i].original))
            }
            XCTAssertEqual(items.count, n)
        }
    }

    func testAsksLaterLessThanEarlierFirst() throws {
        var asked: [(Int, Int)] = []
        var items = [1, 2]
        StableSort.sort(&items) { a, b in asked.append((a, b)); return a < b }
        XCTAssertEqual(asked.first?.0, 2)
        XCTAssertEqual(asked.first?.1, 1)
    }

    func testPropagatesComparisonErrors() {
        var items = [3, 1, 2]
        XCTAssertThrowsError(try StableSort.sort(&items) { _, _ in throw Incomparable() })
    }
}
