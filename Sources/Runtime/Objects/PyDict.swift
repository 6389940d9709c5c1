import CRuntimeSupport

/// A Python `dict`: insertion-ordered hash table with Python hashing and
/// equality (`1 == 1.0 == True` are the same key).
///
/// Layout follows CPython's compact dict: an `entries` array in insertion
/// order (holes where keys were deleted) and an open-addressing `indices`
/// table probed with CPython's perturbation scheme.
///
/// DESIGN: two allocations per dict, each sized when the index table is
/// (re)built: the entries array reserves the table's usable fraction, so
/// it never grows between rebuilds. Keys, values and hashes used to live in
/// four parallel arrays (plus a liveness array), each grown by appends: a
/// three-attribute instance's `__dict__` cost nine mallocs and four
/// reallocations, about a third of an instance-heavy program's time.
/// Entries are read in place through the array's buffer (`hashAt`,
/// `keyAt`, `valueAt`), so probing compares a hash or a key without
/// copying the entry's key and value.
public final class PyDict: PyObject {
    /// One key/value pair with the key's hash.
    public struct Entry {
        public var hash: Int
        public var key: Value
        public var value: Value
    }

    /// A stored entry; `key` nil marks a deleted one (its value is `None`).
    struct Slot {
        var hash: Int
        var key: Value?
        var value: Value
    }

    /// Entries in insertion order, holes where keys were deleted.
    private var slots: [Slot] = []
    private var indices: [Int32] = []
    private var filled = 0
    /// Number of live keys.
    public private(set) var count = 0
    /// Bumped on every insertion or deletion of a key (iterators compare it).
    public private(set) var version = 0
    /// For the VM's global inline caches (VM/GlobalCache.swift): 0 until
    /// `watchedKeysTag` is first read, then a number unique in the process,
    /// renewed whenever a key is added or removed or the storage restored.
    /// Unlike `version`, equal tags mean the same dict with the same keys
    /// (a warm restore winds `version` back; two dicts can share versions).
    private(set) var keysTag: UInt64 = 0

    private static let empty: Int32 = -1
    private static let dummy: Int32 = -2

    deinit {
        if !slots.isEmpty { DeepRelease.release(&slots, leaving: []) }
    }

    /// Creates an empty `dict`.
    public init() { super.init(type: nil); CycleCollector.track(self) }
    /// Creates an instance of a `dict` subclass.
    public init(type: PyType) { super.init(type: type, hasDict: true); CycleCollector.track(self) }

    /// The cycle collector's view: the entries array (one reference per
    /// live key and value; deleted entries hold nothing).
    func visitStorage(_ body: (UnsafeMutablePointer<[Slot]>) -> Void) {
        withUnsafeMutablePointer(to: &slots, body)
    }

    public override var exactBuiltinType: PyType { BuiltinTypes.dict }

    /// Entry `e`'s hash, read in place.
    @inline(__always)
    private func hashAt(_ e: Int) -> Int { slots.withUnsafeBufferPointer { $0[e].hash } }
    /// Entry `e`'s key (nil when deleted), read in place.
    @inline(__always)
    private func keyAt(_ e: Int) -> Value? { slots.withUnsafeBufferPointer { $0[e].key } }
    /// Entry `e`'s value, read in place.
    @inline(__always)
    private func valueAt(_ e: Int) -> Value { slots.withUnsafeBufferPointer { $0[e].value } }
    /// Whether entry `e` holds a key.
    @inline(__always)
    private func isLive(_ e: Int) -> Bool { slots.withUnsafeBufferPointer { $0[e].key != nil } }

    /// Entries in insertion order; nil marks a deleted entry.
    public var entries: [Entry?] {
        (0..<slots.count).map { entry(at: $0) }
    }

    /// Probe result: the slot in `indices`, and the entry index when found.
    @inline(__always)
    private func find(hash: Int, _ matches: (Int) throws -> Bool) rethrows -> (slot: Int, entry: Int?) {
        if indices.isEmpty { return (-1, nil) }
        let mask = indices.count - 1
        var perturb = UInt(bitPattern: hash)
        var i = Int(UInt(bitPattern: hash) & UInt(mask))
        var freeSlot = -1
        while true {
            let ix = indices[i]
            if ix == PyDict.empty { return (freeSlot >= 0 ? freeSlot : i, nil) }
            if ix == PyDict.dummy {
                if freeSlot < 0 { freeSlot = i }
            } else {
                let e = Int(ix)
                if hashAt(e) == hash, try matches(e) { return (i, e) }
            }
            perturb >>= 5
            i = (i &* 5 &+ Int(bitPattern: perturb) &+ 1) & mask
        }
    }

