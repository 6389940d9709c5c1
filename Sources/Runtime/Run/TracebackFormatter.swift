/// Formats an uncaught exception as CPython 3.11's default excepthook
/// (`PyErr_Display`, Python/pythonrun.c) writes it to stderr: the chain of
/// causes and contexts first, with their separator lines; exception groups
/// drawn as nested boxes (`+-+---- 1 ----`, `| ` margins, at most 15
/// members and 10 levels shown); notes after the exception line; at most
/// three identical consecutive frame lines, then
/// `  [Previous line repeated N more times]`; a SyntaxError raised at run
/// time with its location and caret line; `sys.tracebacklimit` honoured.
///
/// Lib/traceback.py renders the same structure for `traceback.format_exc()`;
/// this is the native printer, as CPython's is C, so reporting an exception
/// never runs program code beyond `str()` of the exception and its notes.
public struct TracebackFormatter {
    let vm: Interpreter
    let mainFile: String
    let mainLines: [String]

    /// CPython's `max_group_width`: members shown per group.
    public static let maxGroupWidth = 15
    /// CPython's `max_group_depth`: nested group levels drawn.
    public static let maxGroupDepth = 10

    /// Creates a formatter; `mainLines` supplies source lines for `mainFile`.
    public init(vm: Interpreter, mainFile: String, mainLines: [String]) {
        self.vm = vm
        self.mainFile = mainFile
        self.mainLines = mainLines
    }

    /// The full text, chained exceptions first.
    public func format(_ e: PyException) -> String {
        var printer = TracebackPrinter(formatter: self)
        printer.printRecursive(e)
        return printer.out
    }

    /// The frames a report shows of `e`'s traceback, outermost first: all
    /// of them, or the innermost `sys.tracebacklimit` when the program set
    /// it to an int; nil (not even the header) when that limit is <= 0.
    func shownFrames(_ e: PyException) -> [TracebackEntry]? {
        guard !e.traceback.isEmpty else { return nil }
        var limit = Int.max
        if let v = vm.modules["sys"]?.namespace.getStr("tracebacklimit"), let big = v.bigIntValue {
            switch v {
            case .int(let i): limit = i
            case .bool(let b): limit = b ? 1 : 0
            default: limit = big > 0 ? Int.max : 0
            }
        }
        guard limit > 0 else { return nil }
        return Array(e.traceback.prefix(limit).reversed())
    }

    /// What CPython 3.11's unraisable hook (`write_unraisable_exc_file`)
    /// writes after `Exception ignored in: ...`: the exception's traceback
    /// and `Type: str` only (an empty message leaves `Type: `), without
    /// its chain, notes, group members or name suggestions.
    public func formatUnraisable(_ e: PyException) -> String {
        var out = ""
        if let frames = shownFrames(e) {
            out += "Traceback (most recent call last):\n"
            out += TracebackFrames.text(frames, prefix: "", mainFile: mainFile, mainLines: mainLines)
        }
        let message = guarded("<exception str() failed>") { try vm.str(.object(e)) }
        return out + qualifiedName(e.type) + ": " + message + "\n"
    }

    /// The exception type's name as reports print it: its qualified name,
    /// after its module unless that is `builtins` or `__main__`.
    func qualifiedName(_ t: PyType) -> String {
        t.moduleName == "builtins" || t.moduleName == "__main__" ? t.qualname : "\(t.moduleName).\(t.qualname)"
    }

    /// `ValueError: message` (qualified with the module for non-builtin, non-main classes).
    public func exceptionLine(_ e: PyException) -> String {
        let name = qualifiedName(e.type)
        let msg = guarded("<exception str() failed>") { try vm.str(.object(e)) }
        return msg.isEmpty ? name : "\(name): \(msg)"
    }

    /// `body()`, or `fallback` when it raises; a sandbox limit it hits is
    /// kept so that it still ends the run.
    func guarded(_ fallback: String, _ body: () throws -> String) -> String {
        do {
            return try body()
        } catch let limit as LimitExceeded {
            vm.limitWhileReporting = vm.limitWhileReporting ?? limit
            return fallback
        } catch {
            return fallback
        }
    }
}

/// The state of one report as it is written: the text so far, the group
/// nesting depth (which sets the indent and the `| ` margin), whether the
/// innermost open box still needs its closing line, and the exceptions
/// already printed (a chain that loops back is cut there).
struct TracebackPrinter {
    let formatter: TracebackFormatter
    var out = ""
    var depth = 0
    var needClose = false
    var seen = Set<ObjectIdentifier>()

