import CRuntimeSupport

/// One inline cache entry of a code object, per name of its name table:
/// the class version tags (`PyType.versionTag`) for which `obj.name` and
/// `obj.name = v` go straight to the instance dict. Zero is never a tag.
struct AttributeCacheEntry {
    /// Instances of the classes with these tags read `name` from their
    /// dict when it is there.
    var load = TagPair()
    /// Instances of the classes with these tags store `name` in their dict.
    var store = TagPair()
    /// `obj.name(...)` on an instance of the builtin type with this tag
    /// calls `builtinMethod` (held: builtin functions reference no code
    /// object, so holding one here makes no cycle).
    var builtinMethodTag: UInt64 = 0
    var builtinMethod: Value = .none
    /// Where a global read or write of this name found it last
    /// (VM/GlobalCache.swift).
    var global = GlobalCacheSlot()
    /// Where `module.name` found it last in a module's dict.
    var module = ModuleAttributeSlot()
}

/// `module.name` (`asyncio.sleep`, `math.sqrt`): the entry index of the
/// name in the module's dict, valid while that dict's `keysTag` is `tag`.
/// The tag is unique in the process and renewed whenever a key is added
/// to or removed from the dict, so it names one dict in one key layout:
/// the entry at `index` still holds the name, and no identity check of
/// the key is needed (a module's keys come from another compilation than
/// the reading code's names, so identity would rarely match anyway).
struct ModuleAttributeSlot {
    var tag: UInt64 = 0
    var index: Int32 = 0
}

/// The last two class tags cached for one access: a method of a base
/// class reads `self.x` on instances of two subclasses in turn.
struct TagPair {
    private var newest: UInt64 = 0
    private var older: UInt64 = 0

    /// Whether `tag` is one of the two.
    @inline(__always)
    func contains(_ tag: UInt64) -> Bool { tag == newest || tag == older }

    /// Records `tag` (0: nothing to cache) as the newest, keeping the
    /// previous newest.
    @inline(__always)
    mutating func record(_ tag: UInt64) {
        guard tag != 0, tag != newest else { return }
        older = newest
        newest = tag
    }
}

/// Inline caches for attribute reads and writes on plain instances.
///
/// DESIGN: `obj.x` on an instance of a user class went through
/// `getAttribute` -> `lookupAttribute` -> `genericLookupAttribute` ->
/// `instanceDictAttribute`: a `__getattribute__` override check, the class
/// lookup of `x` (a cached probe), the descriptor checks and the dict
/// probe, ~280 instructions, where the answer "the instance dict decides"
/// is the same every time for one class. Each code object keeps, per name
/// of its name table, the version tag of the last class for which that
/// answer held (CPython 3.11's `LOAD_ATTR_INSTANCE_VALUE` specialization
/// keys on a type version the same way). A class's tag changes whenever
/// anything its lookups depend on changes (`invalidateLookupCache`: a
/// class attribute of it or of a base, its bases), and tags are unique in
/// the process, so a freed class's tag can never match a new class. A
/// cache hit costs the tag comparisons and the dict probe; a miss (another
/// class, or the name not in the dict) takes the general path, which
/// refills the entry. Keyed by name rather than by instruction, with the
/// last two classes per name: a base class's method reading `self.x` on
/// instances of two subclasses hits for both (a third class takes turns,
/// which is only slower). Code objects belong to one
/// interpreter thread (the library's compiled code is cached per thread:
/// `LibraryCodeCache`; warm images are per thread), so entries need no
/// synchronization.
extension CodeObject {
    /// The entry storage, one per name (allocated on the first frame,
    /// released with the code object: `releaseAttributeCache`).
    var attributeCache: UnsafeMutablePointer<AttributeCacheEntry> {
        if let c = attributeCacheStorage { return c }
        let n = max(names.count, 1)
        let c = UnsafeMutablePointer<AttributeCacheEntry>.allocate(capacity: n)
        c.initialize(repeating: AttributeCacheEntry(), count: n)
        attributeCacheStorage = c
        attributeCacheCount = n
        return c
    }

    /// Frees the entries (their builtin methods released).
    func releaseAttributeCache() {
        guard let c = attributeCacheStorage else { return }
        c.deinitialize(count: attributeCacheCount)
        c.deallocate()
        attributeCacheStorage = nil
    }
}

extension Interpreter {
    /// `obj.name` from the instance dict when `tags` holds the class's
    /// current tag; nil means "take the general path".
    @inline(__always)
    func cachedInstanceAttribute(_ o: PyObject, _ name: PyStr, tags: TagPair) -> Value? {
        guard let type = o.typeRef, tags.contains(type._withUnsafeGuaranteedRef({ $0.versionTag })),
              let dict = o.dictRef else { return nil }
        return dict._withUnsafeGuaranteedRef { $0.getStr(name) }
    }

