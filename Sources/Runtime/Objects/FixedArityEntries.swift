/// Entries of a builtin function for calls with one, two or three
/// positional arguments and no keywords, taking them straight from the
/// caller's value stack (CPython's `METH_O` and `METH_FASTCALL`).
///
/// DESIGN: a call of a builtin from bytecode otherwise moves its arguments
/// into an `Args` array, checks the arity, checks the receiver of a method
/// and goes through the method's wrapper closures: ~300 instructions
/// before `l.append(x)` or `d.get(k)` does its own few dozen. An entry
/// receives the values (the receiver first, for a method) and answers
/// nil when they are not the plain case it handles (another receiver type,
/// an index object, an empty list to pop...): the call then runs the
/// builtin's general `function`, which raises CPython's errors. An entry
/// must agree with `function` on every call it answers; each one shares
/// its work with that function (`FixedArityBuiltins`).
public final class FixedArityEntries {
    /// A one-argument call (a method's receiver alone: `l.pop()`).
    public typealias One = (Interpreter, Value) throws -> Value?
    /// A two-argument call (`len` has none; `d.get(k)`, `isinstance(x, t)`).
    public typealias Two = (Interpreter, Value, Value) throws -> Value?
    /// A three-argument call (`d.get(k, default)`).
    public typealias Three = (Interpreter, Value, Value, Value) throws -> Value?

    /// `await receiver.method()`: the call and the await in one step
    /// (VM/AwaitedCalls.swift). Answers `.finished` with what the await
    /// evaluates to when the coroutine would end at its first step without
    /// suspending, `.awaitable` with the coroutine to await otherwise, or
    /// nil for anything `one` would not answer.
    public typealias AwaitedOne = (Interpreter, Value) throws -> AwaitedCall?
    /// `await receiver.method(argument)`, as `AwaitedOne`.
    public typealias AwaitedTwo = (Interpreter, Value, Value) throws -> AwaitedCall?

    let one: One?
    let two: Two?
    let three: Three?
    let awaitedOne: AwaitedOne?
    let awaitedTwo: AwaitedTwo?

    /// Entries for the arities given (the others take the general path).
    public init(one: One? = nil, two: Two? = nil, three: Three? = nil,
                awaitedOne: AwaitedOne? = nil, awaitedTwo: AwaitedTwo? = nil) {
        self.one = one
        self.two = two
        self.three = three
        self.awaitedOne = awaitedOne
        self.awaitedTwo = awaitedTwo
    }
}

/// What an `AwaitedOne` entry made of `await receiver.method()`.
public enum AwaitedCall {
    /// The coroutine would have returned this at its first step: the
    /// await's value, with no coroutine object made.
    case finished(Value)
    /// The coroutine the call returns, to be awaited as usual.
    case awaitable(Value)
}

extension PyBuiltinFunction {
    /// The result of calling this builtin with the `count` values
    /// `stack[start...]` (after `boundSelf`, if bound) through its fixed-arity
    /// entries, or nil when none answers (the caller then makes the general
    /// call). The values stay on the stack; the caller pops them.
    @inline(__always)
    func callFixedArity(_ vm: Interpreter, _ stack: ValueStack, start: Int, count: Int) throws -> Value? {
        guard let entries = fixedArity else { return nil }
        if let receiver = boundSelf {
            switch count {
            case 0: return try entries.one?(vm, receiver)
            case 1: return try entries.two?(vm, receiver, stack[start])
            case 2: return try entries.three?(vm, receiver, stack[start], stack[start + 1])
            default: return nil
            }
        }
        switch count {
        case 1: return try entries.one?(vm, stack[start])
        case 2: return try entries.two?(vm, stack[start], stack[start + 1])
        case 3: return try entries.three?(vm, stack[start], stack[start + 1], stack[start + 2])
        default: return nil
        }
    }
}

extension FixedArityEntries {
    /// `callable(*a)` through a builtin's fixed-arity entries, for
    /// arguments held in an array (a loop callback's `args`): the result,
    /// or nil when `callable` is not a builtin (or a builtin bound as a
    /// method, `fut.set_result`) with an entry that answers.
    static func call(_ vm: Interpreter, _ callable: Value, arguments a: [Value]) throws -> Value? {
        guard case .object(let o) = callable else { return nil }
        if let b = o as? PyBuiltinFunction {
            guard let entries = b.fixedArity else { return nil }
            if let receiver = b.boundSelf { return try entries.call(vm, receiver: receiver, a) }
            return try entries.call(vm, a)
        }
        if let m = o as? PyBoundMethod, case .object(let fo) = m.function, let b = fo as? PyBuiltinFunction,
           b.boundSelf == nil, let entries = b.fixedArity {
            return try entries.call(vm, receiver: m.receiver, a)
        }
        return nil
    }

    private func call(_ vm: Interpreter, receiver: Value, _ a: [Value]) throws -> Value? {
        switch a.count {
        case 0: return try one?(vm, receiver)
        case 1: return try two?(vm, receiver, a[0])
        case 2: return try three?(vm, receiver, a[0], a[1])
        default: return nil
        }
    }

    private func call(_ vm: Interpreter, _ a: [Value]) throws -> Value? {
        switch a.count {
        case 1: return try one?(vm, a[0])
        case 2: return try two?(vm, a[0], a[1])
        case 3: return try three?(vm, a[0], a[1], a[2])
        default: return nil
        }
    }
}
