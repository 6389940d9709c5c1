/// An HTTP protocol version as sent on a request line (`HTTP/1.0`, `HTTP/1.1`).
public struct HTTPVersion: Hashable, Sendable, CustomStringConvertible {
    /// The major version digit.
    public var major: Int
    /// The minor version digit.
    public var minor: Int

    /// Creates a version `major.minor`.
    public init(major: Int, minor: Int) {
        self.major = major
        self.minor = minor
    }

    /// HTTP/1.0: connections close after each response unless keep-alive is asked for.
    public static let http1_0 = HTTPVersion(major: 1, minor: 0)
    /// HTTP/1.1: connections persist unless `Connection: close` is sent.
    public static let http1_1 = HTTPVersion(major: 1, minor: 1)

    /// The wire form, e.g. `HTTP/1.1`.
    public var description: String { "HTTP/\(major).\(minor)" }
}

/// The parsed request line and header section of a request, before its body.
public struct HTTPRequestHead: Equatable, Sendable {
    /// The method token exactly as sent (methods are case-sensitive), e.g. `GET`.
    public var method: String
    /// The request-target exactly as sent, e.g. `/api/run?seed=1`.
    public var target: String {
        didSet { path = Self.path(of: target) }
    }
    /// The protocol version from the request line.
    public var version: HTTPVersion
    /// The header fields in order.
    public var headers: HTTPHeaders
    /// The path part of ``target`` (see ``HTTPRequest/path``), split once
    /// when the target is set: routing, metrics and file lookup all ask for it.
    public private(set) var path: String

    /// Creates a request head.
    public init(method: String, target: String, version: HTTPVersion = .http1_1, headers: HTTPHeaders = HTTPHeaders()) {
        self.method = method
        self.target = target
        self.version = version
        self.headers = headers
        self.path = Self.path(of: target)
    }

    /// Creates the head of a parsed request line whose origin-form target has
    /// no query: the path is the target, nothing to scan for.
    init(method: String, originTargetWithoutQuery target: String, version: HTTPVersion) {
        self.method = method
        self.target = target
        self.version = version
        self.headers = HTTPHeaders()
        self.path = target
    }

    /// The path part of `target`, still percent-encoded: for an origin-form
    /// target the part before `?`; for an absolute-form target (`http://host/p`)
    /// the path after the authority (`/` when empty); `*` for asterisk-form.
    static func path(of target: String) -> String {
        let utf8 = target.utf8
        // The common case, an origin-form target without a query, is the target itself.
        let question = utf8.withContiguousStorageIfAvailable { $0.firstIndex(of: UInt8(ascii: "?")) }
        let beforeQuery: String
        switch question {
        case .some(nil) where utf8.first == UInt8(ascii: "/"):
            return target
        case .some(nil):
            beforeQuery = target
        case .some(.some(let offset)):
            beforeQuery = String(decoding: Array(utf8.prefix(offset)), as: UTF8.self)
        case nil:
            beforeQuery = utf8.firstIndex(of: UInt8(ascii: "?")).map { String(target[..<$0]) } ?? target
        }
        if beforeQuery.hasPrefix("/") || beforeQuery == "*" { return beforeQuery }
        // absolute-form: scheme "://" authority path
        let bytes = Array(beforeQuery.utf8)
        guard let colon = bytes.firstIndex(of: HTTPSyntax.colon),
              bytes.count >= colon + 3, bytes[colon + 1] == UInt8(ascii: "/"), bytes[colon + 2] == UInt8(ascii: "/")
        else { return beforeQuery }
        let authorityStart = colon + 3
        guard let slash = bytes[authorityStart...].firstIndex(of: UInt8(ascii: "/")) else { return "/" }
        return String(decoding: bytes[slash...], as: UTF8.self)
    }

    /// Whether the connection may carry another request after this one:
    /// HTTP/1.1 unless `Connection: close`; HTTP/1.0 only with `Connection: keep-alive`.
    public var keepAlive: Bool {
        if headers.containsToken("close", in: "Connection") { return false }
        if version == .http1_0 { return headers.containsToken("keep-alive", in: "Connection") }
        return true
    }