    /// `obj.name = value` into the instance dict when `tags` holds the
    /// class's current tag; false means "take the general path".
    @inline(__always)
    func storeCachedInstanceAttribute(_ o: PyObject, _ name: PyStr, _ value: Value, tags: TagPair) -> Bool {
        guard let type = o.typeRef, tags.contains(type._withUnsafeGuaranteedRef({ $0.versionTag })),
              let dict = o.dictRef else { return false }
        dict._withUnsafeGuaranteedRef { $0.setStr(name, value) }
        return true
    }

    /// The tag to cache for reading `name` on `obj`: its class's, when the
    /// instance dict decides the read (a plain instance, no
    /// `__getattribute__`, no data descriptor or property of that name on
    /// the class: `instanceDictAttribute`'s conditions); else 0. A name
    /// the dict does not hold (a method, a class attribute) is not cached:
    /// the next read would miss the dict anyway.
    @inline(never)
    func attributeLoadTag(_ obj: Value, _ name: PyStr) -> UInt64 {
        guard case .object(let o) = obj, let d = o.dictRef, d._withUnsafeGuaranteedRef({ $0.containsStr(name) }),
              o is PyInstance, let t = o.userClass, t.layout == .object, !t.overridesGetattribute,
              !Interpreter.shadowsInstanceDict(t.lookup(name)) else { return 0 }
        return t.versionTag
    }

    /// The tag to cache for storing `name` on `obj`: its class's, when the
    /// store goes to the instance dict (`storeInstanceDictAttribute`'s
    /// conditions: no `__setattr__`, no `__slots__`, no data descriptor or
    /// property of that name); else 0.
    @inline(never)
    func attributeStoreTag(_ obj: Value, _ name: PyStr) -> UInt64 {
        guard case .object(let o) = obj, o is PyInstance, let t = o.userClass, t.layout == .object,
              o.dictRef != nil, storesInInstanceDict(t, name) else { return 0 }
        return t.versionTag
    }

    /// `module.name` through the cache entry when `o` is a plain module
    /// whose dict is in the key layout the entry remembers; nil means
    /// "take the general path" (then `recordModuleAttribute`). A plain
    /// module's attribute read is its dict's entry (Attributes.swift).
    @inline(__always)
    func cachedModuleAttribute(_ o: PyObject, _ entry: UnsafeMutablePointer<AttributeCacheEntry>) -> Value? {
        let tag = entry.pointee.module.tag
        guard tag != 0, o.typeStorage == nil, let dict = o.dictRef,
              dict._withUnsafeGuaranteedRef({ $0.keysTag == tag }), o is PyModule else { return nil }
        return dict._withUnsafeGuaranteedRef { $0.value(at: Int(entry.pointee.module.index)) }
    }

    /// Remembers where a plain module's dict holds `name`, after a read
    /// of `obj.name` took the general path.
    @inline(never)
    func recordModuleAttribute(_ obj: Value, _ name: PyStr, _ entry: UnsafeMutablePointer<AttributeCacheEntry>) {
        guard case .object(let o) = obj, o.typeStorage == nil, o is PyModule, let dict = o.dict,
              let found = dict.strEntry(name), found.index <= Int(Int32.max) else { return }
        entry.pointee.module = ModuleAttributeSlot(tag: dict.watchedKeysTag, index: Int32(found.index))
    }

    /// The method `obj.name(...)` calls when `obj` is an exact builtin
    /// instance without a dict (a str, list, dict, set...) of the builtin
    /// type tagged `tag`: builtin types never change, so the method found
    /// once is found every time. Nil means "look it up".
    @inline(__always)
    func cachedBuiltinMethod(_ o: PyObject, _ entry: UnsafeMutablePointer<AttributeCacheEntry>) -> Value? {
        let tag = entry.pointee.builtinMethodTag
        guard tag != 0, o.typeStorage == nil, o.dictRef == nil, o.exactBuiltinType.versionTag == tag else { return nil }
        return entry.pointee.builtinMethod
    }

    /// Caches `method`, found by `unboundMethod` for `obj.name(...)`, when
    /// `obj` is an exact builtin instance without a dict and `method` a
    /// builtin method.
    @inline(never)
    func recordBuiltinMethod(_ obj: Value, _ method: Value, _ entry: UnsafeMutablePointer<AttributeCacheEntry>) {
        guard case .object(let o) = obj, o.typeStorage == nil, o.dictRef == nil,
              case .object(let mo) = method, mo is PyBuiltinFunction else { return }
        entry.pointee.builtinMethodTag = o.exactBuiltinType.versionTag
        entry.pointee.builtinMethod = method
    }
}
