extension Interpreter {
    /// Calls `callee` with the arguments `stack[start...]` (the last
    /// `kwNames.count` of them are keyword values; nil means none) and removes the arguments.
    @inline(__always)
    func callFromStack(_ callee: Value, _ stack: inout ValueStack, start: Int, kwNames: [Value]?) throws -> Value {
        let kwCount = kwNames?.count ?? 0
        if let function = callee.unretained(PyFunction.self) {
            // `callee` holds the function for the whole call, so it is used
            // borrowed (a retain and a release per call otherwise).
            return try function._withUnsafeGuaranteedRef { f in
                let n = stack.count - start
                if kwCount == 0 && f.takesPositionally(n) {
                    let frame = framePool.frame(for: f)
                    stack.moveTop(n, into: frame.locals, at: 0)
                    f.fillDefaults(frame, from: n)
                    return try startPooledFrame(consume frame, f)
                }
                if kwCount == 0 && f.code.packsExtraPositionals(n) {
                    // `def wrapper(*args, **kwargs)` called positionally (a
                    // decorator's wrapper): the parameters come off the
                    // stack and the rest becomes `args`, with no binder.
                    let frame = framePool.frame(for: f)
                    let argCount = f.code.argCount
                    let extra = n - argCount
                    let packed = extra == 0 ? PyTuple.empty : PyTuple(stack.moveOut(from: stack.count - extra))
                    stack.moveTop(argCount, into: frame.locals, at: 0)
                    frame.locals[argCount] = .object(packed)
                    if f.code.hasVarKeywords { frame.locals[argCount + 1] = .object(PyDict()) }
                    return try startPooledFrame(consume frame, f)
                }
                let npos = n - kwCount
                if let kwNames, let slots = f.keywordSlots(positional: npos, kwNames) {
                    let frame = framePool.frame(for: f)
                    f.bindKeywordCall(frame, &stack, count: n, keywords: kwCount, receivers: 0, slots: slots)
                    return try startPooledFrame(consume frame, f)
                }
                var kws: [(name: String, value: Value)] = []
                for (i, k) in (kwNames ?? []).enumerated() { kws.append((k.stringValue ?? "", stack[start + npos + i])) }
                let pos = stack.array(start, start + npos)
                stack.removeLast(n)
                return try callFunction(f, pos[...], keywords: kws)
            }
        }
        // A bound Python method with a simple signature: the receiver and the
        // arguments go straight into the new frame (no argument array). The
        // method and its function are borrowed from `callee`, as above.
        if let method = callee.unretained(PyBoundMethod.self) {
            let result: Value? = try method._withUnsafeGuaranteedRef { m in
                guard let function = m.function.unretained(PyFunction.self) else { return nil }
                return try function._withUnsafeGuaranteedRef { f in
                    let n = stack.count - start
                    if kwCount == 0 {
                        guard f.code.takesExactly(n + 1) else { return nil }
                        let frame = framePool.frame(for: f)
                        frame.locals[0] = m.receiver
                        stack.moveTop(n, into: frame.locals, at: 1)
                        return try startPooledFrame(consume frame, f)
                    }
                    guard let kwNames, let slots = f.keywordSlots(positional: n - kwCount + 1, kwNames) else { return nil }
                    let frame = framePool.frame(for: f)
                    frame.locals[0] = m.receiver
                    f.bindKeywordCall(frame, &stack, count: n, keywords: kwCount, receivers: 1, slots: slots)
                    return try startPooledFrame(consume frame, f)
                }
            }
            if let result { return result }
        }
        // Fast path: instantiating a plain user class whose __init__ is a
        // Python function with a simple signature (no Args arrays built).
        // The class is borrowed from `callee`; `__init__` is held strongly
        // (its body may rebind the class attribute).
        if let type = callee.unretained(PyType.self) {
            let result: Value? = try type._withUnsafeGuaranteedRef { cls in
                guard !cls.isBuiltin, cls.layout == .object, cls.typeStorage == nil, cls.lookupUser(Names.new) == nil,
                      let initV = cls.lookupUser(Names.initName), case .object(let io) = initV, io is PyFunction
                else { return nil }
                let f = unsafeDowncast(io, to: PyFunction.self)
                let n = stack.count - start
                // Keywords (`Point(x=1, y=2)`) and defaults left to fill go
                // through the same slots as a keyword call of a function.
                var slots: KeywordSlots?
                if kwCount == 0 {
                    guard f.takesPositionally(n + 1) else { return nil }
                } else {
                    guard let kwNames, let s = f.keywordSlots(positional: n - kwCount + 1, kwNames) else { return nil }
                    slots = s
                }
                let obj = Value.object(PyInstance(of: cls))
                let frame = framePool.frame(for: f)
                frame.locals[0] = obj
                if let slots {
                    f.bindKeywordCall(frame, &stack, count: n, keywords: kwCount, receivers: 1, slots: slots)
                } else {
                    stack.moveTop(n, into: frame.locals, at: 1)
                    f.fillDefaults(frame, from: n + 1)
                }
                // Not `startPooledFrame`: inlined here, the optimizer kept a
                // second reference to the frame across its uniqueness check,
                // so no `__init__` frame was ever pooled (FramePoolTests).
                let r = try startFrame(frame, f)
                framePool.recycle(consume frame)
                if !r.isNone { throw PyError.typeError("__init__() should return None, not '\(r.type.cTypeName)'") }
                return obj
            }
            if let result { return result }
        }
        return try callOtherFromStack(callee, &stack, start: start, kwNames: kwNames)
    }

