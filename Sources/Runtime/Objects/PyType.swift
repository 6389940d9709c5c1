import CRuntimeSupport

/// How instances of a type are stored in Swift. A user class inherits the
/// layout of its builtin base (e.g. `class E(Exception)` -> `.exception`).
public enum InstanceLayout {
    /// `PyInstance` with an attribute dictionary.
    case object
    /// `PyException`.
    case exception
    /// A builtin storage class that creates its own instances via `__new__`.
    case native
}

/// A Python type object: builtin (`int`, `str`, `ValueError`) or a class
/// created by a `class` statement.
///
/// Attributes live in `dict` (a `PyDict` with `str` keys). Builtin types are
/// shared by every interpreter (and thread) and are immutable once
/// `Builtins.bootstrap()` has run; user classes belong to one interpreter.
public final class PyType: PyObject {
    /// `__name__`.
    public var name: String { didSet { stateWritten = true } }
    /// `__qualname__`.
    public var qualname: String { didSet { stateWritten = true } }
    /// `__module__` (`"builtins"` for builtin types).
    public var moduleName: String { didSet { stateWritten = true } }
    /// `__bases__`.
    public var bases: [PyType] { didSet { stateWritten = true } }
    /// `__mro__`, starting with this type.
    public var mro: [PyType] = [] {
        didSet {
            mroRefs = mro.map { Unmanaged.passUnretained($0) }
            stateWritten = true
        }
    }
    /// `mro` as unretained references, walked by `lookupUncached` without
    /// retaining each type and its dict (4 retains per lookup of a builtin
    /// type's method): `mro` holds the types, and a lookup runs no code
    /// that could change it.
    private var mroRefs: [Unmanaged<PyType>] = []
    /// True for types created by the runtime (immutable).
    public let isBuiltin: Bool
    /// Storage layout of instances.
    public var layout: InstanceLayout { didSet { stateWritten = true } }
    /// The builtin `__new__` used to create instances of a native layout
    /// (inherited from the nearest builtin base); `cls` is the type being
    /// instantiated.
    public var nativeNew: ((Interpreter, PyType, Args) throws -> Value)? { didSet { stateWritten = true } }
    /// Set when a class defines `__getattr__` somewhere in its MRO (cached at creation).
    public var hasGetattr = false { didSet { stateWritten = true } }
    /// Set when `__eq__` is defined without `__hash__` (instances unhashable).
    public var flags = TypeFlags() { didSet { stateWritten = true } }
    /// Set for a type CPython implements in C outside `builtins` (ours
    /// natively, or in Python under `_interleave.c_type_name`): its
    /// `tp_name`, which CPython's error messages show, carries the module
    /// (`'collections.deque' object is not callable`). Not inherited: a
    /// Python subclass of such a type is named plainly, as in CPython.
    public var namedWithModule = false { didSet { stateWritten = true } }
    /// Set by every write to the fields above (not by the initializer): a
    /// warm image's restore (Run/Warm/LibrarySnapshot.swift) compares only
    /// the classes a run wrote, as for `PyFunction`. A new mutable field of
    /// a type must set it too.
    var stateWritten = false
    /// What `__slots__` allows instances to set, computed on first use
    /// (Objects/SlotRestriction.swift) and dropped with the lookup cache.
    var slotRestrictionCache = SlotRestriction.unknown

    /// Creates a type. `bases` empty means `(object,)` except for `object` itself.
    public init(name: String, bases: [PyType], builtin: Bool, layout: InstanceLayout,
                module: String = "builtins", metatype: PyType? = nil, namedWithModule: Bool? = nil) {
        self.name = name
        self.qualname = name
        self.moduleName = module
        self.bases = bases
        self.isBuiltin = builtin
        self.layout = layout
        // A runtime type of another module stands for a C type of CPython's
        // (`_asyncio.Future`, `collections.deque`); internal modules' and
        // Python-class stand-ins' types clear it (see `namedWithModule`).
        self.namedWithModule = namedWithModule ?? (builtin && module != "builtins")
        super.init(type: metatype, hasDict: true)
        // Every CPython type has `__doc__` in its dict; a builtin type's
        // instances read it through their class (`[].__doc__` raised
        // AttributeError). The runtime has no docstrings: None.
        if builtin { dict?.setStr(Names.doc, .none) }
        if let base = bases.first {
            nativeNew = base.nativeNew
            flags = base.flags
        }
        mro = [self] + (bases.count == 1 ? bases[0].mro : (try? PyType.c3(bases)) ?? bases)
        mroRefs = mro.map { Unmanaged.passUnretained($0) } // no didSet inside init
        // A class is a cycle by itself (its MRO starts with it; its methods'
        // `__class__` cells point back at it): the collector frees classes
        // a program drops (class statements or namedtuple/dataclass
        // factories in a loop). Builtin types live for the process.
        if !builtin { CycleCollector.track(self) }
    }

