import BigInt

/// The integer functions of `math`: `gcd`, `lcm`, `factorial`, `comb`,
/// `perm`, `isqrt`. Results can be huge, so their size is charged against
/// the memory limit before they are computed.
enum MathIntegerFunctions {
    static let functions: [(String, NativeFunction)] = [
        ("gcd", { vm, a in
            if !a.keywords.isEmpty { throw PyError.typeError("gcd() takes no keyword arguments") }
            var g = BigInt(0)
            for v in a.positional {
                let n = try vm.indexValue(v)
                g = try MathAlgorithms.gcd(g, n, checkpoint: wallClock(vm))
                try vm.nativeWork(n.magnitude.bitWidth / 64 + 1)
            }
            return .integer(g)
        }),
        ("lcm", { vm, a in
            if !a.keywords.isEmpty { throw PyError.typeError("lcm() takes no keyword arguments") }
            var l = BigInt(1)
            for v in a.positional {
                let n = try vm.indexValue(v)
                try vm.charge((l.magnitude.bitWidth + n.magnitude.bitWidth) / 8)
                l = try MathAlgorithms.lcm(l, n, checkpoint: wallClock(vm))
                try vm.nativeWork(l.magnitude.bitWidth / 64 + 1)
            }
            return .integer(l)
        }),
        ("factorial", { vm, a in
            try a.check("math.factorial", min: 1, max: 1)
            let n = try vm.indexValue(a[0])
            if n.signum() < 0 { throw PyError.valueError("factorial() not defined for negative values") }
            guard let small = Int(exactly: n) else {
                throw PyError.overflow("factorial() argument should not exceed \(Int.max)")
            }
            try chargeProduct(vm, count: small, bitsEach: small.bitWidth - small.leadingZeroBitCount)
            return .integer(try vm.bridging { try MathAlgorithms.factorial(small, checkpoint: wallClock(vm)) })
        }),
        ("comb", { vm, a in
            try a.check("comb", min: 2, max: 2)
            let n = try vm.indexValue(a[0]), k = try vm.indexValue(a[1])
            try chargeChoice(vm, n, k)
            return .integer(try vm.bridging { try MathAlgorithms.comb(n, k, checkpoint: wallClock(vm)) })
        }),
        ("perm", { vm, a in
            try a.check("perm", min: 1, max: 2)
            let n = try vm.indexValue(a[0])
            guard a.count == 2, !a[1].isNone else {
                // perm(n) is factorial(n), with its messages (CPython 3.11).
                if n.signum() < 0 { throw PyError.valueError("factorial() not defined for negative values") }
                guard let small = Int(exactly: n) else {
                    throw PyError.overflow("factorial() argument should not exceed \(Int.max)")
                }
                try chargeProduct(vm, count: small, bitsEach: small.bitWidth - small.leadingZeroBitCount)
                return .integer(try vm.bridging { try MathAlgorithms.factorial(small, checkpoint: wallClock(vm)) })
            }
            let k = try vm.indexValue(a[1])
            try chargeChoice(vm, n, k)
            return .integer(try vm.bridging { try MathAlgorithms.perm(n, k, checkpoint: wallClock(vm)) })
        }),
        ("isqrt", { vm, a in
            try a.check("math.isqrt", min: 1, max: 1)
            let n = try vm.indexValue(a[0])
            // Newton's method: about eight divisions of n by its square root.
            let bits = n.magnitude.bitWidth
            if 8 * Interpreter.estimatedSeconds(.divide(bits, bits / 2)) > vm.deadline.secondsLeft { throw vm.wallLimit }
            return .integer(try vm.bridging { try MathAlgorithms.isqrt(n) })
        }),
    ]

    /// Stops a long product when the run's wall-clock budget is spent, or
    /// before a partial product estimated to outlast it.
    static func wallClock(_ vm: Interpreter) -> MathAlgorithms.Checkpoint {
        { leftBits, rightBits in
            if vm.deadline.passed { throw vm.wallLimit }
            try vm.chargeBigWork(.multiply(leftBits, rightBits))
        }
    }

    /// Charges a product of `count` factors of about `bitsEach` bits.
    static func chargeProduct(_ vm: Interpreter, count: Int, bitsEach: Int) throws {
        let (bits, overflow) = count.multipliedReportingOverflow(by: max(1, bitsEach))
        if overflow || bits / 8 > vm.limits.memoryBytes {
            throw LimitExceeded(name: "memory", value: vm.limits.memoryBytes)
        }
        try vm.charge(bits / 8)
    }

    /// Charges `comb`/`perm(n, k)`: about `min(k, n-k)` factors of n's size.
    static func chargeChoice(_ vm: Interpreter, _ n: BigInt, _ k: BigInt) throws {
        guard n.signum() >= 0, k.signum() >= 0, k <= n else { return }
        let factors = min(k, n - k)
        guard let count = Int(exactly: factors) else {
            throw LimitExceeded(name: "memory", value: vm.limits.memoryBytes)
        }
        try chargeProduct(vm, count: count, bitsEach: n.magnitude.bitWidth)
    }
}