    private func insertNew(slot: Int, hash: Int, key: __owned Value, value: __owned Value) {
        var slot = slot
        if needsRebuild(slot: slot) {
            rebuild(minimum: (count + 1) * 3)
            slot = find(hash: hash) { _ in false }.slot
        }
        if indices[slot] == PyDict.empty { filled += 1 }
        indices[slot] = Int32(slots.count)
        slots.append(Slot(hash: hash, key: key, value: value))
        count += 1
        keysChanged()
    }

    /// A new index table of at least `minimum` slots (a power of two, 8 at
    /// least), the entries compacted when keys were deleted, and room
    /// reserved for as many entries as the table takes before the next
    /// rebuild (two thirds of it).
    private func rebuild(minimum: Int) {
        let size = Self.tableSize(minimum: minimum)
        let room = Self.entryRoom(tableSize: size)
        if count != slots.count {
            var compacted: [Slot] = []
            compacted.reserveCapacity(room)
            for e in 0..<slots.count where isLive(e) {
                slots.withUnsafeBufferPointer { compacted.append($0[e]) }
            }
            slots = compacted
        } else if slots.capacity < room {
            slots.reserveCapacity(room)
        }
        indices = .filled(with: PyDict.empty, count: size)
        filled = slots.count
        let mask = size - 1
        for n in 0..<slots.count {
            let h = hashAt(n)
            var perturb = UInt(bitPattern: h)
            var i = Int(UInt(bitPattern: h) & UInt(mask))
            while indices[i] != PyDict.empty {
                perturb >>= 5
                i = (i &* 5 &+ Int(bitPattern: perturb) &+ 1) & mask
            }
            indices[i] = Int32(n)
        }
    }

    @inline(__always)
    private func strKeyMatches(_ key: PyStr, _ e: Int) -> Bool {
        if case .object(let o)? = keyAt(e) {
            if o === key { return true }
            if let s = o as? PyStr { return s.hasSameCodePoints(as: key) }
        }
        return false
    }

    // MARK: str-keyed fast paths (attribute dictionaries)

    /// Looks up a `str` key without running Python code.
    @inline(__always)
    public func getStr(_ key: PyStr) -> Value? {
        guard let ix = find(hash: key.hash, { strKeyMatches(key, $0) }).entry else { return nil }
        return valueAt(ix)
    }

    /// Looks up a Swift-string key.
    public func getStr(_ key: String) -> Value? { getStr(PyStr(key)) }

    /// Whether a `str` key is present (no copy of its value: a retain and
    /// a release less than `getStr(key) != nil`).
    public func containsStr(_ key: PyStr) -> Bool {
        find(hash: key.hash, { strKeyMatches(key, $0) }).entry != nil
    }

    /// Stores under a `str` key without running Python code.
    public func setStr(_ key: PyStr, _ value: __owned Value) {
        let r = find(hash: key.hash) { strKeyMatches(key, $0) }
        if let ix = r.entry { slots[ix].value = value; return }
        insertNew(slot: r.slot, hash: key.hash, key: .object(key), value: value)
    }

    /// Stores under a Swift-string key.
    public func setStr(_ key: String, _ value: Value) { setStr(PyStr(key), value) }

    /// Removes a `str` key; returns the old value.
    @discardableResult
    public func removeStr(_ key: PyStr) -> Value? {
        let r = find(hash: key.hash) { strKeyMatches(key, $0) }
        guard let ix = r.entry else { return nil }
        return removeAt(slot: r.slot, entry: ix)
    }

    /// `keysTag`, started on first use: from now on every change of the
    /// key set renews it.
    var watchedKeysTag: UInt64 {
        if keysTag == 0 { keysTag = interleave_next_type_tag() }
        return keysTag
    }

    @inline(__always)
    private func keysChanged() {
        version &+= 1
        if keysTag != 0 { keysTag = interleave_next_type_tag() }
    }

    /// Where the `str` key `key` is stored: its entry index, and whether
    /// the stored key is that very object (an inline cache can only
    /// remember an entry by identity); nil when absent.
    func strEntry(_ key: PyStr) -> (index: Int, identical: Bool)? {
        guard let ix = find(hash: key.hash, { strKeyMatches(key, $0) }).entry else { return nil }
        return (ix, slots.withUnsafeBufferPointer { p in
            if case .object(let o)? = p[ix].key { return o === key }
            return false
        })
    }

    /// Whether entry `index` exists and holds the key object `key` itself
    /// (a deleted entry holds none; a rebuild moves entries).
    @inline(__always)
    func holdsKey(_ key: PyStr, at index: Int) -> Bool {
        slots.withUnsafeBufferPointer { p in
            guard index < p.count, case .object(let o)? = p[index].key else { return false }
            return o === key
        }
    }

    /// The value of entry `index` (which `holdsKey` just confirmed).
    @inline(__always)
    func value(at index: Int) -> Value { valueAt(index) }

