/// The stateless pieces of request parsing: one line or one header section at a time.
extension RequestParser {
    /// One line of the request, without its CRLF: a zero-based view into the
    /// parser's buffer, valid only while the parser is not mutated.
    typealias Line = UnsafeBufferPointer<UInt8>

    /// Parses `method SP request-target SP HTTP-version` (RFC 9112 §3).
    static func parseRequestLine(_ line: Line) throws(HTTPParseError) -> HTTPRequestHead {
        // Exactly two single spaces: METHOD SP TARGET SP VERSION.
        guard let firstSpace = line.firstIndex(of: HTTPSyntax.space),
              let secondSpace = line[(firstSpace + 1)...].firstIndex(of: HTTPSyntax.space),
              !line[(secondSpace + 1)...].contains(HTTPSyntax.space) else {
            throw HTTPParseError(.badRequestLine, "request line must be 'METHOD TARGET HTTP/1.1' separated by single spaces")
        }
        let method = line[..<firstSpace], target = line[(firstSpace + 1)..<secondSpace], version = line[(secondSpace + 1)...]
        guard !method.isEmpty, method.allSatisfy(HTTPSyntax.isTokenChar) else {
            throw HTTPParseError(.badRequestLine, "method is not a token")
        }
        guard !target.isEmpty, target.allSatisfy(HTTPSyntax.isTargetChar) else {
            throw HTTPParseError(.badRequestLine, "request target is empty or contains whitespace or control characters")
        }
        let parsedVersion = try parseVersion(version)
        // Short strings (up to 15 bytes: GET, POST, /healthz, ...) are stored inline, without allocating.
        let methodText = InternedStrings.methods.string(UnsafeBufferPointer(rebasing: method))
        let targetText = String(decoding: target, as: UTF8.self)
        guard isAcceptableTarget(target, method: methodText) else {
            throw HTTPParseError(.badRequestLine, "request target must start with '/' (or be absolute-form, or '*' for OPTIONS)")
        }
        if target.first == UInt8(ascii: "/") && !target.contains(UInt8(ascii: "?")) {
            return HTTPRequestHead(method: methodText, originTargetWithoutQuery: targetText, version: parsedVersion)
        }
        return HTTPRequestHead(method: methodText, target: targetText, version: parsedVersion)
    }

    /// Parses `HTTP/1.1` or `HTTP/1.0`; other well-formed versions are 505.
    static func parseVersion(_ bytes: Slice<Line>) throws(HTTPParseError) -> HTTPVersion {
        let b = bytes.startIndex
        guard bytes.count == 8, bytes[b] == UInt8(ascii: "H"), bytes[b + 1] == UInt8(ascii: "T"),
              bytes[b + 2] == UInt8(ascii: "T"), bytes[b + 3] == UInt8(ascii: "P"), bytes[b + 4] == UInt8(ascii: "/"),
              bytes[b + 6] == UInt8(ascii: "."),
              let major = decimalDigit(bytes[b + 5]), let minor = decimalDigit(bytes[b + 7]) else {
            throw HTTPParseError(.badRequestLine, "HTTP version must look like HTTP/1.1")
        }
        guard major == 1, minor <= 1 else {
            throw HTTPParseError(.unsupportedVersion, "HTTP/\(major).\(minor) is not supported; use HTTP/1.1 or HTTP/1.0")
        }
        return HTTPVersion(major: major, minor: minor)
    }

    private static func decimalDigit(_ byte: UInt8) -> Int? {
        (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) ? Int(byte - UInt8(ascii: "0")) : nil
    }

    /// origin-form (`/path`), absolute-form (`http://host/path`), authority-form
    /// for CONNECT, asterisk-form (`*`) for OPTIONS (RFC 9112 §3.2).
    private static func isAcceptableTarget(_ target: Slice<Line>, method: String) -> Bool {
        if target.first == UInt8(ascii: "/") { return true }
        if target.count == 1 && target.first == UInt8(ascii: "*") { return method == "OPTIONS" }
        if method == "CONNECT" { return true }
        let lowered = target.prefix(8).map(HTTPSyntax.asciiLower)
        return lowered.starts(with: Array("http://".utf8)) || lowered.starts(with: Array("https://".utf8))
    }

    /// Parses `field-name ":" OWS field-value OWS` (RFC 9112 §5), rejecting obs-fold.
    static func parseFieldLine(_ line: Line) throws(HTTPParseError) -> HTTPHeaders.Field {
        guard let first = line.first else { throw HTTPParseError(.invalidHeader, "empty header line") }
        if HTTPSyntax.isWhitespace(first) {
            throw HTTPParseError(.obsFold, "header line starts with whitespace (obs-fold line folding is not allowed)")
        }
        guard let colon = line.firstIndex(of: HTTPSyntax.colon) else {
            throw HTTPParseError(.invalidHeader, "header line has no ':'")
        }
        let name = line[..<colon]
        guard let last = name.last else { throw HTTPParseError(.invalidHeader, "header line has an empty field name") }
        if HTTPSyntax.isWhitespace(last) {
            throw HTTPParseError(.spaceBeforeColon, "whitespace between a header name and its ':' is not allowed")
        }
        guard name.allSatisfy(HTTPSyntax.isTokenChar) else {
            throw HTTPParseError(.invalidHeader, "header name contains a character that is not allowed in a token")
        }
        var valueStart = colon + 1, valueEnd = line.count
        while valueStart < valueEnd, HTTPSyntax.isWhitespace(line[valueStart]) { valueStart += 1 }
        while valueEnd > valueStart, HTTPSyntax.isWhitespace(line[valueEnd - 1]) { valueEnd -= 1 }
        let value = line[valueStart..<valueEnd]
        guard value.allSatisfy(HTTPSyntax.isFieldValueChar) else {
            throw HTTPParseError(.invalidHeader, "header value contains a control character")
        }
        return HTTPHeaders.Field(name: InternedStrings.fieldNames.string(UnsafeBufferPointer(rebasing: name)),
                                 value: String(decoding: value, as: UTF8.self))
    }

