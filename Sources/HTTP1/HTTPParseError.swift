/// Why a request was rejected; each case maps to the status the server answers with.
///
/// After any of these the connection answers once, with `Connection: close`,
/// and reads nothing more: the framing of what follows cannot be trusted.
public struct HTTPParseError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The category of rejection; decides the status.
    public enum Kind: String, Equatable, Sendable {
        /// 400: malformed request line (method, target or version syntax).
        case badRequestLine
        /// 400: a CR not followed by LF, or a line ending in a bare LF.
        case bareCR
        /// 400: a field line starting with whitespace (obs-fold, RFC 9112 §5.2).
        case obsFold
        /// 400: whitespace between a field name and its colon (RFC 9112 §5.1).
        case spaceBeforeColon
        /// 400: a field name that is not a token, or a control character in a value.
        case invalidHeader
        /// 400: `Content-Length` not a decimal number, or sent more than once.
        case invalidContentLength
        /// 400: both `Content-Length` and `Transfer-Encoding` (request smuggling vector).
        case contentLengthWithTransferEncoding
        /// 400: `Transfer-Encoding` whose last coding is not `chunked`, or on HTTP/1.0.
        case badTransferEncoding
        /// 400: a chunk-size line that is not hexadecimal, or chunk data without its CRLF.
        case badChunk
        /// 400: missing or repeated `Host` on HTTP/1.1 (RFC 9112 §3.2).
        case badHost
        /// 408: the header section did not arrive within the header timeout.
        case headerTimeout
        /// 411: POST or PUT without `Content-Length` or `Transfer-Encoding`.
        case lengthRequired
        /// 413: the body exceeds the configured maximum.
        case bodyTooLarge
        /// 414: the request line exceeds the configured maximum.
        case requestLineTooLong
        /// 417: an `Expect` value other than `100-continue`.
        case unsupportedExpectation
        /// 431: the header section is too large or has too many fields.
        case headersTooLarge
        /// 501: a transfer coding other than `chunked`.
        case unsupportedTransferEncoding
        /// 505: a well-formed version other than HTTP/1.0 or HTTP/1.1.
        case unsupportedVersion
    }

    /// The category of rejection.
    public let kind: Kind
    /// What exactly was wrong, for the response body and logs.
    public let message: String

    /// Creates an error of `kind` explaining `message`.
    public init(_ kind: Kind, _ message: String) {
        self.kind = kind
        self.message = message
    }

    /// The status the server answers with.
    public var status: HTTPStatus {
        switch kind {
        case .badRequestLine, .bareCR, .obsFold, .spaceBeforeColon, .invalidHeader, .invalidContentLength,
             .contentLengthWithTransferEncoding, .badTransferEncoding, .badChunk, .badHost:
            return .badRequest
        case .headerTimeout: return .requestTimeout
        case .lengthRequired: return .lengthRequired
        case .bodyTooLarge: return .contentTooLarge
        case .requestLineTooLong: return .uriTooLong
        case .unsupportedExpectation: return .expectationFailed
        case .headersTooLarge: return .requestHeaderFieldsTooLarge
        case .unsupportedTransferEncoding: return .notImplemented
        case .unsupportedVersion: return .httpVersionNotSupported
        }
    }

    /// `"<status>: <message>"`.
    public var description: String { "\(status): \(message)" }
}
