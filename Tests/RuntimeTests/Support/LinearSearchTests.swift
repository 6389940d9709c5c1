import XCTest
@testable import Runtime

/// `LinearSearch` finds what the plain scan finds, and stays linear on
/// inputs built to make the plain scan quadratic.
final class LinearSearchTests: XCTestCase {
    private func naiveFirst(_ t: [UInt8], _ p: [UInt8], _ lo: Int, _ hi: Int) -> Int {
        if p.isEmpty { return lo <= hi ? lo : -1 }
        var i = lo
        while i + p.count <= hi {
            if Array(t[i..<(i + p.count)]) == p { return i }
            i += 1
        }
        return -1
    }

    private func naiveLast(_ t: [UInt8], _ p: [UInt8], _ lo: Int, _ hi: Int) -> Int {
        if p.isEmpty { return lo <= hi ? hi : -1 }
        var i = hi - p.count
        while i >= lo {
            if Array(t[i..<(i + p.count)]) == p { return i }
            i -= 1
        }
        return -1
    }

    func testAgreesWithThePlainScanOnRandomInputs() {
        var rng = SystemRandomNumberGenerator()
        for _ in 0..<3000 {
            let alphabet = UInt8.random(in: 1...3, using: &rng)
            let text = (0..<Int.random(in: 0...300, using: &rng)).map { _ in UInt8.random(in: 0..<alphabet, using: &rng) }
            // Long periodic patterns push the scan past its budget into KMP.
            let unit = (0..<Int.random(in: 1...3, using: &rng)).map { _ in UInt8.random(in: 0..<alphabet, using: &rng) }
            var pattern = Array(repeating: unit, count: Int.random(in: 0...40, using: &rng)).flatMap { $0 }
            if Bool.random(using: &rng) { pattern.append(UInt8.random(in: 0..<alphabet, using: &rng)) }
            let lo = Int.random(in: 0...text.count, using: &rng), hi = Int.random(in: lo...text.count, using: &rng)
            XCTAssertEqual(LinearSearch.first(text, pattern, from: lo, to: hi), naiveFirst(text, pattern, lo, hi),
                           "\(text) \(pattern) \(lo) \(hi)")
            XCTAssertEqual(LinearSearch.last(text, pattern, from: lo, to: hi), naiveLast(text, pattern, lo, hi),
                           "\(text) \(pattern) \(lo) \(hi)")
        }
    }

    func testAdversarialSearchesAreFast() {
        let text = [UInt8](repeating: 97, count: 1_000_000)
        let pattern = [UInt8](repeating: 97, count: 500_000) + [98]
        let reversed = [98] + [UInt8](repeating: 97, count: 500_000)
        let started = Date()
        XCTAssertEqual(LinearSearch.first(text, pattern, from: 0, to: text.count), -1)
        XCTAssertEqual(LinearSearch.last(text, reversed, from: 0, to: text.count), -1)
        XCTAssertEqual(StrAlgorithms.count(Array(String(repeating: "a", count: 200_000).unicodeScalars),
                                           Array((String(repeating: "a", count: 1000) + "b").unicodeScalars)), 0)
        // The plain scan needed 5e11 comparisons here (many minutes); the
        // linear one takes milliseconds. The bound only tells the two apart,
        // with room for a loaded machine: it is not a speed measurement.
        XCTAssertLessThan(Date().timeIntervalSince(started), 60)
    }
}
