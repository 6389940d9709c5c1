/// More of `sys` for the standard library (warnings, logging, traceback,
/// inspect) and for programs: `sys._getframe`, `sys.__stdout__` /
/// `__stderr__`, `getdefaultencoding`, `hexversion`, `executable`, `path`;
/// stream `writelines`, `name`, `encoding`, `closed`, `writable`...; and
/// frame objects (`f_globals`, `f_locals`, `f_back`, `f_lineno`, `f_code`)
/// for live frames and for suspended generators' `gi_frame`/`cr_frame`.
///
/// Registered after NativeModules/System, so this `sys` factory (which
/// starts from that module) is the one imports use.
enum SysExtrasModule {
    static let modules: [(String, (Interpreter) throws -> PyModule)] = [("sys", make)]

    static func make(_ vm: Interpreter) throws -> PyModule {
        let m = try SysTimeModules.makeSys(vm)
        if let out = m.namespace.getStr("stdout") { m.add("__stdout__", out) }
        if let err = m.namespace.getStr("stderr") { m.add("__stderr__", err) }
        m.add("hexversion", .int(0x030B07F0))
        m.add("executable", .str(""))
        m.add("path", .object(PyList([.str("")])))
        m.add("api_version", .int(1013))
        m.add("float_repr_style", .str("short"))
        m.add("warnoptions", .object(PyList([])))
        // The import system's hook lists: programs may inspect or extend
        // them; the sandbox's importer does not consult them.
        m.add("meta_path", .object(PyList([])))
        m.add("path_hooks", .object(PyList([])))
        m.add("path_importer_cache", .object(PyDict()))
        m.add("dont_write_bytecode", .false)
        SysSettings.install(into: m)
        m.add("_xoptions", .object(PyDict()))
        m.add("orig_argv", .object(PyList([.str("python3"), m.namespace.getStr("argv").flatMap { ($0.object as? PyList)?.items.first } ?? .str("prog.py")])))
        SysSizeOf.install(into: m)
        SysExceptHook.install(into: m, vm)
        SysDisplayHook.install(into: m)
        SysAsyncGenHooks.install(into: m, vm)
        m.addFunction("getdefaultencoding") { _, a in
            try a.check("getdefaultencoding", min: 0, max: 0)
            return .str("utf-8")
        }
        // Structured values (version_info with .major, flags, float_info...)
        // come from Lib/_sysinfo.py.
        if let info = try? vm.importModule("_sysinfo") {
            for name in ["version_info", "flags", "float_info", "int_info", "hash_info", "thread_info",
                         "implementation"] {
                if let v = info.namespace.getStr(name) { m.add(name, v) }
            }
        }
        // sys.modules: the run's live dict, made on first read
        // (VM/SysModulesTable.swift).
        m.addFunction("__getattr__") { vm, a in
            try a.check("__getattr__", min: 1, max: 1)
            // sys.stdin: the sandbox has no input, so an empty text stream
            // (reads return ''), made on first use and kept in the module.
            if let name = a[0].stringValue, name == "stdin" || name == "__stdin__" {
                let stdin = try vm.callMethod(.object(try vm.importModule("io")), "StringIO", [])
                if let sys = vm.modules["sys"] {
                    sys.add("stdin", stdin)
                    sys.add("__stdin__", stdin)
                }
                return stdin
            }
            guard a[0].stringValue == "modules" else {
                throw PyError.attributeError("module 'sys' has no attribute '\(a[0].stringValue ?? "?")'")
            }
            return .object(try vm.sysModules())
        }
        m.addFunction("intern") { _, a in
            try a.check("intern", min: 1, max: 1)
            guard a[0].asStr != nil else { throw PyError.typeError("intern() argument must be str, not \(a[0].type.name)") }
            guard a[0].type === BuiltinTypes.str else { throw PyError.typeError("can't intern \(a[0].type.name)") }
            return a[0]
        }
        m.addFunction("_getframe") { vm, a in
            try a.check("_getframe", min: 0, max: 1)
            let depth = a.count > 0 ? try vm.indexInt(a[0]) : 0
            guard let f = frame(vm, depth: depth) else { throw PyError.valueError("call stack is not deep enough") }
            return .object(PyLiveFrame(f, vm: vm, depth: depth))
        }
        return m
    }

    /// The frame `depth` levels below the innermost one.
    static func frame(_ vm: Interpreter, depth: Int) -> Frame? {
        guard depth >= 0 else { return vm.frameStack.last }
        var remaining = depth
        return vm.frameStack.innermost { _ in
            if remaining == 0 { return true }
            remaining -= 1
            return false
        }
    }

    static func locals(of f: Frame) -> PyDict { f.localsSnapshot() }

