/// How `T(...)` makes an instance of a builtin type `T` whose instances
/// have native storage (`str`, `int`, `list`, `dict`, `deque`...): the
/// builtin `__new__` found along its MRO, and its builtin `__init__`
/// unless that is `object.__init__`.
///
/// DESIGN: `construct` found both on every call (`str(i)`, `list(x)`,
/// `dict()`): an MRO search for the owner of `__new__`, an uncached MRO
/// lookup of `__init__` (builtin types are never cached because they are
/// shared by every thread) and a comparison of its qualified name with
/// "object.__init__", about 400 instructions before any conversion ran.
/// Builtin types never change, so the answer is computed once per
/// interpreter, keyed by the type's version tag (unique in the process,
/// so a per-run native type that is freed can never be mistaken for a
/// new one at the same address).
struct BuiltinConstruction {
    /// The owner's `__new__`.
    let new: (Interpreter, PyType, Args) throws -> Value
    /// The builtin `__init__` to call after it, when not `object.__init__`.
    let initializer: PyBuiltinFunction?
}

extension Interpreter {
    /// The construction of builtin native type `cls`, computed on first use;
    /// nil when instances cannot be created (`construct` then raises).
    func builtinConstruction(_ cls: PyType) -> BuiltinConstruction? {
        if let known = builtinConstructions.plan(for: cls.versionTag) { return known }
        guard let owner = cls.mro.first(where: { $0.nativeNew != nil && $0.attributes.getStr(Names.new) != nil }),
              owner !== BuiltinTypes.object, let new = owner.nativeNew else { return nil }
        var initializer: PyBuiltinFunction?
        if let i = cls.lookup(Names.initName), case .object(let io) = i, let bf = io as? PyBuiltinFunction,
           bf.qualname != "object.__init__" {
            initializer = bf
        }
        let plan = BuiltinConstruction(new: new, initializer: initializer)
        builtinConstructions.remember(plan, for: cls.versionTag)
        return plan
    }
}

/// The constructions of a run's builtin types by version tag: a short
/// array searched from the front (a program constructs a handful of
/// builtin types, `str`, `int`, `range`, `list`...; hashing the tag for a
/// dictionary cost more than the scan).
struct BuiltinConstructionTable {
    private var tags: [UInt64] = []
    private var plans: [BuiltinConstruction] = []

    /// The plan remembered for `tag`, if any.
    @inline(__always)
    func plan(for tag: UInt64) -> BuiltinConstruction? {
        var i = 0
        while i < tags.count {
            if tags[i] == tag { return plans[i] }
            i += 1
        }
        return nil
    }

    /// Remembers `plan` for `tag` (a type whose tag changed gets a new entry;
    /// past 64 entries the oldest give way).
    mutating func remember(_ plan: BuiltinConstruction, for tag: UInt64) {
        if tags.count >= 64 {
            tags.removeFirst()
            plans.removeFirst()
        }
        tags.append(tag)
        plans.append(plan)
    }
}
