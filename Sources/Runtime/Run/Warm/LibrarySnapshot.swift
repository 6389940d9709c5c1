/// The state of a warm image's library objects right after import, and the
/// per-run check that puts it back (see WarmImage.swift for the mechanism).
///
/// Built by one iterative walk (an explicit stack, never recursion on
/// depth) from the image's library modules. Every object kind the walk
/// meets must be one whose whole mutable state is known here; anything else
/// (an exception instance, a weak set, a native object with Swift-side
/// state) makes the image unusable, and runs start fresh.
///
/// Containers are saved by sharing their storage (Swift copy-on-write): the
/// saved copy costs nothing, any later mutation of the live object gives it
/// a buffer of its own, so "unchanged" is a pointer comparison and
/// restoring is an assignment. Only what a run changed is put back.
final class LibrarySnapshot {
    /// Why an image cannot be made (shown with INTERLEAVE_WARM_DEBUG=1).
    struct Unsupported: Error, CustomStringConvertible {
        var description: String
    }

    /// An object of one of the image's native modules, which each run
    /// recreates: its module and its name there (nil: the module itself).
    struct NativeRef {
        let module: String
        let key: PyStr?
    }

    /// A place in the image that holds a native object, rewritten with the
    /// run's own object at every attach.
    enum NativeSlot {
        case dictEntry(PyDict, PyStr, NativeRef)
        case functionDefault(PyFunction, Int, NativeRef)
        case cell(PyCell, NativeRef)
    }

    private final class Header {
        let object: PyObject
        let dict: PyDict?
        let type: PyType?
        let weak: Bool
        init(object: PyObject, dict: PyDict?, type: PyType?, weak: Bool) {
            self.object = object; self.dict = dict; self.type = type; self.weak = weak
        }
    }

    private final class FunctionState {
        let function: PyFunction
        let defaults: [Value]
        let kwDefaults: [String: Value]
        let name: String, qualname: String
        let moduleName: Value
        init(function: PyFunction, defaults: [Value], kwDefaults: [String: Value], name: String, qualname: String,
             moduleName: Value) {
            self.function = function; self.defaults = defaults; self.kwDefaults = kwDefaults
            self.name = name; self.qualname = qualname; self.moduleName = moduleName
        }
    }

    private final class TypeState {
        let type: PyType
        let name: String, qualname: String, moduleName: String
        let bases: [PyType], mro: [PyType]
        let layout: InstanceLayout
        let nativeNew: ((Interpreter, PyType, Args) throws -> Value)?
        let hasGetattr: Bool
        let flags: TypeFlags
        init(type: PyType, name: String, qualname: String, moduleName: String, bases: [PyType], mro: [PyType],
             layout: InstanceLayout, nativeNew: ((Interpreter, PyType, Args) throws -> Value)?, hasGetattr: Bool,
             flags: TypeFlags) {
            self.type = type; self.name = name; self.qualname = qualname; self.moduleName = moduleName
            self.bases = bases; self.mro = mro; self.layout = layout; self.nativeNew = nativeNew
            self.hasGetattr = hasGetattr; self.flags = flags
        }
    }

    /// Every object of the image (identity), leaves included.
    private(set) var members = Set<ObjectIdentifier>()
    private(set) var nativeSlots: [NativeSlot] = []
    private var headers: [Header] = []
    /// `headers` and `dicts` as compared at every restore: identities read
    /// without reference counting (`headers` and `dicts` hold the
    /// references). Thousands of objects are checked per run, and retaining
    /// and releasing each cost more than the comparison.
    private struct HeaderCheck {
        let object: Unmanaged<PyObject>
        let dict: UnsafeMutableRawPointer?
        let type: UnsafeMutableRawPointer?
        let weak: Bool
    }
    private var headerChecks: [HeaderCheck] = []
    /// The entries of `headerChecks` for instances of Python classes, with
    /// their index there: the only library objects whose `__dict__` or
    /// class a program can replace (`setInstanceSpecialAttribute`, and an
    /// instance's lazily made `__dict__`); any other object's header
    /// changes only when a weak reference with a callback starts watching
    /// it, which needs the run's weak registry.
    private var instanceHeaderChecks: [(check: HeaderCheck, index: Int)] = []
    private var dictChecks: [(live: Unmanaged<PyDict>, saved: PyDict.StorageStamp)] = []

