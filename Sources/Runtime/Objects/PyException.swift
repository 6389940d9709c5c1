/// One line of a traceback: the function and the line executing in it.
public struct TracebackEntry: Equatable {
    /// Source file name as given to the compiler.
    public var filename: String
    /// Function name (`<module>` for top level).
    public var function: String
    /// 1-based line.
    public var line: Int
    /// The columns of the instruction that was running (for carets).
    public var position: CodePosition = .unknown
    /// Its operator/subscript anchors, if any.
    public var anchor: CodeAnchor? = nil
    /// The frame's locals, kept while the entry lives (VM/FrameHold.swift).
    var hold: FrameHold? = nil

    /// Entries are equal when they name the same place.
    public static func == (a: TracebackEntry, b: TracebackEntry) -> Bool {
        a.filename == b.filename && a.function == b.function && a.line == b.line
            && a.position == b.position && a.anchor == b.anchor
    }
}

/// An exception instance (`BaseException` and every subclass, including
/// user-defined ones).
public final class PyException: PyObject {
    /// `args`.
    public var args: [Value]
    /// Frames the exception passed through, innermost first.
    public var traceback: [TracebackEntry] = []
    /// `__cause__`, `__context__` (nil is None).
    public var cause: PyException?, context: PyException?
    /// `__suppress_context__`.
    public var suppressContext = false
    /// Extra payload used by some builtin exception types (e.g.
    /// `StopIteration.value`, `ExceptionGroup.exceptions`).
    public var payload: Value = .none
    /// The activation (`Frame.exceptionSerial`) that last added a
    /// traceback entry, so re-raising in the same frame does not add
    /// another (0: none).
    var lastFrameSerial = 0

    deinit {
        if !traceback.isEmpty { DeepRelease.release(&traceback, leaving: []) }
        if !args.isEmpty { DeepRelease.release(&args, leaving: []) }
        if cause != nil { DeepRelease.release(&cause, leaving: nil) }
        if context != nil { DeepRelease.release(&context, leaving: nil) }
        DeepRelease.release(&payload, leaving: .none)
    }

    /// Creates an exception of `type` with `args`.
    public init(type: PyType, args: [Value]) {
        self.args = args
        super.init(type: type, hasDict: true)
        CycleCollector.track(self)
    }

    /// Drops the references of an exception the cycle collector found
    /// unreachable (an exception stored on an object it refers back to).
    func clearForCollector() {
        if !args.isEmpty { DeepRelease.release(&args, leaving: []) }
        if cause != nil { DeepRelease.release(&cause, leaving: nil) }
        if context != nil { DeepRelease.release(&context, leaving: nil) }
        if case .object = payload { DeepRelease.release(&payload, leaving: .none) }
    }
}

/// A Python exception travelling through Swift code. Builtins throw it to
/// raise; the VM catches it and unwinds Python frames.
public struct PyError: Error {
    /// The exception object.
    public let exception: PyException

    /// Wraps an existing exception object.
    public init(_ exception: PyException) { self.exception = exception }

    /// Creates `type(message)`, e.g. `PyError(BuiltinTypes.valueError, "bad")`.
    public init(_ type: PyType, _ message: String) {
        self.exception = PyException(type: type, args: [.str(message)])
    }

    /// Creates `type(*args)`.
    public init(_ type: PyType, args: [Value]) {
        self.exception = PyException(type: type, args: args)
    }

    /// `TypeError(message)`.
    public static func typeError(_ m: String) -> PyError { PyError(BuiltinTypes.typeError, m) }
    /// `ValueError(message)`.
    public static func valueError(_ m: String) -> PyError { PyError(BuiltinTypes.valueError, m) }
    /// `AttributeError(message)`.
    public static func attributeError(_ m: String) -> PyError { PyError(BuiltinTypes.attributeError, m) }
    /// `KeyError(key)`.
    public static func keyError(_ key: Value) -> PyError { PyError(BuiltinTypes.keyError, args: [key]) }
    /// `IndexError(message)`.
    public static func indexError(_ m: String) -> PyError { PyError(BuiltinTypes.indexError, m) }
    /// `RuntimeError(message)`.
    public static func runtimeError(_ m: String) -> PyError { PyError(BuiltinTypes.runtimeError, m) }
    /// `ZeroDivisionError(message)`.
    public static func zeroDivision(_ m: String) -> PyError { PyError(BuiltinTypes.zeroDivisionError, m) }
    /// `OverflowError(message)`.
    public static func overflow(_ m: String) -> PyError { PyError(BuiltinTypes.overflowError, m) }
    /// `StopIteration(value)`.
    public static func stopIteration(_ value: Value = .none) -> PyError {
        let e = PyException(type: BuiltinTypes.stopIteration, args: value.isNone ? [] : [value])
        e.payload = value
        return PyError(e)
    }
}

/// A sandbox limit was hit: ends the run; Python code cannot catch it.
public struct LimitExceeded: Error, CustomStringConvertible {
    /// Which limit: "steps", "depth", "memory", "output", "wall" (and the
    /// scheduler's "tasks", "time", "events").
    public let name: String
    /// The configured value of that limit.
    public let value: Int
    /// Creates the error.
    public init(name: String, value: Int) { self.name = name; self.value = value }
    public var description: String { "limit exceeded: \(name) (\(value))" }
}

