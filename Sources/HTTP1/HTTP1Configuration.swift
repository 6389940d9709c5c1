/// Limits and timeouts of the HTTP/1.1 server, with defaults near nginx's.
///
/// Every size is checked before the bytes it bounds are buffered, so a peer
/// can never make a connection hold more than these amounts of request data.
public struct HTTP1Configuration: Equatable, Sendable {
    /// Longest request line in bytes, CRLF excluded; beyond it: 414.
    /// Default 8 KiB (nginx's `large_client_header_buffers` buffer size).
    public var maxRequestLineLength: Int = 8 * 1024
    /// Largest header section (request line + all field lines + CRLFs); beyond it: 431.
    /// Default 16 KiB. Chunked trailers get the same budget again.
    public var maxHeaderBytes: Int = 16 * 1024
    /// Most field lines in one request; beyond it: 431. Default 100.
    public var maxHeaderCount: Int = 100
    /// Largest request body in bytes (after de-chunking); beyond it: 413. Default 256 KiB.
    public var maxBodyBytes: Int = 256 * 1024
    /// Time from a connection's accept (or a request's first byte) until its header
    /// section is complete; then 408 and close. Default 10 s.
    public var headerReadTimeout: Duration = .seconds(10)
    /// Longest gap between two reads of a request body; then 408 and close. Default 60 s
    /// (nginx's `client_body_timeout`).
    public var bodyReadTimeout: Duration = .seconds(60)
    /// Longest time from the end of a request's header section to the end of its
    /// body, however steadily the bytes trickle in (one byte per second never
    /// trips ``bodyReadTimeout``); then 408 and close. Default 120 s: enough for
    /// ``maxBodyBytes`` at about 2 KB/s.
    public var bodyTotalTimeout: Duration = .seconds(120)
    /// Longest time a connection may sit idle between requests. Default 15 s.
    public var idleTimeout: Duration = .seconds(15)
    /// Longest time without write progress while responses are pending; then close.
    /// Default 60 s (nginx's `send_timeout`).
    public var writeTimeout: Duration = .seconds(60)
    /// How long a closing connection keeps draining input after its last response,
    /// so the kernel does not reset the connection before the client reads it. Default 2 s.
    public var lingerTimeout: Duration = .seconds(2)
    /// Most open client connections; further ones are accepted and closed at once. Default 10 000.
    public var maxConnections: Int = 10_000
    /// Most requests of one connection handed to the handler and not yet answered;
    /// the connection stops parsing (and reading) beyond it. Default 32.
    public var maxPipelinedRequests: Int = 32
    /// Unwritten response bytes above which a connection stops reading. Default 256 KiB.
    public var outboundHighWatermark: Int = 256 * 1024
    /// Whether the server emits one access-log line per request. Default `true`.
    public var accessLog: Bool = true

    /// Creates a configuration with the documented defaults.
    public init() {}

    /// A setting outside the range the server can work with.
    public struct InvalidSetting: Error, Equatable, CustomStringConvertible {
        /// The property name, e.g. `maxHeaderBytes`.
        public let name: String
        /// What is required of it.
        public let requirement: String
        /// `maxHeaderBytes must be at least 64`.
        public var description: String { "\(name) \(requirement)" }
    }

    /// Checks that every limit is usable (for example a header budget that can
    /// hold a request line); ``HTTPServer/start()`` calls it.
    /// - Throws: ``InvalidSetting`` naming the first offending property.
    public func validate() throws {
        func atLeast(_ value: Int, _ minimum: Int, _ name: String) throws {
            if value < minimum { throw InvalidSetting(name: name, requirement: "must be at least \(minimum) (got \(value))") }
        }
        try atLeast(maxRequestLineLength, 16, "maxRequestLineLength")
        try atLeast(maxHeaderBytes, 64, "maxHeaderBytes")
        try atLeast(maxHeaderCount, 1, "maxHeaderCount")
        try atLeast(maxBodyBytes, 0, "maxBodyBytes")
        try atLeast(maxConnections, 1, "maxConnections")
        try atLeast(maxPipelinedRequests, 1, "maxPipelinedRequests")
        try atLeast(outboundHighWatermark, 1, "outboundHighWatermark")
        let timeouts: [(Duration, String)] = [(headerReadTimeout, "headerReadTimeout"), (bodyReadTimeout, "bodyReadTimeout"),
                                              (bodyTotalTimeout, "bodyTotalTimeout"),
                                              (idleTimeout, "idleTimeout"), (writeTimeout, "writeTimeout"),
                                              (lingerTimeout, "lingerTimeout")]
        for (timeout, name) in timeouts where timeout <= .zero {
            throw InvalidSetting(name: name, requirement: "must be a positive duration")
        }
    }
}
