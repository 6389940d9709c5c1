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

    /// The estimated seconds of `work`, rounded up from measurements on a
    /// loaded 2-core machine (an operation refused near the edge would
    /// have finished close to the deadline anyway). Large operands run on
    /// BIGNUM (`LargeIntegerKernels`). Products: Karatsuba when the
    /// factors have about the same length, schoolbook otherwise; the model
    /// (size^1.585, times the length ratio) was fitted to the portable
    /// library before and stays as a bound: BIGNUM takes 0.03 s for two
    /// 4,000,000-bit factors (model 9 s) and 2-4 s for an unbalanced
    /// 16 M x 1 M-bit product (model 16 s). Powers square from the top bit:
    /// `10**10**6` (3.3 M bits) ~0.5 s, a 7.3 M-bit power ~2.4 s, bounded
    /// by 0.3 x size^1.6 (size in M bits). Division is schoolbook, one
    /// step per pair of 64-bit words (4 M by 2 M bits: ~4 s, model 10 s).
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
            return 0.3 * pow(size, 1.6)
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
