/// `sys.stdout.buffer` / `sys.stderr.buffer`: the binary layer under the
/// text streams. `write(b)` takes a bytes-like object and appends its UTF-8
/// text (undecodable bytes as U+FFFD) to the same output as `print`, in
/// program order, and returns the number of bytes written.
final class PyBinaryStream: PyObject {
    /// True for `sys.stderr.buffer`.
    let isError: Bool

    init(isError: Bool) {
        self.isError = isError
        super.init(type: nil)
    }

    override var exactBuiltinType: PyType { SysBinaryStreams.type }
}

enum SysBinaryStreams {
    /// The type of the `buffer` objects (CPython's `_io.BufferedWriter`).
    static let type: PyType = {
        let t = PyType(name: "BufferedWriter", bases: [BuiltinTypes.object], builtin: true, layout: .native,
                       module: "_io")
        t.defineMethod("write") { vm, a in
            try a.check("write", min: 2, max: 2, skipSelf: 1)
            let stream = try receiver(a)
            guard let octets = BytesLibraryMethods.bytesOf(a[1]) else {
                throw PyError.typeError("a bytes-like object is required, not '\(a[1].type.cTypeName)'")
            }
            let text = String(decoding: octets, as: UTF8.self)
            if stream.isError { vm.stderrSink?(text) } else { try vm.write(text) }
            return .int(octets.count)
        }
        t.defineMethod("writelines") { vm, a in
            try a.check("writelines", min: 2, max: 2, skipSelf: 1)
            try vm.forEach(a[1]) { chunk in _ = try vm.callMethod(a[0], "write", [chunk]) }
            return .none
        }
        t.defineMethod("flush") { _, a in _ = try receiver(a); return .none }
        t.defineMethod("writable") { _, _ in .true }
        t.defineMethod("readable") { _, _ in .false }
        t.defineMethod("isatty") { _, _ in .false }
        t.defineMethod("fileno") { _, a in .int(try receiver(a).isError ? 2 : 1) }
        t.defineProperty("closed", get: { _, _ in .false })
        t.defineProperty("name", get: { _, a in .str(try receiver(a).isError ? "<stderr>" : "<stdout>") })
        t.defineMethod("__repr__") { _, a in
            .str("<_io.BufferedWriter name='\(try receiver(a).isError ? "<stderr>" : "<stdout>")'>")
        }
        return t
    }()

    /// Adds the `buffer` property to the text stream type.
    static func install() {
        SysTimeModules.streamType.defineProperty("buffer", get: { _, a in
            guard case .object(let o) = a[0], let stream = o as? PyTextStream else {
                throw PyError.attributeError("'TextIOWrapper' object has no attribute 'buffer'")
            }
            if let made = stream.binary { return .object(made) }
            let made = PyBinaryStream(isError: stream.isError)
            stream.binary = made
            return .object(made)
        })
    }

    private static func receiver(_ a: Args) throws -> PyBinaryStream {
        guard case .object(let o) = a[0], let s = o as? PyBinaryStream else {
            throw PyError.typeError("descriptor requires a '_io.BufferedWriter' object but received '\(a[0].type.cTypeName)'")
        }
        return s
    }
}
