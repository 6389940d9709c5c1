#if canImport(Glibc)
import Glibc
#endif
import CEpoll

/// A TCP socket: a ``FileDescriptor`` plus the socket-only operations.
/// Like ``FileDescriptor`` it does not close itself; call ``close()`` once.
public struct Socket: Hashable, Sendable {
    /// The underlying descriptor (for ``EventLoop/register(fd:interest:handler:)``).
    public let descriptor: FileDescriptor

    /// Wraps an existing socket descriptor.
    public init(descriptor: FileDescriptor) { self.descriptor = descriptor }

    /// Which direction ``shutdown(_:)`` closes.
    public enum ShutdownDirection: Sendable {
        /// No more reads.
        case read
        /// No more writes (sends FIN).
        case write
        /// Both.
        case both
    }

    /// Opens a non-blocking listening socket on `host:port` with `SO_REUSEADDR`.
    ///
    /// - Parameters:
    ///   - host: a numeric IPv4/IPv6 address or a resolvable name (`0.0.0.0`, `::1`, `localhost`).
    ///   - port: the port; `0` asks the kernel for an ephemeral one.
    ///   - backlog: the kernel's accept queue length.
    /// - Returns: the socket and the port it is actually bound to.
    public static func listen(host: String, port: Int, backlog: Int32 = 1024) throws -> (socket: Socket, port: Int) {
        guard (0...65535).contains(port) else { throw SystemError(call: "listen(port \(port))", errno: EINVAL) }
        return try withAddress(host: host, port: port, passive: true) { family, address, length in
            let fd = try retryingEINTR("socket") {
                socket(family, Int32(SOCK_STREAM.rawValue) | Int32(SOCK_NONBLOCK.rawValue) | Int32(SOCK_CLOEXEC.rawValue), 0)
            }
            let sock = Socket(descriptor: FileDescriptor(rawValue: fd))
            do {
                try sock.setOption(SOL_SOCKET, SO_REUSEADDR, 1, name: "setsockopt(SO_REUSEADDR)")
                try retryingEINTR("bind \(host):\(port)") { bind(fd, address, length) }
                try retryingEINTR("listen") { Glibc.listen(fd, backlog) }
                return (sock, try sock.localPort())
            } catch {
                try? sock.close()
                throw error
            }
        }
    }

    /// Opens a blocking TCP connection to `host:port` (for the health check and tests).
    public static func connect(host: String, port: Int) throws -> Socket {
        guard (1...65535).contains(port) else { throw SystemError(call: "connect(port \(port))", errno: EINVAL) }
        return try withAddress(host: host, port: port, passive: false) { family, address, length in
            let fd = try retryingEINTR("socket") {
                socket(family, Int32(SOCK_STREAM.rawValue) | Int32(SOCK_CLOEXEC.rawValue), 0)
            }
            let sock = Socket(descriptor: FileDescriptor(rawValue: fd))
            do {
                try retryingEINTR("connect \(host):\(port)") { Glibc.connect(fd, address, length) }
                return sock
            } catch {
                try? sock.close()
                throw error
            }
        }
    }

    /// Accepts one pending connection as a non-blocking, close-on-exec socket;
    /// `nil` when none is pending (`EAGAIN`) or the peer gave up (`ECONNABORTED`).
    ///
    /// Other errors (notably `EMFILE`/`ENFILE`, out of descriptors) are thrown
    /// so the caller can back off instead of spinning.
    public func accept() throws -> Socket? {
        do {
            let fd = try retryingEINTR("accept4") {
                cepoll_accept4(descriptor.rawValue, nil, nil, Int32(SOCK_NONBLOCK.rawValue) | Int32(SOCK_CLOEXEC.rawValue))
            }
            return Socket(descriptor: FileDescriptor(rawValue: fd))
        } catch let error as SystemError where error.isWouldBlock || error.errno == ECONNABORTED {
            return nil
        }
    }

    /// Disables Nagle's algorithm so small responses leave immediately.
    public func setNoDelay() throws {
        try setOption(Int32(IPPROTO_TCP), TCP_NODELAY, 1, name: "setsockopt(TCP_NODELAY)")
    }

    /// Sets an integer socket option.
    public func setOption(_ level: Int32, _ option: Int32, _ value: Int32, name: String) throws {
        var v = value
        try retryingEINTR(name) {
            setsockopt(descriptor.rawValue, level, option, &v, socklen_t(MemoryLayout<Int32>.size))
        }
    }