    /// Decides the body framing of a complete head (RFC 9112 §6.3) and checks
    /// `Host` and `Expect`, rejecting ambiguous or unsupported framing.
    static func bodyLength(of head: HTTPRequestHead, configuration: HTTP1Configuration) throws(HTTPParseError) -> BodyLength {
        let headers = head.headers
        if head.version == .http1_1 {
            let hosts = headers.count(of: "Host")
            guard hosts == 1 else {
                throw HTTPParseError(.badHost, hosts == 0 ? "HTTP/1.1 request without a Host header" : "more than one Host header")
            }
        }
        if head.version != .http1_0 {
            let expectations = headers.tokenCount(in: "Expect")
            if expectations > 0 && !(expectations == 1 && headers.containsToken("100-continue", in: "Expect")) {
                throw HTTPParseError(.unsupportedExpectation, "only 'Expect: 100-continue' is supported")
            }
        }
        let contentLengths = headers.count(of: "Content-Length")
        if headers.contains("Transfer-Encoding") {
            guard contentLengths == 0 else {
                throw HTTPParseError(.contentLengthWithTransferEncoding, "Content-Length and Transfer-Encoding must not both be sent")
            }
            guard head.version != .http1_0 else {
                throw HTTPParseError(.badTransferEncoding, "Transfer-Encoding is not allowed in an HTTP/1.0 request")
            }
            return try transferCoding(headers)
        }
        if contentLengths > 1 {
            throw HTTPParseError(.invalidContentLength, "Content-Length sent more than once")
        }
        if let text = headers["Content-Length"] {
            let length = try parseContentLength(text)
            if length > configuration.maxBodyBytes {
                throw HTTPParseError(.bodyTooLarge, "Content-Length \(length) exceeds the limit of \(configuration.maxBodyBytes) bytes")
            }
            return .fixed(length)
        }
        // (Lengths first: `==` between unequal strings is the slow comparison.)
        let method = head.method
        if (method.utf8.count == 4 && method == "POST") || (method.utf8.count == 3 && method != "GET" && method == "PUT") {
            throw HTTPParseError(.lengthRequired, "\(head.method) needs a Content-Length or Transfer-Encoding: chunked")
        }
        return .fixed(0)
    }

    /// `chunked` as the only and last coding; others are 501, misplaced `chunked` 400.
    private static func transferCoding(_ headers: HTTPHeaders) throws(HTTPParseError) -> BodyLength {
        let codings = headers.tokens(for: "Transfer-Encoding").map { coding in
            HTTPSyntax.trimmed(coding.split(separator: ";", maxSplits: 1, omittingEmptySubsequences: false).first ?? "")
        }
        guard !codings.isEmpty else { throw HTTPParseError(.badTransferEncoding, "empty Transfer-Encoding") }
        if let unknown = codings.first(where: { $0 != "chunked" }) {
            throw HTTPParseError(.unsupportedTransferEncoding, "transfer coding '\(unknown)' is not implemented; only chunked is")
        }
        guard codings.count == 1 else {
            throw HTTPParseError(.badTransferEncoding, "chunked applied more than once")
        }
        return .chunked
    }

    /// `1*DIGIT`, at most 18 digits so it cannot overflow.
    static func parseContentLength(_ text: String) throws(HTTPParseError) -> Int {
        let bytes = text.utf8
        guard !bytes.isEmpty, bytes.count <= 18, let value = Int(text), value >= 0,
              bytes.allSatisfy({ (UInt8(ascii: "0")...UInt8(ascii: "9")).contains($0) }) else {
            throw HTTPParseError(.invalidContentLength, "Content-Length must be a decimal number of at most 18 digits")
        }
        return value
    }

    /// `1*HEXDIG [ BWS ";" chunk-ext ]`, at most 15 significant hex digits so it cannot overflow.
    static func parseChunkSize(_ line: Line) throws(HTTPParseError) -> Int {
        var index = 0, size = 0, digits = 0
        while index < line.count, let digit = HTTPSyntax.hexValue(line[index]) {
            if size > 0 || digit > 0 { digits += 1 }
            guard digits <= 15 else { throw HTTPParseError(.badChunk, "chunk size too large") }
            size = size << 4 | Int(digit)
            index += 1
        }
        guard index > 0 else { throw HTTPParseError(.badChunk, "chunk-size line does not start with a hexadecimal size") }
        while index < line.count, HTTPSyntax.isWhitespace(line[index]) { index += 1 }
        guard index == line.count || line[index] == UInt8(ascii: ";") else {
            throw HTTPParseError(.badChunk, "unexpected character after the chunk size")
        }
        guard line[index...].allSatisfy(HTTPSyntax.isFieldValueChar) else {
            throw HTTPParseError(.badChunk, "control character in a chunk extension")
        }
        return size
    }
}