    /// `callFromStack` for a callee that is not a Python function, bound
    /// method or plain class: builtins (their fixed-arity entries first)
    /// and the general call. Kept out of line so the hot Python-call paths
    /// above stay inlined in the dispatch loop.
    @inline(never)
    func callOtherFromStack(_ callee: Value, _ stack: inout ValueStack, start: Int, kwNames: [Value]?) throws -> Value {
        let kwCount = kwNames?.count ?? 0
        let n = stack.count - start
        if kwCount == 0, accessLog == nil, let builtin = callee.unretained(PyBuiltinFunction.self) {
            // The builtin's fixed-arity entry, if it has one for `n` values
            // and answers (FixedArityEntries).
            let fixed = try builtin._withUnsafeGuaranteedRef { b in
                try b.callFixedArity(self, stack, start: start, count: n)
            }
            if let fixed {
                stack.removeLast(n)
                return fixed
            }
        }
        let npos = n - kwCount
        var args: Args
        if kwCount == 0 {
            // The arguments array is reused by the next call (ArgumentBuffers).
            args = Args(argumentBuffers.take(reserving: n))
            stack.moveOut(from: start, into: &args.positional)
            if let log = accessLog { log.call(callee, args) }
            let r = try call(callee, args)
            argumentBuffers.recycle(&args.positional)
            return r
        } else {
            args = Args(stack.array(start, start + npos))
            for (i, k) in (kwNames ?? []).enumerated() { args.keywords.append((k.stringValue ?? "", stack[start + npos + i])) }
            stack.removeLast(n)
        }
        if let log = accessLog { log.call(callee, args) }
        return try call(callee, args)
    }

    /// Unary `-x`, `+x`, `~x`.
    func unaryOp(_ v: Value, _ name: PyStr) throws -> Value {
        switch v {
        case .int(let i):
            if name === Names.neg { return i == Int.min ? .integer(-BigIntValue(i)) : .int(-i) }
            if name === Names.pos { return v }
            return .int(~i)
        case .bool(let b):
            let i = b ? 1 : 0
            if name === Names.neg { return .int(-i) }
            if name === Names.pos { return .int(i) }
            return .int(~i)
        case .float(let d):
            if name === Names.neg { return .float(-d) }
            if name === Names.pos { return v }
        case .object(let o):
            // User dunders first: an int subclass (IntFlag) may override ~.
            if let userCls = o.userClass, let m = userCls.lookupUser(name) { return try call(m, [v]) }
            if let b = o as? PyBigInt {
                if name === Names.neg { return .integer(-b.value) }
                if name === Names.pos { return o.type.isBuiltin ? v : .integer(b.value) }
                return .integer(~b.value)
            }
            if let u = o as? NativeUnaryOperand,
               let r = try u.nativeUnary(self, name === Names.neg ? .negative : (name === Names.pos ? .positive : .invert)) {
                return r
            }
        case .none: break
        }
        let sym = name === Names.neg ? "-" : (name === Names.pos ? "+" : "~")
        throw PyError.typeError("bad operand type for unary \(sym): '\(v.type.cTypeName)'")
    }

