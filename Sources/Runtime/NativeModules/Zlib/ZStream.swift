import CZlib

/// One zlib stream (deflate or inflate) at a stable address, as zlib
/// requires, ended when released.
final class ZStream {
    enum Kind { case deflate, inflate }

    let kind: Kind
    let stream: UnsafeMutablePointer<z_stream>
    /// False once ended (after `flush(Z_FINISH)` of a compressor).
    private(set) var active = false

    init(kind: Kind) {
        self.kind = kind
        stream = .allocate(capacity: 1)
        stream.initialize(to: z_stream())
    }

    deinit {
        end()
        stream.deinitialize(count: 1)
        stream.deallocate()
    }

    /// `deflateInit2`; returns zlib's status.
    func startDeflate(level: Int32, method: Int32, wbits: Int32, memLevel: Int32, strategy: Int32) -> Int32 {
        let status = deflateInit2_(stream, level, method, wbits, memLevel, strategy, ZLIB_VERSION,
                                   Int32(MemoryLayout<z_stream>.size))
        active = status == Z_OK
        return status
    }

    /// `inflateInit2`; returns zlib's status.
    func startInflate(wbits: Int32) -> Int32 {
        let status = inflateInit2_(stream, wbits, ZLIB_VERSION, Int32(MemoryLayout<z_stream>.size))
        active = status == Z_OK
        return status
    }

    func end() {
        guard active else { return }
        active = false
        if kind == .deflate { deflateEnd(stream) } else { inflateEnd(stream) }
    }

    /// zlib's message for the last error, if it set one.
    var message: String? { stream.pointee.msg.map { String(cString: $0) } }

    /// Runs deflate or inflate over `input` with `flush`, appending output
    /// in `chunk`-sized pieces until zlib needs more input (or `limit`
    /// bytes were produced). Returns the status and how much input was used.
    func run(_ vm: Interpreter, _ input: [UInt8], flush: Int32, output: inout [UInt8], limit: Int = 0,
             chunk: Int = 16384) throws -> (status: Int32, consumed: Int) {
        var status: Int32 = Z_OK
        var consumed = 0
        var piece = [UInt8](repeating: 0, count: max(chunk, 1))
        try input.withUnsafeBufferPointer { inBuffer in
            stream.pointee.next_in = UnsafeMutablePointer(mutating: inBuffer.baseAddress)
            stream.pointee.avail_in = uInt(inBuffer.count)
            while true {
                var room = piece.count
                if limit > 0 { room = min(room, limit - output.count) }
                if limit > 0 && room <= 0 { break }
                let produced: Int = piece.withUnsafeMutableBufferPointer { out in
                    stream.pointee.next_out = out.baseAddress
                    stream.pointee.avail_out = uInt(room)
                    status = kind == .deflate ? deflate(stream, flush) : inflate(stream, flush)
                    return room - Int(stream.pointee.avail_out)
                }
                if produced > 0 {
                    try vm.charge(produced)
                    output.append(contentsOf: piece[0..<produced])
                }
                try vm.nativeWork(1 + produced >> 8)
                if status != Z_OK && status != Z_BUF_ERROR { break }
                // Output space left over: zlib has done all it can with this input.
                if stream.pointee.avail_out != 0 { break }
                if status == Z_BUF_ERROR { break }
            }
            consumed = inBuffer.count - Int(stream.pointee.avail_in)
            stream.pointee.next_in = nil
            stream.pointee.avail_in = 0
        }
        return (status, consumed)
    }
}