    static func install() {
        let stream = SysTimeModules.streamType
        stream.defineMethod("writelines") { vm, a in
            try a.check("writelines", min: 2, max: 2, skipSelf: 1)
            try vm.forEach(a[1]) { line in _ = try vm.callMethod(a[0], "write", [line]) }
            return .none
        }
        func isError(_ v: Value) -> Bool { (v.object as? PyTextStream)?.isError ?? false }
        stream.defineProperty("name", get: { _, a in .str(isError(a[0]) ? "<stderr>" : "<stdout>") })
        stream.defineProperty("encoding", get: { _, _ in .str("utf-8") })
        stream.defineProperty("errors", get: { _, a in .str(isError(a[0]) ? "backslashreplace" : "strict") })
        stream.defineProperty("mode", get: { _, _ in .str("w") })
        stream.defineProperty("closed", get: { _, _ in .false })
        stream.defineProperty("line_buffering", get: { _, _ in .false })
        stream.defineMethod("writable") { _, _ in .true }
        stream.defineMethod("readable") { _, _ in .false }
        stream.defineMethod("seekable") { _, _ in .false }
        stream.defineMethod("fileno") { _, a in .int(isError(a[0]) ? 2 : 1) }
        stream.defineMethod("__repr__") { _, a in
            let name = isError(a[0]) ? "<stderr>" : "<stdout>"
            return .str("<_io.TextIOWrapper name='\(name)' mode='w' encoding='utf-8'>")
        }

        let frameType = BuiltinTypes.frame
        func generatorFrame(_ v: Value) -> Frame? { (v.object as? PyFrameInfo)?.generator.frame }
        func check(_ a: Args) throws -> Value {
            guard case .object(let o) = a[0], o is PyFrameInfo || o is PyLiveFrame || o is PyFrameSnapshot else {
                throw PyError.typeError("descriptor requires a 'frame' object but received '\(a[0].type.cTypeName)'")
            }
            return a[0]
        }
        frameType.defineProperty("f_lineno", get: { _, a in
            let v = try check(a)
            if let snap = v.object as? PyFrameSnapshot { return .int(snap.entry.line) }
            if let info = v.object as? PyFrameInfo { return .int(info.lineNumber) }
            return .int((v.object as! PyLiveFrame).frame.currentLine)
        })
        frameType.defineProperty("f_code", get: { _, a in
            let v = try check(a)
            if let snap = v.object as? PyFrameSnapshot { return .object(snap.code) }
            let f = generatorFrame(v) ?? (v.object as! PyLiveFrame).frame
            return .object(PyCodeValue(f.code))
        })
        frameType.defineProperty("f_globals", get: { vm, a in
            let v = try check(a)
            if let snap = v.object as? PyFrameSnapshot { return .object(snap.globals(vm)) }
            return .object((generatorFrame(v) ?? (v.object as! PyLiveFrame).frame).globals)
        })
        frameType.defineProperty("f_locals", get: { vm, a in
            let v = try check(a)
            if let snap = v.object as? PyFrameSnapshot {
                // A module body's locals are its globals.
                if let hold = snap.entry.hold { return .object(hold.localsSnapshot()) }
                return .object(snap.entry.function == "<module>" ? snap.globals(vm) : PyDict())
            }
            return .object(locals(of: generatorFrame(v) ?? (v.object as! PyLiveFrame).frame))
        })
        frameType.defineProperty("f_builtins", get: { vm, a in
            _ = try check(a)
            return .object(vm.builtinsModule.namespace)
        })
        frameType.defineProperty("f_lasti", get: { _, a in
            let v = try check(a)
            if v.object is PyFrameSnapshot { return .int(0) }
            return .int(2 * (generatorFrame(v) ?? (v.object as! PyLiveFrame).frame).pc)
        })
        frameType.defineProperty("f_back", get: { vm, a in
            let v = try check(a)
            guard let live = v.object as? PyLiveFrame, let vm = live.vm else { return .none }
            // The caller of this frame on the current stack (None once the
            // frame has returned or for the outermost frame).
            var found = false
            guard let back = vm.frameStack.innermost(where: { f in
                if found { return true }
                if f === live.frame { found = true }
                return false
            }) else { return .none }
            return .object(PyLiveFrame(back, vm: vm, depth: live.depth + 1))
        })
        frameType.defineMethod("__repr__") { _, a in
            let v = try check(a)
            if let snap = v.object as? PyFrameSnapshot {
                return .str("<frame, file '\(snap.entry.filename)', line \(snap.entry.line), code \(snap.entry.function)>")
            }
            let f = generatorFrame(v) ?? (v.object as! PyLiveFrame).frame
            let line = (v.object as? PyFrameInfo)?.lineNumber ?? f.currentLine
            return .str("<frame, file '\(f.code.filename)', line \(line), code \(f.code.name)>")
        }
    }
}

/// `tb.tb_frame`: what a traceback entry knows of its frame (the code's
/// name and file, the line, and its locals through the entry's hold,
/// VM/FrameHold.swift); `f_back` is None.
final class PyFrameSnapshot: PyObject {
    let entry: TracebackEntry
    let code: PyCodeValue
    init(_ entry: TracebackEntry) {
        self.entry = entry
        code = PyCodeValue(CodeObject(name: entry.function, qualname: entry.function, filename: entry.filename,
                                      firstLine: entry.line))
        super.init(type: nil)
    }
    override var exactBuiltinType: PyType { BuiltinTypes.frame }

    /// The globals of the module whose code the frame ran: the module whose
    /// `__file__` is the entry's file (unittest drops its own frames from
    /// failure reports by their `__unittest` global); the main module's for
    /// code of no module (exec'd strings).
    func globals(_ vm: Interpreter) -> PyDict {
        let file = entry.filename
        for module in vm.modules.values where module.namespace.getStr("__file__")?.stringValue == file {
            return module.namespace
        }
        return vm.modules["__main__"]?.namespace ?? PyDict()
    }
}

/// A frame returned by `sys._getframe` (the frame object of a running
/// function); `f_back` walks the stack as it was when it was taken.
final class PyLiveFrame: PyObject {
    let frame: Frame
    weak var vm: Interpreter?
    let depth: Int
    init(_ frame: Frame, vm: Interpreter, depth: Int) {
        self.frame = frame
        self.vm = vm
        self.depth = depth
        frame.hasOutsideView = true
        super.init(type: nil)
    }
    override var exactBuiltinType: PyType { BuiltinTypes.frame }
}