    /// Replaces the value of entry `index` (which `holdsKey` just confirmed).
    @inline(__always)
    func replaceValue(at index: Int, with value: __owned Value) { slots[index].value = value }

    // MARK: general keys

    /// `d.get(key)`: nil when absent. Raises TypeError for unhashable keys.
    public func get(_ key: Value, _ vm: Interpreter) throws -> Value? {
        let h = try vm.hash(key)
        guard let ix = try findKey(key, hash: h, vm).entry else { return nil }
        return valueAt(ix)
    }

    /// Looks up with a precomputed hash.
    public func get(_ key: Value, hash h: Int, _ vm: Interpreter) throws -> Value? {
        guard let ix = try findKey(key, hash: h, vm).entry else { return nil }
        return valueAt(ix)
    }

    /// `d[key] = value`.
    public func set(_ key: Value, _ value: Value, _ vm: Interpreter) throws {
        let h = try vm.hash(key)
        try set(key, hash: h, value, vm)
    }

    /// `d[key] = value` with a precomputed hash.
    public func set(_ key: Value, hash h: Int, _ value: Value, _ vm: Interpreter) throws {
        let r = try findKey(key, hash: h, vm)
        if let ix = r.entry { slots[ix].value = value; return }
        if needsRebuild(slot: r.slot) { try chargeRebuild(vm) }
        insertNew(slot: r.slot, hash: h, key: key, value: value)
    }

    /// Whether inserting a new key at `slot` (from `find`) rebuilds the
    /// table first: no free slot, or the table two thirds full.
    @inline(__always)
    private func needsRebuild(slot: Int) -> Bool { slot < 0 || (filled + 1) * 3 >= indices.count * 2 }

    /// The index table size for at least `minimum` slots: a power of two, 8 at least.
    private static func tableSize(minimum: Int) -> Int {
        var size = 8
        while size < minimum { size <<= 1 }
        return size
    }

    /// Entries a table of `tableSize` slots takes before its next rebuild.
    private static func entryRoom(tableSize: Int) -> Int { tableSize * 2 / 3 + 1 }

    /// Charges the rebuild the next insertion makes: the new index table
    /// and entry storage are allocated while the old ones are live, so a
    /// dict grown in one native loop (`dict.fromkeys(range(10**9))`) stops
    /// at the memory limit before that allocation, not at twice the limit.
    private func chargeRebuild(_ vm: Interpreter) throws {
        let size = Self.tableSize(minimum: (count + 1) * 3)
        try vm.charge(size * MemoryLayout<Int32>.stride + Self.entryRoom(tableSize: size) * MemoryLayout<Slot>.stride)
    }

    /// Removes `key`; returns its value or nil when absent.
    @discardableResult
    public func remove(_ key: Value, _ vm: Interpreter) throws -> Value? {
        let h = try vm.hash(key)
        let r = try findKey(key, hash: h, vm)
        guard let ix = r.entry else { return nil }
        return removeAt(slot: r.slot, entry: ix)
    }

    /// Where `key` is (or would go), comparing with Python equality. A
    /// comparison runs Python code, which may add or remove keys of this
    /// very dict (`__eq__` calling `d.clear()`): the probe would then read
    /// an index table that changed under it, so it starts again when the
    /// dict's keys changed, as CPython's `lookdict` does.
    private func findKey(_ key: Value, hash h: Int, _ vm: Interpreter) throws -> (slot: Int, entry: Int?) {
        while true {
            let before = version
            var changed = false
            let r = try find(hash: h) { e in
                let equal = try keyEquals(key, e, vm)
                if version != before { changed = true; return true }  // stop probing a stale table
                return equal
            }
            if !changed { return r }
        }
    }

    /// Python equality of `key` with entry `e`'s key (a deleted entry's
    /// hash never matches a probe: its index slot is a dummy).
    @inline(__always)
    private func keyEquals(_ key: Value, _ e: Int, _ vm: Interpreter) throws -> Bool {
        guard let k = keyAt(e) else { return false }
        return try vm.keyEquals(key, k)
    }

    private func removeAt(slot: Int, entry ix: Int) -> Value? {
        var old = Slot(hash: 0, key: nil, value: .none)
        swap(&old, &slots[ix])
        indices[slot] = PyDict.dummy
        count -= 1
        keysChanged()
        if count == 0 { removeStorage() }
        return old.value
    }

    private func removeStorage() {
        slots.removeAll()
        indices.removeAll(); filled = 0
    }

    /// Empties a dict the cycle collector found unreachable (its elements
    /// released through the deferred-release bin, whatever their depth).
    func clearForCollector() {
        if !slots.isEmpty { DeepRelease.release(&slots, leaving: []) }
        removeAll()
    }

