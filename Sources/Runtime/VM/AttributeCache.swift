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
    /// `obj.name` / `obj.name(...)` answered by the class (a method, or a
    /// plain class attribute such as `kind = "rect"`).
    var classAttribute = ClassAttributeSlot()
}

/// The value a user class's lookup of one name gave, valid while the
/// class's `versionTag` is `tag` and the instance dict lacks the name.
/// The tag changes whenever any class attribute along the MRO changes, so
/// while it matches, the value is still the one a class dict holds, and the
/// class is alive because the receiver is: the slot keeps it unretained
/// (holding it would make a cycle through the code object). `isMethod`
/// separates `obj.m(...)` (a function to call with `obj`) from `obj.kind`
/// (a plain value read as is); one entry serves one name of a code object,
/// which both kinds of site may use.
struct ClassAttributeSlot {
    var tag: UInt64 = 0
    var isMethod = false
    private var object: Unmanaged<PyObject>?
    private var inline: Value = .none

    init() {}

    init(tag: UInt64, value: Value, isMethod: Bool) {
        self.tag = tag
        self.isMethod = isMethod
        if case .object(let o) = value { object = Unmanaged.passUnretained(o) } else { inline = value }
    }

    /// The cached value, as a new strong reference.
    @inline(__always)
    var value: Value {
        if let o = object { return .object(o.takeUnretainedValue()) }
        return inline
    }
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

    /// `obj.name` (`isMethod` false) or the function `obj.name(...)` calls
    /// (`isMethod` true) from the entry, when `o`'s class still has the
    /// recorded tag and `o`'s dict does not shadow the name; nil means
    /// "take the general path".
    @inline(__always)
    func cachedClassAttribute(_ o: PyObject, _ name: PyStr, _ entry: UnsafeMutablePointer<AttributeCacheEntry>,
                              isMethod: Bool) -> Value? {
        let tag = entry.pointee.classAttribute.tag
        guard tag != 0, entry.pointee.classAttribute.isMethod == isMethod, let type = o.typeRef,
              type._withUnsafeGuaranteedRef({ $0.versionTag }) == tag else { return nil }
        if let dict = o.dictRef, dict._withUnsafeGuaranteedRef({ $0.containsStr(name) }) { return nil }
        return entry.pointee.classAttribute.value
    }

    /// Records the class attribute `obj.name` just read the general way
    /// when it is plain data the read returns as is (a str, a number, a
    /// tuple, a class...: no `__get__` to apply) on a plain instance whose
    /// class has no `__getattribute__`, and the instance dict lacks it.
    @inline(never)
    func recordClassAttribute(_ obj: Value, _ name: PyStr, _ entry: UnsafeMutablePointer<AttributeCacheEntry>) {
        guard case .object(let o) = obj, o is PyInstance, let t = o.userClass, t.layout == .object,
              !t.overridesGetattribute, !(o.dict?.containsStr(name) ?? false),
              let attribute = t.lookup(name), Self.isPlainClassData(attribute) else { return }
        entry.pointee.classAttribute = ClassAttributeSlot(tag: t.versionTag, value: attribute, isMethod: false)
    }

    /// Records the function `unboundMethod` found for `obj.name(...)` on an
    /// instance of a user class (its conditions: no `__getattribute__`,
    /// a function or builtin method on the class, the dict not shadowing).
    @inline(never)
    func recordClassMethod(_ obj: Value, _ method: Value, _ entry: UnsafeMutablePointer<AttributeCacheEntry>) {
        guard case .object(let o) = obj, let t = o.userClass, !t.overridesGetattribute else { return }
        entry.pointee.classAttribute = ClassAttributeSlot(tag: t.versionTag, value: method, isMethod: true)
    }

    /// Values a class attribute read returns unchanged: inline values and
    /// exact builtin data (no descriptor protocol applies to them).
    static func isPlainClassData(_ v: Value) -> Bool {
        guard case .object(let o) = v else { return true }
        guard o.typeStorage == nil else { return false }
        return o is PyStr || o is PyTuple || o is PyBigInt || o is PyList || o is PyDict || o is PySet
            || (o is PyType && o.typeStorage == nil)
    }

    /// The method `obj.name(...)` calls when `obj` is an exact builtin
    /// instance without a dict (a str, list, dict, set...) of the builtin
    /// type tagged `tag`: builtin types never change, so the method found
    /// once is found every time. Nil means "look it up".
    @inline(__always)
    func cachedBuiltinMethod(_ o: PyObject, _ entry: UnsafeMutablePointer<AttributeCacheEntry>) -> Value? {
        let tag = entry.pointee.builtinMethodTag
        guard tag != 0, o.dictRef == nil, builtinTypeTag(o) == tag else { return nil }
        return entry.pointee.builtinMethod
    }

    /// The version tag of `o`'s class when that is a builtin type (whose
    /// attributes never change), else 0. Most core objects leave their
    /// type implicit (`typeStorage` nil); some name it (the asyncio core's
    /// futures, tasks and loops), which is the same when it is builtin.
    @inline(__always)
    func builtinTypeTag(_ o: PyObject) -> UInt64 {
        // (A builtin type never overrides `__getattribute__`.)
        if let t = o.typeRef { return t._withUnsafeGuaranteedRef { $0.isBuiltin ? $0.versionTag : 0 } }
        return o.exactBuiltinType.versionTag
    }

    /// `obj.name` (not called) of an exact builtin instance without a dict
    /// whose type's method `name` the entry holds: the bound method the
    /// general lookup would make (`fut.set_result` handed to `call_soon`).
    @inline(__always)
    func cachedBoundBuiltinMethod(_ obj: Value, _ o: PyObject, _ entry: UnsafeMutablePointer<AttributeCacheEntry>) -> Value? {
        guard let method = cachedBuiltinMethod(o, entry), case .object(let mo) = method else { return nil }
        return .object(unsafeDowncast(mo, to: PyBuiltinFunction.self).bind(obj))
    }

    /// Caches the method of `obj`'s builtin type after `obj.name` took the
    /// general path and gave `result`, a builtin method bound to `obj`: for
    /// an exact builtin instance without a dict (no class, module or
    /// `super` object, whose lookups differ) that is always the type's
    /// method bound to the object.
    @inline(never)
    func recordBoundBuiltinMethod(_ obj: Value, _ result: Value, _ name: PyStr,
                                  _ entry: UnsafeMutablePointer<AttributeCacheEntry>) {
        guard case .object(let o) = obj, o.dictRef == nil, !(o is PyType || o is PyModule || o is PySuper),
              case let tag = builtinTypeTag(o), tag != 0,
              case .object(let ro) = result, let bound = ro as? PyBuiltinFunction,
              case .object(let receiver)? = bound.boundSelf, receiver === o,
              let method = o.type.lookup(name), case .object(let mo) = method,
              let unbound = mo as? PyBuiltinFunction, unbound.isMethod, unbound.boundSelf == nil else { return }
        entry.pointee.builtinMethodTag = tag
        entry.pointee.builtinMethod = method
    }

    /// Caches `method`, found by `unboundMethod` for `obj.name(...)`, when
    /// `obj` is an exact builtin instance without a dict and `method` a
    /// builtin method.
    @inline(never)
    func recordBuiltinMethod(_ obj: Value, _ method: Value, _ entry: UnsafeMutablePointer<AttributeCacheEntry>) {
        guard case .object(let o) = obj, o.dictRef == nil, case let tag = builtinTypeTag(o), tag != 0,
              case .object(let mo) = method, mo is PyBuiltinFunction else { return }
        entry.pointee.builtinMethodTag = tag
        entry.pointee.builtinMethod = method
    }
}
