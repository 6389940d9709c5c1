#if canImport(Glibc)
import Glibc
#endif
import Reactor

/// The bytes a connection still has to send, as the buffers they came in:
/// response heads and the bodies the application built (on a worker), shared
/// rather than copied. The loop thread writes them with gather writes from an
/// offset into the first buffer, so sending a large body costs no copying and
/// no shifting of unsent bytes, only the system calls.
///
/// Small buffers are copied, as they are appended, into a buffer the queue owns
/// (a head with a small body, pipelined small responses), bounded by
/// ``coalesceLimit`` bytes, so the common keep-alive response is one contiguous
/// buffer and one `send`. That buffer is reused once sent, so the steady state
/// of a keep-alive connection allocates nothing here. Anything larger (a
/// static file of a few KiB) is not copied: the head and the body go out as
/// two vectors of one `sendmsg`, which costs the kernel the same copy.
struct OutboundQueue {
    /// Buffers of at most this many bytes are copied onto a small last buffer instead of queued.
    /// Small enough that the coalescing buffer never outgrows ``maxSpareCapacity``.
    static let coalesceLimit = 2048
    /// Largest coalescing buffer kept for reuse once sent.
    static let maxSpareCapacity = 4096
    /// Most buffers handed to one `sendmsg`.
    static let maxVectors = 8

    private var buffers: [[UInt8]] = []
    /// Index in `buffers` of the queue's own (coalescing) buffer, which nobody
    /// else references, so appending to it never copies it; `-1` for none.
    /// Once sent it becomes the spare, also when a large body followed it.
    private var ownedIndex = -1
    /// Whether the last buffer is the queue's own one (small appends go there).
    private var lastIsOwned: Bool { ownedIndex >= 0 && ownedIndex == buffers.count - 1 }
    /// A sent coalescing buffer kept for reuse (emptied, capacity kept).
    private var spare: [UInt8] = []
    /// Index of the first buffer not fully sent.
    private var first = 0
    /// Bytes of `buffers[first]` already sent.
    private var offset = 0
    /// Unsent bytes in total.
    private(set) var count = 0

    /// Nothing left to send.
    var isEmpty: Bool { count == 0 }

    /// Queues `bytes` after everything already queued.
    mutating func append(_ bytes: [UInt8]) {
        guard !bytes.isEmpty else { return }
        count += bytes.count
        guard bytes.count <= Self.coalesceLimit else {
            buffers.append(bytes)
            return
        }
        if lastIsOwned, first < buffers.count, buffers[buffers.count - 1].count + bytes.count <= Self.coalesceLimit {
            buffers[buffers.count - 1].append(contentsOf: bytes)
            return
        }
        var own = spare
        spare = []
        // Sized for what comes (a head and a small body), not for the limit:
        // thousands of idle keep-alive connections each keep their spare.
        own.reserveCapacity(max(2 * bytes.count, 1024))
        own.append(contentsOf: bytes)
        buffers.append(own)
        ownedIndex = buffers.count - 1
    }

    /// Drops everything queued (the connection is closing).
    mutating func removeAll() {
        buffers = []
        spare = []
        ownedIndex = -1
        first = 0
        offset = 0
        count = 0
    }

    /// Writes as much as the socket takes, in one gather write.
    /// - Returns: the bytes written (`0` when the socket would block or nothing is queued).
    /// - Throws: ``SystemError`` when the socket fails (the peer is gone).
    mutating func write(to socket: Socket) throws -> Int {
        guard count > 0 else { return 0 }
        let result = try withUnsafeTemporaryAllocation(of: iovec.self, capacity: Self.maxVectors) { vectors in
            try gather(from: first, filled: 0, into: vectors) { filled in
                try socket.write(vectors: UnsafeMutableBufferPointer(rebasing: vectors[0..<filled]))
            }
        }
        guard case .processed(let written) = result, written > 0 else { return 0 }
        consume(written)
        return written
    }

    /// Fills `vectors` with the unsent buffers from `index` on (nesting one
    /// `withUnsafeBytes` per buffer, so each pointer is valid during the call),
    /// then calls `body` with how many were filled.
    private func gather<R>(from index: Int, filled: Int, into vectors: UnsafeMutableBufferPointer<iovec>,
                           _ body: (Int) throws -> R) throws -> R {
        guard filled < vectors.count, index < buffers.count else { return try body(filled) }
        return try buffers[index].withUnsafeBytes { raw in
            let start = index == first ? offset : 0
            guard let base = raw.baseAddress, start < raw.count else {
                return try gather(from: index + 1, filled: filled, into: vectors, body)
            }
            vectors[filled] = iovec(iov_base: UnsafeMutableRawPointer(mutating: base + start), iov_len: raw.count - start)
            return try gather(from: index + 1, filled: filled + 1, into: vectors, body)
        }
    }

    /// Marks `written` bytes as sent, releasing buffers that are done.
    private mutating func consume(_ written: Int) {
        count -= written
        var left = written
        while left > 0, first < buffers.count {
            let remaining = buffers[first].count - offset
            if left < remaining {
                offset += left
                return
            }
            left -= remaining
            if first == ownedIndex {
                // The coalescing buffer is done: keep it for the next response,
                // unless it grew large (pipelined bursts), which idle connections should not hold.
                if buffers[first].capacity <= Self.maxSpareCapacity {
                    buffers[first].removeAll(keepingCapacity: true)
                    swap(&spare, &buffers[first])
                }
                ownedIndex = -1
            }
            buffers[first] = []
            first += 1
            offset = 0
        }
        if first == buffers.count {
            buffers.removeAll(keepingCapacity: buffers.count <= 64)
            first = 0
            ownedIndex = -1
        } else if first >= 32 && first * 2 >= buffers.count {
            // Moves buffer references only (16 bytes each), never their bytes.
            buffers.removeFirst(first)
            if ownedIndex >= 0 { ownedIndex -= first }
            first = 0
        }
    }
}
