/// Interned `str` objects for the special method names the runtime looks up.
/// Their hashes are computed once at creation so shared use is read-only.
public enum Names {
    static func intern(_ s: String) -> PyStr { let p = PyStr(s); _ = p.hash; return p }
    public static let repr = intern("__repr__"), str = intern("__str__"), hash = intern("__hash__")
    public static let eq = intern("__eq__"), ne = intern("__ne__"), lt = intern("__lt__")
    public static let le = intern("__le__"), gt = intern("__gt__"), ge = intern("__ge__")
    public static let bool = intern("__bool__"), len = intern("__len__"), iter = intern("__iter__")
    public static let next = intern("__next__"), getitem = intern("__getitem__")
    public static let setitem = intern("__setitem__"), delitem = intern("__delitem__")
    public static let contains = intern("__contains__"), call = intern("__call__")
    public static let enter = intern("__enter__"), exit = intern("__exit__")
    public static let aenter = intern("__aenter__"), aexit = intern("__aexit__")
    public static let aiter = intern("__aiter__"), anext = intern("__anext__")
    public static let await = intern("__await__"), getattr = intern("__getattr__")
    public static let getattribute = intern("__getattribute__")
    public static let setattr = intern("__setattr__"), delattr = intern("__delattr__")
    public static let get = intern("__get__"), set = intern("__set__"), delete = intern("__delete__")
    public static let new = intern("__new__"), initName = intern("__init__"), dict = intern("__dict__")
    public static let name = intern("__name__"), qualname = intern("__qualname__")
    public static let module = intern("__module__"), doc = intern("__doc__")
    public static let neg = intern("__neg__"), pos = intern("__pos__"), abs = intern("__abs__")
    public static let invert = intern("__invert__"), index = intern("__index__")
    public static let int = intern("__int__"), float = intern("__float__")
    public static let format = intern("__format__"), matchArgs = intern("__match_args__")
    public static let classCell = intern("__class__"), initSubclass = intern("__init_subclass__")
    public static let setName = intern("__set_name__"), missing = intern("__missing__")
    public static let reversed = intern("__reversed__"), classGetitem = intern("__class_getitem__")
    public static let builtinsName = intern("__builtins__"), all = intern("__all__")
    public static let del = intern("__del__")

    /// Attribute and method names the runtime's native code reads from
    /// objects that library Python code fills (asyncio's primitives keep
    /// their state in the instance `__dict__`: `self._waiters = []`). The
    /// compiler's name tables use these very objects
    /// (`NameTable.processWide`), so the key such a statement stores is the
    /// object native code probes with, matched by identity instead of by
    /// comparing bytes. A fixed list: nothing is added per program.
    static let sharedAttributes: [String: PyStr] = {
        var d: [String: PyStr] = [:]
        for name in sharedAttributeNames {
            let s = wellKnown[name] ?? intern(name)
            // Every lazy cache filled now: the strings are read by every
            // interpreter thread and never written again.
            _ = s.scalars
            _ = s.count
            d[name] = s
        }
        return d
    }()

    private static let sharedAttributeNames = [
        // asyncio's primitives' and futures' state (Lib/asyncio, read natively)
        "_aborting", "_asyncio_future_blocking", "_cancel_requested", "_children", "_current_task", "_entered",
        "_exiting", "_finished", "_getters", "_locked", "_log_destroy_pending", "_loop", "_maxsize",
        "_on_completed_fut", "_owner", "_putters", "_queue", "_task_factory", "_tasks", "_unfinished_tasks",
        "_value", "_waiters",
        // methods the asyncio core looks up or calls
        "_asyncgen_finalizer_hook", "_asyncgen_firstiter_hook", "_check_closed", "_check_running", "_deadlock",
        "_get_loop", "_note_pending_at_stop", "_on_task_done", "_on_task_error", "_py_acquire", "_py_get",
        "_py_put", "_py_wait", "_report_callback_error", "_run_until_stopped", "_step", "_wait_info", "acquire",
        "add_done_callback", "append", "call_later", "cancel", "cancelled", "clear", "create_future",
        "create_task", "done", "exception", "get_loop", "get_nowait", "locked", "pop", "popleft", "put_nowait",
        "release", "remove", "remove_done_callback", "result", "run_forever", "send", "set_name", "set_result",
        "task_wakeup", "throw", "wait",
    ]

    /// The process-wide string for a name of `sharedAttributes`, else a
    /// new interned one (for names looked up from Swift: see `intern`).
    static func shared(_ s: String) -> PyStr { sharedAttributes[s] ?? intern(s) }

    /// The names above by their text, so the compiler's name tables reuse
    /// them (Compiler/NameTable.swift).
    static let wellKnown: [String: PyStr] = {
        var d: [String: PyStr] = [:]
        for s in [repr, str, hash, eq, ne, lt, le, gt, ge, bool, len, iter, next, getitem, setitem, delitem, contains, call, enter, exit, aenter, aexit, aiter, anext, Names.await, getattr, getattribute, setattr, delattr, Names.get, Names.set, delete, new, initName, dict, name, qualname, module, doc, neg, pos, abs, invert, index, int, float, format, matchArgs, classCell, initSubclass, setName, missing, reversed, classGetitem, builtinsName, all, del] { d[s.value] = s }
        return d
    }()
}

extension PyStr {
    /// Whether this string is the name `interned` (one of `Names`): by
    /// identity, which is how the compiler's names usually arrive, else by
    /// length and then bytes. Comparing a Swift string with a literal went
    /// through the runtime's general comparison (~20 instructions each)
    /// on every lookup that reached these checks.
    @inline(__always)
    func spells(_ interned: PyStr) -> Bool {
        if self === interned { return true }
        return value.utf8.count == interned.value.utf8.count && value == interned.value
    }
}
