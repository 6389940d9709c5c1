import BigInt

/// Constructors and the methods of `object`, `type` and the core types the
/// VM relies on. The long tail of str/list/dict methods lives in its own files.
enum CoreTypeMethods {
    static func install() {
        installObject()
        installType()
        installNumbers()
        installContainers()
        installDescriptors()
    }

    static func installObject() {
        let t = BuiltinTypes.object
        t.defineNew { vm, cls, a in
            // As CPython's object_new: extra arguments are an error when the
            // class overrides __new__ (they were meant for it) or has no
            // __init__ to take them.
            if a.count > 0 || !a.keywords.isEmpty {
                if cls.lookupUser(Names.new) != nil {
                    throw PyError.typeError("object.__new__() takes exactly one argument (the type to instantiate)")
                }
                if cls.lookupUser(Names.initName) == nil {
                    throw PyError.typeError("\(cls.name)() takes no arguments")
                }
            }
            return try vm.defaultNew(cls, Args())
        }
        t.defineMethod("__init__") { _, _ in .none }
        // types.MethodType(function, instance)
        BuiltinTypes.method.defineNew { vm, _, a in
            try a.check("method", min: 2, max: 2)
            guard vm.isCallable(a[0]) else { throw PyError.typeError("first argument must be callable") }
            if a[1].isNone { throw PyError.typeError("instance must not be None") }
            return .object(PyBoundMethod(function: a[0], receiver: a[1]))
        }
        t.defineMethod("__repr__") { vm, a in
            guard case .object(let o) = a[0] else { return .str(try vm.repr(a[0])) }
            return .str(o.type.isBuiltin ? try vm.builtinRepr(o) : vm.defaultRepr(o))
        }
        t.defineMethod("__str__") { vm, a in .str(try vm.repr(a[0])) }
        t.defineMethod("__eq__") { _, a in a[0].isIdentical(a[1]) ? .true : .object(BuiltinTypes.notImplemented) }
        t.defineMethod("__ne__") { vm, a in
            let r = try vm.compare(a[0], a[1], .eq)
            return vm.isNotImplemented(r) ? r : .bool(!(try vm.isTruthy(r)))
        }
        t.defineMethod("__hash__") { vm, a in
            if case .object(let o) = a[0] { return .int(vm.objectIdentityHash(o)) }
            return .int(try vm.hash(a[0]))
        }
        t.defineMethod("__setattr__") { vm, a in
            try a.check("__setattr__", min: 3, max: 3)
            guard case .object(let o) = a[0], let n = a[1].asStr else { throw PyError.typeError("bad __setattr__ call") }
            try vm.genericSetAttribute(o, n, a[2]); return .none
        }
        t.defineMethod("__getattribute__") { vm, a in
            guard let n = a[1].asStr else { throw PyError.typeError("attribute name must be string, not '\(a[1].type.cTypeName)'") }
            return try vm.genericGetAttribute(a[0], n)
        }
        t.defineMethod("__delattr__") { vm, a in
            guard case .object(let o) = a[0], let n = a[1].asStr else { throw PyError.typeError("bad __delattr__ call") }
            // A metaclass's super().__delattr__ on a class: drop the class attribute and its cached lookups.
            if let ty = o as? PyType, !ty.isBuiltin {
                if ty.attributes.removeStr(n) == nil { throw vm.attributeError(a[0], n.value) }
                ty.invalidateLookupCache()
                return .none
            }
            if let d = o.dict, d.removeStr(n) != nil { return .none }
            throw vm.attributeError(a[0], n.value)
        }
        t.defineMethod("__format__") { vm, a in
            let spec = a.count > 1 ? (a[1].stringValue ?? "") : ""
            if !spec.isEmpty {
                throw PyError.typeError("unsupported format string passed to \(a[0].type.cTypeName).__format__")
            }
            return .str(try vm.str(a[0]))
        }
        t.defineClassMethod("__init_subclass__") { _, a in
            if !a.keywords.isEmpty || a.count > 1 {
                let cls = (a.positional.first?.object as? PyType)?.qualname ?? "object"
                if a.keywords.isEmpty {
                    throw PyError.typeError("\(cls).__init_subclass__() takes no arguments (\(a.count - 1) given)")
                }
                throw PyError.typeError("\(cls).__init_subclass__() takes no keyword arguments")
            }
            return .none
        }
        t.defineMethod("__dir__") { vm, a in
            var names: [Value] = []
            if case .object(let o) = a[0], let d = o.dict { names += d.keys }
            for ty in a[0].type.mro { if let d = ty.dict { names += d.keys } }
            return .object(PyList(names))
        }
    }

