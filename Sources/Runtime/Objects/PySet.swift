/// A Python `set` or `frozenset`.
///
/// The table reproduces CPython 3.11's `setobject.c` (linear probes of 9,
/// perturbation, fill ratio 3/5, growth ×4) so that iteration order — which
/// programs print — matches CPython for the same hashes.
public final class PySet: PyObject {
    private struct Slot {
        var hash: Int
        var key: Value?   // nil: empty; .some with `isDummy`: deleted
        var isDummy: Bool
    }
    private var table: [Slot] = .filled(with: Slot(hash: 0, key: nil, isDummy: false), count: 8)
    private var fill = 0
    /// Number of elements.
    public private(set) var count = 0
    /// Bumped on every size change (iterators compare it).
    public private(set) var version = 0
    /// True for `frozenset`.
    public let frozen: Bool
    /// A frozenset's hash once computed (it never changes).
    var cachedHash: Int?

    private static let linearProbes = 9

    deinit { if count > 0 { DeepRelease.release(&table, leaving: []) } }

    /// Creates an empty `set` (or `frozenset`).
    public init(frozen: Bool = false) {
        self.frozen = frozen
        super.init(type: nil)
        CycleCollector.track(self)
    }
    /// Creates an instance of a subclass.
    public init(type: PyType, frozen: Bool) {
        self.frozen = frozen
        super.init(type: type, hasDict: true)
        CycleCollector.track(self)
    }

    /// The cycle collector's view: the table's storage (shared by copies
    /// of the set until one is written) and each key it holds, deleted
    /// slots' placeholders included.
    var tableStorage: UnsafeRawPointer? { table.withUnsafeBufferPointer { $0.baseAddress.map(UnsafeRawPointer.init) } }
    func forEachStoredKey(_ body: (Value) -> Void) {
        for slot in table { if let k = slot.key { body(k) } }
    }

    /// Empties a set the cycle collector found unreachable.
    func clearForCollector() {
        if count > 0 || fill > 0 { DeepRelease.release(&table, leaving: []) }
        removeAll()
    }

    public override var exactBuiltinType: PyType { frozen ? BuiltinTypes.frozenset : BuiltinTypes.set }

    /// Warm starts (Run/Warm/LibrarySnapshot.swift): a set sharing this
    /// set's table (copy-on-write), to compare with and restore from.
    func storageSnapshot() -> PySet {
        let s = PySet(frozen: frozen)
        s.table = table
        s.fill = fill
        s.count = count
        s.version = version
        s.cachedHash = cachedHash
        return s
    }

    /// True while this set still holds the very table of `snapshot`.
    func sharesStorage(with snapshot: PySet) -> Bool {
        count == snapshot.count && fill == snapshot.fill && version == snapshot.version
            && table.withUnsafeBufferPointer { x in
                snapshot.table.withUnsafeBufferPointer { y in x.baseAddress == y.baseAddress && x.count == y.count }
            }
    }

    /// Puts back the table of `snapshot` (a `storageSnapshot()` of this set).
    func restoreStorage(from snapshot: PySet) {
        table = snapshot.table
        fill = snapshot.fill
        count = snapshot.count
        version = snapshot.version
        cachedHash = snapshot.cachedHash
    }

    /// Elements in table order (CPython's iteration order).
    public var elements: [Value] { table.compactMap { $0.isDummy ? nil : $0.key } }

    /// Raw table size (for iterators).
    public var rawCount: Int { table.count }
    /// The element in raw slot `i`, if live.
    public func element(at i: Int) -> Value? {
        guard i < table.count, !table[i].isDummy else { return nil }
        return table[i].key
    }

    /// `x in s`.
    public func contains(_ key: Value, _ vm: Interpreter) throws -> Bool {
        let h = try vm.hash(key)
        return try lookup(key, h, vm) != nil
    }

    private func lookup(_ key: Value, _ hash: Int, _ vm: Interpreter) throws -> Int? {
        // A comparison runs Python code that may change this very set
        // (`__eq__` calling `s.clear()`): the probe then starts again on the
        // new table, as CPython's `set_lookkey` does.
        while true {
            let before = version
            if let found = try probe(key, hash, vm, unlessChangedFrom: before) { return found }
            if version == before { return nil }
        }
    }

    /// One probe for `key`: its slot, or nil when absent or when the set
    /// changed during a comparison (the caller tells the two apart).
    private func probe(_ key: Value, _ hash: Int, _ vm: Interpreter, unlessChangedFrom before: Int) throws -> Int? {
        let mask = table.count - 1
        var perturb = UInt(bitPattern: hash)
        var i = Int(UInt(bitPattern: hash) & UInt(mask))
        while true {
            var probes = (i + PySet.linearProbes <= mask) ? PySet.linearProbes : 0
            var j = i
            while true {
                let s = table[j]
                guard let k = s.key else { return nil }
                if !s.isDummy && s.hash == hash {
                    if k.isIdentical(key) { return j }
                    let equal = try vm.keyEquals(key, k)
                    if version != before { return nil }
                    if equal { return j }
                }
                if probes == 0 { break }
                probes -= 1
                j += 1
            }
            perturb >>= 5
            i = (i &* 5 &+ 1 &+ Int(bitPattern: perturb)) & mask
        }
    }

