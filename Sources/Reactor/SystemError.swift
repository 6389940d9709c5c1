#if canImport(Glibc)
import Glibc
#endif
import CEpoll

/// A failed system call: the call's name and the `errno` it left behind.
///
/// Every syscall in this module goes through ``retryingEINTR(_:_:)``, so a
/// caller sees either a result or one of these, never a raw `-1`.
public struct SystemError: Error, Equatable, CustomStringConvertible {
    /// The name of the failed call, e.g. `"epoll_ctl"`.
    public let call: String
    /// The `errno` value the call reported.
    public let errno: Int32

    /// Creates an error for `call` failing with `errno`.
    public init(call: String, errno: Int32) {
        self.call = call
        self.errno = errno
    }

    /// `true` for `EAGAIN`/`EWOULDBLOCK`: a non-blocking call that has nothing to do yet.
    public var isWouldBlock: Bool { errno == EAGAIN || errno == EWOULDBLOCK }

    /// A message naming the call and the error, e.g. `bind: Address already in use (errno 98)`.
    public var description: String {
        let text = strerror(errno).map { String(cString: $0) } ?? "unknown error"
        return "\(call): \(text) (errno \(errno))"
    }
}

/// Runs `body` until it does not fail with `EINTR`; a `-1` result becomes a ``SystemError``.
///
/// - Parameters:
///   - call: the name reported in the error.
///   - body: the raw system call; returns `-1` and sets `errno` on failure.
/// - Returns: the call's non-negative result.
@discardableResult
public func retryingEINTR<T: FixedWidthInteger & SignedInteger>(_ call: String, _ body: () -> T) throws -> T {
    while true {
        let result = body()
        if result >= 0 { return result }
        let code = cepoll_errno()
        if code == EINTR { continue }
        throw SystemError(call: call, errno: code)
    }
}
