#if canImport(Glibc)
import Glibc
#endif
import CEpoll

/// The outcome of a non-blocking read or write.
public enum IOResult: Equatable, Sendable {
    /// This many bytes moved; a read of `0` bytes means end of file.
    case processed(Int)
    /// The descriptor is not ready (`EAGAIN`); wait for readiness.
    case wouldBlock
}

/// A typed wrapper over a raw file descriptor. It does not own the
/// descriptor: whoever opened it calls ``close()`` exactly once.
public struct FileDescriptor: Hashable, Sendable {
    /// The kernel's descriptor number.
    public let rawValue: Int32

    /// Wraps an existing descriptor.
    public init(rawValue: Int32) { self.rawValue = rawValue }

    /// Reads up to `buffer.count` bytes.
    public func read(into buffer: UnsafeMutableRawBufferPointer) throws -> IOResult {
        do {
            let n = try retryingEINTR("read") { Glibc.read(rawValue, buffer.baseAddress, buffer.count) }
            return .processed(n)
        } catch let error as SystemError where error.isWouldBlock {
            return .wouldBlock
        }
    }

    /// Writes up to `buffer.count` bytes; may write fewer (a partial write).
    ///
    /// Uses `send` with `MSG_NOSIGNAL` on sockets so a vanished peer is an
    /// `EPIPE` error rather than a process-killing `SIGPIPE`; falls back to
    /// `write` for pipes and other non-sockets.
    public func write(_ buffer: UnsafeRawBufferPointer) throws -> IOResult {
        if buffer.count == 0 { return .processed(0) }
        do {
            let n = try retryingEINTR("write") { () -> Int in
                let sent = send(rawValue, buffer.baseAddress, buffer.count, Int32(MSG_NOSIGNAL))
                if sent < 0 && cepoll_errno() == ENOTSOCK {
                    return Glibc.write(rawValue, buffer.baseAddress, buffer.count)
                }
                return sent
            }
            return .processed(n)
        } catch let error as SystemError where error.isWouldBlock {
            return .wouldBlock
        }
    }

    /// Writes all of `bytes`, for blocking descriptors (tests, the CLI's client).
    public func writeAll(_ bytes: [UInt8]) throws {
        var offset = 0
        while offset < bytes.count {
            let result = try bytes.withUnsafeBytes { raw in
                try write(UnsafeRawBufferPointer(rebasing: raw[offset...]))
            }
            switch result {
            case .processed(let n): offset += n
            case .wouldBlock: throw SystemError(call: "write", errno: EAGAIN)
            }
        }
    }

    /// Sets or clears `O_NONBLOCK`.
    public func setNonBlocking(_ on: Bool = true) throws {
        let flags = try retryingEINTR("fcntl(F_GETFL)") { fcntl(rawValue, F_GETFL) }
        let wanted = on ? flags | O_NONBLOCK : flags & ~O_NONBLOCK
        try retryingEINTR("fcntl(F_SETFL)") { fcntl(rawValue, F_SETFL, wanted) }
    }

    /// Closes the descriptor. `EINTR` is not retried: on Linux the descriptor
    /// is already gone by then, and retrying could close a reused number.
    public func close() throws {
        if Glibc.close(rawValue) < 0 {
            let code = cepoll_errno()
            if code != EINTR { throw SystemError(call: "close", errno: code) }
        }
    }

    /// A connected pair of non-blocking, close-on-exec Unix stream sockets (for tests and wakeups).
    public static func socketPair() throws -> (FileDescriptor, FileDescriptor) {
        var fds: [Int32] = [-1, -1]
        let type = Int32(SOCK_STREAM.rawValue) | Int32(SOCK_NONBLOCK.rawValue) | Int32(SOCK_CLOEXEC.rawValue)
        try retryingEINTR("socketpair") { socketpair(AF_UNIX, type, 0, &fds) }
        return (FileDescriptor(rawValue: fds[0]), FileDescriptor(rawValue: fds[1]))
    }

    /// A non-blocking, close-on-exec pipe: (read end, write end).
    public static func pipe() throws -> (read: FileDescriptor, write: FileDescriptor) {
        var fds: [Int32] = [-1, -1]
        try retryingEINTR("pipe2") { cepoll_pipe2(&fds, O_NONBLOCK | O_CLOEXEC) }
        return (FileDescriptor(rawValue: fds[0]), FileDescriptor(rawValue: fds[1]))
    }
}