    @inline(__always)
    private static func address(_ o: AnyObject?) -> UnsafeMutableRawPointer? {
        o.map { Unmanaged.passUnretained($0).toOpaque() }
    }
    private var dicts: [(live: PyDict, saved: PyDict, owner: PyType?)] = []
    private var lists: [(live: PyList, saved: [Value])] = []
    private var sets: [(live: PySet, saved: PySet)] = []
    private var functions: [FunctionState] = []
    private var types: [TypeState] = []
    private var cells: [(live: PyCell, saved: Value?)] = []
    private var properties: [(live: PyProperty, saved: [Value])] = []
    /// `random`'s generators (`random._inst` is made at import).
    private var generators: [(live: PyRandomCore, saved: MersenneTwister)] = []

    /// Walks the graph from `roots`. `natives` maps the identity of each
    /// object of a native module to where it lives; `shared` holds the
    /// process-wide builtin functions (the same object in every run).
    /// `leaves` are objects kept as they are (the image's native module
    /// objects, whose namespace each run swaps for its own).
    init(roots: [PyModule], natives: [ObjectIdentifier: NativeRef], shared: Set<ObjectIdentifier>,
         leaves: Set<ObjectIdentifier>) throws {
        members = leaves
        var stack: [PyObject] = roots
        // The container and slot a value was found in, for native rebinding.
        func visit(_ v: Value, _ slot: ((NativeRef) -> NativeSlot)?) throws {
            guard case .object(let o) = v else { return }
            if let ref = natives[ObjectIdentifier(o)] {
                guard let slot else { throw Unsupported(description: "native object \(ref.module).\(ref.key?.value ?? "") held where it cannot be rebound") }
                nativeSlots.append(slot(ref))
                return
            }
            if !members.contains(ObjectIdentifier(o)) { stack.append(o) }
        }
        while let o = stack.popLast() {
            guard members.insert(ObjectIdentifier(o)).inserted else { continue }
            // Instances of subclasses of builtin types carry a class and
            // maybe a __dict__: those are tracked like any instance.
            let plain = o.dict == nil && o.typeStorage == nil
            switch o {
            case is PyStr, is PyBigInt, is PySingleton:
                if plain { continue }
            case let t as PyType:
                if t.isBuiltin { continue }
                types.append(TypeState(type: t, name: t.name, qualname: t.qualname, moduleName: t.moduleName,
                                       bases: t.bases, mro: t.mro, layout: t.layout, nativeNew: t.nativeNew,
                                       hasGetattr: t.hasGetattr, flags: t.flags))
                for b in t.mro { try visit(.object(b), nil) }
            case let f as PyBuiltinFunction:
                if shared.contains(ObjectIdentifier(f)) { continue }
                guard f.isMethod else { throw Unsupported(description: "builtin function \(f.qualname) of no native module") }
                if let s = f.boundSelf { try visit(s, nil) }
                continue
            case let t as PyTuple:
                for item in t.items { try visit(item, nil) }
                if plain { continue }
            case let s as PySet where s.frozen:
                for e in s.elements { try visit(e, nil) }
                if plain { continue }
            case let d as PyDict:
                dicts.append((d, d.storageSnapshot(), nil))
                for (k, v) in d.items {
                    try visit(k, nil)
                    if let key = k.object as? PyStr { try visit(v) { .dictEntry(d, key, $0) } } else { try visit(v, nil) }
                }
            case let l as PyList:
                guard l.chargedBytes == 0 else { throw Unsupported(description: "large list") }
                lists.append((l, l.items))
                for item in l.items { try visit(item, nil) }
            case let s as PySet:
                sets.append((s, s.storageSnapshot()))
                for e in s.elements { try visit(e, nil) }
            case let f as PyFunction:
                functions.append(FunctionState(function: f, defaults: f.defaults, kwDefaults: f.kwDefaults,
                                               name: f.name, qualname: f.qualname, moduleName: f.moduleName))
                for (i, d) in f.defaults.enumerated() { try visit(d) { .functionDefault(f, i, $0) } }
                for (_, d) in f.kwDefaults { try visit(d, nil) }
                for c in f.closure { stack.append(c) }
                try visit(f.moduleName, nil)
                stack.append(f.globals)
            case let c as PyCell:
                cells.append((c, c.value))
                if let v = c.value { try visit(v) { .cell(c, $0) } }
            case let p as PyProperty:
                properties.append((p, [p.getter, p.setter, p.deleter, p.doc]))
                for v in [p.getter, p.setter, p.deleter, p.doc] { try visit(v, nil) }
            case let w as PyMethodWrapper:
                try visit(w.function, nil)
            case let m as PyBoundMethod:
                try visit(m.function, nil)
                try visit(m.receiver, nil)
                continue
            case let r as PyRandomCore:
                generators.append((r, r.twister))
            case let p as PyMappingProxy:
                // Set once at creation: only what it views can change.
                try visit(p.mapping, nil)
                if let owner = p.owner { try visit(.object(owner), nil) }
            case is PyAttributeDescriptor, is PyTextStream:
                // No state of their own beyond a class and a __dict__.
                break
            case is PyModule, is PyInstance:
                break
            default:
                guard Swift.type(of: o) == PyObject.self else {
                    throw Unsupported(description: "object of kind \(Swift.type(of: o)) (\(o.type.name))")
                }
            }
            // Every object that reaches here may have a __dict__ and a class,
            // except exact dicts, lists and tuples: a program can give them
            // neither (no __dict__, no __class__ assignment, no weak
            // reference), so their headers need no check after each run.
            if !(plain && (o is PyDict || o is PyList || o is PyTuple)) {
                headers.append(Header(object: o, dict: o.dict, type: o.typeStorage, weak: o.hasWeakCallbacks))
            }
            if let d = o.dict { try visit(.object(d), nil) }
            if let t = o.typeStorage { try visit(.object(t), nil) }
        }
        // A class's namespace: restoring it must drop the class's caches.
        var owners: [ObjectIdentifier: PyType] = [:]
        for s in types { if let d = s.type.dict { owners[ObjectIdentifier(d)] = s.type } }
        for i in dicts.indices { dicts[i].owner = owners[ObjectIdentifier(dicts[i].live)] }
        // Only classes written from now on are compared at restore.
        for s in types { s.type.stateWritten = false }
        headerChecks = headers.map {
            HeaderCheck(object: .passUnretained($0.object), dict: Self.address($0.dict), type: Self.address($0.type),
                        weak: $0.weak)
        }
        instanceHeaderChecks = headerChecks.enumerated().compactMap { i, check in
            headers[i].object is PyInstance ? (check, i) : nil
        }
        dictChecks = dicts.map { (.passUnretained($0.live), $0.saved.storageStamp()) }
    }