    /// `s.add(x)`.
    public func add(_ key: Value, _ vm: Interpreter) throws {
        try add(key, hash: vm.hash(key), vm)
    }

    /// Adds with a precomputed hash.
    public func add(_ key: Value, hash: Int, _ vm: Interpreter) throws {
        // Starts again when a comparison changed the set (see `lookup`).
        while try !tryAdd(key, hash: hash, vm) {}
    }

    /// One attempt of `add`: false when a comparison changed the set.
    private func tryAdd(_ key: Value, hash: Int, _ vm: Interpreter) throws -> Bool {
        let before = version
        let mask = table.count - 1
        var perturb = UInt(bitPattern: hash)
        var i = Int(UInt(bitPattern: hash) & UInt(mask))
        var freeSlot: Int?
        // Colliding hashes make each add probe many slots: counted as
        // native work, so a set of a million equal hashes stops at the
        // wall limit.
        var probed = 0
        outer: while true {
            var probes = (i + PySet.linearProbes <= mask) ? PySet.linearProbes : 0
            var j = i
            while true {
                probed &+= 1
                if probed & 1023 == 0 { try vm.nativeWork(64) }
                let s = table[j]
                guard let k = s.key else {
                    let target = freeSlot ?? j
                    if freeSlot == nil { fill += 1 }
                    table[target] = Slot(hash: hash, key: key, isDummy: false)
                    count += 1
                    version &+= 1
                    break outer
                }
                if s.isDummy {
                    if freeSlot == nil { freeSlot = j }
                } else if s.hash == hash {
                    if k.isIdentical(key) { return true }
                    let equal = try vm.keyEquals(key, k)
                    if version != before { return false }
                    if equal { return true }
                }
                if probes == 0 { break }
                probes -= 1
                j += 1
            }
            perturb >>= 5
            i = (i &* 5 &+ 1 &+ Int(bitPattern: perturb)) & mask
        }
        if fill * 5 >= mask * 3 {
            let minUsed = count > 50000 ? count * 2 : count * 4
            // The new table is allocated while the old one still lives.
            try vm.charge(PySet.tableSize(minUsed) * MemoryLayout<Slot>.stride)
            resize(minUsed)
        }
        return true
    }

    /// The table size `resize(minUsed)` allocates.
    static func tableSize(_ minUsed: Int) -> Int {
        var size = 8
        while size <= minUsed { size <<= 1 }
        return size
    }

    /// Grows (or cleans) the table so it holds more than `minUsed` entries.
    public func resize(_ minUsed: Int) {
        let newSize = PySet.tableSize(minUsed)
        let old = table
        table = .filled(with: Slot(hash: 0, key: nil, isDummy: false), count: newSize)
        let mask = newSize - 1
        fill = count
        for s in old where !s.isDummy {
            guard let k = s.key else { continue }
            var perturb = UInt(bitPattern: s.hash)
            var i = Int(UInt(bitPattern: s.hash) & UInt(mask))
            search: while true {
                if table[i].key == nil { table[i] = Slot(hash: s.hash, key: k, isDummy: false); break search }
                if i + PySet.linearProbes <= mask {
                    for j in (i + 1)...(i + PySet.linearProbes) where table[j].key == nil {
                        table[j] = Slot(hash: s.hash, key: k, isDummy: false)
                        break search
                    }
                }
                perturb >>= 5
                i = (i &* 5 &+ 1 &+ Int(bitPattern: perturb)) & mask
            }
        }
    }

    /// Pre-sizes before merging `incoming` elements (CPython's set_merge/dict path).
    public func reserveForMerge(_ incoming: Int) {
        if (fill + incoming) * 5 >= (table.count - 1) * 3 {
            resize((count + incoming) * 2)
        }
    }

    /// `s.discard(x)`; returns whether it was present.
    @discardableResult
    public func remove(_ key: Value, _ vm: Interpreter) throws -> Bool {
        let h = try vm.hash(key)
        guard let j = try lookup(key, h, vm) else { return false }
        table[j].isDummy = true
        count -= 1
        version &+= 1
        return true
    }

    /// `s.pop()`: removes the first element in table order.
    public func popFirst() -> Value? {
        for j in table.indices where !table[j].isDummy {
            if let k = table[j].key {
                table[j].isDummy = true
                count -= 1
                version &+= 1
                return k
            }
        }
        return nil
    }

    /// Removes every element.
    public func removeAll() {
        table = .filled(with: Slot(hash: 0, key: nil, isDummy: false), count: 8)
        fill = 0; count = 0; version &+= 1
    }
}
