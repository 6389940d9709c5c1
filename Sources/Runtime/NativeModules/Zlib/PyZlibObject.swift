import CZlib

/// `zlib.compressobj()` / `zlib.decompressobj()` objects (`Compress`,
/// `Decompress`): compress/flush, decompress with max_length, unused_data,
/// unconsumed_tail and eof.
final class PyZlibObject: PyObject {
    let stream: ZStream
    let compressor: Bool
    /// The preset dictionary a decompressor supplies when the stream asks for it.
    var zdict: [UInt8]?
    var unusedData: [UInt8] = []
    var unconsumedTail: [UInt8] = []
    var eof = false

    init(stream: ZStream, compressor: Bool) {
        self.stream = stream
        self.compressor = compressor
        super.init(type: nil)
    }

    override var exactBuiltinType: PyType { compressor ? PyZlibObject.compressType : PyZlibObject.decompressType }

    private static func receiver(_ a: Args, _ name: String) throws -> PyZlibObject {
        guard let first = a.positional.first, case .object(let o) = first, let z = o as? PyZlibObject else {
            throw PyError.typeError("descriptor '\(name)' requires a 'zlib' stream object")
        }
        return z
    }

    static let compressType: PyType = {
        let t = PyType(name: "Compress", bases: [BuiltinTypes.object], builtin: true, layout: .native, module: "zlib")
        t.defineMethod("compress") { vm, a in
            try a.check("compress", min: 2, max: 2, skipSelf: 1)
            let z = try receiver(a, "compress")
            let data = try BytesLibraryMethods.argBytes(a[1])
            guard z.stream.active else { throw ZlibModule.error(z.stream, Z_STREAM_ERROR, "compressing data") }
            var out: [UInt8] = []
            let (status, _) = try z.stream.run(vm, data, flush: Z_NO_FLUSH, output: &out)
            if status != Z_OK && status != Z_BUF_ERROR { throw ZlibModule.error(z.stream, status, "compressing data") }
            return .object(PyBytes(out))
        }
        t.defineMethod("flush") { vm, a in
            try a.check("flush", min: 1, max: 2, skipSelf: 1)
            let z = try receiver(a, "flush")
            let mode = try ZlibModule.int32(vm, a.optional(1), Z_FINISH)
            if mode == Z_NO_FLUSH { return .object(PyBytes([])) }
            guard z.stream.active else { throw ZlibModule.error(z.stream, Z_STREAM_ERROR, "flushing") }
            var out: [UInt8] = []
            let (status, _) = try z.stream.run(vm, [], flush: mode, output: &out)
            if mode == Z_FINISH {
                guard status == Z_STREAM_END else { throw ZlibModule.error(z.stream, status, "flushing") }
                z.stream.end()
            } else if status != Z_OK && status != Z_BUF_ERROR {
                throw ZlibModule.error(z.stream, status, "flushing")
            }
            return .object(PyBytes(out))
        }
        return t
    }()

    static let decompressType: PyType = {
        let t = PyType(name: "Decompress", bases: [BuiltinTypes.object], builtin: true, layout: .native, module: "zlib")
        t.defineMethod("decompress") { vm, a in
            let slots = try a.bind("decompress", ["data", "max_length"], required: 1, maxPositional: 2, skipSelf: 1)
            let z = try receiver(a, "decompress")
            let data = try BytesLibraryMethods.argBytes(slots[0] ?? .none)
            let maxLength = try slots[1].map { try vm.indexInt($0) } ?? 0
            if maxLength < 0 { throw PyError.valueError("max_length must be non-negative") }
            return .object(PyBytes(try z.inflateSome(vm, data, maxLength: maxLength, flush: Z_SYNC_FLUSH)))
        }
        t.defineMethod("flush") { vm, a in
            try a.check("flush", min: 1, max: 2, skipSelf: 1)
            let z = try receiver(a, "flush")
            if let n = a.optional(1), try vm.indexInt(n) <= 0 { throw PyError.valueError("length must be greater than zero") }
            let tail = z.unconsumedTail
            return .object(PyBytes(try z.inflateSome(vm, tail, maxLength: 0, flush: Z_FINISH)))
        }
        t.defineProperty("unused_data", get: { _, a in .object(PyBytes(try receiver(a, "unused_data").unusedData)) })
        t.defineProperty("unconsumed_tail", get: { _, a in
            .object(PyBytes(try receiver(a, "unconsumed_tail").unconsumedTail))
        })
        t.defineProperty("eof", get: { _, a in .bool(try receiver(a, "eof").eof) })
        return t
    }()

    /// Inflates `data`, stopping after `maxLength` bytes of output (0: no limit).
    func inflateSome(_ vm: Interpreter, _ data: [UInt8], maxLength: Int, flush: Int32) throws -> [UInt8] {
        var out: [UInt8] = []
        if eof || !stream.active {
            if eof { unusedData += data }
            return out
        }
        var input = data
        while true {
            let (status, consumed) = try stream.run(vm, input, flush: flush, output: &out, limit: maxLength)
            input.removeFirst(consumed)
            if status == Z_NEED_DICT, let dict = zdict {
                let s = dict.withUnsafeBufferPointer { inflateSetDictionary(stream.stream, $0.baseAddress, uInt($0.count)) }
                if s != Z_OK { throw ZlibModule.error(stream, s, "setting zdict") }
                continue
            }
            switch status {
            case Z_STREAM_END:
                eof = true
                unusedData += input
                unconsumedTail = []
                stream.end()
            case Z_OK, Z_BUF_ERROR:
                unconsumedTail = input
            default:
                throw ZlibModule.error(stream, status, "decompressing data")
            }
            return out
        }
    }
}
