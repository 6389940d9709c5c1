extension Interpreter {
    /// The iterator `await v` delegates to (`__await__` protocol).
    public func awaitableIterator(_ v: Value, context: Int = 0) throws -> Value {
        if case .object(let o) = v {
            switch o.awaitRole {
            case .generator:
                let g = unsafeDowncast(o, to: PyGenerator.self)
                if g.kind == .coroutine {
                    if g.state == .suspended && g.frame.delegate != nil {
                        throw PyError.runtimeError("coroutine is being awaited already")
                    }
                    return v
                }
                if g.kind == .generator && g.isIterableCoroutine { return v }
            case .future:
                // asyncio's futures and tasks (the native `__await__`): no
                // method lookup and call per await.
                let f = unsafeDowncast(o, to: PyFuture.self)
                if f.type.isBuiltin || f.type.lookupUser(Names.await) == nil { return .object(PyFutureIterator(f)) }
            case .nativeCoroutine:
                // asyncio's native coroutines (sleep, Queue.get, ...).
                return v
            case .futureIterator, .other:
                if o is Resumable && o.type.isBuiltin { return v }
            }
            if let m = o.type.lookup(Names.await) {
                let it = try callSpecialMethod(m, on: v, type: o.type)
                if case .object(let io) = it, let ig = io as? PyGenerator, ig.kind == .coroutine {
                    throw PyError.typeError("__await__() returned a coroutine")
                }
                if !isIterator(it) && !((it.object as? Resumable) != nil) {
                    throw PyError.typeError("__await__() returned non-iterator of type '\(it.type.cTypeName)'")
                }
                return it
            }
        }
        let tn = v.type.name
        switch context {
        case 1: throw PyError.typeError("'async with' received an object from __aenter__ that does not implement __await__: \(tn)")
        case 2: throw PyError.typeError("'async with' received an object from __aexit__ that does not implement __await__: \(tn)")
        case 3: throw PyError.typeError("'async for' received an invalid object from __anext__: \(tn)")
        default: throw PyError.typeError("object \(tn) can't be used in 'await' expression")
        }
    }

    /// Sends `value` into a `yield from`/`await` delegate.
    public func resumeDelegate(_ d: Value, _ value: Value) throws -> GeneratorStep {
        guard case .object(let o) = d else { throw PyError.typeError("'\(d.type.cTypeName)' object is not an iterator") }
        // The role first: a protocol cast looks the conformance up every time.
        switch o.awaitRole {
        case .generator: return try unsafeDowncast(o, to: PyGenerator.self).send(self, value)
        case .futureIterator: return try unsafeDowncast(o, to: PyFutureIterator.self).send(self, value)
        case .nativeCoroutine: return try unsafeDowncast(o, to: PyNativeCoroutine.self).send(self, value)
        case .future, .other: break
        }
        if let r = o as? Resumable { return try r.send(self, value) }
        if let b = o as? PyIteratorBase, value.isNone {
            if let v = try b.nextValue(self) { return .yielded(v) }
            return .returned(.none)
        }
        do {
            if value.isNone {
                return .yielded(try callMethod(d, "__next__"))
            }
            return .yielded(try callMethod(d, "send", [value]))
        } catch let e as PyError where e.exception.type.isSubtype(of: BuiltinTypes.stopIteration) {
            return .returned(e.exception.payload)
        }
    }

    /// Closes a delegate when `close()`/GeneratorExit reaches a `yield from`.
    func closeDelegate(_ d: Value) throws {
        guard case .object(let o) = d else { return }
        if let g = o as? PyGenerator { try g.close(self); return }
        if let r = o as? Resumable { try r.close(self); return }
        if let m = try lookupAttribute(d, Names.intern("close")) { _ = try call(m, []) }
    }

    /// Forwards `throw()` into a delegate.
    func throwIntoDelegate(_ d: Value, _ exc: PyException) throws -> GeneratorStep {
        guard case .object(let o) = d else { throw PyError(exc) }
        if let g = o as? PyGenerator { return try g.throwInto(self, exc) }
        if let c = o as? PyNativeCoroutine { return try c.throwInto(self, exc) }
        if let r = o as? Resumable { return try r.throwInto(self, exc) }
        guard let m = try lookupAttribute(d, Names.intern("throw")) else { throw PyError(exc) }
        do {
            return .yielded(try call(m, [.object(exc)]))
        } catch let e as PyError where e.exception.type.isSubtype(of: BuiltinTypes.stopIteration) {
            return .returned(e.exception.payload)
        }
    }

    /// `aiter(v)` for `async for`.
    func asyncIterator(_ v: Value) throws -> Value {
        if case .object(let o) = v {
            if let g = o as? PyGenerator, g.kind == .asyncGenerator { return v }
            if let m = o.type.lookup(Names.aiter) { return try callSpecialMethod(m, on: v, type: o.type) }
        }
        throw PyError.typeError("'async for' requires an object with __aiter__ method, got \(v.type.name)")
    }

    /// The awaitable iterator of `anext(aiter)` for `async for`.
    func asyncNext(_ it: Value) throws -> Value {
        if case .object(let o) = it {
            if let g = o as? PyGenerator, g.kind == .asyncGenerator { return .object(PyAsyncGenOp(g, .send(.none))) }
            if let m = o.type.lookup(Names.anext) {
                return try awaitableIterator(callSpecialMethod(m, on: it, type: o.type), context: 3)
            }
        }
        throw PyError.typeError("'async for' requires an iterator with __anext__ method, got \(it.type.name)")
    }

    /// `except*` matching: returns (rest or None, match or None).
    func exceptStarSplit(_ e: Value, _ t: Value) throws -> (Value, Value) {
        guard case .object(let o) = e, let exc = o as? PyException else { return (e, .none) }
        if exc.type.isSubtype(of: BuiltinTypes.baseExceptionGroup) {
            let (m, r) = try splitGroup(exc, t)
            return (r.map { .object($0) } ?? .none, m.map { .object($0) } ?? .none)
        }
        if try isInstance(e, t) {
            // A naked exception matched by except* is wrapped in a group
            // (of a tuple, as CPython's repr shows).
            let g = try call(.object(BuiltinTypes.baseExceptionGroup), [.str(""), .object(PyTuple([e]))])
            if let ge = g.object as? PyException { ge.traceback = exc.traceback; ge.lastFrameSerial = exc.lastFrameSerial }
            return (.none, g)
        }
        return (e, .none)
    }

    /// End of a `try/except*`: what to re-raise given the original group and
    /// the exceptions raised or left unhandled by the handlers (None = nothing).
    func prepReraiseStar(_ orig: Value, _ list: Value) throws -> Value {
        let items = try toArray(list).filter { !$0.isNone }
        if items.isEmpty { return .none }
        // A naked exception was wrapped for the handlers: only one clause
        // ran, so what it raised or re-raised (the wrapper group) goes on.
        guard case .object(let oo) = orig, let origExc = oo as? PyException,
              origExc.type.isSubtype(of: BuiltinTypes.baseExceptionGroup) else { return items[0] }
        var keep: [Value] = []
        var raised: [Value] = []
        let leaves = Set(leafIDs(origExc))
        for it in items {
            guard let e = it.object as? PyException else { continue }
            if leafIDs(e).allSatisfy({ leaves.contains($0) }) && !leafIDs(e).isEmpty { keep.append(it) }
            else { raised.append(it) }
        }
        var result: [Value] = raised
        if !keep.isEmpty {
            let keepLeaves = Set(keep.flatMap { leafIDs($0.object as? PyException) })
            let (m, _) = try splitGroup(origExc, .object(PyBuiltinFunction(name: "_match") { _, a in
                guard let e = a[0].object as? PyException else { return .false }
                return .bool(keepLeaves.contains(ObjectIdentifier(e)))
            }))
            // After what the handlers raised, as CPython orders them.
            if let m = m { result.append(.object(m)) }
        }
        if result.count == 1 { return result[0] }
        return try call(.object(BuiltinTypes.baseExceptionGroup), [.str(""), .object(PyList(result))])
    }

    private func leafIDs(_ e: PyException?) -> [ObjectIdentifier] {
        guard let e = e else { return [] }
        if e.type.isSubtype(of: BuiltinTypes.baseExceptionGroup) { return groupMembers(e).flatMap { leafIDs($0) } }
        return [ObjectIdentifier(e)]
    }
}
