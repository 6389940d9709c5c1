#if canImport(Glibc)
import Glibc
#endif

/// An incremental, strict HTTP/1.1 request parser (RFC 9112) that does no I/O.
///
/// Feed bytes with ``append(_:)`` in any split (byte by byte included) and
/// call ``next()`` until it returns `nil` (more bytes needed). For each request
/// it yields ``Event/head(_:)`` once the header section is complete — the
/// moment to decide on `100 Continue` — then ``Event/request(_:)`` once the body
/// is complete. Every size is checked against ``HTTP1Configuration`` before the
/// bytes are kept. An error is sticky: once ``next()`` has thrown, it throws the
/// same error forever, so nothing after a malformed request is ever parsed.
public struct RequestParser {
    /// What the parser produced.
    public enum Event: Equatable, Sendable {
        /// The request line and headers are complete and valid; the body (if any) follows.
        case head(HTTPRequestHead)
        /// The whole request, body included.
        case request(HTTPRequest)
    }

    private enum State {
        case requestLine
        case headers
        case headComplete(bodyLength: BodyLength)
        case fixedBody(remaining: Int)
        case chunkSize
        case chunkData(remaining: Int)
        case chunkDataEnd
        case trailers(budget: Int)
        case complete
        case failed(HTTPParseError)
    }

    enum BodyLength: Equatable {
        case fixed(Int)
        case chunked
    }

    /// The placeholder head between requests (built once, not per request).
    private static let emptyHead = HTTPRequestHead(method: "", target: "")

    /// Longest chunk-size line (size plus extensions) accepted.
    static let maxChunkLineLength = 4096

    private let configuration: HTTP1Configuration
    private var state: State = .requestLine
    private var buffer: [UInt8] = []
    private var readIndex = 0
    /// Where the search for the next LF resumes, so byte-by-byte input is not rescanned.
    private var scanIndex = 0
    private var head = RequestParser.emptyHead
    private var headerBytes = 0
    /// The header storage of the last request delivered: once the
    /// application has let go of that request, the next one reuses it.
    private var recycledHeaders = HTTPHeaders()
    private var body: [UInt8] = []
    /// The request ``advance()`` completed, until ``takeRequest()``.
    private var completed: HTTPRequest?

    /// Creates a parser enforcing the limits of `configuration`.
    public init(configuration: HTTP1Configuration = HTTP1Configuration()) {
        self.configuration = configuration
    }

    /// Adds received bytes to the parser's buffer.
    public mutating func append<Bytes: Sequence>(_ bytes: Bytes) where Bytes.Element == UInt8 {
        if case .failed = state { return } // nothing after an error is ever looked at
        buffer.append(contentsOf: bytes)
    }

    /// `true` when no byte of a next request has been seen (between requests).
    public var isIdle: Bool {
        if case .requestLine = state { return readIndex == buffer.count && headerBytes == 0 }
        return false
    }

    /// `true` while some, but not all, of a header section has arrived.
    public var isReadingHead: Bool {
        switch state {
        case .requestLine: return !isIdle
        case .headers: return true
        default: return false
        }
    }

    /// `true` after a head was yielded and before its request is complete.
    public var isReadingBody: Bool {
        switch state {
        case .headComplete, .fixedBody, .chunkSize, .chunkData, .chunkDataEnd, .trailers, .complete: return true
        default: return false
        }
    }

    /// `true` when body bytes of the current request are already buffered or consumed
    /// (a client that sent them did not wait for `100 Continue`).
    public var hasReceivedBody: Bool { !body.isEmpty || readIndex < buffer.count }

    /// The number of received bytes not yet consumed.
    public var bufferedByteCount: Int { buffer.count - readIndex }

    /// Parses as far as the buffered bytes allow.
    /// - Returns: the next event, or `nil` when more bytes are needed.
    /// - Throws: ``HTTPParseError`` for a request that must be rejected.
    public mutating func next() throws(HTTPParseError) -> Event? {
        switch try advance() {
        case .head: return .head(head)
        case .request: return takeRequest().map { .request($0) }
        case nil: return nil
        }
    }

    /// What ``advance()`` reached, without a payload: the connection's hot
    /// path asks ``headExpectsContinue`` or takes the request with ``takeRequest()``
    /// instead of copying them through an ``Event``.
    enum Progress {
        /// The head is complete: see ``headExpectsContinue``.
        case head
        /// A request is complete: take it with ``takeRequest()``.
        case request
    }