    public override var exactBuiltinType: PyType { BuiltinTypes.type }

    /// The attribute dictionary (always present for types).
    @inline(__always)
    public var attributes: PyDict {
        if let d = dict { return d }
        let d = PyDict(); dict = d; return d
    }

    /// MRO lookups of a user class, keyed by the name object's identity:
    /// (name kept alive, value found, whether a user class defined it).
    /// Builtin types are shared across threads, so they are never cached.
    private var lookupCache = IdentityCache()
    /// User subclasses, whose caches must be dropped when this type changes.
    /// Unowned: a subclass removes itself in its deinit (it keeps its bases
    /// alive, so they still exist then). DESIGN: not `weak`, because a weak
    /// reference gives the type a side table, which sends every retain and
    /// release of it (one per instance touched) down Swift's slow path.
    private var subclassRefs: [Unmanaged<PyType>] = []

    /// Looks `name` up along the MRO (no descriptors applied).
    @inline(__always)
    public func lookup(_ name: PyStr) -> Value? {
        if isBuiltin { return lookupUncached(name).0 }
        return cachedLookup(name).0
    }

    @inline(__always)
    func cachedLookup(_ name: PyStr) -> (Value?, Bool) {
        if let e = lookupCache.get(name) { return e }
        let r = lookupUncached(name)
        lookupCache.set(name, r)
        return r
    }

    func lookupUncached(_ name: PyStr) -> (Value?, Bool) {
        // CPython's type_new gives every class its own `__doc__` (None
        // without a docstring), so a class never inherits its base's.
        if !isBuiltin, name.hash == Names.doc.hash, name.value == "__doc__" {
            return (dict?.getStr(Names.doc) ?? Value.none, true)
        }
        for ref in mroRefs {
            let found: (Value?, Bool)? = ref._withUnsafeGuaranteedRef { t in
                guard let d = t.dictRef,
                      let v = d._withUnsafeGuaranteedRef({ $0.getStr(name) }) else { return nil }
                return (v, !t.isBuiltin)
            }
            if let found { return found }
        }
        return (nil, false)
    }

    /// Cached lookups held (warm starts empty a library class's cache that
    /// a run filled with names of its own: Run/Warm/LibrarySnapshot.swift).
    var lookupCacheSize: Int { lookupCache.count }

    /// Bumped whenever this type's lookups are invalidated (a class
    /// attribute of it or of a base changed, its bases were restored): a
    /// cache of facts derived from lookups (asyncio's `PrimitiveClass`)
    /// stays valid while the version it saw is current. Builtin types never
    /// change, so theirs stays 0.
    public private(set) var lookupVersion = 0

    /// A number no other class state of this process ever had: taken when
    /// the type is made and again whenever its lookups are invalidated.
    /// The VM's attribute caches (`AttributeCache`) compare it alone: unlike
    /// an address or `lookupVersion`, a tag cannot come back on another
    /// class made after this one is freed.
    private(set) var versionTag: UInt64 = interleave_next_type_tag()

    /// Whether a user class of the MRO defines `__getattribute__`, which
    /// every attribute read of an instance must then call. Cached for the
    /// current `lookupVersion`: the fast paths ask on every read.
    /// Inline (two loads and compares): an out-of-line call here made the
    /// callers keep the object whose type they asked about retained across
    /// it, a retain and a release per attribute read.
    @inline(__always)
    var overridesGetattribute: Bool {
        if isBuiltin { return false }
        if getattributeCheckVersion != lookupVersion { refreshGetattributeOverride() }
        return getattributeOverride
    }

    @inline(never)
    private func refreshGetattributeOverride() {
        getattributeOverride = lookupUser(Names.getattribute) != nil
        getattributeCheckVersion = lookupVersion
    }
    private var getattributeCheckVersion = -1
    private var getattributeOverride = false

    /// Drops cached lookups of this type and its subclasses (after a class attribute changed).
    public func invalidateLookupCache() {
        lookupVersion &+= 1
        versionTag = interleave_next_type_tag()
        lookupCache.removeAll()
        slotRestrictionCache = .unknown
        for s in subclassRefs { s.takeUnretainedValue().invalidateLookupCache() }
    }

    /// The user subclasses recorded by `addSubclass` (direct ones, in
    /// creation order), for `type.__subclasses__()`.
    var directSubclasses: [PyType] { subclassRefs.map { $0.takeUnretainedValue() } }

    /// Records a user subclass (for cache invalidation).
    func addSubclass(_ t: PyType) {
        if !isBuiltin { subclassRefs.append(Unmanaged.passUnretained(t)) }
    }

