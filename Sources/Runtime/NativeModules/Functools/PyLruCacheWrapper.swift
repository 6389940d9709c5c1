/// The object `functools.lru_cache` returns (CPython's C
/// `functools._lru_cache_wrapper`): calls the user function through a cache
/// keyed by the call's arguments, without a Python frame of its own, so a
/// memoised recursive function costs one frame per level and its tracebacks
/// show only the user's frames, as in CPython.
///
/// Three modes, as CPython's: `maxsize == 0` never caches (only counts
/// misses), `maxsize == nil` caches everything in a dict, and a positive
/// `maxsize` keeps the most recently used entries: the dict maps each key to
/// a link of a doubly linked list (parallel arrays, newest after `root`),
/// so a hit moves its link to the front and a full cache reuses the oldest
/// link. Calls that run Python code (hashing, `__eq__` during a lookup, the
/// user function) may re-enter the wrapper or clear it, so every link index
/// read back from the dict is checked before use.
///
/// Not tracked by the cycle collector (like `deque`): a cycle through a
/// cache lives until the end of the run, whose teardown releases it.
public final class PyLruCacheWrapper: PyObject, NativeCallable {
    /// The wrapped callable.
    private(set) var function: Value
    /// nil: unbounded; 0: no caching; otherwise the number of entries kept.
    let maxsize: Int?
    /// Whether arguments of different types are cached apart (`typed=True`).
    let typed: Bool
    /// `cache_info()`'s result type (the module's `_CacheInfo` namedtuple).
    let cacheInfoType: Value
    /// key -> result (unbounded) or key -> link index (bounded).
    private var cache = PyDict()
    private(set) var hits = 0
    private(set) var misses = 0

    // The bounded cache's links; index 0 is the list's root (no entry).
    private var linkKeys: [Value] = [.none]
    private var linkHashes: [Int] = [0]
    private var linkResults: [Value] = [.none]
    private var previous: [Int] = [0]
    private var following: [Int] = [0]

    deinit {
        DeepRelease.release(&function, leaving: .none)
        if linkKeys.count > 1 {
            DeepRelease.release(&linkKeys, leaving: [])
            DeepRelease.release(&linkResults, leaving: [])
        }
    }

    init(function: Value, maxsize: Int?, typed: Bool, cacheInfoType: Value) {
        self.function = function
        self.maxsize = maxsize
        self.typed = typed
        self.cacheInfoType = cacheInfoType
        super.init(type: nil, hasDict: true)
    }

    public override var exactBuiltinType: PyType { FunctoolsModule.lruCacheWrapperType }

    /// Number of cached entries (`cache_info().currsize`).
    var currentSize: Int { cache.count }

    /// `cache_clear()`: empties the cache and zeroes the statistics.
    func clear() {
        cache.removeAll()
        linkKeys = [.none]; linkHashes = [0]; linkResults = [.none]
        previous = [0]; following = [0]
        hits = 0
        misses = 0
    }

    public func callNative(_ vm: Interpreter, _ args: Args) throws -> Value {
        // A C function call counts one level of recursion in CPython, so a
        // memoised recursion hits RecursionError at the same depth.
        vm.depth += 1
        defer { vm.depth -= 1 }
        if vm.depth > vm.frameDepthLimit {
            let limit = vm.depthExceeded()
            guard limit is PyError else { throw limit }
            throw PyError(BuiltinTypes.recursionError,
                          "maximum recursion depth exceeded while calling a Python object")
        }
        guard let limit = maxsize else { return try callUnbounded(vm, args) }
        if limit == 0 {
            misses += 1
            return try vm.call(function, args)
        }
        return try callBounded(vm, args, limit: limit)
    }

    private func callUnbounded(_ vm: Interpreter, _ args: Args) throws -> Value {
        let key = makeKey(args)
        let hash = try vm.hash(key)
        if let cached = try cache.get(key, hash: hash, vm) {
            hits += 1
            return cached
        }
        misses += 1
        let result = try vm.call(function, args)
        try cache.set(key, hash: hash, result, vm)
        return result
    }

    private func callBounded(_ vm: Interpreter, _ args: Args, limit: Int) throws -> Value {
        let key = makeKey(args)
        let hash = try vm.hash(key)
        if let found = try cache.get(key, hash: hash, vm), let link = validLink(found) {
            unlink(link)
            pushFront(link)
            hits += 1
            return linkResults[link]
        }
        misses += 1
        let result = try vm.call(function, args)
        // A recursive call may have cached this key meanwhile: keep that entry.
        if let found = try cache.get(key, hash: hash, vm), validLink(found) != nil { return result }
        if cache.count < limit || following[0] == 0 {
            let link = linkKeys.count
            linkKeys.append(key); linkHashes.append(hash); linkResults.append(result)
            previous.append(0); following.append(0)
            pushFront(link)
            try cache.set(key, hash: hash, .int(link), vm)
            return result
        }
        // Full: the oldest link takes the new entry.
        let oldest = previous[0]
        unlink(oldest)
        let oldKey = linkKeys[oldest]
        linkKeys[oldest] = key
        linkHashes[oldest] = hash
        linkResults[oldest] = result
        pushFront(oldest)
        _ = try cache.remove(oldKey, vm)
        try cache.set(key, hash: hash, .int(oldest), vm)
        return result
    }

    /// The link a dict value names, if it still is one (a re-entrant
    /// `cache_clear` may have emptied the list since it was stored).
    private func validLink(_ v: Value) -> Int? {
        guard case .int(let i) = v, i > 0, i < linkKeys.count else { return nil }
        return i
    }

    private func unlink(_ link: Int) {
        let p = previous[link], n = following[link]
        following[p] = n
        previous[n] = p
    }

    /// Makes `link` the most recently used.
    private func pushFront(_ link: Int) {
        let first = following[0]
        previous[link] = 0
        following[link] = first
        previous[first] = link
        following[0] = link
    }

    /// CPython's `lru_cache_make_key`: one plain `int`/`str` argument is its
    /// own key; otherwise a tuple of the positional arguments, then a marker
    /// and the keyword names and values, then (typed) the argument types.
    private func makeKey(_ args: Args) -> Value {
        if !typed && args.keywords.isEmpty {
            if args.positional.count == 1 {
                let only = args.positional[0]
                switch only {
                case .int: return only
                case .object(let o) where o is PyStr && o.typeStorage == nil: return only
                case .object(let o) where o is PyBigInt && o.typeStorage == nil: return only
                default: break
                }
            }
            return .object(PyTuple(args.positional))
        }
        var items = args.positional
        if !args.keywords.isEmpty {
            items.append(.object(FunctoolsModule.keywordMark))
            for (name, value) in args.keywords {
                items.append(.str(name))
                items.append(value)
            }
        }
        if typed {
            for v in args.positional { items.append(.object(v.type)) }
            for (_, v) in args.keywords { items.append(.object(v.type)) }
        }
        return .object(PyTuple(items))
    }
}
