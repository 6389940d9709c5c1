/// The frame lines of a traceback as CPython 3.11's `tb_printinternal`
/// writes them: `  File "f.py", line 3, in g`, the stripped source line of
/// the main program's file (indentation removed) and its carets, each line after `prefix` (a
/// group box's indent and margin). A run of more than three identical
/// frames (same file, line and function: a recursion) shows its first
/// three, then `  [Previous line repeated N more times]`, which CPython
/// writes without the prefix.
enum TracebackFrames {
    /// CPython's `TB_RECURSIVE_CUTOFF`.
    static let recursiveCutoff = 3

    /// The lines for `entries`, outermost first.
    static func text<S: Sequence>(_ entries: S, prefix: String,
                                  mainFile: String, mainLines: [String]) -> String where S.Element == TracebackEntry {
        var out = ""
        var last: TracebackEntry?
        var count = 0
        for entry in entries {
            if let l = last, l.filename == entry.filename, l.line == entry.line, l.function == entry.function {
                count += 1
            } else {
                out += repeated(count)
                last = entry
                count = 1
            }
            if count <= recursiveCutoff {
                out += frameLines(entry, prefix: prefix, mainFile: mainFile, mainLines: mainLines)
            }
        }
        return out + repeated(count)
    }

    /// The line summing up a run of `count` identical frames, if it was cut.
    static func repeated(_ count: Int) -> String {
        guard count > recursiveCutoff else { return "" }
        let more = count - recursiveCutoff
        return "  [Previous line repeated \(more) more time\(more > 1 ? "s" : "")]\n"
    }

    /// One frame: its location line, then its source line and carets.
    static func frameLines(_ entry: TracebackEntry, prefix: String,
                           mainFile: String, mainLines: [String]) -> String {
        var out = prefix + "  File \"\(entry.filename)\", line \(entry.line), in \(entry.function)\n"
        guard entry.filename == mainFile, entry.line >= 1, entry.line <= mainLines.count else { return out }
        var source = mainLines[entry.line - 1]
        if source.hasSuffix("\r") { source.removeLast() }  // the file is read with universal newlines
        // CPython removes the indentation only: trailing blanks are printed.
        let stripped = String(source.drop(while: { $0 == " " || $0 == "\t" || $0 == "\u{0C}" }))
        guard !stripped.isEmpty else { return out }
        out += prefix + "    \(stripped)\n"
        if let carets = TracebackCarets.line(for: entry, source: source) { out += prefix + carets }
        return out
    }
}
