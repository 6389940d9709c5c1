/// Source spans of the instruction a frame is executing, for tracebacks.
extension Frame {
    /// Index of the instruction currently executing (the one before `pc`).
    private var currentInstruction: Int { max(0, min(pc - 1, code.lines.count - 1)) }

    /// The traceback entry for this frame at its current instruction: file,
    /// function, line, and the columns CPython 3.11 underlines.
    var tracebackEntry: TracebackEntry {
        if pc == 0 && (code.isCoroutine || code.isGenerator || code.isAsyncGenerator) {
            // Thrown into before its first step: raised at its `def` line
            // (CPython's RETURN_GENERATOR), with no columns to underline.
            return TracebackEntry(filename: code.filename, function: code.name, line: code.firstLine)
        }
        var entry = TracebackEntry(filename: code.filename, function: code.name, line: currentLine)
        let i = currentInstruction
        if i < code.positions.count {
            entry.position = code.positions[i]
            entry.anchor = code.anchors[i]
        }
        return entry
    }
}