    /// Lookups a library class may keep cached from one run to the next.
    static let maxCachedLookups = 256

    /// Number of objects in the image (for diagnostics and the README).
    var objectCount: Int { members.count }

    /// Objects whose header (`__dict__`, class, weak mark) a restore
    /// checks: all, and instances only (INTERLEAVE_WARM_DEBUG).
    var headerCounts: (all: Int, instances: Int) { (headerChecks.count, instanceHeaderChecks.count) }

    /// Puts back everything a run changed. The run's objects that the image
    /// held go to `orphans` first, so the teardown can break their cycles
    /// before restoring drops the image's references to them.
    /// `watchedWeakly`: whether the run made a weak-reference registry
    /// (`Interpreter.weakCallbacks`), the only way an object other than an
    /// instance gets a new header; without it only instances are checked.
    func restore(orphans: inout [Value], watchedWeakly: Bool = true) {
        var dirtyTypes: [PyType] = []
        var dirtyHeaders: [Int] = []
        @inline(__always) func changed(_ h: HeaderCheck) -> Bool {
            h.object._withUnsafeGuaranteedRef { o in
                Self.address(o.dict) != h.dict || Self.address(o.typeStorage) != h.type || o.hasWeakCallbacks != h.weak
            }
        }
        if watchedWeakly {
            headerChecks.withUnsafeBufferPointer { checks in
                for i in checks.indices where changed(checks[i]) { dirtyHeaders.append(i) }
            }
        } else {
            instanceHeaderChecks.withUnsafeBufferPointer { checks in
                for c in checks where changed(c.check) { dirtyHeaders.append(c.index) }
            }
        }
        var dirtyDicts: [Int] = []
        dictChecks.withUnsafeBufferPointer { checks in
            for i in checks.indices {
                let same = checks[i].live._withUnsafeGuaranteedRef { $0.matches(checks[i].saved) }
                if !same { dirtyDicts.append(i) }
            }
        }
        for i in dirtyHeaders {
            let h = headers[i]
            if let d = h.object.dict, d !== h.dict { orphans.append(.object(d)) }
            h.object.dict = h.dict
            h.object.typeStorage = h.type
            h.object.hasWeakCallbacks = h.weak
            if let t = h.object as? PyType { dirtyTypes.append(t) }
        }
        for i in dirtyDicts {
            let (live, saved, owner) = dicts[i]
            // Values still the saved ones are the image's, not the run's.
            live.appendValues(notIn: saved, to: &orphans)
            live.restoreStorage(from: saved)
            if let t = owner { dirtyTypes.append(t) }
        }
        for (live, saved) in lists where !LibrarySnapshot.same(live.items, saved) {
            orphans.append(contentsOf: live.items)
            live.items = saved
        }
        for (live, saved) in sets where !live.sharesStorage(with: saved) {
            orphans.append(contentsOf: live.elements)
            live.restoreStorage(from: saved)
        }
        for s in functions where s.function.stateWritten {
            let f = s.function
            f.stateWritten = false
            if LibrarySnapshot.same(f.defaults, s.defaults) && f.name == s.name && f.qualname == s.qualname
                && f.moduleName.isIdentical(s.moduleName) && LibrarySnapshot.same(f.kwDefaults, s.kwDefaults) {
                continue
            }
            orphans.append(contentsOf: f.defaults)
            orphans.append(contentsOf: f.kwDefaults.values)
            f.defaults = s.defaults
            f.kwDefaults = s.kwDefaults
            f.name = s.name
            f.qualname = s.qualname
            f.moduleName = s.moduleName
        }
        for s in types where s.type.stateWritten {
            let t = s.type
            t.stateWritten = false
            if t.name == s.name && t.qualname == s.qualname && t.moduleName == s.moduleName
                && LibrarySnapshot.same(t.bases, s.bases) && LibrarySnapshot.same(t.mro, s.mro)
                && t.layout == s.layout && t.hasGetattr == s.hasGetattr && t.flags.unhashable == s.flags.unhashable {
                continue
            }
            t.name = s.name
            t.qualname = s.qualname
            t.moduleName = s.moduleName
            t.bases = s.bases
            t.mro = s.mro
            t.layout = s.layout
            t.nativeNew = s.nativeNew
            t.hasGetattr = s.hasGetattr
            t.flags = s.flags
            dirtyTypes.append(t)
        }
        for (live, saved) in cells where !LibrarySnapshot.same(live.value, saved) {
            if let v = live.value { orphans.append(v) }
            live.value = saved
        }
        for (live, saved) in properties {
            if live.getter.isIdentical(saved[0]) && live.setter.isIdentical(saved[1])
                && live.deleter.isIdentical(saved[2]) && live.doc.isIdentical(saved[3]) { continue }
            orphans.append(contentsOf: [live.getter, live.setter, live.deleter, live.doc])
            live.getter = saved[0]; live.setter = saved[1]; live.deleter = saved[2]; live.doc = saved[3]
        }
        for (live, saved) in generators where live.twister != saved { live.twister = saved }
        // Caches of a class (and of its subclasses) may hold what was there.
        for t in dirtyTypes { t.invalidateLookupCache() }
        // A class's cache is keyed by the identity of the name looked up,
        // which may be a string of the run (`getattr(lock, name)`, a
        // constant of the program's code) that the cache keeps alive:
        // across the runs of a server's worker that would grow without
        // bound, so a cache past `maxCachedLookups` starts over.
        for s in types where s.type.lookupCacheSize > LibrarySnapshot.maxCachedLookups {
            s.type.invalidateLookupCache()
        }
    }

