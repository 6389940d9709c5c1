import CZlib

/// gzip (RFC 1952) compression of whole response bodies over the system zlib.
public enum Gzip {
    /// A zlib call that failed: the function's name, zlib's return code and its message.
    public struct Failure: Error, Equatable, CustomStringConvertible {
        /// The zlib function, e.g. `"deflate"`.
        public let call: String
        /// zlib's return code (`Z_DATA_ERROR`, ...).
        public let code: Int32
        /// zlib's message, or a description of the limit that was hit.
        public let message: String

        /// `"inflate failed (-3): incorrect header check"`.
        public var description: String { "\(call) failed (\(code)): \(message)" }
    }

    /// windowBits 15 (32 KiB window) + 16 selects gzip framing instead of raw zlib.
    private static let gzipWindowBits: Int32 = 15 + 16

    /// Compresses `input` into one gzip member.
    ///
    /// The result's capacity is its size: it is usually cached or queued for a
    /// slow client, and must not keep the (input-sized) scratch buffer alive.
    /// - Parameter level: 1 (fastest) ... 9 (smallest); 6 is zlib's default trade-off.
    /// - Throws: ``Failure`` if zlib cannot be initialised (out of memory).
    public static func compress(_ input: [UInt8], level: Int32 = 6) throws -> [UInt8] {
        var stream = z_stream()
        let initStatus = deflateInit2_(&stream, level, Z_DEFLATED, gzipWindowBits, 8, Z_DEFAULT_STRATEGY,
                                       ZLIB_VERSION, Int32(MemoryLayout<z_stream>.size))
        guard initStatus == Z_OK else { throw failure("deflateInit2", initStatus, &stream) }
        defer { deflateEnd(&stream) }

        // deflateBound is an upper bound for a single Z_FINISH call, so one pass suffices.
        let capacity = Int(deflateBound(&stream, uLong(input.count)))
        let scratch = UnsafeMutableBufferPointer<UInt8>.allocate(capacity: max(1, capacity))
        defer { scratch.deallocate() }
        let status = input.withUnsafeBufferPointer { inBuffer -> Int32 in
            // zlib never writes through next_in; the pointer is mutable only in its C signature.
            stream.next_in = UnsafeMutablePointer(mutating: inBuffer.baseAddress)
            stream.avail_in = uInt(inBuffer.count)
            stream.next_out = scratch.baseAddress
            stream.avail_out = uInt(scratch.count)
            return deflate(&stream, Z_FINISH)
        }
        guard status == Z_STREAM_END else { throw failure("deflate", status, &stream) }
        let produced = scratch.count - Int(stream.avail_out)
        return [UInt8](UnsafeBufferPointer(rebasing: scratch[0..<produced]))
    }

    /// Decompresses gzip data (one or more members), refusing to produce more than `maxOutputBytes`.
    /// - Throws: ``Failure`` for corrupt or truncated input, or output over the limit.
    public static func decompress(_ input: [UInt8], maxOutputBytes: Int = 64 * 1024 * 1024) throws -> [UInt8] {
        var stream = z_stream()
        let initStatus = inflateInit2_(&stream, gzipWindowBits, ZLIB_VERSION, Int32(MemoryLayout<z_stream>.size))
        guard initStatus == Z_OK else { throw failure("inflateInit2", initStatus, &stream) }
        defer { inflateEnd(&stream) }

        var output: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 64 * 1024)
        var input = input
        return try input.withUnsafeMutableBufferPointer { inBuffer -> [UInt8] in
            stream.next_in = inBuffer.baseAddress
            stream.avail_in = uInt(inBuffer.count)
            while true {
                let (status, produced) = chunk.withUnsafeMutableBufferPointer { outBuffer in
                    stream.next_out = outBuffer.baseAddress
                    stream.avail_out = uInt(outBuffer.count)
                    let status = inflate(&stream, Z_NO_FLUSH)
                    return (status, outBuffer.count - Int(stream.avail_out))
                }
                guard output.count + produced <= maxOutputBytes else {
                    throw Failure(call: "inflate", code: Z_BUF_ERROR, message: "output exceeds \(maxOutputBytes) bytes")
                }
                output.append(contentsOf: chunk[0..<produced])
                switch status {
                case Z_STREAM_END:
                    // Concatenated members are valid gzip: continue with the next one.
                    if stream.avail_in == 0 { return output }
                    let resetStatus = inflateReset(&stream)
                    guard resetStatus == Z_OK else { throw failure("inflateReset", resetStatus, &stream) }
                case Z_OK:
                    continue
                case Z_BUF_ERROR where stream.avail_in == 0:
                    throw Failure(call: "inflate", code: status, message: "truncated gzip data")
                default:
                    throw failure("inflate", status, &stream)
                }
            }
        }
    }

    private static func failure(_ call: String, _ code: Int32, _ stream: inout z_stream) -> Failure {
        let message = stream.msg.map { String(cString: $0) } ?? "zlib error"
        return Failure(call: call, code: code, message: message)
    }
}