    /// Whether the head just completed (``Progress/head``) waits for `100 Continue`.
    var headExpectsContinue: Bool { head.expectsContinue }

    /// The request completed by the last ``advance()`` that returned ``Progress/request``.
    mutating func takeRequest() -> HTTPRequest? {
        defer { completed = nil }
        return completed
    }

    /// ``next()`` without the payloads.
    mutating func advance() throws(HTTPParseError) -> Progress? {
        defer { compact() }
        while true {
            switch state {
            case .failed(let error):
                throw error
            case .requestLine:
                guard let line = try line(limit: configuration.maxRequestLineLength, onExceed: Self.requestLineTooLong) else { return nil }
                if line.isEmpty {
                    // RFC 9112 §2.2: ignore empty lines before a request line, within the header budget.
                    try countHeaderBytes(2)
                    continue
                }
                try countHeaderBytes(line.count + 2)
                do throws(HTTPParseError) { head = try withLine(line, Self.parseRequestLine) } catch { throw fail(error) }
                swap(&head.headers, &recycledHeaders)
                head.headers.removeAll(keepingCapacity: true)
                state = .headers
            case .headers:
                let budget = configuration.maxHeaderBytes - headerBytes
                guard let line = try line(limit: budget - 2, onExceed: { _ in Self.headersTooLarge }) else { return nil }
                try countHeaderBytes(line.count + 2)
                if line.isEmpty {
                    do throws(HTTPParseError) {
                        state = .headComplete(bodyLength: try Self.bodyLength(of: head, configuration: configuration))
                    } catch { throw fail(error) }
                    return .head
                }
                let field: HTTPHeaders.Field
                do throws(HTTPParseError) { field = try withLine(line, Self.parseFieldLine) } catch { throw fail(error) }
                if head.headers.count >= configuration.maxHeaderCount {
                    throw fail(HTTPParseError(.headersTooLarge, "more than \(configuration.maxHeaderCount) header fields"))
                }
                head.headers.addParsed(name: field.name, value: field.value)
            case .headComplete(let length):
                switch length {
                case .fixed(let count):
                    // (Reserving 0 would still allocate an empty buffer.)
                    if count > 0 { body.reserveCapacity(count) }
                    state = count == 0 ? .complete : .fixedBody(remaining: count)
                case .chunked:
                    state = .chunkSize
                }
            case .fixedBody(let remaining):
                let available = buffer.count - readIndex
                guard available > 0 else { return nil }
                let take = min(available, remaining)
                body.append(contentsOf: buffer[readIndex..<(readIndex + take)])
                readIndex += take
                scanIndex = readIndex
                state = take == remaining ? .complete : .fixedBody(remaining: remaining - take)
            case .chunkSize:
                guard let line = try line(limit: Self.maxChunkLineLength, onExceed: { _ in
                    HTTPParseError(.badChunk, "chunk-size line longer than \(Self.maxChunkLineLength) bytes")
                }) else { return nil }
                let size: Int
                do throws(HTTPParseError) { size = try withLine(line, Self.parseChunkSize) } catch { throw fail(error) }
                if size == 0 {
                    state = .trailers(budget: configuration.maxHeaderBytes)
                } else if size > configuration.maxBodyBytes - body.count {
                    throw fail(HTTPParseError(.bodyTooLarge, "chunked body exceeds the limit of \(configuration.maxBodyBytes) bytes"))
                } else {
                    state = .chunkData(remaining: size)
                }
            case .chunkData(let remaining):
                let available = buffer.count - readIndex
                guard available > 0 else { return nil }
                let take = min(available, remaining)
                body.append(contentsOf: buffer[readIndex..<(readIndex + take)])
                readIndex += take
                scanIndex = readIndex
                state = take == remaining ? .chunkDataEnd : .chunkData(remaining: remaining - take)
            case .chunkDataEnd:
                let available = buffer.count - readIndex
                if available >= 1, buffer[readIndex] != HTTPSyntax.cr {
                    throw fail(HTTPParseError(.badChunk, "chunk data longer than its chunk-size (no CRLF after it)"))
                }
                guard available >= 2 else { return nil }
                guard buffer[readIndex + 1] == HTTPSyntax.lf else {
                    throw fail(HTTPParseError(.bareCR, "CR not followed by LF after chunk data"))
                }
                readIndex += 2
                scanIndex = readIndex
                state = .chunkSize
            case .trailers(let budget):
                let tooLarge = HTTPParseError(.headersTooLarge, "chunked trailer section larger than \(configuration.maxHeaderBytes) bytes")
                guard let line = try line(limit: budget - 2, onExceed: { _ in tooLarge }) else { return nil }
                // Trailer fields are read and discarded: nothing here uses them.
                state = line.isEmpty ? .complete : .trailers(budget: budget - line.count - 2)
            case .complete:
                completed = HTTPRequest(head: head, body: body)
                recycledHeaders = head.headers
                head = Self.emptyHead
                body = []
                headerBytes = 0
                state = .requestLine
                return .request
            }
        }
    }

