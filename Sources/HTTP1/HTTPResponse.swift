/// An HTTP response built by a handler: status, headers and the whole body.
///
/// The connection adds `Date`, `Server`, `Content-Length` and, when it will
/// close, `Connection: close` while serialising; a handler does not set them.
/// For a `HEAD` request the handler builds the same response as for `GET`: the
/// body is dropped on the wire but its length is announced.
///
/// The parts live in one copy-on-write box: a response is handed from the
/// handler through the responder and the connection to the serializer, and
/// each hand-off then costs one reference count, not one per part.
public struct HTTPResponse: Equatable, Sendable {
    private final class Storage: @unchecked Sendable {
        // Mutated only through a uniquely referenced box (see `mutableStorage`).
        var status: HTTPStatus
        var headers: HTTPHeaders
        var body: [UInt8]

        init(status: HTTPStatus, headers: HTTPHeaders, body: [UInt8]) {
            self.status = status
            self.headers = headers
            self.body = body
        }
    }

    private var storage: Storage

    /// The box, copied first if another response shares it.
    private var mutableStorage: Storage {
        mutating get {
            if !isKnownUniquelyReferenced(&storage) {
                storage = Storage(status: storage.status, headers: storage.headers, body: storage.body)
            }
            return storage
        }
    }

    /// The status code and reason phrase.
    public var status: HTTPStatus {
        get { storage.status }
        set { mutableStorage.status = newValue }
    }
    /// Header fields to send, in order.
    public var headers: HTTPHeaders {
        get { storage.headers }
        _modify { yield &mutableStorage.headers }
        set { mutableStorage.headers = newValue }
    }
    /// The body bytes.
    public var body: [UInt8] {
        get { storage.body }
        _modify { yield &mutableStorage.body }
        set { mutableStorage.body = newValue }
    }

    /// Creates a response.
    public init(status: HTTPStatus = .ok, headers: HTTPHeaders = HTTPHeaders(), body: [UInt8] = []) {
        storage = Storage(status: status, headers: headers, body: body)
    }

    /// Equal when status, headers and body are.
    public static func == (lhs: HTTPResponse, rhs: HTTPResponse) -> Bool {
        lhs.storage === rhs.storage
            || (lhs.status == rhs.status && lhs.headers == rhs.headers && lhs.body == rhs.body)
    }

    /// A `text/plain; charset=utf-8` response with `text` as body.
    public static func text(_ text: String, status: HTTPStatus = .ok) -> HTTPResponse {
        HTTPResponse(status: status, headers: ["Content-Type": "text/plain; charset=utf-8"], body: Array(text.utf8))
    }

    /// An `application/json` response whose body is `json` (already encoded; UTF-8 text).
    public static func json(_ json: String, status: HTTPStatus = .ok) -> HTTPResponse {
        HTTPResponse(status: status, headers: ["Content-Type": "application/json"], body: Array(json.utf8))
    }

    /// An `application/json` response whose body is the encoded bytes `json`.
    public static func json(bytes json: [UInt8], status: HTTPStatus = .ok) -> HTTPResponse {
        HTTPResponse(status: status, headers: ["Content-Type": "application/json"], body: json)
    }

    /// The plain-text response the server sends for a rejected request:
    /// the status line's phrase and the reason, e.g. `400 Bad Request: obs-fold ...`.
    public static func error(_ status: HTTPStatus, message: String) -> HTTPResponse {
        .text("\(status.code) \(status.reasonPhrase): \(message)\n", status: status)
    }

    /// This response gzip-compressed when `request` accepts gzip (see ``AcceptEncoding``),
    /// the body has at least `minimumSize` bytes, no `Content-Encoding` is set yet and
    /// compressing actually shrinks it. Adds `Vary: Accept-Encoding` whenever the
    /// choice depended on the request header, so caches keep the variants apart.
    public func gzipped(for request: HTTPRequest, minimumSize: Int = 1024) -> HTTPResponse {
        guard !status.forbidsBody, body.count >= minimumSize, !headers.contains("Content-Encoding") else { return self }
        var result = self
        if !headers.tokens(for: "Vary").contains("accept-encoding") {
            result.headers.add(name: "Vary", value: "Accept-Encoding")
        }
        guard AcceptEncoding.allowsGzip(request.headers.values(for: "Accept-Encoding")),
              let compressed = try? Gzip.compress(body), compressed.count < body.count else { return result }
        result.body = compressed
        result.headers.add(name: "Content-Encoding", value: "gzip")
        return result
    }
}