    /// CPython's check of a container constructor's arguments: one
    /// optional iterable, no keywords (`list expected at most 1 argument, got 2`).
    private static func checkAtMostOne(_ name: String, _ a: Args, skipSelf: Int) throws {
        if !a.keywords.isEmpty { throw PyError.typeError("\(name)() takes no keyword arguments") }
        let given = a.count - skipSelf
        if given > 1 { throw PyError.typeError("\(name) expected at most 1 argument, got \(given)") }
    }

    static func installType() {
        let t = BuiltinTypes.type
        t.defineNew { vm, cls, a in
            if a.count == 1 && cls === BuiltinTypes.type { return .object(a[0].type) }
            guard a.count == 3 else { throw PyError.typeError("type() takes 1 or 3 arguments") }
            guard let name = a[0].stringValue else {
                throw PyError.typeError("type.__new__() argument 1 must be str, not \(a[0].type.name)")
            }
            guard case .object(let bo) = a[1], let bases = bo as? PyTuple else {
                throw PyError.typeError("type.__new__() argument 2 must be tuple, not \(a[1].type.name)")
            }
            guard case .object(let dobj) = a[2], let ns = dobj as? PyDict else {
                throw PyError.typeError("type.__new__() argument 3 must be dict, not \(a[2].type.name)")
            }
            // As CPython's type_new: when the bases' metaclass is more
            // derived and has a `__new__` of its own, it makes the class
            // (`type('D', (Base,), {})` with Base's metaclass registering it).
            if case .object(let wo) = try vm.calculateMetaclass(.object(cls), bases.items),
               let winner = wo as? PyType, winner !== cls, winner.lookupUser(Names.new) != nil {
                return try vm.call(.object(winner), Args(Array(a.positional), keywords: a.keywords))
            }
            return .object(try vm.makeClass(name: name, bases: bases.items, namespace: ns, metatype: cls,
                                            keywords: a.keywords))
        }
        t.defineMethod("__init__") { _, _ in .none }
        // types.MethodType(function, instance)
        BuiltinTypes.method.defineNew { vm, _, a in
            try a.check("method", min: 2, max: 2)
            guard vm.isCallable(a[0]) else { throw PyError.typeError("first argument must be callable") }
            if a[1].isNone { throw PyError.typeError("instance must not be None") }
            return .object(PyBoundMethod(function: a[0], receiver: a[1]))
        }
        // What a metaclass's __call__ reaches through super().__call__().
        t.defineMethod("__call__") { vm, a in
            guard case .object(let o) = a.positional.first ?? .none, let cls = o as? PyType else {
                throw PyError.typeError("descriptor '__call__' of 'type' object needs an argument")
            }
            return try vm.construct(cls, Args(Array(a.positional.dropFirst()), keywords: a.keywords))
        }
        // What a metaclass reaches through super().__repr__() and
        // super().__instancecheck__(): the checks without its own hooks.
        t.defineMethod("__repr__") { vm, a in
            try a.check("type.__repr__", min: 1, max: 1, skipSelf: 1)
            guard case .object(let o) = a[0], o is PyType else {
                throw PyError.typeError("descriptor '__repr__' requires a 'type' object but received a '\(a[0].type.cTypeName)'")
            }
            return .str(try vm.builtinRepr(o))
        }
        t.defineMethod("__instancecheck__") { vm, a in
            try a.check("__instancecheck__", min: 2, max: 2, skipSelf: 1)
            guard case .object(let o) = a[0], let cls = o as? PyType else {
                throw PyError.typeError("descriptor '__instancecheck__' requires a 'type' object but received a '\(a[0].type.cTypeName)'")
            }
            return .bool(try vm.realIsInstance(a[1], cls))
        }
        t.defineMethod("__subclasscheck__") { _, a in
            try a.check("__subclasscheck__", min: 2, max: 2, skipSelf: 1)
            guard case .object(let o) = a[0], let cls = o as? PyType else {
                throw PyError.typeError("descriptor '__subclasscheck__' requires a 'type' object but received a '\(a[0].type.cTypeName)'")
            }
            guard case .object(let so) = a[1], let sub = so as? PyType else {
                throw PyError.typeError("issubclass() arg 1 must be a class")
            }
            return .bool(sub.isSubtype(of: cls))
        }
        t.defineMethod("mro") { _, a in
            guard case .object(let o) = a[0], let ty = o as? PyType else { return .none }
            return .object(PyList(ty.mro.map { .object($0) }))
        }
        // A user class's direct subclasses still alive, in creation order
        // (plugin registries); a builtin type records none (it is shared
        // by every thread, so it cannot hold a run's classes).
        t.defineMethod("__subclasses__") { _, a in
            guard case .object(let o) = a[0], let ty = o as? PyType else { return .object(PyList()) }
            if a.count > 1 || !a.keywords.isEmpty {
                let given = a.count - 1 + a.keywords.count
                throw PyError.typeError(a.keywords.isEmpty
                    ? "\(ty.name).__subclasses__() takes no arguments (\(given) given)"
                    : "\(ty.name).__subclasses__() takes no keyword arguments")
            }
            return .object(PyList(ty.directSubclasses.map { .object($0) }))
        }
        t.defineProperty("__name__", get: { _, a in .str((a[0].object as? PyType)?.name ?? "") })
        t.defineProperty("__qualname__", get: { _, a in .str((a[0].object as? PyType)?.qualname ?? "") })
        t.defineProperty("__text_signature__", get: { _, a in
            guard let ty = a[0].object as? PyType, ty.isBuiltin else { return .none }
            return BuiltinTextSignatures.types[ty.name].map { .str($0) } ?? .none
        })
        t.defineProperty("__module__", get: { _, a in
            guard let ty = a[0].object as? PyType else { return .none }
            // A builtin type's own `__module__` entry (if any) describes
            // its instances (`builtin_function_or_method.__module__`).
            if !ty.isBuiltin, let m = ty.dict?.getStr(Names.module) { return m }
            return .str(ty.moduleName)
        })
        t.defineProperty("__mro__", get: { _, a in .object(PyTuple((a[0].object as? PyType)?.mro.map { .object($0) } ?? [])) })
        t.defineProperty("__bases__", get: { _, a in
            .object(PyTuple((a[0].object as? PyType)?.bases.map { .object($0) } ?? []))
        })
        t.defineProperty("__base__", get: { _, a in
            (a[0].object as? PyType)?.bases.first.map { .object($0) } ?? .none
        })
        t.defineProperty("__doc__", get: { _, a in (a[0].object as? PyType)?.dict?.getStr(Names.doc) ?? .none })
    }