    /// Drops what a user class holds (its attributes, MRO, bases, caches)
    /// when its run is over; see `Interpreter.releaseRunObjects`.
    func detachForTeardown() {
        guard !isBuiltin else { return }
        for base in bases where !base.isBuiltin {
            base.subclassRefs.removeAll { $0.toOpaque() == Unmanaged.passUnretained(self).toOpaque() }
        }
        subclassRefs.removeAll()
        versionTag = interleave_next_type_tag()
        lookupCache.removeAll()
        dict?.removeAll()
        mro = []
        bases = []
    }

    /// The storage of this class's cached lookups, for the cycle collector
    /// (which must see every reference a class holds).
    var lookupCacheValues: [(Value?, Bool)] { lookupCache.storedValues }

    deinit {
        for base in bases where !base.isBuiltin {
            base.subclassRefs.removeAll { $0.toOpaque() == Unmanaged.passUnretained(self).toOpaque() }
        }
    }

    /// Looks a Swift-string name up along the MRO.
    public func lookup(_ name: String) -> Value? { lookup(PyStr(name)) }

    /// True when `self` is `other` or a subclass of it.
    @inline(__always)
    public func isSubtype(of other: PyType) -> Bool {
        if self === other { return true }
        let target = Unmanaged.passUnretained(other).toOpaque()
        for ref in mroRefs where ref.toOpaque() == target { return true }
        return false
    }

    /// C3 linearization of `bases`, as `type.__new__` computes `__mro__`.
    ///
    /// One base's MRO is the merge itself. Otherwise each sequence is read
    /// through a start offset, and "is it in some tail" is a count per
    /// type, so the merge costs O(total length × sequences) rather than a
    /// copy of every sequence per step (a chain of 3,000 single-base
    /// classes made with `type()` took seconds).
    public static func c3(_ bases: [PyType]) throws -> [PyType] {
        if bases.count == 1 { return bases[0].mro }
        let seqs: [[PyType]] = bases.map { $0.mro } + [bases]
        var starts = [Int](repeating: 0, count: seqs.count)
        // How many sequences hold each type past their start.
        var inTails: [ObjectIdentifier: Int] = [:]
        for seq in seqs { for t in seq.dropFirst() { inTails[ObjectIdentifier(t), default: 0] += 1 } }
        var result: [PyType] = []
        while true {
            var candidate: PyType?
            var remaining = false
            for (k, seq) in seqs.enumerated() where starts[k] < seq.count {
                remaining = true
                let head = seq[starts[k]]
                if inTails[ObjectIdentifier(head), default: 0] == 0 { candidate = head; break }
            }
            if !remaining { return result }
            guard let c = candidate else {
                let names = bases.map { $0.name }.joined(separator: ", ")
                throw PyError(BuiltinTypes.typeError,
                              "Cannot create a consistent method resolution\norder (MRO) for bases \(names)")
            }
            result.append(c)
            for (k, seq) in seqs.enumerated() where starts[k] < seq.count && seq[starts[k]] === c {
                starts[k] += 1
                // The new head leaves its sequence's tail.
                if starts[k] < seq.count { inTails[ObjectIdentifier(seq[starts[k]]), default: 0] -= 1 }
            }
        }
    }

    /// Stores a class attribute (used while building types).
    public func setAttribute(_ name: String, _ value: Value) {
        attributes.setStr(PyStr(name), value)
        if !isBuiltin { invalidateLookupCache() }
    }
}

/// Cached facts about a type used by the fast paths.
public struct TypeFlags {
    /// Instances are unhashable (`__hash__ = None`).
    public var unhashable = false
    /// A user class of the MRO defines `__del__` (Memory/InstanceFinalizers.swift).
    public var hasFinalizer = false
    /// Instances of this builtin type found on a class bind to the instance
    /// as functions do (its `__get__` returns a bound method), e.g.
    /// `functools._lru_cache_wrapper` used as a method.
    public var bindsAsMethod = false
    public init() {}
}

extension PyType {
    /// Looks `name` up only in user-defined classes of the MRO (stops at the
    /// first builtin type). The runtime uses this to find Python overrides of
    /// special methods, falling back to the builtin behaviour otherwise.
    @inline(__always)
    public func lookupUser(_ name: PyStr) -> Value? {
        if isBuiltin { return nil }
        let r = cachedLookup(name)
        return r.1 ? r.0 : nil
    }
}

extension PyType {
    /// CPython's `tp_name`, the name its error messages show: a type it
    /// implements in C outside `builtins` is named with its module
    /// (`collections.deque`, `datetime.datetime`); see `namedWithModule`.
    var cTypeName: String {
        namedWithModule ? "\(moduleName).\(name)" : name
    }
}