    // MARK: - Line reading

    private static func requestLineTooLong(_ limit: Int) -> HTTPParseError {
        HTTPParseError(.requestLineTooLong, "request line longer than \(limit) bytes")
    }

    private static let headersTooLarge = HTTPParseError(.headersTooLarge, "header section larger than the limit")

    /// Where the next CRLF-terminated line lies in the buffer, without its CRLF,
    /// or `nil` when none is complete yet (no bytes are copied).
    /// Throws `onExceed(limit)` as soon as the line is known to be longer than `limit`.
    private mutating func line(limit: Int, onExceed: (Int) -> HTTPParseError) throws(HTTPParseError) -> Range<Int>? {
        // Scanned through a pointer with memchr: slicing the array would retain
        // its buffer for every line, and a byte loop is slower on long lines.
        let (scanFrom, lineStart) = (scanIndex, readIndex)
        let found: (lf: Int?, innerCR: Bool) = buffer.withUnsafeBufferPointer { all in
            guard let base = all.baseAddress, scanFrom < all.count,
                  let hit = memchr(base + scanFrom, Int32(HTTPSyntax.lf), all.count - scanFrom) else { return (nil, false) }
            let lf = base.distance(to: hit.assumingMemoryBound(to: UInt8.self))
            let innerEnd = max(lineStart, lf - 1)
            let innerCR = innerEnd > lineStart && memchr(base + lineStart, Int32(HTTPSyntax.cr), innerEnd - lineStart) != nil
            return (lf, innerCR)
        }
        guard let lf = found.lf else {
            scanIndex = buffer.count
            // A complete line of `limit` bytes may still be missing its CRLF.
            if buffer.count - readIndex > max(limit, 0) + 1 { throw fail(onExceed(limit)) }
            return nil
        }
        let lineEnd = lf - 1
        guard lineEnd >= readIndex, buffer[lineEnd] == HTTPSyntax.cr else {
            throw fail(HTTPParseError(.bareCR, "line terminated by a bare LF; lines must end with CRLF"))
        }
        let line = readIndex..<lineEnd
        if found.innerCR { throw fail(HTTPParseError(.bareCR, "bare CR inside a line")) }
        if line.count > limit { throw fail(onExceed(limit)) }
        readIndex = lf + 1
        scanIndex = readIndex
        return line
    }

    /// Runs a line parser on the bytes of `line` in place.
    private func withLine<T>(_ line: Range<Int>, _ parse: (Line) throws(HTTPParseError) -> T) throws(HTTPParseError) -> T {
        let result: Result<T, HTTPParseError> = buffer.withUnsafeBufferPointer { all in
            do throws(HTTPParseError) {
                return .success(try parse(UnsafeBufferPointer(rebasing: all[line])))
            } catch {
                return .failure(error)
            }
        }
        return try result.get()
    }

    private mutating func countHeaderBytes(_ count: Int) throws(HTTPParseError) {
        headerBytes += count
        if headerBytes > configuration.maxHeaderBytes {
            throw fail(HTTPParseError(.headersTooLarge, "header section larger than \(configuration.maxHeaderBytes) bytes"))
        }
    }

    /// Records `error` as the parser's permanent state and returns it for throwing.
    private mutating func fail(_ error: HTTPParseError) -> HTTPParseError {
        state = .failed(error)
        buffer = []
        readIndex = 0
        scanIndex = 0
        return error
    }

    /// Drops consumed bytes once they are a sizeable share of the buffer.
    private mutating func compact() {
        guard readIndex > 0 else { return }
        if readIndex == buffer.count {
            buffer.removeAll(keepingCapacity: buffer.capacity <= 64 * 1024)
        } else if readIndex >= 4096 && readIndex * 2 >= buffer.count {
            buffer.removeSubrange(0..<readIndex)
        } else {
            return
        }
        scanIndex -= readIndex
        readIndex = 0
    }
}
