/// What `anext(iterator, default)` returns: an awaitable that awaits
/// `iterator.__anext__()` and turns its `StopAsyncIteration` into
/// `default` (CPython's `anext_awaitable`).
final class PyAnextAwaitable: PyObject, Resumable {
    /// The type object `anext_awaitable`.
    static let type = PyType(name: "anext_awaitable", bases: [BuiltinTypes.object], builtin: true, layout: .native)

    private var awaitable: Value
    private var iterator: Value = .none
    private var defaultValue: Value

    deinit {
        DeepRelease.release(&awaitable, leaving: .none)
        DeepRelease.release(&iterator, leaving: .none)
        DeepRelease.release(&defaultValue, leaving: .none)
    }

    /// Wraps the result of `__anext__()` with the value returned at the end.
    init(awaitable: Value, defaultValue: Value) {
        self.awaitable = awaitable
        self.defaultValue = defaultValue
        super.init(type: nil)
    }
    override var exactBuiltinType: PyType { PyAnextAwaitable.type }

    private func delegate(_ vm: Interpreter) throws -> Value {
        if iterator.isNone { iterator = try vm.awaitableIterator(awaitable) }
        return iterator
    }

    private func endingWithDefault(_ body: () throws -> GeneratorStep) throws -> GeneratorStep {
        do {
            return try body()
        } catch let e as PyError where e.exception.type.isSubtype(of: BuiltinTypes.stopAsyncIteration) {
            return .returned(defaultValue)
        }
    }

    func send(_ vm: Interpreter, _ value: Value) throws -> GeneratorStep {
        try endingWithDefault { try vm.resumeDelegate(try delegate(vm), value) }
    }

    func throwInto(_ vm: Interpreter, _ exception: PyException) throws -> GeneratorStep {
        try endingWithDefault { try vm.throwIntoDelegate(try delegate(vm), exception) }
    }

    func close(_ vm: Interpreter) throws {
        if !iterator.isNone { try vm.closeDelegate(iterator) }
    }
}
