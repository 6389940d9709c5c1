/// The constructor of `module` (`types.ModuleType(name, doc=None)`).
///
/// The module type inherits `object`'s native constructor when it is
/// created, which would call back into `object.__new__` forever; it gets
/// its own, which builds an empty module with CPython's initial namespace.
enum ModuleTypeMethods {
    static func install() {
        BuiltinTypes.module.defineNew { _, cls, a in
            let slots = try a.bind("module", ["name", "doc"], required: 1)
            guard let name = slots[0]?.stringValue else {
                throw PyError.typeError("module() argument 'name' must be str, not \((slots[0] ?? .none).type.name)")
            }
            let m = PyModule(name: name)
            if cls !== BuiltinTypes.module { m.type = cls }
            m.add("__doc__", slots[1] ?? .none)
            for key in ["__package__", "__loader__", "__spec__"] { m.add(key, .none) }
            return .object(m)
        }
    }
}
