/// `_interleave_asyncio.is_coroutine_function(f)`: whether `f` is one of
/// the module's native stand-ins for an `async def` of Lib/asyncio
/// (`sleep`, `wait`, `Queue.get`, `Lock.acquire`, ...), plain or bound to
/// an instance. Lib/inspect.py asks it for builtins, so
/// `inspect.iscoroutinefunction(asyncio.sleep)` is True as in CPython.
/// `gather`, `create_task` and the synchronous methods are plain
/// functions in CPython too, and are not listed.
enum NativeCoroutineFunctions {
    /// The module keys of the native coroutine functions and methods.
    static let keys = ["sleep", "wait", "Queue_get", "Queue_put", "Event_wait", "Lock_acquire",
                       "Semaphore_acquire", "Condition_wait", "Condition_wait_for", "locks_aenter", "locks_aexit"]

    /// The names those methods have on their classes, interned once (a
    /// class caches lookups by the name object).
    private static let methodNames: [String: PyStr] = Dictionary(uniqueKeysWithValues:
        ["get", "put", "wait", "acquire", "wait_for", "__aenter__", "__aexit__"].map { ($0, Names.shared($0)) })

    /// Adds `is_coroutine_function` to `m`, which already holds `keys`.
    static func install(_ m: PyModule) {
        var known: Set<ObjectIdentifier> = []
        for key in keys {
            if case .object(let f)? = m.dict?.getStr(key) { known.insert(ObjectIdentifier(f)) }
        }
        m.addFunction("is_coroutine_function") { vm, a in
            try a.check("is_coroutine_function", min: 1, max: 1)
            guard case .object(let o) = a[0], let f = o as? PyBuiltinFunction else { return .false }
            if known.contains(ObjectIdentifier(f)) { return .true }
            // A bound method: the method its receiver's class defines
            // under that name.
            guard let receiver = f.boundSelf, let name = methodNames[f.name], let method = receiver.type.lookup(name),
                  case .object(let m) = method else { return .false }
            return .bool(known.contains(ObjectIdentifier(m)))
        }
    }
}
