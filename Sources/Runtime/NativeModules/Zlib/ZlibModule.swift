import BigInt
import CZlib

/// `zlib` over the system zlib: crc32, adler32, compress/decompress (level,
/// wbits, bufsize), compressobj/decompressobj, `zlib.error` and the
/// constants, with CPython 3.11's messages.
enum ZlibModule {
    static let modules: [(String, (Interpreter) throws -> PyModule)] = [("zlib", make)]

    /// `zlib.error`.
    static let errorType = PyType(name: "error", bases: [BuiltinTypes.exception], builtin: true, layout: .exception,
                                  module: "zlib")

    /// CPython's `zlib_error`: "Error -3 while decompressing data: incorrect header check".
    static func error(_ z: ZStream, _ status: Int32, _ doing: String) -> PyError {
        var message = status == Z_VERSION_ERROR ? "library version mismatch" : z.message
        if message == nil {
            switch status {
            case Z_BUF_ERROR: message = "incomplete or truncated stream"
            case Z_STREAM_ERROR: message = "inconsistent stream state"
            case Z_DATA_ERROR: message = "invalid input data"
            default: break
            }
        }
        guard let message else { return PyError(errorType, "Error \(status) while \(doing)") }
        return PyError(errorType, "Error \(status) while \(doing): \(message)")
    }

    static func int32(_ vm: Interpreter, _ v: Value?, _ dflt: Int32) throws -> Int32 {
        guard let v else { return dflt }
        let n = try vm.indexValue(v)
        guard let i = Int32(exactly: n) else {
            throw PyError.overflow(n < 0 ? "signed integer is less than minimum" : "signed integer is greater than maximum")
        }
        return i
    }

