import Foundation

/// Bounding the time of one big-integer operation by the wall limit.
///
/// DESIGN: the dispatch loop checks the wall clock between instructions,
/// but one instruction on huge integers (`10**10**8`, a product of two
/// million-digit numbers, `divmod` of huge operands) can run for minutes,
/// and nothing can interrupt the BigInt library mid-operation. So before
/// such an operation the interpreter estimates its time from the operand
/// sizes, with a cost model measured on this VM's BigInt (schoolbook and
/// Karatsuba multiplication, schoolbook division), and ends the run with
/// the wall limit at once when the estimate exceeds the time left. Small
/// operands (under 64 Ki bits) are never estimated.
extension Interpreter {
    /// An operation whose cost grows with its operands' sizes in bits.
    enum BigWork {
        /// A product of numbers of these bit widths.
        case multiply(Int, Int)
        /// A division of a number of the first width by one of the second.
        case divide(Int, Int)
        /// An integer power whose result has this many bits.
        case power(Int)
    }

    /// The estimated seconds of `work` on this VM's BigInt, measured on a
    /// loaded 2-core machine and rounded up (an operation refused near the
    /// edge would have finished close to the deadline anyway): a product
    /// of two 1,000,000-bit numbers takes ~0.8 s and grows as Karatsuba
    /// (size^1.585); `10**300_000` (1 M bits) ~1.5 s and `10**10**6` (3.3 M
    /// bits) ~18 s, growing about quadratically with the result; division
    /// is schoolbook, one step per pair of 64-bit words.
    static func estimatedSeconds(_ work: BigWork) -> Double {
        switch work {
        case .multiply(let a, let b):
            guard max(a, b) > 1 << 16 else { return 0 }
            let small = Double(max(64, min(a, b))) / 1e6, large = Double(max(a, b)) / 1e6
            return 1.0 * pow(small, 1.585) * (large / small)
        case .divide(let a, let b):
            guard a > 1 << 16, a > b else { return 0 }
            return Double(max(1, (a - b) / 64)) * Double(max(1, b / 64)) * 1e-8
        case .power(let bits):
            guard bits > 1 << 16 else { return 0 }
            let size = Double(bits) / 1e6
            return 2.0 * size * size
        }
    }

    /// Refuses `work` (wall limit) when it would outlast the remaining wall time.
    func chargeBigWork(_ work: BigWork) throws {
        let estimate = Interpreter.estimatedSeconds(work)
        if estimate > 0 && estimate > deadline.secondsLeft {
            throw LimitExceeded(name: "wall", value: Int(limits.wallSeconds * 1000))
        }
    }
}
