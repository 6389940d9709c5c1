/// A Python `dict`: insertion-ordered hash table with Python hashing and
/// equality (`1 == 1.0 == True` are the same key).
///
/// Layout follows CPython's compact dict: an `entries` array in insertion
/// order (holes where keys were deleted) and an open-addressing `indices`
/// table probed with CPython's perturbation scheme.
public final class PyDict: PyObject {
    /// One key/value pair with the key's hash.
    public struct Entry {
        public var hash: Int
        public var key: Value
        public var value: Value
    }

    // Entries live in parallel arrays (insertion order, holes where keys were
    // deleted) so probing compares hashes without copying keys or values.
    private var hashes: [Int] = []
    private var keyStore: [Value] = []
    private var valueStore: [Value] = []
    private var alive: [Bool] = []
    private var indices: [Int32] = []
    private var filled = 0
    /// Number of live keys.
    public private(set) var count = 0
    /// Bumped on every insertion or deletion of a key (iterators compare it).
    public private(set) var version = 0

    private static let empty: Int32 = -1
    private static let dummy: Int32 = -2

    deinit {
        if !keyStore.isEmpty {
            DeepRelease.release(&keyStore, leaving: [])
            DeepRelease.release(&valueStore, leaving: [])
        }
    }

    /// Creates an empty `dict`.
    public init() { super.init(type: nil); CycleCollector.track(self) }
    /// Creates an instance of a `dict` subclass.
    public init(type: PyType) { super.init(type: type, hasDict: true); CycleCollector.track(self) }

    /// The cycle collector's view: the stored keys and values, each array
    /// holding one reference per element (deleted entries included).
    func visitStorage(_ body: (UnsafeMutablePointer<[Value]>) -> Void) {
        withUnsafeMutablePointer(to: &keyStore, body)
        withUnsafeMutablePointer(to: &valueStore, body)
    }

    public override var exactBuiltinType: PyType { BuiltinTypes.dict }