    static func installNumbers() {
        BuiltinTypes.int.defineNew { vm, cls, a in
            // `int(x)`, the common case, skips the keyword binder (two arrays).
            let r: Value
            if a.keywords.isEmpty && a.count == 1 {
                r = try vm.intConstruct(a[0], base: nil)
            } else {
                let slots = try a.bind("int", ["x", "base"], required: 0)
                r = try vm.intConstruct(slots[0], base: slots[1])
            }
            if cls === BuiltinTypes.int { return r }
            guard let value = r.bigIntValue else { return r }
            return .object(PyBigInt(value, type: cls))
        }
        BuiltinTypes.bool.defineNew { vm, _, a in
            try a.check("bool", min: 0, max: 1)
            return .bool(a.count == 1 ? try vm.isTruthy(a[0]) : false)
        }
        BuiltinTypes.float.defineNew { vm, cls, a in
            try a.check("float", min: 0, max: 1)
            let d = a.count == 0 ? 0 : try vm.toDouble(a[0], parsingStrings: true)
            return cls === BuiltinTypes.float ? .float(d) : .object(PyFloatSubclassInstance(d, type: cls))
        }
        BuiltinTypes.noneType.defineNew { _, _, _ in .none }
    }

    static func installContainers() {
        BuiltinTypes.str.defineNew { vm, cls, a in
            // `str(x)`, the common case, skips the keyword binder (two arrays).
            if a.keywords.isEmpty && a.count == 1 {
                let s = try vm.str(a[0])
                return cls === BuiltinTypes.str ? .str(s) : .object(PyStr(s, type: cls))
            }
            let slots = try a.bind("str", ["object", "encoding", "errors"], required: 0)
            let s: String
            if let e = slots[1], e.stringValue == nil {
                throw PyError.typeError("str() argument 'encoding' must be str, not \(e.type.name)")
            }
            if let e = slots[2], e.stringValue == nil {
                throw PyError.typeError("str() argument 'errors' must be str, not \(e.type.name)")
            }
            if slots[1] != nil || slots[2] != nil {
                // str(b, encoding[, errors]) decodes a bytes-like object.
                let source = slots[0] ?? .object(PyBytes([]))
                guard let octets = BytesLibraryMethods.bytesOf(source) else {
                    if source.stringValue != nil { throw PyError.typeError("decoding str is not supported") }
                    throw PyError.typeError("decoding to str: need a bytes-like object, \(source.type.name) found")
                }
                s = try BytesLibraryMethods.decode(octets, try BytesLibraryMethods.codec(slots[1], "str"),
                                                   try BytesLibraryMethods.errorsMode(slots[2]))
            } else {
                s = try slots[0].map { try vm.str($0) } ?? ""
            }
            return cls === BuiltinTypes.str ? .str(s) : .object(PyStr(s, type: cls))
        }
        BuiltinTypes.list.defineNew { vm, cls, a in
            if cls === BuiltinTypes.list {
                if !a.keywords.isEmpty { throw PyError.typeError("list() takes no keyword arguments") }
                if a.count > 1 { throw PyError.typeError("list expected at most 1 argument, got \(a.count)") }
            }
            // Filled by list.__init__ (which instantiate always runs for native types).
            return .object(cls === BuiltinTypes.list ? PyList() : PyList([], type: cls))
        }
        BuiltinTypes.list.defineMethod("__init__") { vm, a in
            guard let l = a[0].object as? PyList else { return .none }
            try checkAtMostOne("list", a, skipSelf: 1)
            if a.count > 1 { l.items = try vm.toArray(a[1]) }
            return .none
        }
        BuiltinTypes.list.defineMethod("append") { _, a in
            try a.check("append", min: 2, max: 2, skipSelf: 1)
            (a[0].object as? PyList)?.items.append(a[1]); return .none
        }
        BuiltinTypes.tuple.defineNew { vm, cls, a in
            try a.check("tuple", min: 0, max: 1)
            if cls === BuiltinTypes.tuple, a.count == 1, case .object(let o) = a[0], o.typeStorage == nil, o is PyTuple {
                return a[0]  // an exact tuple is returned as it is, as in CPython
            }
            let items = a.count == 0 ? [] : try vm.toArray(a[0])
            if cls === BuiltinTypes.tuple { return .object(items.isEmpty ? PyTuple.empty : PyTuple(items)) }
            return .object(PyTuple(items, type: cls))
        }
        BuiltinTypes.dict.defineNew { vm, cls, a in
            let d = cls === BuiltinTypes.dict ? PyDict() : PyDict(type: cls)
            // Exact dicts are filled here, like list and set: `instantiate`
            // calls only user-defined __init__ (088: dict(a=1), dict(zip(...))).
            if cls === BuiltinTypes.dict {
                if a.count > 1 { throw PyError.typeError("dict expected at most 1 argument, got \(a.count)") }
                if a.count == 1 { try vm.dictUpdate(d, a[0]) }
                for (k, v) in a.keywords { d.setStr(PyStr(k), v) }
            }
            return .object(d)
        }
        BuiltinTypes.dict.defineMethod("__init__") { vm, a in
            guard let d = a[0].object as? PyDict else { return .none }
            if a.count > 2 { throw PyError.typeError("dict expected at most 1 argument, got \(a.count - 1)") }
            if a.count == 2 { try vm.dictUpdate(d, a[1]) }
            for (k, v) in a.keywords { d.setStr(PyStr(k), v) }
            return .none
        }
        BuiltinTypes.dict.defineMethod("__getitem__") { vm, a in
            try a.check("__getitem__", min: 2, max: 2, skipSelf: 1)
            guard let d = a[0].object as? PyDict else { throw PyError.typeError("descriptor requires a 'dict'") }
            if let v = try d.get(a[1], vm) { return v }
            // dict_subscript: a subclass's __missing__ answers a missing key
            // (`dict.__getitem__(a_defaultdict, k)` adds the default).
            if d.typeStorage != nil, let m = d.type.lookup(Names.missing) {
                return try vm.call(m, [a[0], a[1]])
            }
            throw PyError.keyError(a[1])
        }
        BuiltinTypes.dict.defineMethod("__setitem__") { vm, a in
            try a.check("__setitem__", min: 3, max: 3, skipSelf: 1)
            guard let d = a[0].object as? PyDict else { throw PyError.typeError("descriptor requires a 'dict'") }
            try d.set(a[1], a[2], vm); return .none
        }
        BuiltinTypes.dict.defineMethod("keys") { _, a in
            guard let d = a[0].object as? PyDict else { return .none }
            return .object(PyDictView(d, .keys))
        }
        BuiltinTypes.dict.defineMethod("values") { _, a in
            guard let d = a[0].object as? PyDict else { return .none }
            return .object(PyDictView(d, .values))
        }
        BuiltinTypes.dict.defineMethod("items") { _, a in
            guard let d = a[0].object as? PyDict else { return .none }
            return .object(PyDictView(d, .items))
        }
        BuiltinTypes.dict.defineMethod("get") { vm, a in
            try a.check("get", min: 2, max: 3, skipSelf: 1)
            guard let d = a[0].object as? PyDict else { return .none }
            return try d.get(a[1], vm) ?? (a.count > 2 ? a[2] : .none)
        }
        for (ty, frozen) in [(BuiltinTypes.set, false), (BuiltinTypes.frozenset, true)] {
            ty.defineNew { vm, cls, a in
                if frozen { try checkAtMostOne(cls.name, a, skipSelf: 0) }
                let s = cls.isBuiltin ? PySet(frozen: frozen) : PySet(type: cls, frozen: frozen)
                // A set is filled by set.__init__; a frozenset is immutable, so here.
                if a.count > 0 && frozen { try vm.setUpdate(s, a[0]) }
                return .object(s)
            }
        }
        BuiltinTypes.set.defineMethod("__init__") { vm, a in
            guard let s = a[0].object as? PySet else { return .none }
            try checkAtMostOne("set", a, skipSelf: 1)
            if a.count > 1 { s.removeAll(); try vm.setUpdate(s, a[1]) }
            return .none
        }
        BuiltinTypes.set.defineMethod("add") { vm, a in
            try a.check("add", min: 2, max: 2, skipSelf: 1)
            try (a[0].object as? PySet)?.add(a[1], vm); return .none
        }
        BuiltinTypes.range.defineNew { vm, _, a in
            try a.check("range", min: 1, max: 3)
            // The common case without big-integer arithmetic.
            if a.count == 1, case .int(let n) = a[0] { return .object(PyRange(start: 0, stop: n, step: 1)) }
            if a.count >= 2, case .int(let m) = a[0], case .int(let n) = a[1] {
                var step = 1
                if a.count == 3 { if case .int(let k) = a[2] { step = k } else { step = 0 } }
                let (span, overflow) = n.subtractingReportingOverflow(m)
                if step != 0 && step != Int.min && !overflow && span != Int.min {
                    return .object(PyRange(start: m, stop: n, step: step))
                }
            }
            let start: BigInt = a.count == 1 ? 0 : try vm.indexValue(a[0])
            let stop = try vm.indexValue(a.count == 1 ? a[0] : a[1])
            let step: BigInt = a.count == 3 ? try vm.indexValue(a[2]) : 1
            if step.isZero { throw PyError.valueError("range() arg 3 must not be zero") }
            return .object(PyRange.make(start: start, stop: stop, step: step))
        }
        BuiltinTypes.slice.defineNew { _, _, a in
            try a.check("slice", min: 1, max: 3)
            if a.count == 1 { return .object(PySlice(start: .none, stop: a[0], step: .none)) }
            return .object(PySlice(start: a[0], stop: a[1], step: a.count > 2 ? a[2] : .none))
        }
        for ty in [BuiltinTypes.iterator, BuiltinTypes.callIterator] {
            ty.defineMethod("__iter__") { _, a in a[0] }
            ty.defineMethod("__next__") { vm, a in
                if let v = try vm.next(a[0]) { return v }
                throw PyError.stopIteration()
            }
        }
    }

