/// Python-level methods of generators, coroutines and async generators.
enum GeneratorMethods {
    static func install() {
        func gen(_ a: Args) throws -> PyGenerator {
            guard let g = a[0].object as? PyGenerator else { throw PyError.typeError("descriptor requires a generator") }
            return g
        }
        func stepResult(_ s: GeneratorStep) throws -> Value {
            switch s {
            case .yielded(let v): return v
            case .returned(let v): throw PyError.stopIteration(v)
            }
        }
        for t in [BuiltinTypes.generator, BuiltinTypes.coroutine] {
            t.defineMethod("send") { vm, a in
                try a.check("send", min: 2, max: 2, skipSelf: 1)
                return try stepResult(gen(a).send(vm, a[1]))
            }
            t.defineMethod("throw") { vm, a in
                try a.check("throw", min: 2, max: 4, skipSelf: 1)
                return try stepResult(gen(a).throwInto(vm, vm.thrownException(a)))
            }
            t.defineMethod("close") { vm, a in try gen(a).close(vm); return .none }
            let prefix = t === BuiltinTypes.generator ? "gi" : "cr"
            t.defineProperty("\(prefix)_running", get: { _, a in .bool(try gen(a).state == .running) })
            t.defineProperty("\(prefix)_frame", get: { _, a in
                let g = try gen(a)
                return g.state == .closed ? .none : .object(PyFrameInfo(g))
            })
            t.defineProperty("\(prefix)_code", get: { _, a in .object(PyCodeValue(try gen(a).frame.code)) })
            t.defineProperty("__name__", get: { _, a in .str(try gen(a).name) })
            t.defineProperty("__qualname__", get: { _, a in .str(try gen(a).qualname) })
        }
        BuiltinTypes.generator.defineMethod("__iter__") { _, a in a[0] }
        BuiltinTypes.generator.defineMethod("__next__") { vm, a in try stepResult(gen(a).send(vm, .none)) }
        BuiltinTypes.generator.defineProperty("gi_yieldfrom", get: { _, a in try gen(a).delegate ?? .none })
        BuiltinTypes.coroutine.defineProperty("cr_await", get: { _, a in try gen(a).delegate ?? .none })
        // Origin tracking (sys.set_coroutine_origin_tracking_depth) is off.
        BuiltinTypes.coroutine.defineProperty("cr_origin", get: { _, a in _ = try gen(a); return .none })
        BuiltinTypes.coroutine.defineProperty("cr_suspended", get: { _, a in .bool(try gen(a).state == .suspended) })
        BuiltinTypes.coroutine.defineMethod("__await__") { _, a in
            .object(PyCoroutineWrapper(try gen(a)))
        }
        let cw = BuiltinTypes.coroutineWrapper
        cw.defineMethod("__iter__") { _, a in a[0] }
        cw.defineMethod("__next__") { vm, a in
            guard let w = a[0].object as? PyCoroutineWrapper else { return .none }
            return try stepResult(w.coroutine.send(vm, .none))
        }
        cw.defineMethod("send") { vm, a in
            guard let w = a[0].object as? PyCoroutineWrapper else { return .none }
            return try stepResult(w.coroutine.send(vm, a[1]))
        }
        cw.defineMethod("throw") { vm, a in
            guard let w = a[0].object as? PyCoroutineWrapper else { return .none }
            return try stepResult(w.coroutine.throwInto(vm, vm.thrownException(a)))
        }
        cw.defineMethod("close") { vm, a in
            guard let w = a[0].object as? PyCoroutineWrapper else { return .none }
            try w.coroutine.close(vm); return .none
        }
        AsyncGenMethods.install()
        PyFrameInfo.install()
    }
}

