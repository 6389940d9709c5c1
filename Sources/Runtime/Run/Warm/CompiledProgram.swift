import Script

/// A program compiled once for all the runs of an exploration, instead of
/// parsed and compiled again by every run.
///
/// A code object is shared by the runs, so what a run may write into it is
/// put back after each run, as a fresh compile would have it: the identity
/// serial that `id()`, identity hashing or a default repr gives a constant
/// (a string, a tuple, a nested code object), and the iterable-coroutine
/// flag `types.coroutine` sets on a code. Hash and length caches of
/// constants are pure functions of the value and stay.
final class CompiledProgram {
    let code: CodeObject
    /// The source's lines (tracebacks and warnings quote them), split once.
    let sourceLines: [String]
    private var constants: [PyObject] = []
    private var codes: [CodeObject] = []

    /// Nil when the program does not compile (the run then reports it).
    init?(_ scenario: Scenario) {
        guard let module = try? Parser.parse(scenario.source, filename: scenario.filename),
              let code = try? Compiler.compile(module, filename: scenario.filename) else { return nil }
        self.code = code
        sourceLines = SourceLines.split(scenario.source)
        var pending = [code]
        while let c = pending.popLast() {
            codes.append(c)
            constants.append(contentsOf: c.names as [PyObject])
            var values = c.constants
            while let v = values.popLast() {
                guard case .object(let o) = v else { continue }
                constants.append(o)
                if let t = o as? PyTuple { values.append(contentsOf: t.items) }
                if let nested = o as? PyCodeValue { pending.append(nested.code) }
            }
        }
    }

    /// Puts back what the last run wrote into the shared code.
    func reset() {
        for o in constants where o.identitySerial > 0 { o.identitySerial = 0 }
        for c in codes where c.isIterableCoroutineFlag { c.isIterableCoroutineFlag = false }
    }
}