    func isIterable(_ v: Value) -> Bool {
        guard case .object(let o) = v else { return false }
        switch o {
        case is PyList, is PyTuple, is PyStr, is PyDict, is PySet, is PyRange, is PyIteratorBase, is PyGenerator,
             is PyDictView, is NativeIterable: return true
        default: return o.type.lookup(Names.iter) != nil || o.type.lookup(Names.getitem) != nil
        }
    }

    /// `f(**a, **b)`: merges with CPython's duplicate-keyword error.
    func dictMerge(_ d: PyDict, _ v: Value, callee: Value) throws {
        let isMapping = try v.object is PyDict || lookupAttribute(v, Names.intern("keys")) != nil
        guard isMapping else {
            throw PyError.typeError("\(try calleeName(callee)) argument after ** must be a mapping, not \(v.type.name)")
        }
        let src = PyDict()
        try dictUpdate(src, v)
        for (k, val) in src.items {
            if try d.get(k, self) != nil {
                throw PyError.typeError("\(try calleeName(callee)) got multiple values for keyword argument '\(try str(k))'")
            }
            try d.set(k, val, self)
        }
    }

    /// How CPython names a callee in call errors (`_PyObject_FunctionStr`):
    /// `module.qualname()`, the module left out for builtins.
    func calleeName(_ v: Value) throws -> String {
        func qualified(_ module: String?, _ qualname: String) -> String {
            guard let module, module != "builtins" else { return "\(qualname)()" }
            return "\(module).\(qualname)()"
        }
        if case .object(let o) = v {
            if let f = o as? PyFunction { return qualified(f.moduleName.stringValue, f.qualname) }
            if let b = o as? PyBuiltinFunction { return "\(b.name)()" }
            if let t = o as? PyType { return t.isBuiltin ? "\(t.name)()" : qualified(t.moduleName, t.qualname) }
            if let m = o as? PyBoundMethod { return try calleeName(m.function) }
        }
        return "\(v.type.name) object"
    }

    func unpackSequence(_ v: Value, _ n: Int, into stack: inout ValueStack) throws {
        var items: [Value]
        // Tuples and lists directly unless a subclass overrides __iter__
        // (platform.uname()'s result): CPython iterates every subclass.
        if case .object(let o) = v, o.userClass?.lookupUser(Names.iter) == nil, let t = o as? PyTuple { items = t.items }
        else if case .object(let o) = v, o.userClass?.lookupUser(Names.iter) == nil, let l = o as? PyList { items = l.items }
        else {
            guard isIterable(v) else { throw PyError.typeError("cannot unpack non-iterable \(v.type.name) object") }
            let it = try iterator(v)
            items = []
            while let x = try next(it) {
                items.append(x)
                if items.count > n { break }
            }
        }
        if items.count < n {
            throw PyError.valueError("not enough values to unpack (expected \(n), got \(items.count))")
        }
        if items.count > n {
            throw PyError.valueError("too many values to unpack (expected \(n))")
        }
        stack.append(contentsOf: items.reversed())
    }

    func unpackEx(_ v: Value, before: Int, after: Int, into stack: inout ValueStack) throws {
        guard isIterable(v) else { throw PyError.typeError("cannot unpack non-iterable \(v.type.name) object") }
        let items = try toArray(v)
        if items.count < before + after {
            throw PyError.valueError("not enough values to unpack (expected at least \(before + after), got \(items.count))")
        }
        let middle = Array(items[before..<(items.count - after)])
        for x in items.suffix(after).reversed() { stack.append(x) }
        stack.append(.object(PyList(middle)))
        for x in items.prefix(before).reversed() { stack.append(x) }
    }

