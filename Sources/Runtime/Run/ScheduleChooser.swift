/// Decides which ready handle runs next wherever more than one is ready, and
/// records each decision: the trace's `schedule`. A recorded schedule replays
/// the same interleaving; beyond its end the policy decides (fifo: always the
/// oldest, index 0, which is CPython's order).
struct ScheduleChooser {
    private let policy: SchedulingPolicy
    private let replay: [Int]
    private var rng: SplitMix64
    /// Every choice made so far, in order.
    private(set) var taken: [Int] = []
    /// How many handles were ready at each choice in `taken`.
    private(set) var readyCounts: [Int] = []
    /// Consulted past the replayed prefix before the policy; nil or an
    /// out-of-range answer leaves the choice to the policy.
    var steer: ((Int) -> Int?)?

    init(policy: SchedulingPolicy, seed: UInt64, replay: [Int]) {
        self.policy = policy
        self.replay = replay
        self.rng = SplitMix64(seed: seed)
    }

    /// The index (0 = oldest) of the handle to run among `count` ready ones.
    mutating func choose(among count: Int) -> Int {
        guard count > 1 else { return 0 }
        let choice: Int
        if taken.count < replay.count {
            // An out-of-range replayed choice (the program changed) picks the newest.
            choice = min(max(replay[taken.count], 0), count - 1)
        } else if let steered = steer?(count), steered >= 0, steered < count {
            choice = steered
        } else {
            switch policy {
            case .fifo: choice = 0
            case .random: choice = Int(rng.next() % UInt64(count))
            }
        }
        taken.append(choice)
        readyCounts.append(count)
        return choice
    }
}

/// A small, fast, seedable PRNG (Steele et al.'s SplitMix64): the random
/// policy only needs reproducible choices, not CPython's Mersenne Twister.
struct SplitMix64 {
    private var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
