/// The records an `AccessLog` keeps: one `Step` per scheduled handle run,
/// the `Footprint` (locations read and written) sleep sets compare across
/// runs, and the program's own accesses the race detector reports.
extension AccessLog {
    /// An access made by the program's own code (not the library's), kept
    /// with its source position for race warnings.
    struct UserAccess {
        let key: Key
        let isWrite: Bool
        /// What the program calls it: `counter`, `self.balance`, `items[...]`.
        let label: String
        let line: Int
        /// For an item of a container, its subscript's identity
        /// (`AccessLog.itemIdentity`); nil for the whole container or a
        /// variable or attribute.
        var item: Int? = nil
        /// For a read: the value read feeds a conditional jump of the same
        /// expression (`if x.f > 0:`, `while not flag:`, `assert k in d`):
        /// a check whose answer may be stale after an await.
        var isCheck = false

        /// True when the two accesses may touch the same place: the same
        /// location, and the same item unless either is the whole container.
        func overlaps(_ other: UserAccess) -> Bool {
            key == other.key && (item == nil || other.item == nil || item == other.item)
        }
    }

    /// What one step did.
    struct Step {
        /// Task actors are `2 * task id`; callback handles `2 * serial + 1`.
        var actor: Int
        /// Ready actors at the choice point, in ready-queue order.
        var enabled: [Int]
        /// Index of `actor` in `enabled` (the choice taken).
        var chosen: Int
        /// The step during which the handle was scheduled (-1: before the loop ran).
        var enabler: Int
        /// Increments whenever virtual time jumps or another loop runs:
        /// steps of a later epoch can never run before one of an earlier epoch.
        var epoch: Int
        var reads: Set<Key> = []
        var writes: Set<Key> = []
        /// Commutative updates (see `Footprint.adds`).
        var adds: Set<Key> = []
        /// True when the step stopped its event loop (`loop.stop()`): the
        /// handles still ready may never run in this run of the loop.
        var stopsLoop = false
        /// True when the handles this step queued wait for every earlier
        /// add of its `adds` locations (`CommutativeCallbacks.Commutation`).
        var enablesAfterAdds = false
        var user: [UserAccess] = []
        /// Task name and trace id for warnings (nil for callbacks).
        var taskName: String?
        var taskID: Int?
        /// Exploration only: actors asleep at this choice point (their next
        /// step commutes with everything run since an earlier run tried it).
        var sleep: [Int: Footprint] = [:]
        /// `serialCount` when the step began.
        var serialsBefore = 0

        var footprint: Footprint { Footprint(reads: reads, writes: writes, adds: adds) }
    }

    /// The locations one step read, wrote, and updated commutatively.
    ///
    /// An *add* is an update that commutes with every other add of the
    /// same location, whatever the order (asyncio's own bookkeeping when a
    /// child of `gather` finishes: see `CommutativeCallbacks`), but not
    /// with a read or a write of it. So two adds never conflict; an add and
    /// a read, or an add and a write, do. The three sets are disjoint for
    /// one step (a location written is a write even if also added).
    struct Footprint: Equatable {
        var reads: Set<Key>
        var writes: Set<Key>
        var adds: Set<Key> = []

        /// True when running the two steps in either order is the same.
        func commutes(with other: Footprint) -> Bool {
            !Self.overlap(writes, other.writes) && !Self.overlap(writes, other.reads)
                && !Self.overlap(reads, other.writes)
                && !Self.overlap(adds, other.reads) && !Self.overlap(adds, other.writes)
                && !Self.overlap(reads, other.adds) && !Self.overlap(writes, other.adds)
        }

        private static func overlap(_ a: Set<Key>, _ b: Set<Key>) -> Bool {
            if a.isEmpty || b.isEmpty { return false }
            if !a.isDisjoint(with: b) { return true }
            let wildA = a.filter { $0.object == Key.wildcard }, wildB = b.filter { $0.object == Key.wildcard }
            if wildA.isEmpty && wildB.isEmpty { return false }
            let namesA = Set(a.map(\.name)), namesB = Set(b.map(\.name))
            return wildA.contains { namesB.contains($0.name) } || wildB.contains { namesA.contains($0.name) }
        }

        /// Objects numbered after the first `stable` become wildcards.
        func normalized(stable: Int) -> Footprint {
            func norm(_ s: Set<Key>) -> Set<Key> {
                Set(s.map { $0.object > stable ? Key(object: Key.wildcard, name: $0.name) : $0 })
            }
            return Footprint(reads: norm(reads), writes: norm(writes), adds: norm(adds))
        }
    }
}