    /// `true` when the client sent `Expect: 100-continue` and waits for an interim response.
    public var expectsContinue: Bool {
        version != .http1_0 && headers.containsToken("100-continue", in: "Expect")
    }
}

/// A complete HTTP request: head plus the whole (de-chunked) body.
///
/// `path` and `query` are split from `target` but not percent-decoded, so a
/// router decides how to treat `%2F` and `..`; ``HTTPRequest/decodedPath`` and
/// ``HTTPRequest/queryItems`` decode on request.
public struct HTTPRequest: Equatable, Sendable {
    /// The request line and headers.
    public var head: HTTPRequestHead
    /// The body bytes (empty when the request had none).
    public var body: [UInt8]

    /// Creates a request from a head and a body.
    public init(head: HTTPRequestHead, body: [UInt8] = []) {
        self.head = head
        self.body = body
    }

    /// Creates a request from its parts; convenient in tests and routers.
    public init(method: String, target: String, version: HTTPVersion = .http1_1,
                headers: HTTPHeaders = HTTPHeaders(), body: [UInt8] = []) {
        self.init(head: HTTPRequestHead(method: method, target: target, version: version, headers: headers), body: body)
    }

    /// The method token, e.g. `POST`.
    public var method: String { head.method }
    /// The request-target as sent.
    public var target: String { head.target }
    /// The protocol version.
    public var version: HTTPVersion { head.version }
    /// The header fields.
    public var headers: HTTPHeaders { head.headers }

    /// The path part of the target, still percent-encoded: for an origin-form
    /// target the part before `?`; for an absolute-form target (`http://host/p`)
    /// the path after the authority (`/` when empty); `*` for asterisk-form.
    public var path: String { head.path }

    /// The query part of the target (after the first `?`, without it), or `nil` if there is none.
    public var query: String? {
        guard let mark = target.firstIndex(of: "?") else { return nil }
        return String(target[target.index(after: mark)...])
    }

    /// The path with percent-escapes decoded, or `nil` if an escape is malformed or
    /// the result is not valid UTF-8. Decoding `%2F` yields `/`: check for `..` after decoding.
    public var decodedPath: String? { PercentDecoding.decode(path, plusAsSpace: false) }

    /// The `name=value` pairs of the query, decoded (`+` is a space); pairs that do not
    /// decode are skipped. Order is kept and names may repeat.
    public var queryItems: [(name: String, value: String)] {
        guard let query, !query.isEmpty else { return [] }
        return query.split(separator: "&").compactMap { pair in
            let parts = pair.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            guard let name = parts.first.flatMap({ PercentDecoding.decode(String($0), plusAsSpace: true) }) else { return nil }
            let rawValue = parts.count > 1 ? String(parts[1]) : ""
            guard let value = PercentDecoding.decode(rawValue, plusAsSpace: true) else { return nil }
            return (name, value)
        }
    }

    /// Whether the connection may carry another request after this one (see ``HTTPRequestHead/keepAlive``).
    public var keepAlive: Bool { head.keepAlive }
}

/// Percent-decoding of URL components (RFC 3986 §2.1).
public enum PercentDecoding {
    /// Decodes `%XX` escapes in `text` (and `+` as space when `plusAsSpace`);
    /// `nil` when an escape is truncated or not hexadecimal, or the bytes are not UTF-8.
    public static func decode(_ text: String, plusAsSpace: Bool) -> String? {
        var output: [UInt8] = []
        output.reserveCapacity(text.utf8.count)
        var iterator = text.utf8.makeIterator()
        while let byte = iterator.next() {
            if byte == UInt8(ascii: "%") {
                guard let high = iterator.next().flatMap(HTTPSyntax.hexValue),
                      let low = iterator.next().flatMap(HTTPSyntax.hexValue) else { return nil }
                output.append(high << 4 | low)
            } else if plusAsSpace && byte == UInt8(ascii: "+") {
                output.append(HTTPSyntax.space)
            } else {
                output.append(byte)
            }
        }
        return String(validating: output, as: UTF8.self)
    }
}