    func makeFunction(_ flags: Int, _ stack: inout ValueStack, _ frame: Frame) throws -> Value {
        guard case .object(let co) = stack.removeLast(), let cv = co as? PyCodeValue else {
            throw PyError.systemError("makeFunction without code")
        }
        var closure: [PyCell] = []
        if flags & 8 != 0, case .object(let t) = stack.removeLast(), let tup = t as? PyTuple {
            closure = tup.items.compactMap { $0.object as? PyCell }
        }
        var kwDefaults: [String: Value] = [:]
        if flags & 2 != 0, case .object(let d) = stack.removeLast(), let dict = d as? PyDict {
            for (k, v) in dict.items { if let s = k.stringValue { kwDefaults[s] = v } }
        }
        var defaults: [Value] = []
        if flags & 1 != 0, case .object(let t) = stack.removeLast(), let tup = t as? PyTuple { defaults = tup.items }
        let f = PyFunction(code: cv.code, globals: frame.globals, defaults: defaults, kwDefaults: kwDefaults,
                           closure: closure, qualname: cv.code.qualname,
                           moduleName: frame.globals.getStr(Names.name) ?? .none)
        if let doc = cv.code.docstring { f.dict?.setStr(Names.doc, .str(doc)) }
        return .object(f)
    }

    /// `raise`, `raise exc`, `raise exc from cause`.
    func raise(_ form: Int, _ stack: inout ValueStack) throws {
        if form == 0 {
            guard let e = handledExceptions.last else { throw PyError.runtimeError("No active exception to reraise") }
            throw PyError(e)
        }
        var cause: Value?
        if form == 2 { cause = stack.removeLast() }
        let v = stack.removeLast()
        let exc = try makeException(v)
        if let c = cause {
            if c.isNone {
                exc.cause = nil
            } else {
                guard case .object(let co) = c, co is PyException || (co as? PyType)?.isSubtype(of: BuiltinTypes.baseException) == true else {
                    throw PyError.typeError("exception causes must derive from BaseException")
                }
                exc.cause = try makeException(c)
            }
            exc.suppressContext = true
        }
        if let h = handledExceptions.last, h !== exc { setContext(exc, h) }
        exc.lastFrameSerial = 0
        throw PyError(exc)
    }

    /// Validates an `except` clause's class or flat tuple of classes: as in
    /// CPython, a tuple inside the tuple is refused (so a tuple nested a
    /// million deep is a TypeError, not a walk of the native stack).
    func checkCatchable(_ t: Value) throws {
        func isExceptionClass(_ v: Value) -> Bool {
            guard case .object(let o) = v, let ty = o as? PyType else { return false }
            return ty.isSubtype(of: BuiltinTypes.baseException)
        }
        if isExceptionClass(t) { return }
        if case .object(let o) = t, let tup = o as? PyTuple, tup.items.allSatisfy(isExceptionClass) { return }
        throw PyError.typeError("catching classes that do not inherit from BaseException is not allowed")
    }

    /// `with` entry: returns (bound `__exit__`, result of `__enter__()`).
    func enterContext(_ mgr: Value) throws -> (Value, Value) {
        let t = mgr.type
        guard let enter = t.lookup(Names.enter), let exit = t.lookup(Names.exit) else {
            let missed = t.lookup(Names.enter) != nil ? " (missed __exit__ method)" : ""
            throw PyError.typeError("'\(t.name)' object does not support the context manager protocol\(missed)")
        }
        let boundExit = try bind(exit, to: mgr, type: t)
        return (boundExit, try callSpecialMethod(enter, on: mgr, type: t))
    }

