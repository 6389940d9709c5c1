/// The `traceback` type (`types.TracebackType`) of `e.__traceback__` and
/// `sys.exc_info()[2]`: a chain from the outermost frame inwards with
/// `tb_lineno`, `tb_next` and `tb_lasti`; frames are not kept, so
/// `tb_frame` is a snapshot with the code's name and file and the line.
enum TracebackType {
    static let type = PyType(name: "traceback", bases: [BuiltinTypes.object], builtin: true, layout: .native)

    static func install() {
        // Entries are innermost first: the chain's head is the last one.
        type.defineProperty("tb_lineno") { _, a in
            .int((a[0].object as? PyTraceback)?.entries.last?.line ?? 0)
        }
        type.defineProperty("tb_next") { _, a in
            guard let tb = a[0].object as? PyTraceback, tb.entries.count > 1 else { return .none }
            return .object(PyTraceback(Array(tb.entries.dropLast())))
        }
        type.defineProperty("tb_lasti") { _, _ in .int(0) }
        type.defineProperty("tb_frame") { _, a in
            guard let entry = (a[0].object as? PyTraceback)?.entries.last else { return .none }
            return .object(PyFrameSnapshot(entry))
        }
    }
}