/// The iterator returned by `coroutine.__await__()`: of a Python
/// coroutine or of one of asyncio's native coroutines (`asyncio.sleep`).
public final class PyCoroutineWrapper: PyObject, Resumable {
    let coroutine: PyObject & Resumable
    init(_ c: PyObject & Resumable) { coroutine = c; super.init(type: nil) }
    public override var exactBuiltinType: PyType { BuiltinTypes.coroutineWrapper }
    public func send(_ vm: Interpreter, _ value: Value) throws -> GeneratorStep { try coroutine.send(vm, value) }
    public func throwInto(_ vm: Interpreter, _ e: PyException) throws -> GeneratorStep { try coroutine.throwInto(vm, e) }
    public func close(_ vm: Interpreter) throws { try coroutine.close(vm) }
}

/// A stand-in for a suspended frame (`gi_frame`/`cr_frame`): truthy, with
/// `f_lineno` (the line the generator is paused at, its `def` line before
/// it starts) and `f_code`.
public final class PyFrameInfo: PyObject {
    let generator: PyGenerator
    init(_ g: PyGenerator) { generator = g; super.init(type: nil) }
    public override var exactBuiltinType: PyType { BuiltinTypes.frame }

    /// The current line, as CPython's `frame.f_lineno`.
    var lineNumber: Int {
        let f = generator.frame
        return f.pc == 0 ? f.code.firstLine : f.currentLine
    }

    static func install() {
        func info(_ a: Args) throws -> PyFrameInfo {
            guard case .object(let o) = a[0], let f = o as? PyFrameInfo else {
                throw PyError.typeError("descriptor requires a 'frame' object but received '\(a[0].type.cTypeName)'")
            }
            return f
        }
        BuiltinTypes.frame.defineProperty("f_lineno", get: { _, a in .int(try info(a).lineNumber) })
        BuiltinTypes.frame.defineProperty("f_code", get: { _, a in .object(PyCodeValue(try info(a).generator.frame.code)) })
    }
}

extension Interpreter {
    /// The exception `throw(typ[, val[, tb]])` raises (`a[0]` is the
    /// receiver), normalised as CPython's `_gen_throw` does: a class is
    /// instantiated unless `val` is already an instance of it (a tuple `val`
    /// gives the constructor's arguments), an instance takes no separate
    /// value, and `tb` must be None or a traceback.
    public func thrownException(_ a: Args) throws -> PyException {
        let typ = a[1]
        let val = a.optional(2) ?? .none
        if let tb = a.optional(3), !tb.isNone, !(tb.object is PyTraceback) {
            throw PyError.typeError("throw() third argument must be a traceback object")
        }
        if case .object(let o) = typ {
            if let e = o as? PyException {
                if !val.isNone { throw PyError.typeError("instance exception may not have a separate value") }
                return e
            }
            if let t = o as? PyType, t.isSubtype(of: BuiltinTypes.baseException) {
                if case .object(let v) = val, let e = v as? PyException, e.type.isSubtype(of: t) { return e }
                let args: [Value]
                if val.isNone { args = [] }
                else if let tuple = val.object as? PyTuple { args = tuple.items }
                else { args = [val] }
                let made = try call(typ, args)
                guard let e = made.object as? PyException else {
                    throw PyError.typeError("calling \(try repr(typ)) should have returned an instance of BaseException, not \(made.type.name)")
                }
                return e
            }
        }
        throw PyError.typeError("exceptions must be classes or instances deriving from BaseException, not \(typ.type.name)")
    }

    /// Normalises `throw(type_or_instance, value)` arguments to an exception instance.
    public func makeException(_ v: Value, _ arg: Value? = nil) throws -> PyException {
        if case .object(let o) = v {
            if let e = o as? PyException { return e }
            if let t = o as? PyType, t.isSubtype(of: BuiltinTypes.baseException) {
                let args: [Value] = arg.map { $0.isNone ? [] : [$0] } ?? []
                guard let e = try call(v, args).object as? PyException else {
                    throw PyError.typeError("calling \(t.name) should have returned an instance of BaseException")
                }
                return e
            }
        }
        throw PyError.typeError("exceptions must derive from BaseException")
    }
}
