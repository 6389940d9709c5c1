/// `_interleave_weakref`: the native half of Lib/weakref.py. `handle(obj)`
/// returns a handle holding a Swift weak reference to `obj`; `handle.get()`
/// is the object while something else keeps it alive, else None. Objects
/// are freed when their last strong reference goes (reference counting, as
/// in CPython); `handle(obj, owner)` also calls `owner._target_died()` at
/// the instruction boundary after `obj` dies (Memory/WeakCallbacks.swift),
/// which runs weakref callbacks and `weakref.finalize`.
enum WeakHandleModule {
    static let modules: [(String, (Interpreter) throws -> PyModule)] = [("_interleave_weakref", make)]

    static let handleType: PyType = {
        let t = PyType(name: "weakhandle", bases: [BuiltinTypes.object], builtin: true, layout: .native,
                       module: "_interleave_weakref", namedWithModule: false)
        func handle(_ a: Args) throws -> PyWeakHandle {
            guard case .object(let o) = a[0], let h = o as? PyWeakHandle else {
                throw PyError.typeError("expected a weak handle")
            }
            return h
        }
        t.defineMethod("get") { _, a in
            try a.check("get", min: 1, max: 1)
            return try handle(a).target.map { .object($0) } ?? .none
        }
        t.defineMethod("alive") { _, a in
            try a.check("alive", min: 1, max: 1)
            return .bool(try handle(a).target != nil)
        }
        return t
    }()

    static func make(_ vm: Interpreter) throws -> PyModule {
        let m = PyModule(name: "_interleave_weakref")
        m.addFunction("handle") { vm, a in
            try a.check("handle", min: 1, max: 2)
            guard case .object(let o) = a[0], WeakReferenceable.allows(a[0]) else {
                throw PyError.typeError("cannot create weak reference to '\(a[0].type.cTypeName)' object")
            }
            let handle = PyWeakHandle(o)
            // handle(obj, owner): owner._target_died() runs when obj dies.
            if a.count == 2, case .object(let owner) = a[1] {
                handle.owner = owner
                WeakCallbacks.of(vm).watch(o, with: handle)
            }
            return .object(handle)
        }
        return m
    }
}

/// A weak reference held for Lib/weakref.py.
final class PyWeakHandle: PyObject {
    weak var target: PyObject?
    /// The Python weak reference to notify when the target dies (weak: a
    /// reference that is itself dropped first gets no callback, as in CPython).
    weak var owner: PyObject?
    init(_ target: PyObject) {
        self.target = target
        super.init(type: nil)
    }
    override var exactBuiltinType: PyType { WeakHandleModule.handleType }
}
