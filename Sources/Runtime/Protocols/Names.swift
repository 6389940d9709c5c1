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

    /// The names above by their text, so the compiler's name tables reuse
    /// them (Compiler/NameTable.swift).
    static let wellKnown: [String: PyStr] = {
        var d: [String: PyStr] = [:]
        for s in [repr, str, hash, eq, ne, lt, le, gt, ge, bool, len, iter, next, getitem, setitem, delitem, contains, call, enter, exit, aenter, aexit, aiter, anext, Names.await, getattr, getattribute, setattr, delattr, Names.get, Names.set, delete, new, initName, dict, name, qualname, module, doc, neg, pos, abs, invert, index, int, float, format, matchArgs, classCell, initSubclass, setName, missing, reversed, classGetitem, builtinsName, all, del] { d[s.value] = s }
        return d
    }()
}