    /// Writes the run's native objects (`resolve`) where the image holds
    /// the image's own; false when one is missing.
    func rebindNatives(_ resolve: (NativeRef) -> Value?) -> Bool {
        for slot in nativeSlots {
            switch slot {
            case .dictEntry(let d, let key, let ref):
                guard let v = resolve(ref) else { return false }
                d.setStr(key, v)
            case .functionDefault(let f, let i, let ref):
                guard let v = resolve(ref), i < f.defaults.count else { return false }
                f.defaults[i] = v
            case .cell(let c, let ref):
                guard let v = resolve(ref) else { return false }
                c.value = v
            }
        }
        return true
    }

    private static func same<T: AnyObject>(_ a: [T], _ b: [T]) -> Bool {
        a.count == b.count && zip(a, b).allSatisfy { $0 === $1 }
    }

    private static func same(_ a: [Value], _ b: [Value]) -> Bool {
        a.withUnsafeBufferPointer { x in b.withUnsafeBufferPointer { y in x.baseAddress == y.baseAddress && x.count == y.count } }
    }

    private static func same(_ a: [String: Value], _ b: [String: Value]) -> Bool {
        guard a.count == b.count else { return false }
        if a.isEmpty { return true }
        for (k, v) in a { guard let w = b[k], w.isIdentical(v) else { return false } }
        return true
    }

    private static func same(_ a: Value?, _ b: Value?) -> Bool {
        switch (a, b) {
        case (nil, nil): return true
        case (let x?, let y?): return x.isIdentical(y)
        default: return false
        }
    }
}