    static func make(_ vm: Interpreter) throws -> PyModule {
        let m = PyModule(name: "zlib")
        m.add("error", .object(errorType))
        let constants: [(String, Int)] = [
            ("DEFLATED", 8), ("DEF_BUF_SIZE", 16384), ("DEF_MEM_LEVEL", 8), ("MAX_WBITS", 15),
            ("Z_BEST_COMPRESSION", 9), ("Z_BEST_SPEED", 1), ("Z_BLOCK", 5), ("Z_DEFAULT_COMPRESSION", -1),
            ("Z_DEFAULT_STRATEGY", 0), ("Z_FILTERED", 1), ("Z_FINISH", 4), ("Z_FIXED", 4), ("Z_FULL_FLUSH", 3),
            ("Z_HUFFMAN_ONLY", 2), ("Z_NO_COMPRESSION", 0), ("Z_NO_FLUSH", 0), ("Z_PARTIAL_FLUSH", 1), ("Z_RLE", 3),
            ("Z_SYNC_FLUSH", 2), ("Z_TREES", 6),
        ]
        for (name, value) in constants { m.add(name, .int(value)) }
        m.add("ZLIB_VERSION", .str(ZLIB_VERSION))
        m.add("ZLIB_RUNTIME_VERSION", .str(String(cString: zlibVersion())))
        m.addFunction("crc32") { vm, a in
            try a.check("crc32", min: 1, max: 2)
            let bytes = try BytesLibraryMethods.argBytes(a[0])
            let start = try a.optional(1).map { try vm.indexValue($0) } ?? 0
            try vm.nativeWork(bytes.count >> 6)
            return .int(Int(Base64Codec.crc32(bytes, UInt32(BinasciiModule.mask(start, bits: 32)))))
        }
        m.addFunction("adler32") { vm, a in
            try a.check("adler32", min: 1, max: 2)
            let bytes = try BytesLibraryMethods.argBytes(a[0])
            let start = try a.optional(1).map { try vm.indexValue($0) } ?? 1
            try vm.nativeWork(bytes.count >> 6)
            let value = bytes.withUnsafeBufferPointer {
                CZlib.adler32(uLong(BinasciiModule.mask(start, bits: 32)), $0.baseAddress, uInt($0.count))
            }
            return .int(Int(value))
        }
        m.addFunction("compress") { vm, a in
            let slots = try a.bind("compress", ["data", "level", "wbits"], required: 1)
            let data = try BytesLibraryMethods.argBytes(slots[0] ?? .none)
            let z = ZStream(kind: .deflate)
            let status = z.startDeflate(level: try int32(vm, slots[1], -1), method: 8,
                                        wbits: try int32(vm, slots[2], 15), memLevel: 8, strategy: 0)
            switch status {
            case Z_OK: break
            case Z_MEM_ERROR: throw PyError(BuiltinTypes.memoryError, "Out of memory while compressing data")
            case Z_STREAM_ERROR: throw PyError(errorType, "Bad compression level")
            default: throw error(z, status, "compressing data")
            }
            var out: [UInt8] = []
            let (result, _) = try z.run(vm, data, flush: Z_FINISH, output: &out)
            guard result == Z_STREAM_END else { throw error(z, result, "compressing data") }
            return .object(PyBytes(out))
        }
        m.addFunction("decompress") { vm, a in
            let slots = try a.bind("decompress", ["data", "wbits", "bufsize"], required: 1, maxPositional: 3)
            let data = try BytesLibraryMethods.argBytes(slots[0] ?? .none)
            let wbits = try int32(vm, slots[1], 15)
            var bufsize = 16384
            if let b = slots[2] {
                bufsize = try vm.indexInt(b)
                if bufsize < 0 { throw PyError.valueError("bufsize must be non-negative") }
            }
            let z = ZStream(kind: .inflate)
            let status = z.startInflate(wbits: wbits)
            switch status {
            case Z_OK: break
            case Z_MEM_ERROR: throw PyError(BuiltinTypes.memoryError, "Out of memory while decompressing data")
            default: throw error(z, status, "preparing to decompress data")
            }
            var out: [UInt8] = []
            let (result, _) = try z.run(vm, data, flush: Z_NO_FLUSH, output: &out, chunk: max(bufsize, 1))
            guard result == Z_STREAM_END else {
                // A stream that ran out of input is truncated (Z_BUF_ERROR), as CPython reports it.
                throw error(z, result == Z_OK ? Z_BUF_ERROR : result, "decompressing data")
            }
            return .object(PyBytes(out))
        }
        m.addFunction("compressobj") { vm, a in
            let slots = try a.bind("compressobj", ["level", "method", "wbits", "memLevel", "strategy", "zdict"],
                                   required: 0)
            let z = ZStream(kind: .deflate)
            let status = z.startDeflate(level: try int32(vm, slots[0], -1), method: try int32(vm, slots[1], 8),
                                        wbits: try int32(vm, slots[2], 15), memLevel: try int32(vm, slots[3], 8),
                                        strategy: try int32(vm, slots[4], 0))
            switch status {
            case Z_OK: break
            case Z_MEM_ERROR: throw PyError(BuiltinTypes.memoryError, "Can't allocate memory for compression object")
            case Z_STREAM_ERROR: throw PyError.valueError("Invalid initialization option")
            default: throw error(z, status, "creating compression object")
            }
            if let dict = slots[5], !dict.isNone {
                let bytes = try BytesLibraryMethods.argBytes(dict)
                let s = bytes.withUnsafeBufferPointer { deflateSetDictionary(z.stream, $0.baseAddress, uInt($0.count)) }
                if s != Z_OK { throw PyError.valueError("Invalid dictionary") }
            }
            return .object(PyZlibObject(stream: z, compressor: true))
        }
        m.addFunction("decompressobj") { vm, a in
            let slots = try a.bind("decompressobj", ["wbits", "zdict"], required: 0)
            let z = ZStream(kind: .inflate)
            let wbits = try int32(vm, slots[0], 15)
            let status = z.startInflate(wbits: wbits)
            switch status {
            case Z_OK: break
            case Z_STREAM_ERROR: throw PyError.valueError("Invalid initialization option")
            case Z_MEM_ERROR: throw PyError(BuiltinTypes.memoryError, "Can't allocate memory for decompression object")
            default: throw error(z, status, "creating decompression object")
            }
            let obj = PyZlibObject(stream: z, compressor: false)
            if let dict = slots[1], !dict.isNone {
                guard let bytes = BytesLibraryMethods.bytesOf(dict) else {
                    throw PyError.typeError("zdict argument must support the buffer protocol")
                }
                obj.zdict = bytes
                if wbits < 0 {
                    let s = bytes.withUnsafeBufferPointer { inflateSetDictionary(z.stream, $0.baseAddress, uInt($0.count)) }
                    if s != Z_OK { throw error(z, s, "setting zdict") }
                }
            }
            return .object(obj)
        }
        return m
    }
}
