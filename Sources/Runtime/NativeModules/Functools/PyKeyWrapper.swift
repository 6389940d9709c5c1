/// What `functools.cmp_to_key(mycmp)` returns, and what calling it returns
/// (CPython's C `functools.KeyWrapper`): one small native object per sort
/// key instead of a Python class instance with a `__dict__`. Comparing two
/// keys calls `mycmp(a.obj, b.obj)` and compares its result with 0 using
/// the same operator, as CPython does; keys are unhashable. A sort of a
/// million elements through `cmp_to_key` fitted in CPython's memory but
/// not in the run's limit when each key was a Python instance (~420 bytes).
///
/// Not tracked by the cycle collector (like `deque`): a cycle through a key
/// lives until the end of the run, whose teardown releases it.
public final class PyKeyWrapper: PyObject, NativeCallable, NativeOperand, NativeHashable {
    /// The comparison function.
    private(set) var compareFunction: Value
    /// The wrapped value (nil for the key function itself).
    var wrapped: Value?

    deinit {
        DeepRelease.release(&compareFunction, leaving: .none)
        if wrapped != nil { DeepRelease.release(&wrapped, leaving: nil) }
    }

    init(compareFunction: Value, wrapped: Value?) {
        self.compareFunction = compareFunction
        self.wrapped = wrapped
        super.init(type: nil)
    }

    public override var exactBuiltinType: PyType { FunctoolsModule.keyWrapperType }

    /// `K(obj)`: a key wrapping `obj` with the same comparison function.
    public func callNative(_ vm: Interpreter, _ args: Args) throws -> Value {
        let slots = try args.bind("K", ["obj"], required: 1)
        guard let obj = slots[0] else { throw PyError.typeError("K() missing required argument 'obj' (pos 1)") }
        return .object(PyKeyWrapper(compareFunction: compareFunction, wrapped: obj))
    }

    /// Keys are unhashable (CPython's type has comparisons and no hash).
    public func nativeHash(_ vm: Interpreter) throws -> Int {
        throw PyError.typeError("unhashable type: 'functools.KeyWrapper'")
    }

    public func nativeBinary(_ vm: Interpreter, _ op: BinaryOp, _ other: Value, reflected: Bool) throws -> Value? {
        nil
    }

    public func nativeCompare(_ vm: Interpreter, _ op: CompareOp, _ other: Value) throws -> Value? {
        guard case .object(let o) = other, let key = o as? PyKeyWrapper else {
            throw PyError.typeError("other argument must be K instance")
        }
        guard let x = wrapped, let y = key.wrapped else { throw PyError.attributeError("object") }
        let result = try vm.call(compareFunction, [x, y])
        return try vm.compare(result, .int(0), op)
    }
}
