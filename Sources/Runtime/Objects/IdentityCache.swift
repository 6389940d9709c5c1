/// A small open-addressing table keyed by object identity (the interned
/// name objects of code), used for per-class attribute lookup caches: a
/// pointer hash and compare is much cheaper than hashing through `Hasher`.
///
/// Bounded: names built at run time (`getattr(self, "visit_" + kind)`)
/// are new objects on every call, so each would add an entry for good and
/// a dispatch loop would grow the class without limit. Past `maxEntries`
/// the table starts over; the names code uses come back at once.
struct IdentityCache {
    /// Entries kept before the table is emptied (far above the distinct
    /// attribute names a class's code uses).
    static let maxEntries = 1024

    private var keys: [PyStr?] = []
    private var values: [(Value?, Bool)] = []
    private(set) var count = 0

    @inline(__always)
    private static func slot(_ k: PyStr, _ mask: Int) -> Int {
        Int(truncatingIfNeeded: UInt(bitPattern: ObjectIdentifier(k)) >> 4) & mask
    }

    /// The cached result for `k`, if any.
    @inline(__always)
    func get(_ k: PyStr) -> (Value?, Bool)? {
        if keys.isEmpty { return nil }
        let mask = keys.count - 1
        var i = IdentityCache.slot(k, mask)
        while let existing = keys[i] {
            if existing === k { return values[i] }
            i = (i + 1) & mask
        }
        return nil
    }

    /// Stores the result for `k`.
    mutating func set(_ k: PyStr, _ v: (Value?, Bool)) {
        if count >= IdentityCache.maxEntries { removeAll() }
        if (count + 1) * 2 > keys.count { grow() }
        let mask = keys.count - 1
        var i = IdentityCache.slot(k, mask)
        while let existing = keys[i] {
            if existing === k { values[i] = v; return }
            i = (i + 1) & mask
        }
        keys[i] = k
        values[i] = v
        count += 1
    }

    private mutating func grow() {
        let oldKeys = keys, oldValues = values
        let size = max(16, keys.count * 2)
        keys = [PyStr?](repeating: nil, count: size)
        values = [(Value?, Bool)](repeating: (nil, false), count: size)
        count = 0
        for (i, k) in oldKeys.enumerated() { if let k = k { set(k, oldValues[i]) } }
    }

    /// The value slots (empty ones hold nil), for the cycle collector.
    var storedValues: [(Value?, Bool)] { values }

    /// Forgets everything.
    mutating func removeAll() {
        keys = []; values = []; count = 0
    }
}