    init(formatter: TracebackFormatter) { self.formatter = formatter }

    var indent: String { String(repeating: " ", count: 2 * depth) }
    var margin: String { depth > 0 ? "| " : "" }
    /// The report is cut at the output limit's size anyway.
    var full: Bool { out.utf8.count > formatter.vm.limits.outputBytes }

    /// `print_exception_recursive`: `e` preceded by its causes and
    /// contexts. The chain is walked in a loop, not by recursion: a program
    /// can link hundreds of thousands of exceptions by `raise ... from`.
    mutating func printRecursive(_ e: PyException) {
        var chain: [(exception: PyException, separator: String)] = []
        var current: PyException? = e
        var separator = ""
        while let x = current {
            seen.insert(ObjectIdentifier(x))
            chain.append((x, separator))
            current = nil
            if let c = x.cause {
                if !seen.contains(ObjectIdentifier(c)) {
                    current = c
                    separator = "The above exception was the direct cause of the following exception:\n"
                }
            } else if !x.suppressContext, let c = x.context, !seen.contains(ObjectIdentifier(c)) {
                current = c
                separator = "During handling of the above exception, another exception occurred:\n"
            }
        }
        // Each earlier link is printed as `print_chained` does: it leaves
        // the box-closing state as it found it, then the separator follows.
        let savedClose = needClose
        for (x, separator) in chain.reversed() {
            if full { return }
            printOne(x)
            if !separator.isEmpty {
                needClose = savedClose
                out += indent + margin + "\n" + indent + margin + separator + indent + margin + "\n"
            }
        }
    }

    /// One exception (no chain): a plain one, or a group with its boxes.
    mutating func printOne(_ e: PyException) {
        if e.type.isSubtype(of: BuiltinTypes.baseExceptionGroup) {
            printGroup(e)
        } else {
            printException(e, isGroup: false)
        }
    }

    /// `print_exception`: traceback, exception line, notes.
    mutating func printException(_ e: PyException, isGroup: Bool) {
        if let frames = formatter.shownFrames(e) {
            let headerMargin = isGroup && depth == 1 ? "+ " : margin
            out += indent + headerMargin
                + (isGroup ? "Exception Group Traceback (most recent call last):\n"
                           : "Traceback (most recent call last):\n")
            out += TracebackFrames.text(frames, prefix: indent + margin,
                                        mainFile: formatter.mainFile, mainLines: formatter.mainLines)
        }
        if let syntax = SyntaxErrorReport.fields(e, formatter.vm) {
            out += SyntaxErrorReport.location(syntax, prefix: indent + margin)
            let name = formatter.qualifiedName(e.type)
            let msg = formatter.guarded("<exception str() failed>") { try formatter.vm.str(syntax.message) }
            out += indent + margin + (msg.isEmpty ? name : "\(name): \(msg)")
        } else {
            out += indent + margin + formatter.exceptionLine(e)
        }
        if let suggestion = ExceptionNameFields.suggestion(for: e, vm: formatter.vm) {
            out += ". Did you mean: '\(suggestion)'?"
        }
        out += "\n"
        out += ExceptionNotes.text(e, prefix: indent + margin, formatter: formatter)
    }

    /// `print_exception_group`: the group itself, then each member in a
    /// numbered box one level deeper; past `maxGroupWidth` members one box
    /// says how many more there are, past `maxGroupDepth` levels a line
    /// says the depth was cut.
    mutating func printGroup(_ g: PyException) {
        if depth > TracebackFormatter.maxGroupDepth {
            out += indent + margin + "... (max_group_depth is \(TracebackFormatter.maxGroupDepth))\n"
            return
        }
        if depth == 0 { depth += 1 }
        printException(g, isGroup: true)
        let members = formatter.vm.groupMembers(g)
        let width = TracebackFormatter.maxGroupWidth
        let shown = members.count <= width ? members.count : width + 1
        needClose = false
        for i in 0..<shown {
            if full { break }
            let last = i == shown - 1
            if last { needClose = true }
            let truncated = i >= width
            out += indent + (i == 0 ? "+-" : "  ")
                + "+---------------- \(truncated ? "..." : String(i + 1)) ----------------\n"
            depth += 1
            if truncated {
                let remaining = members.count - width
                out += indent + margin + "and \(remaining) more exception\(remaining > 1 ? "s" : "")\n"
            } else {
                printRecursive(members[i])
            }
            if last && needClose {
                out += indent + "+------------------------------------\n"
                needClose = false
            }
            depth -= 1
        }
        if depth == 1 { depth -= 1 }
    }
}