    /// The local port the socket is bound to.
    public func localPort() throws -> Int {
        var storage = sockaddr_storage()
        var length = socklen_t(MemoryLayout<sockaddr_storage>.size)
        _ = try withUnsafeMutablePointer(to: &storage) { pointer in
            try pointer.withMemoryRebound(to: sockaddr.self, capacity: 1) { address in
                try retryingEINTR("getsockname") { getsockname(descriptor.rawValue, address, &length) }
            }
        }
        switch Int32(storage.ss_family) {
        case AF_INET:
            return withUnsafePointer(to: &storage) {
                $0.withMemoryRebound(to: sockaddr_in.self, capacity: 1) { Int(UInt16(bigEndian: $0.pointee.sin_port)) }
            }
        case AF_INET6:
            return withUnsafePointer(to: &storage) {
                $0.withMemoryRebound(to: sockaddr_in6.self, capacity: 1) { Int(UInt16(bigEndian: $0.pointee.sin6_port)) }
            }
        default:
            throw SystemError(call: "getsockname", errno: EAFNOSUPPORT)
        }
    }

    /// Reads up to `buffer.count` bytes; `.processed(0)` is end of stream.
    public func read(into buffer: UnsafeMutableRawBufferPointer) throws -> IOResult {
        try descriptor.read(into: buffer)
    }

    /// Writes up to `buffer.count` bytes without raising `SIGPIPE`.
    public func write(_ buffer: UnsafeRawBufferPointer) throws -> IOResult {
        try descriptor.write(buffer)
    }

    /// Writes the buffers of `vectors` in order with one `sendmsg` (gather
    /// write, like `writev`) without raising `SIGPIPE`; may write fewer bytes
    /// than they hold (a partial write).
    public func write(vectors: UnsafeMutableBufferPointer<iovec>) throws -> IOResult {
        guard !vectors.isEmpty else { return .processed(0) }
        var message = msghdr()
        message.msg_iov = vectors.baseAddress
        message.msg_iovlen = vectors.count
        do {
            let n = try retryingEINTR("sendmsg") { sendmsg(descriptor.rawValue, &message, Int32(MSG_NOSIGNAL)) }
            return .processed(n)
        } catch let error as SystemError where error.isWouldBlock {
            return .wouldBlock
        }
    }

    /// Shuts down one or both directions; `ENOTCONN` (peer already gone) is ignored.
    public func shutdown(_ direction: ShutdownDirection) throws {
        let how: Int32
        switch direction {
        case .read: how = Int32(SHUT_RD)
        case .write: how = Int32(SHUT_WR)
        case .both: how = Int32(SHUT_RDWR)
        }
        do {
            try retryingEINTR("shutdown") { Glibc.shutdown(descriptor.rawValue, how) }
        } catch let error as SystemError where error.errno == ENOTCONN {
            return
        }
    }

    /// Closes the socket.
    public func close() throws { try descriptor.close() }

    /// Resolves `host:port` with `getaddrinfo` and hands the first address to `body`.
    private static func withAddress<T>(
        host: String, port: Int, passive: Bool,
        _ body: (Int32, UnsafePointer<sockaddr>, socklen_t) throws -> T
    ) throws -> T {
        var hints = addrinfo()
        hints.ai_family = AF_UNSPEC
        hints.ai_socktype = Int32(SOCK_STREAM.rawValue)
        hints.ai_flags = AI_NUMERICSERV | (passive ? AI_PASSIVE : 0)
        var list: UnsafeMutablePointer<addrinfo>?
        let status = getaddrinfo(host, String(port), &hints, &list)
        guard status == 0, let first = list else {
            let message = status == 0 ? "no address" : String(cString: gai_strerror(status))
            throw AddressError(host: host, message: message)
        }
        defer { freeaddrinfo(list) }
        guard let address = first.pointee.ai_addr else { throw AddressError(host: host, message: "no address") }
        return try body(first.pointee.ai_family, address, first.pointee.ai_addrlen)
    }
}

/// A host name that could not be resolved to a socket address.
public struct AddressError: Error, CustomStringConvertible {
    /// The host as given.
    public let host: String
    /// The resolver's explanation.
    public let message: String
    /// `cannot resolve host "x": <reason>`.
    public var description: String { "cannot resolve host \"\(host)\": \(message)" }
}
