import BigInt
import XCTest
@testable import Runtime

/// Replays conformance program 093_random_mod.py through the Support API
/// (the VM's job reduced to calls) and compares with CPython 3.11's output.
final class RandomProgramTests: XCTestCase {
    func testConformanceProgram093() throws {
        var lines: [String] = []
        func list(_ items: [String]) -> String { "[" + items.joined(separator: ", ") + "]" }
        var rng = MersenneTwister(seed: 42)  // random.seed(42)
        lines.append(FloatRepr.repr(rng.random()))
        lines.append(list(try (0..<10).map { _ in try rng.randint(1, 6).description }))
        let letters = Array("abcdefg")
        let letter = letters[try rng.choiceIndex(count: letters.count)]
        let number = [10, 20, 30][try rng.choiceIndex(count: 3)]
        lines.append("\(letter) \(number)")
        var items = Array(0..<10)
        rng.shuffle(&items)
        lines.append(list(items.map(String.init)))
        let uniform = FloatRepr.repr(rng.uniform(1, 5))
        lines.append("\(uniform) \(try rng.randrange(0, 100, step: 5))")
        lines.append(list(try rng.sampleIndices(populationSize: 100, k: 5).map(String.init)))
        rng.seed(42)
        lines.append("\(FloatRepr.repr(rng.random())) same as first")
        rng.seed(2024)
        lines.append(list(try (0..<3).map { _ in FloatRepr.repr(try PythonRound.round(rng.random(), ndigits: 6)) }))
        let bits = try rng.getrandbits(64)
        let big = try rng.randint(-BigInt(10).power(20), BigInt(10).power(20))
        lines.append("\(bits) \(big)")
        var other = MersenneTwister(seed: 7)  // rng = random.Random(7)
        let otherRandom = FloatRepr.repr(other.random())
        let pick = ["x", "y", "z"][try other.choiceIndex(count: 3)]
        lines.append("\(otherRandom) \(pick) \(try other.randint(0, 1000))")
        let chosen = try rng.choicesIndices(populationSize: 3, k: 5).map { StringRepr.repr(String(Array("abc")[$0])) }
        lines.append("\(list(chosen)) \(FloatRepr.repr(rng.gauss(mu: 0, sigma: 1)))")
        XCTAssertEqual(lines, [
            "0.6394267984578837",
            "[1, 6, 3, 2, 2, 2, 6, 1, 6, 6]",
            "e 10",
            "[3, 5, 2, 4, 1, 8, 7, 0, 6, 9]",
            "3.244980251754452 85",
            "[53, 28, 57, 75, 35]",
            "0.6394267984578837 same as first",
            "[0.470091, 0.728264, 0.303751]",
            "13346493494674717350 52466418988781751851",
            "0.32383276483316237 x 404",
            "['a', 'c', 'b', 'b', 'c'] 0.8378325657110063",
        ])
    }
}
