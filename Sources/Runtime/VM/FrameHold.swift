/// What a traceback keeps of a frame an exception passed through: the
/// frame's local variables and cells, from the moment the frame ends until
/// the last traceback entry naming it goes.
///
/// DESIGN: in CPython a traceback holds its frames, and a frame holds its
/// locals, so a caught exception keeps alive whatever the functions it
/// passed through held (`__del__` of a raising function's locals runs when
/// the exception is dropped, not when the function exits; a debugger reads
/// `tb_frame.f_locals`). Our frames are pooled and reused at return, so an
/// exception cannot hold the `Frame` itself. Instead, unwinding through a
/// frame links one `FrameHold` to it (shared by every exception that passes
/// through the same activation, `Frame.hold`), and when the frame ends
/// (returns, raises out, or its generator finishes) it moves its locals and
/// cells into the hold instead of releasing them (`Frame.handOverToHold`).
/// While the frame still runs, the hold holds nothing: the frame keeps its
/// own values. The hold is a tracked container, so the cycle an exception
/// stored in a local of a frame it passed through makes (exception ->
/// traceback -> hold -> locals -> exception) is found by the collector.
final class FrameHold: PyObject {
    /// The frame while it runs (unretained: the frame clears this when it
    /// ends, and the hold clears the frame's link when it goes first).
    unowned(unsafe) var frame: Frame?
    /// The frame's local slots once it ended (nil before): the frame's own
    /// storage when it was freed (no copy), else a copy.
    private(set) var locals: UnsafeMutablePointer<Value?>?
    private(set) var localCount = 0
    /// The frame's cells once it ended.
    var cells: [PyCell] = []
    /// The code the frame ran (names the kept slots for `tb_frame.f_locals`).
    let code: CodeObject

    init(frame: Frame) {
        self.frame = frame
        code = frame.code
        super.init(type: nil)
        CycleCollector.track(self)
    }

    override var exactBuiltinType: PyType { BuiltinTypes.object }

    deinit {
        if let frame { frame.hold = nil }
        releaseLocals()
        if !cells.isEmpty { DeepRelease.release(&cells, leaving: []) }
    }

    /// Takes `count` initialized slots at `base`, an allocation made with
    /// `UnsafeMutableRawPointer.allocate` that the hold now frees.
    func adopt(_ base: UnsafeMutablePointer<Value?>, count: Int) {
        releaseLocals()
        locals = base
        localCount = count
    }

    /// `f_locals` of the frame a traceback entry names: the running
    /// frame's variables, or what the hold kept once it ended.
    func localsSnapshot() -> PyDict {
        if let frame { return frame.localsSnapshot() }
        let d = PyDict()
        if let base = locals {
            for (i, n) in code.varNames.enumerated() where i < localCount {
                if let v = base[i] { d.setStr(n, v) }
            }
        }
        for (i, n) in (code.cellNames + code.freeNames).enumerated() where i < cells.count {
            if let v = cells[i].value { d.setStr(n, v) }
        }
        return d
    }

    /// Drops what the hold keeps (the collector found it unreachable).
    func clearForCollector() {
        releaseLocals()
        if !cells.isEmpty { DeepRelease.release(&cells, leaving: []) }
    }

    /// Releases the kept locals as one nested release (or into the
    /// deferred bin when already deep, DeepRelease) and frees their storage.
    private func releaseLocals() {
        guard let base = locals else { return }
        let n = localCount
        locals = nil
        localCount = 0
        if DeepRelease.enter() {
            base.deinitialize(count: n)
            DeepRelease.leave()
        } else {
            var held: [Value?] = []
            held.reserveCapacity(n)
            for i in 0..<n { held.append((base + i).move()) }
            DeepRelease.bury(held)
        }
        UnsafeMutableRawPointer(base).deallocate()
    }
}

extension Frame {
    /// The hold of this activation's traceback entries, made on first use.
    func tracebackHold() -> FrameHold {
        if let hold { return hold }
        let made = FrameHold(frame: self)
        hold = made
        return made
    }
}
