/// An exception-handler block pushed by `setupFinally` / `setupCleanup`.
struct Block {
    /// True for a cleanup block (pops the handled-exception stack on unwind).
    var isCleanup: Bool
    /// Handler target (setupFinally).
    var handler: Int32
    /// Value-stack depth at setup.
    var level: Int32
}

/// One activation of a code object. Heap-allocated so generator and
/// coroutine frames can suspend (their stack and pc live here between resumes).
public final class Frame {
    let code: CodeObject
    let globals: PyDict
    let builtins: PyDict
    /// Locals dict for module and class bodies (nil for functions).
    let localsDict: PyDict?
    var locals: [Value?]
    var cells: [PyCell]
    var stack: [Value] = []
    var blocks: [Block] = []
    var pc = 0
    /// The function being executed (for `__class__`/qualname), if any.
    let function: PyFunction?
    /// Generator bookkeeping: where `send` resumes when a delegate returns during `throw`.
    var delegateExit = -1
    /// The delegate of a suspended `yield from` / `await`, if any.
    var delegate: Value?

    init(code: CodeObject, globals: PyDict, builtins: PyDict, localsDict: PyDict?, function: PyFunction?) {
        self.code = code
        self.globals = globals
        self.builtins = builtins
        self.localsDict = localsDict
        self.function = function
        self.locals = [Value?](repeating: nil, count: code.varNames.count)
        self.cells = []
    }

    /// Line currently executing.
    var currentLine: Int {
        let i = max(0, min(pc - 1, code.lines.count - 1))
        return code.lines.isEmpty ? code.firstLine : Int(code.lines[i])
    }
}