    /// `async with` entry: returns (bound `__aexit__`, awaitable iterator of `__aenter__()`).
    func enterAsyncContext(_ mgr: Value) throws -> (Value, Value) {
        let t = mgr.type
        guard let enter = t.lookup(Names.aenter), let exit = t.lookup(Names.aexit) else {
            let missed = t.lookup(Names.aenter) != nil ? " (missed __aexit__ method)" : ""
            throw PyError.typeError("'\(t.name)' object does not support the asynchronous context manager protocol\(missed)")
        }
        let boundExit = try bind(exit, to: mgr, type: t)
        let r = try callSpecialMethod(enter, on: mgr, type: t)
        return (boundExit, try awaitableIterator(r, context: 1))
    }

    /// Calls the class attribute `method` (a special method looked up on
    /// the type: `__enter__`, `__aenter__`, `__await__`, `__aiter__`,
    /// `__anext__`, ...) with `receiver` as its only argument. A Python
    /// function or an unbound builtin method is called directly, as CPython
    /// calls a slot: binding it first made a bound-method object and an
    /// argument array per call. Anything else (a descriptor, a callable
    /// object) is bound and called as Python would.
    func callSpecialMethod(_ method: Value, on receiver: Value, type: PyType) throws -> Value {
        if case .object(let o) = method {
            if o is PyFunction { return try callOne(method, receiver) }
            if let b = o as? PyBuiltinFunction, b.isMethod, b.boundSelf == nil {
                return try b.function(self, Args([receiver]))
            }
        }
        return try call(bind(method, to: receiver, type: type), [])
    }

    /// `format(v, spec)`.
    public func format(_ v: Value, _ spec: String) throws -> String {
        do {
            switch v {
            case .int(let i): return try PyFormat.format(i, spec: spec)
            case .bool(let b):
                if spec.isEmpty { return b ? "True" : "False" }
                return try PyFormat.format(b ? 1 : 0, spec: spec, typeName: "bool")
            case .float(let d): return try PyFormat.format(d, spec: spec)
            case .none: break
            case .object(let o):
                if let userCls = o.userClass, let m = userCls.lookupUser(Names.format) {
                    let r = try call(m, [v, .str(spec)])
                    guard let s = r.stringValue else { throw PyError.typeError("__format__ must return a str, not \(r.type.name)") }
                    return s
                }
                // An empty spec is str(v) (object/int/str.__format__), so an
                // int or str subclass's own __str__ shows.
                if spec.isEmpty, o.userClass != nil { return try str(v) }
                if let b = o as? PyBigInt { return try PyFormat.format(b.value, spec: spec) }
                if let s = o as? PyStr { return try PyFormat.format(s.value, spec: spec) }
            }
        } catch let f as PyFailure { throw pyError(from: f) }
        if spec.isEmpty { return try str(v) }
        return try builtinFormat(v, spec)  // other builtin types (complex), or CPython's TypeError
    }
}

extension PyError {
    /// `SystemError(message)` (an interpreter invariant was broken).
    static func systemError(_ m: String) -> PyError { PyError(BuiltinTypes.systemError, m) }
}

extension Interpreter {
    /// `f(arg)` without building an argument array when `f` is a simple Python function.
    @inline(__always)
    func callOne(_ f: Value, _ arg: Value) throws -> Value {
        if case .object(let o) = f, let fn = o as? PyFunction, fn.takesPositionally(1) {
            let frame = framePool.frame(for: fn)
            frame.locals[0] = arg
            fn.fillDefaults(frame, from: 1)
            return try startPooledFrame(consume frame, fn)
        }
        return try call(f, [arg])
    }

    /// `f(a, b)` without building an argument array when `f` is a simple Python function.
    @inline(__always)
    func callTwo(_ f: Value, _ a: Value, _ b: Value) throws -> Value {
        if case .object(let o) = f, let fn = o as? PyFunction, fn.takesPositionally(2) {
            let frame = framePool.frame(for: fn)
            frame.locals[0] = a
            frame.locals[1] = b
            fn.fillDefaults(frame, from: 2)
            return try startPooledFrame(consume frame, fn)
        }
        return try call(f, [a, b])
    }
}
