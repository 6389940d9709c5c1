/// The notes CPython 3.11 prints after an exception's line
/// (`print_exception_notes`): when `__notes__` is a sequence, each note's
/// `str()` split into lines (ends kept), each line after `prefix`, then a
/// newline (so a note ending in a newline leaves an empty line, and a note
/// that cannot be converted prints `<note str() failed>`); when it is not
/// a sequence, its `repr()` on one line.
enum ExceptionNotes {
    /// The notes' text for `e` (empty without `__notes__`).
    static func text(_ e: PyException, prefix: String, formatter: TracebackFormatter) -> String {
        let vm = formatter.vm
        let notes: Value
        do {
            guard let n = try vm.lookupAttribute(.object(e), PyStr("__notes__")) else { return "" }
            notes = n
        } catch let limit as LimitExceeded {
            vm.limitWhileReporting = vm.limitWhileReporting ?? limit
            return ""
        } catch {
            return ""
        }
        guard let items = sequenceItems(notes) else {
            return prefix + formatter.guarded("<__notes__ repr() failed>") { try vm.repr(notes) } + "\n"
        }
        var out = ""
        for note in items {
            var text: String?
            do {
                text = try vm.str(note)
            } catch let limit as LimitExceeded {
                vm.limitWhileReporting = vm.limitWhileReporting ?? limit
            } catch {}
            if let text {
                for line in StrAlgorithms.splitlines(Array(text.unicodeScalars), keepends: true) {
                    var s = String.UnicodeScalarView()
                    s.append(contentsOf: line)
                    out += prefix + String(s)
                }
            } else {
                out += "<note str() failed>"
            }
            out += "\n"
            if out.utf8.count > vm.limits.outputBytes { break }
        }
        return out
    }

    /// The items of a list, tuple or str (what `PySequence_Check` accepts
    /// among the builtin types; a str's notes are its characters), else nil.
    static func sequenceItems(_ v: Value) -> [Value]? {
        guard case .object(let o) = v else { return nil }
        if let l = o as? PyList { return l.items }
        if let t = o as? PyTuple { return t.items }
        if let s = o as? PyStr { return s.value.unicodeScalars.map { .str(String($0)) } }
        return nil
    }
}