    /// Entries in insertion order; nil marks a deleted entry.
    public var entries: [Entry?] {
        (0..<hashes.count).map { alive[$0] ? Entry(hash: hashes[$0], key: keyStore[$0], value: valueStore[$0]) : nil }
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
                if hashes[e] == hash, try matches(e) { return (i, e) }
            }
            perturb >>= 5
            i = (i &* 5 &+ Int(bitPattern: perturb) &+ 1) & mask
        }
    }

    private func insertNew(slot: Int, hash: Int, key: __owned Value, value: __owned Value) {
        var slot = slot
        if slot < 0 || (filled + 1) * 3 >= indices.count * 2 {
            rebuild(minimum: (count + 1) * 3)
            slot = find(hash: hash) { _ in false }.slot
        }
        if indices[slot] == PyDict.empty { filled += 1 }
        indices[slot] = Int32(hashes.count)
        hashes.append(hash)
        keyStore.append(key)
        valueStore.append(value)
        alive.append(true)
        count += 1
        version &+= 1
    }

    private func rebuild(minimum: Int) {
        var size = 8
        while size < minimum { size <<= 1 }
        if count != hashes.count {
            var h: [Int] = [], k: [Value] = [], v: [Value] = []
            h.reserveCapacity(count); k.reserveCapacity(count); v.reserveCapacity(count)
            for i in 0..<hashes.count where alive[i] {
                h.append(hashes[i]); k.append(keyStore[i]); v.append(valueStore[i])
            }
            hashes = h; keyStore = k; valueStore = v
            alive = [Bool](repeating: true, count: h.count)
        }
        indices = [Int32](repeating: PyDict.empty, count: size)
        filled = hashes.count
        let mask = size - 1
        for n in 0..<hashes.count {
            var perturb = UInt(bitPattern: hashes[n])
            var i = Int(UInt(bitPattern: hashes[n]) & UInt(mask))
            while indices[i] != PyDict.empty {
                perturb >>= 5
                i = (i &* 5 &+ Int(bitPattern: perturb) &+ 1) & mask
            }
            indices[i] = Int32(n)
        }
    }

    @inline(__always)
    private func strKeyMatches(_ key: PyStr, _ e: Int) -> Bool {
        if case .object(let o) = keyStore[e] {
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
        return valueStore[ix]
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
        if let ix = r.entry { valueStore[ix] = value; return }
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

    // MARK: general keys

    /// `d.get(key)`: nil when absent. Raises TypeError for unhashable keys.
    public func get(_ key: Value, _ vm: Interpreter) throws -> Value? {
        let h = try vm.hash(key)
        guard let ix = try find(hash: h, { try vm.keyEquals(key, keyStore[$0]) }).entry else { return nil }
        return valueStore[ix]
    }

    /// Looks up with a precomputed hash.
    public func get(_ key: Value, hash h: Int, _ vm: Interpreter) throws -> Value? {
        guard let ix = try find(hash: h, { try vm.keyEquals(key, keyStore[$0]) }).entry else { return nil }
        return valueStore[ix]
    }

    /// `d[key] = value`.
    public func set(_ key: Value, _ value: Value, _ vm: Interpreter) throws {
        let h = try vm.hash(key)
        try set(key, hash: h, value, vm)
    }

    /// `d[key] = value` with a precomputed hash.
    public func set(_ key: Value, hash h: Int, _ value: Value, _ vm: Interpreter) throws {
        let r = try find(hash: h) { try vm.keyEquals(key, keyStore[$0]) }
        if let ix = r.entry { valueStore[ix] = value; return }
        insertNew(slot: r.slot, hash: h, key: key, value: value)
    }

    /// Removes `key`; returns its value or nil when absent.
    @discardableResult
    public func remove(_ key: Value, _ vm: Interpreter) throws -> Value? {
        let h = try vm.hash(key)
        let r = try find(hash: h) { try vm.keyEquals(key, keyStore[$0]) }
        guard let ix = r.entry else { return nil }
        return removeAt(slot: r.slot, entry: ix)
    }

    private func removeAt(slot: Int, entry ix: Int) -> Value? {
        let old = valueStore[ix]
        alive[ix] = false
        keyStore[ix] = .none
        valueStore[ix] = .none
        indices[slot] = PyDict.dummy
        count -= 1
        version &+= 1
        if count == 0 { removeStorage() }
        return old
    }

    private func removeStorage() {
        hashes.removeAll(); keyStore.removeAll(); valueStore.removeAll(); alive.removeAll()
        indices.removeAll(); filled = 0
    }

    /// Empties a dict the cycle collector found unreachable (its elements
    /// released through the deferred-release bin, whatever their depth).
    func clearForCollector() {
        if !keyStore.isEmpty {
            DeepRelease.release(&keyStore, leaving: [])
            DeepRelease.release(&valueStore, leaving: [])
        }
        removeAll()
    }

    /// Removes every key.
    public func removeAll() {
        removeStorage(); count = 0; version &+= 1
    }

    /// Live keys in insertion order.
    public var keys: [Value] { (0..<hashes.count).compactMap { alive[$0] ? keyStore[$0] : nil } }
    /// Live values in insertion order.
    public var values: [Value] { (0..<hashes.count).compactMap { alive[$0] ? valueStore[$0] : nil } }
    /// Appends the live values to `out` (`values` without its own array).
    func appendValues(to out: inout [Value]) {
        for i in 0..<hashes.count where alive[i] { out.append(valueStore[i]) }
    }

    /// Appends the live values that `snapshot` (a `storageSnapshot()` of
    /// this dict) does not hold at the same place; all of them when keys
    /// were added or removed since.
    func appendValues(notIn snapshot: PyDict, to out: inout [Value]) {
        guard version == snapshot.version, hashes.count == snapshot.hashes.count else {
            appendValues(to: &out)
            return
        }
        for i in 0..<hashes.count where alive[i] && !(snapshot.alive[i] && valueStore[i].isIdentical(snapshot.valueStore[i])) {
            out.append(valueStore[i])
        }
    }
    /// Live (key, value) pairs in insertion order.
    public var items: [(Value, Value)] {
        (0..<hashes.count).compactMap { alive[$0] ? (keyStore[$0], valueStore[$0]) : nil }
    }

    /// The entry at raw position `i` (for iterators walking `entries`).
    @inline(__always)
    public func entry(at i: Int) -> Entry? {
        i < hashes.count && alive[i] ? Entry(hash: hashes[i], key: keyStore[i], value: valueStore[i]) : nil
    }
    /// Raw length of `entries`, including holes.
    public var rawCount: Int { hashes.count }

    /// Removes and returns the last inserted pair (`popitem`).
    public func popLast() -> (Value, Value)? {
        guard let last = alive.lastIndex(of: true) else { return nil }
        let k = keyStore[last], v = valueStore[last]
        let r = find(hash: hashes[last]) { $0 == last }
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
    /// leaves it, and that writes `valueStore`.
    func sharesStorage(with snapshot: PyDict) -> Bool {
        version == snapshot.version && count == snapshot.count
            && (count == 0 || PyDict.sameBuffer(valueStore, snapshot.valueStore))
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
                     values: valueStore.withUnsafeBufferPointer { UnsafeRawPointer($0.baseAddress) })
    }

    /// `sharesStorage(with: snapshot)`, for the stamp of `snapshot`.
    @inline(__always)
    func matches(_ stamp: StorageStamp) -> Bool {
        version == stamp.version && count == stamp.count
            && (count == 0 || valueStore.withUnsafeBufferPointer { UnsafeRawPointer($0.baseAddress) } == stamp.values)
    }

    /// Puts back the storage of `snapshot` (a `storageSnapshot()` of this dict).
    func restoreStorage(from snapshot: PyDict) {
        hashes = snapshot.hashes
        keyStore = snapshot.keyStore
        valueStore = snapshot.valueStore
        alive = snapshot.alive
        indices = snapshot.indices
        filled = snapshot.filled
        count = snapshot.count
        version = snapshot.version
    }

    private static func sameBuffer<T>(_ a: [T], _ b: [T]) -> Bool {
        a.withUnsafeBufferPointer { x in b.withUnsafeBufferPointer { y in x.baseAddress == y.baseAddress && x.count == y.count } }
    }

    /// A shallow copy (same type `dict`).
    public func copy() -> PyDict {
        let d = PyDict()
        d.hashes = hashes
        d.keyStore = keyStore
        d.valueStore = valueStore
        d.alive = alive
        d.indices = indices
        d.filled = filled
        d.count = count
        return d
    }
}
