/// Where `LOAD_GLOBAL`, `STORE_GLOBAL` and a module body's `LOAD_NAME` /
/// `STORE_NAME` of one name found it last: an entry of the globals dict,
/// or (when the globals lacked it) an entry of the builtins.
///
/// DESIGN: a global read probed the globals dict and then the builtins
/// (~50 instructions each, two per `fib` call) although the answer only
/// changes when a key is added to or removed from those dicts. The slot
/// remembers entry indices, which hold no reference (caching the value
/// would make a cycle through the code object that the collector cannot
/// see). A hit confirms that the entry still holds the very name object
/// (`PyDict.holdsKey`): a deletion empties the entry and a rebuild moves
/// it, so a stale index just misses. "Absent from the globals" cannot be
/// confirmed that way, so a builtins hit also needs the globals'
/// `keysTag`, unique in the process and renewed when a key is added or
/// removed there (CPython 3.11 keys `LOAD_GLOBAL_BUILTIN` on the dicts'
/// key versions the same way). Names are interned per compilation
/// (`NameTable`), so the stored key is the code's own name object unless
/// a program stored the name through a string it built (`globals()[s]`);
/// such an entry is simply not cached. The race detector's access log
/// sees every access: with a log the caches are not used.
struct GlobalCacheSlot {
    /// The globals entry holding the name, or -1.
    var globalIndex: Int32 = -1
    /// The builtins entry holding the name, valid while the globals' keys
    /// tag is `globalsTag` (the name then still absent from them), or -1.
    var builtinIndex: Int32 = -1
    var globalsTag: UInt64 = 0
}

extension Interpreter {
    /// The value of global `name` through the cache entry; nil means
    /// "look it up" (`lookupGlobalFillingCache`). Takes the name and the
    /// globals borrowed (the frame's code and the frame own them), so a
    /// hit costs no reference counting but the value's own retain.
    @inline(__always)
    func cachedGlobal(_ entry: UnsafeMutablePointer<AttributeCacheEntry>, _ name: Unmanaged<PyStr>,
                      _ globals: Unmanaged<PyDict>, builtins: PyDict) -> Value? {
        let g = Int(entry.pointee.global.globalIndex)
        if g >= 0 {
            return globals._withUnsafeGuaranteedRef { d in
                name._withUnsafeGuaranteedRef { n in d.holdsKey(n, at: g) } ? d.value(at: g) : nil
            }
        }
        let b = Int(entry.pointee.global.builtinIndex)
        guard b >= 0, entry.pointee.global.globalsTag == globals._withUnsafeGuaranteedRef({ $0.keysTag }),
              name._withUnsafeGuaranteedRef({ builtins.holdsKey($0, at: b) }) else { return nil }
        return builtins.value(at: b)
    }

    /// Stores global `name` through the cache entry when the name already
    /// sits in the globals at the cached entry; false means "store it the
    /// general way" (then `fillGlobalCacheAfterStore`).
    @inline(__always)
    func storeCachedGlobal(_ entry: UnsafeMutablePointer<AttributeCacheEntry>, _ name: Unmanaged<PyStr>,
                           _ value: Value, _ globals: Unmanaged<PyDict>) -> Bool {
        let g = Int(entry.pointee.global.globalIndex)
        return globals._withUnsafeGuaranteedRef { d in
            guard g >= 0, name._withUnsafeGuaranteedRef({ d.holdsKey($0, at: g) }) else { return false }
            d.replaceValue(at: g, with: value)
            return true
        }
    }

    /// A read that missed the cache: the value of `name` in the globals,
    /// else in the builtins (nil when neither has it), probing each dict
    /// once and remembering the entry found for the next read.
    @inline(never)
    func lookupGlobalFillingCache(_ entry: UnsafeMutablePointer<AttributeCacheEntry>, _ name: PyStr,
                                  globals: PyDict, builtins: PyDict) -> Value? {
        entry.pointee.global = GlobalCacheSlot()
        if let found = globals.strEntry(name) {
            if found.identical, found.index <= Int(Int32.max) { entry.pointee.global.globalIndex = Int32(found.index) }
            return globals.value(at: found.index)
        }
        guard let found = builtins.strEntry(name) else { return nil }
        if found.identical, found.index <= Int(Int32.max) {
            entry.pointee.global.globalsTag = globals.watchedKeysTag
            entry.pointee.global.builtinIndex = Int32(found.index)
        }
        return builtins.value(at: found.index)
    }

    /// Remembers the globals entry that a store just wrote `name` to.
    @inline(never)
    func fillGlobalCacheAfterStore(_ entry: UnsafeMutablePointer<AttributeCacheEntry>, _ name: PyStr, globals: PyDict) {
        entry.pointee.global = GlobalCacheSlot()
        if let found = globals.strEntry(name), found.identical, found.index <= Int(Int32.max) {
            entry.pointee.global.globalIndex = Int32(found.index)
        }
    }
}
