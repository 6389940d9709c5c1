/// The RuntimeWarning for a coroutine released without being awaited,
/// through the program's `warnings` module when it has one.
///
/// DESIGN: CPython issues it with `warnings.warn` while the coroutine is
/// deallocated, so `simplefilter`, `filterwarnings`, `catch_warnings`
/// (record=True) and a replaced `showwarning` all see it. Here the release
/// may happen inside an instruction, where no Python code can run: when
/// `warnings` is loaded, a `warnings._UnawaitedCoroutineWarning` naming
/// the coroutine and the line is queued on the deferred-call queue of weak
/// callbacks, whose `_target_died()` issues the warning at the next
/// instruction boundary. Without `warnings` (nothing could filter it) the
/// text goes straight to stderr (`warnNeverAwaited`).
extension Interpreter {
    func reportNeverAwaited(_ qualname: String) {
        guard let warnings = modules["warnings"],
              case .object(let o)? = warnings.namespace.getStr("_UnawaitedCoroutineWarning"),
              let cls = o as? PyType else {
            warnNeverAwaited(qualname)
            return
        }
        let frame = frameStack.innermost { sourceLines[$0.code.filename] != nil }
        let pending = PyInstance(of: cls)
        guard let dict = pending.dict else {
            warnNeverAwaited(qualname)
            return
        }
        dict.setStr("qualname", .str(qualname))
        dict.setStr("filename", .str(frame?.code.filename ?? "sys"))
        dict.setStr("lineno", .int(frame?.currentLine ?? 1))
        scheduleWeakCallback(pending)
    }
}