    static func installDescriptors() {
        BuiltinTypes.property.defineNew { _, cls, a in
            if cls !== BuiltinTypes.property {
                // A subclass: arguments go to __init__ (its own or property's).
                return .object(PyProperty(getter: .none, type: cls))
            }
            let s = try a.bind("property", ["fget", "fset", "fdel", "doc"], required: 0)
            return .object(PyProperty(getter: s[0] ?? .none, setter: s[1] ?? .none, deleter: s[2] ?? .none,
                                      doc: s[3] ?? .none))
        }
        let p = BuiltinTypes.property
        p.defineMethod("__init__") { vm, a in
            // property.__init__ proper only matters for subclasses: the
            // exact type's __new__ already stored the accessors.
            guard let pr = a[0].object as? PyProperty, pr.userClass != nil else { return .none }
            let s = try Args(Array(a.positional.dropFirst()), keywords: a.keywords)
                .bind("property", ["fget", "fset", "fdel", "doc"], required: 0)
            pr.getter = s[0] ?? .none; pr.setter = s[1] ?? .none; pr.deleter = s[2] ?? .none; pr.doc = s[3] ?? .none
            // A subclass instance keeps its doc in its __dict__ (the class's
            // own __doc__ would shadow the property's): the given doc, else
            // the getter's.
            var doc = pr.doc
            if doc.isNone, !pr.getter.isNone { doc = try vm.lookupAttribute(pr.getter, Names.doc) ?? .none }
            pr.dict?.setStr("__doc__", doc)
            return .none
        }
        /// CPython's property_copy: a subclass's copy is made by calling the subclass.
        func copy(_ vm: Interpreter, _ pr: PyProperty, getter: Value, setter: Value, deleter: Value) throws -> Value {
            let made: Value
            if let cls = pr.userClass {
                made = try vm.call(.object(cls), [getter, setter, deleter, pr.doc])
            } else {
                made = .object(PyProperty(getter: getter, setter: setter, deleter: deleter, doc: pr.doc))
            }
            (made.object as? PyProperty)?.name = pr.name
            return made
        }
        p.defineMethod("setter") { vm, a in
            guard let pr = a[0].object as? PyProperty else { return .none }
            return try copy(vm, pr, getter: pr.getter, setter: a[1], deleter: pr.deleter)
        }
        p.defineMethod("getter") { vm, a in
            guard let pr = a[0].object as? PyProperty else { return .none }
            return try copy(vm, pr, getter: a[1], setter: pr.setter, deleter: pr.deleter)
        }
        p.defineMethod("deleter") { vm, a in
            guard let pr = a[0].object as? PyProperty else { return .none }
            return try copy(vm, pr, getter: pr.getter, setter: pr.setter, deleter: a[1])
        }
        p.defineMethod("__set_name__") { _, a in
            try a.check("__set_name__", min: 3, max: 3)
            (a[0].object as? PyProperty)?.name = a[2]
            return .none
        }
        p.defineMethod("__get__") { vm, a in
            guard let pr = a[0].object as? PyProperty else { return .none }
            if a.count < 2 || a[1].isNone { return a[0] }
            if pr.getter.isNone { throw pr.missingAccessor("getter", of: a[1].type) }
            return try vm.call(pr.getter, [a[1]])
        }
        p.defineMethod("__set__") { vm, a in
            guard let pr = a[0].object as? PyProperty else { return .none }
            if pr.setter.isNone { throw pr.missingAccessor("setter", of: a[1].type) }
            _ = try vm.call(pr.setter, [a[1], a[2]]); return .none
        }
        p.defineMethod("__delete__") { vm, a in
            guard let pr = a[0].object as? PyProperty else { return .none }
            if pr.deleter.isNone { throw pr.missingAccessor("deleter", of: a[1].type) }
            _ = try vm.call(pr.deleter, [a[1]]); return .none
        }
        p.defineProperty("fget", get: { _, a in (a[0].object as? PyProperty)?.getter ?? .none })
        p.defineProperty("fset", get: { _, a in (a[0].object as? PyProperty)?.setter ?? .none })
        p.defineProperty("fdel", get: { _, a in (a[0].object as? PyProperty)?.deleter ?? .none })
        // True when any accessor is abstract (abc.abstractmethod under @property).
        p.defineProperty("__isabstractmethod__", get: { vm, a in
            guard let pr = a[0].object as? PyProperty else { return .false }
            for f in [pr.getter, pr.setter, pr.deleter] where !f.isNone {
                if let flag = try vm.lookupAttribute(f, PyStr("__isabstractmethod__")), try vm.isTruthy(flag) {
                    return .true
                }
            }
            return .false
        })
        p.defineProperty("__doc__", get: { vm, a in
            guard let pr = a[0].object as? PyProperty else { return .none }
            if !pr.doc.isNone { return pr.doc }
            return try vm.lookupAttribute(pr.getter, Names.doc) ?? .none
        })
        for (ty, isClass) in [(BuiltinTypes.classmethod, true), (BuiltinTypes.staticmethod, false)] {
            ty.defineNew { vm, _, a in
                try a.check(isClass ? "classmethod" : "staticmethod", min: 1, max: 1)
                let wrapper = PyMethodWrapper(function: a[0], isClassMethod: isClass)
                // CPython's functools_wraps: the wrapped callable's identity
                // and annotations are copied into the wrapper's __dict__.
                for name in ["__module__", "__name__", "__qualname__", "__doc__", "__annotations__"] {
                    if let v = try vm.lookupAttribute(a[0], PyStr(name)) { wrapper.dict?.setStr(name, v) }
                }
                return .object(wrapper)
            }
            ty.defineProperty("__func__", get: { _, a in (a[0].object as? PyMethodWrapper)?.function ?? .none })
            ty.defineProperty("__wrapped__", get: { _, a in (a[0].object as? PyMethodWrapper)?.function ?? .none })
            ty.defineProperty("__isabstractmethod__", get: { vm, a in
                guard let w = a[0].object as? PyMethodWrapper,
                      let flag = try vm.lookupAttribute(w.function, PyStr("__isabstractmethod__")) else { return .false }
                return .bool(try vm.isTruthy(flag))
            })
            ty.defineMethod("__get__") { vm, a in
                guard let w = a[0].object as? PyMethodWrapper else { return .none }
                if !w.isClassMethod { return w.function }
                let owner = a.count > 2 && !a[2].isNone ? a[2] : .object(a[1].type)
                return .object(PyBoundMethod(function: w.function, receiver: owner))
            }
        }
        BuiltinTypes.superType.defineNew { vm, _, a in
            // A zero-argument super() the compiler could not complete (no
            // enclosing class): CPython's errors, read from the calling frame.
            if a.count == 0, a.keywords.isEmpty, let frame = vm.frameStack.last {
                let code = frame.code
                if code.argCount == 0 { throw PyError.runtimeError("super(): no arguments") }
                throw PyError.runtimeError("super(): __class__ cell not found")
            }
            try a.check("super", min: 2, max: 2)
            guard case .object(let o) = a[0], let start = o as? PyType else {
                throw PyError.typeError("super() argument 1 must be a type, not \(a[0].type.name)")
            }
            let recvType: PyType
            if case .object(let ro) = a[1], let rt = ro as? PyType, rt.isSubtype(of: start) { recvType = rt }
            else if a[1].type.isSubtype(of: start) { recvType = a[1].type }
            else { throw PyError.typeError("super(type, obj): obj must be an instance or subtype of type") }
            return .object(PySuper(startType: start, receiver: a[1], receiverType: recvType))
        }
        BuiltinTypes.superType.defineMethod("__repr__") { vm, a in
            guard let s = a[0].object as? PySuper else { return .str("<super object>") }
            return .str(try s.pyRepr(vm))
        }
        let fn = BuiltinTypes.function
        func setFn(_ body: @escaping (Interpreter, PyFunction, Value) throws -> Void) -> NativeFunction {
            return { vm, a in
                guard let f = a[0].object as? PyFunction else { return .none }
                try body(vm, f, a[1])
                return .none
            }
        }
        fn.defineProperty("__name__", get: { _, a in .str((a[0].object as? PyFunction)?.name ?? "") },
                          set: setFn { vm, f, v in
                              guard let s = v.stringValue else { throw PyError.typeError("__name__ must be set to a string object") }
                              f.name = s; _ = vm })
        fn.defineProperty("__qualname__", get: { _, a in .str((a[0].object as? PyFunction)?.qualname ?? "") },
                          set: setFn { _, f, v in
                              guard let s = v.stringValue else { throw PyError.typeError("__qualname__ must be set to a string object") }
                              f.qualname = s })
        fn.defineProperty("__module__", get: { _, a in (a[0].object as? PyFunction)?.moduleName ?? .none },
                          set: setFn { _, f, v in f.moduleName = v })
        fn.defineProperty("__defaults__", get: { _, a in
            guard let f = a[0].object as? PyFunction, !f.defaults.isEmpty else { return .none }
            return .object(PyTuple(f.defaults))
        }, set: setFn { vm, f, v in f.defaults = v.isNone ? [] : try vm.toArray(v) })
        fn.defineProperty("__kwdefaults__", get: { vm, a in
            guard let f = a[0].object as? PyFunction, !f.kwDefaults.isEmpty else { return .none }
            let d = PyDict()
            for n in f.code.varNames[f.code.argCount..<(f.code.argCount + f.code.kwOnlyCount)] {
                if let v = f.kwDefaults[n] { d.setStr(n, v) }
            }
            return .object(d)
        })
        fn.defineProperty("__doc__", get: { _, a in (a[0].object as? PyFunction)?.dict?.getStr(Names.doc) ?? .none },
                          set: setFn { _, f, v in f.dict?.setStr(Names.doc, v) })
        fn.defineProperty("__dict__", get: { _, a in (a[0].object?.dict).map { .object($0) } ?? .none },
                          set: setFn { _, f, v in
            // `wrapper.__dict__ = func.__dict__` (decorators written before
            // functools.wraps). The docstring lives in the dict here, so a
            // documented function keeps it across the swap.
            guard case .object(let o) = v, let d = o as? PyDict else {
                throw PyError.typeError("__dict__ must be set to a dictionary, not a '\(v.type.cTypeName)'")
            }
            if let doc = f.dict?.getStr(Names.doc), !doc.isNone, d.getStr(Names.doc) == nil {
                d.setStr(Names.doc, doc)
            }
            f.dict = d
        })
        fn.defineProperty("__code__", get: { _, a in
            guard let f = a[0].object as? PyFunction else { return .none }
            return .object(PyCodeValue(f.code))
        })
        fn.defineProperty("__globals__", get: { _, a in (a[0].object as? PyFunction).map { .object($0.globals) } ?? .none })
        fn.defineProperty("__closure__", get: { _, a in
            guard let f = a[0].object as? PyFunction, !f.closure.isEmpty else { return .none }
            return .object(PyTuple(f.closure.map { .object($0) }))
        })
        fn.defineProperty("__annotations__", get: { _, a in
            guard let f = a[0].object as? PyFunction else { return .none }
            if let d = f.dict?.getStr("__annotations__") { return d }
            let d = PyDict()
            f.dict?.setStr("__annotations__", .object(d))
            return .object(d)
        }, set: setFn { _, f, v in f.dict?.setStr("__annotations__", v) })
        fn.defineMethod("__get__") { _, a in
            if a.count < 2 || a[1].isNone { return a[0] }
            return .object(PyBoundMethod(function: a[0], receiver: a[1]))
        }
        let m = BuiltinTypes.method
        m.defineProperty("__func__", get: { _, a in (a[0].object as? PyBoundMethod)?.function ?? .none })
        m.defineProperty("__self__", get: { _, a in (a[0].object as? PyBoundMethod)?.receiver ?? .none })
        m.defineProperty("__name__", get: { vm, a in
            guard let b = a[0].object as? PyBoundMethod else { return .none }
            return try vm.getAttribute(b.function, Names.name)
        })
        m.defineProperty("__qualname__", get: { vm, a in
            guard let b = a[0].object as? PyBoundMethod else { return .none }
            return try vm.getAttribute(b.function, Names.qualname)
        })
        m.defineProperty("__doc__", get: { vm, a in
            guard let b = a[0].object as? PyBoundMethod else { return .none }
            return try vm.lookupAttribute(b.function, Names.doc) ?? .none
        })
        for ty in [BuiltinTypes.builtinFunction, BuiltinTypes.methodDescriptor] {
            ty.defineProperty("__name__", get: { _, a in .str((a[0].object as? PyBuiltinFunction)?.name ?? "") })
            ty.defineProperty("__qualname__", get: { _, a in .str((a[0].object as? PyBuiltinFunction)?.qualname ?? "") })
            ty.defineProperty("__self__", get: { _, a in (a[0].object as? PyBuiltinFunction)?.boundSelf ?? .none })
            ty.defineProperty("__doc__", get: { _, _ in .none })
            ty.defineProperty("__text_signature__", get: { _, a in
                guard let f = a[0].object as? PyBuiltinFunction else { return .none }
                return BuiltinTextSignatures.of(f).map { .str($0) } ?? .none
            })
        }
        BuiltinTypes.builtinFunction.defineProperty("__module__", get: { _, a in
            (a[0].object as? PyBuiltinFunction)?.module.map { .str($0) } ?? .none
        })
        BuiltinTypes.cell.defineProperty("cell_contents", get: { _, a in
            guard let c = a[0].object as? PyCell, let v = c.value else { throw PyError.valueError("Cell is empty") }
            return v
        }, set: { _, a in
            // `f.__closure__[0].cell_contents = v` rebinds the closed-over variable.
            (a[0].object as? PyCell)?.value = a[1]
            return .none
        })
        BuiltinTypes.module.defineProperty("__dict__", get: { _, a in a[0].object?.dict.map { .object($0) } ?? .none })
        let code = BuiltinTypes.code
        code.defineProperty("co_name", get: { _, a in .str((a[0].object as? PyCodeValue)?.code.name ?? "") })
        code.defineProperty("co_qualname", get: { _, a in .str((a[0].object as? PyCodeValue)?.code.qualname ?? "") })
        code.defineProperty("co_filename", get: { _, a in .str((a[0].object as? PyCodeValue)?.code.filename ?? "") })
        code.defineProperty("co_firstlineno", get: { _, a in .int((a[0].object as? PyCodeValue)?.code.firstLine ?? 0) })
        code.defineProperty("co_flags", get: { _, a in
            guard let c = (a[0].object as? PyCodeValue)?.code else { return .int(0) }
            var f = 0
            if c.isGenerator { f |= 0x20 }
            if c.isCoroutine { f |= 0x80 }
            if c.isAsyncGenerator { f |= 0x200 }
            if c.hasVarArgs { f |= 0x04 }
            if c.hasVarKeywords { f |= 0x08 }
            if c.isIterableCoroutineFlag { f |= 0x100 }
            return .int(f)
        })
        code.defineProperty("co_argcount", get: { _, a in .int((a[0].object as? PyCodeValue)?.code.argCount ?? 0) })
        code.defineProperty("co_posonlyargcount", get: { _, a in .int((a[0].object as? PyCodeValue)?.code.posOnlyCount ?? 0) })
        code.defineProperty("co_kwonlyargcount", get: { _, a in .int((a[0].object as? PyCodeValue)?.code.kwOnlyCount ?? 0) })
        code.defineProperty("co_freevars", get: { _, a in
            .object(PyTuple((a[0].object as? PyCodeValue)?.code.freeNames.map { .str($0) } ?? []))
        })
        code.defineProperty("co_cellvars", get: { _, a in
            .object(PyTuple((a[0].object as? PyCodeValue)?.code.cellNames.map { .str($0) } ?? []))
        })
        code.defineProperty("co_varnames", get: { _, a in
            .object(PyTuple((a[0].object as? PyCodeValue)?.code.varNames.map { .str($0) } ?? []))
        })
    }
}
