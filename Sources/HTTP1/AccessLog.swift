#if canImport(Glibc)
import Glibc
#endif

/// One access-log record: what was asked, what was answered, how long it took.
public struct AccessLogEntry: Equatable, Sendable, CustomStringConvertible {
    /// The request method, or `-` for a request rejected before its method was known.
    public var method: String
    /// The request path (still percent-encoded), or `-`.
    public var path: String
    /// The response status code.
    public var status: Int
    /// Body bytes sent (0 for `HEAD`).
    public var bytes: Int
    /// Microseconds from the request being complete to its response being handed to the connection.
    public var microseconds: UInt64

    /// Creates an entry.
    public init(method: String, path: String, status: Int, bytes: Int, microseconds: UInt64) {
        self.method = method
        self.path = path
        self.status = status
        self.bytes = bytes
        self.microseconds = microseconds
    }

    /// The log line: `GET /healthz 200 2 41us`.
    public var description: String { "\(method) \(path) \(status) \(bytes) \(microseconds)us" }

    /// The default sink: the entry's line on standard error.
    public static func standardErrorSink(_ entry: AccessLogEntry) {
        fputs(entry.description + "\n", stderr)
    }
}
