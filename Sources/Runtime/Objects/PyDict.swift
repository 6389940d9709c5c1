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

    /// One slot of the insertion-ordered table: a live entry, or a hole
    /// where a key was deleted (`alive` false, key and value None).
    private struct Slot {
        var hash: Int
        var key: Value
        var value: Value
        var alive: Bool
    }

    // DESIGN: one array of slots in insertion order (one allocation, not one
    // per field), and an index table only once the dict holds more than
    // `linearLimit` slots: most dicts are instance `__dict__`s with a few
    // keys, which a linear scan of cached hashes serves faster than probing
    // and without a second allocation.
    private var table: [Slot] = []
    /// Open-addressing index into `table`; empty while the dict is small.
    private var indices: [Int32] = []
    private var filled = 0
    /// Number of live keys.
    public private(set) var count = 0
    /// Bumped on every insertion or deletion of a key (iterators compare it).
    public private(set) var version = 0

    private static let empty: Int32 = -1
    private static let dummy: Int32 = -2
    /// Slots a dict holds before it builds an index table.
    private static let linearLimit = 8

    deinit {
        if !table.isEmpty { DeepRelease.release(&table, leaving: []) }
    }

    /// Creates an empty `dict`.
    public init() { super.init(type: nil) }
    /// Creates an instance of a `dict` subclass.
    public init(type: PyType) { super.init(type: type, hasDict: true) }

    public override var exactBuiltinType: PyType { BuiltinTypes.dict }

    /// Entries in insertion order; nil marks a deleted entry.
    public var entries: [Entry?] {
        table.map { $0.alive ? Entry(hash: $0.hash, key: $0.key, value: $0.value) : nil }
    }

    /// Probe result: the slot in `indices` (-1 while the dict is small), and
    /// the entry index when found. `matches` may run Python code (`__eq__`)
    /// that changes this dict, so every access is bounds-checked.
    @inline(__always)
    private func find(hash: Int, _ matches: (Int) throws -> Bool) rethrows -> (slot: Int, entry: Int?) {
        if indices.isEmpty {
            var e = 0
            while e < table.count {
                if table[e].hash == hash && table[e].alive, try matches(e) { return (-1, e) }
                e += 1
            }
            return (-1, nil)
        }
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
                if e < table.count && table[e].hash == hash, try matches(e) { return (i, e) }
            }
            perturb >>= 5
            i = (i &* 5 &+ Int(bitPattern: perturb) &+ 1) & mask
        }
    }

    private func insertNew(slot: Int, hash: Int, key: Value, value: Value) {
        if indices.isEmpty {
            if table.count >= PyDict.linearLimit {
                rebuild(minimum: (count + 1) * 3)
                if !indices.isEmpty {
                    insertIndexed(slot: find(hash: hash) { _ in false }.slot, hash: hash, key: key, value: value)
                    return
                }
            }
            if table.isEmpty { table.reserveCapacity(4) }
            table.append(Slot(hash: hash, key: key, value: value, alive: true))
            count += 1
            version &+= 1
            return
        }
        insertIndexed(slot: slot, hash: hash, key: key, value: value)
    }

    private func insertIndexed(slot: Int, hash: Int, key: Value, value: Value) {
        var slot = slot
        if slot < 0 || (filled + 1) * 3 >= indices.count * 2 {
            rebuild(minimum: (count + 1) * 3)
            slot = find(hash: hash) { _ in false }.slot
            if indices.isEmpty {
                table.append(Slot(hash: hash, key: key, value: value, alive: true))
                count += 1
                version &+= 1
                return
            }
        }
        if indices[slot] == PyDict.empty { filled += 1 }
        indices[slot] = Int32(table.count)
        table.append(Slot(hash: hash, key: key, value: value, alive: true))
        count += 1
        version &+= 1
    }

    /// Drops the holes, then indexes the table when it is past
    /// `linearLimit` (an index of at least `minimum` slots) or drops the
    /// index when it is small again.
    private func rebuild(minimum: Int) {
        if count != table.count {
            var compacted: [Slot] = []
            compacted.reserveCapacity(count)
            for entry in table where entry.alive { compacted.append(entry) }
            table = compacted
        }
        if table.count < PyDict.linearLimit {
            indices = []
            filled = 0
            return
        }
        var size = 8
        while size < minimum { size <<= 1 }
        indices = [Int32](repeating: PyDict.empty, count: size)
        filled = table.count
        let mask = size - 1
        for n in 0..<table.count {
            var perturb = UInt(bitPattern: table[n].hash)
            var i = Int(UInt(bitPattern: table[n].hash) & UInt(mask))
            while indices[i] != PyDict.empty {
                perturb >>= 5
                i = (i &* 5 &+ Int(bitPattern: perturb) &+ 1) & mask
            }
            indices[i] = Int32(n)
        }
    }

    @inline(__always)
    private func strKeyMatches(_ key: PyStr, _ e: Int) -> Bool {
        if case .object(let o) = table[e].key {
            if o === key { return true }
            if let s = o as? PyStr { return s.value == key.value }
        }
        return false
    }

    // MARK: str-keyed fast paths (attribute dictionaries)

    /// Looks up a `str` key without running Python code.
    @inline(__always)
    public func getStr(_ key: PyStr) -> Value? {
        guard let ix = find(hash: key.hash, { strKeyMatches(key, $0) }).entry else { return nil }
        return table[ix].value
    }

    /// Looks up a Swift-string key.
    public func getStr(_ key: String) -> Value? { getStr(PyStr(key)) }

    /// Stores under a `str` key without running Python code.
    public func setStr(_ key: PyStr, _ value: Value) {
        let r = find(hash: key.hash) { strKeyMatches(key, $0) }
        if let ix = r.entry { table[ix].value = value; return }
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
        guard let ix = try find(hash: h, { try vm.keyEquals(key, self.table[$0].key) }).entry else { return nil }
        return table[ix].value
    }

    /// Looks up with a precomputed hash.
    public func get(_ key: Value, hash h: Int, _ vm: Interpreter) throws -> Value? {
        guard let ix = try find(hash: h, { try vm.keyEquals(key, self.table[$0].key) }).entry else { return nil }
        return table[ix].value
    }

    /// `d[key] = value`.
    public func set(_ key: Value, _ value: Value, _ vm: Interpreter) throws {
        let h = try vm.hash(key)
        try set(key, hash: h, value, vm)
    }

    /// `d[key] = value` with a precomputed hash.
    public func set(_ key: Value, hash h: Int, _ value: Value, _ vm: Interpreter) throws {
        let r = try find(hash: h) { try vm.keyEquals(key, self.table[$0].key) }
        if let ix = r.entry, ix < table.count { table[ix].value = value; return }
        insertNew(slot: r.slot, hash: h, key: key, value: value)
    }

    /// Removes `key`; returns its value or nil when absent.
    @discardableResult
    public func remove(_ key: Value, _ vm: Interpreter) throws -> Value? {
        let h = try vm.hash(key)
        let r = try find(hash: h) { try vm.keyEquals(key, self.table[$0].key) }
        guard let ix = r.entry else { return nil }
        return removeAt(slot: r.slot, entry: ix)
    }

    private func removeAt(slot: Int, entry ix: Int) -> Value? {
        guard ix < table.count, table[ix].alive else { return nil }
        let old = table[ix].value
        table[ix] = Slot(hash: 0, key: .none, value: .none, alive: false)
        if slot >= 0 { indices[slot] = PyDict.dummy }
        count -= 1
        version &+= 1
        if count == 0 { removeStorage() }
        return old
    }

    private func removeStorage() {
        table.removeAll()
        indices.removeAll()
        filled = 0
    }

    /// Removes every key.
    public func removeAll() {
        removeStorage(); count = 0; version &+= 1
    }

    /// Live keys in insertion order.
    public var keys: [Value] { table.compactMap { $0.alive ? $0.key : nil } }
    /// Live values in insertion order.
    public var values: [Value] { table.compactMap { $0.alive ? $0.value : nil } }
    /// Live (key, value) pairs in insertion order.
    public var items: [(Value, Value)] {
        table.compactMap { $0.alive ? ($0.key, $0.value) : nil }
    }

    /// The entry at raw position `i` (for iterators walking `entries`).
    @inline(__always)
    public func entry(at i: Int) -> Entry? {
        guard i < table.count, table[i].alive else { return nil }
        return Entry(hash: table[i].hash, key: table[i].key, value: table[i].value)
    }
    /// Raw length of `entries`, including holes.
    public var rawCount: Int { table.count }

    /// Removes and returns the last inserted pair (`popitem`).
    public func popLast() -> (Value, Value)? {
        guard let last = table.lastIndex(where: { $0.alive }) else { return nil }
        let k = table[last].key, v = table[last].value
        let r = find(hash: table[last].hash) { $0 == last }
        if r.entry != nil { _ = removeAt(slot: r.slot, entry: last) }
        return (k, v)
    }

    /// A shallow copy (same type `dict`).
    public func copy() -> PyDict {
        let d = PyDict()
        d.table = table
        d.indices = indices
        d.filled = filled
        d.count = count
        return d
    }
}