    /// Removes every key.
    public func removeAll() {
        removeStorage(); count = 0; keysChanged()
    }

    /// Live keys in insertion order.
    public var keys: [Value] { (0..<slots.count).compactMap { keyAt($0) } }
    /// Live values in insertion order.
    public var values: [Value] { (0..<slots.count).compactMap { isLive($0) ? valueAt($0) : nil } }
    /// Appends the live values to `out` (`values` without its own array).
    func appendValues(to out: inout [Value]) {
        for e in 0..<slots.count where isLive(e) { out.append(valueAt(e)) }
    }

    /// Appends the live values that `snapshot` (a `storageSnapshot()` of
    /// this dict) does not hold at the same place; all of them when keys
    /// were added or removed since.
    func appendValues(notIn snapshot: PyDict, to out: inout [Value]) {
        guard version == snapshot.version, slots.count == snapshot.slots.count else {
            appendValues(to: &out)
            return
        }
        for e in 0..<slots.count where isLive(e)
            && !(snapshot.isLive(e) && valueAt(e).isIdentical(snapshot.valueAt(e))) {
            out.append(valueAt(e))
        }
    }
    /// Live (key, value) pairs in insertion order.
    public var items: [(Value, Value)] {
        (0..<slots.count).compactMap { e in keyAt(e).map { ($0, valueAt(e)) } }
    }

    /// The entry at raw position `i` (for iterators walking `entries`).
    @inline(__always)
    public func entry(at i: Int) -> Entry? {
        guard i < slots.count else { return nil }
        return slots.withUnsafeBufferPointer { p in
            p[i].key.map { Entry(hash: p[i].hash, key: $0, value: p[i].value) }
        }
    }
    /// Raw length of `entries`, including holes.
    public var rawCount: Int { slots.count }

    /// Removes and returns the last inserted pair (`popitem`).
    public func popLast() -> (Value, Value)? {
        guard let last = (0..<slots.count).last(where: { isLive($0) }), let k = keyAt(last) else { return nil }
        let v = valueAt(last)
        let r = find(hash: hashAt(last)) { $0 == last }
        if r.entry != nil { _ = removeAt(slot: r.slot, entry: last) }
        return (k, v)
    }

    /// Warm starts (Run/Warm/LibrarySnapshot.swift): a dict sharing this
    /// dict's storage (copy-on-write), to compare with and restore from.
    func storageSnapshot() -> PyDict {
        let d = copy()
        d.version = version
        return d
    }

    /// True while this dict still holds the very storage of `snapshot`
    /// (a `storageSnapshot()`).
    /// Copy-on-write gives every mutation since then a buffer of its own,
    /// so unchanged buffers mean unchanged contents.
    /// Insertions and deletions bump `version`; only overwriting a value
    /// leaves it, and that writes the entries array.
    func sharesStorage(with snapshot: PyDict) -> Bool {
        version == snapshot.version && count == snapshot.count
            && (count == 0 || PyDict.sameBuffer(slots, snapshot.slots))
    }

    /// What `sharesStorage(with:)` compares, taken once from a snapshot, so
    /// a check after each run reads only the live dict (`StorageStamp.matches`).
    struct StorageStamp {
        fileprivate let version: Int
        fileprivate let count: Int
        fileprivate let values: UnsafeRawPointer?
    }

    /// This dict's stamp (taken from a `storageSnapshot()`, which keeps the
    /// buffer alive, so its address cannot be reused while it is compared).
    func storageStamp() -> StorageStamp {
        StorageStamp(version: version, count: count,
                     values: slots.withUnsafeBufferPointer { UnsafeRawPointer($0.baseAddress) })
    }

    /// `sharesStorage(with: snapshot)`, for the stamp of `snapshot`.
    @inline(__always)
    func matches(_ stamp: StorageStamp) -> Bool {
        version == stamp.version && count == stamp.count
            && (count == 0 || slots.withUnsafeBufferPointer { UnsafeRawPointer($0.baseAddress) } == stamp.values)
    }

    /// Puts back the storage of `snapshot` (a `storageSnapshot()` of this dict).
    func restoreStorage(from snapshot: PyDict) {
        slots = snapshot.slots
        indices = snapshot.indices
        filled = snapshot.filled
        count = snapshot.count
        version = snapshot.version
        if keysTag != 0 { keysTag = interleave_next_type_tag() }
    }

    private static func sameBuffer<T>(_ a: [T], _ b: [T]) -> Bool {
        a.withUnsafeBufferPointer { x in b.withUnsafeBufferPointer { y in x.baseAddress == y.baseAddress && x.count == y.count } }
    }

    /// A shallow copy (same type `dict`).
    public func copy() -> PyDict {
        let d = PyDict()
        d.slots = slots
        d.indices = indices
        d.filled = filled
        d.count = count
        return d
    }
}
