/// The protocol side of one HTTP/1.1 connection, with no I/O: events go in
/// (bytes received, a response ready, bytes written, a timer fired), actions
/// come out (deliver a request, write bytes, pause or resume reading, close).
///
/// - Pipelining: each delivered request gets a sequence number; responses may
///   arrive in any order but are written strictly in request order.
/// - After a rejection it answers with `Connection: close` and parses nothing
///   more, so a malformed request can never desynchronise a later one.
/// - Back-pressure: it asks to stop reading while unwritten output exceeds
///   ``HTTP1Configuration/outboundHighWatermark`` or too many requests await answers.
/// - Timeouts: ``deadline`` says when the next timeout is due and why; the owner
///   calls ``timeoutFired(now:)`` when it passes. Times are monotonic nanoseconds.
public struct ConnectionStateMachine {
    /// What the owner of the socket must do.
    public enum Action: Equatable {
        /// Hand this complete request to the application; answer with ``respond(sequence:response:now:)``.
        case deliver(HTTPRequest, sequence: UInt64)
        /// Append these bytes to the socket's output, then report progress with ``wrote(_:now:)``.
        /// A response comes as two writes, its head and then its body (shared, not copied).
        case write([UInt8])
        /// Stop reading from the socket for now.
        case pauseReading
        /// Read from the socket again.
        case resumeReading
        /// A request was rejected (its error response is among the writes); for logging.
        case rejected(HTTPParseError)
        /// Close the socket: everything written has been flushed and nothing more will come.
        case close
    }

    /// Which timeout ``deadline`` refers to.
    public enum Timeout: Equatable, Sendable {
        /// The header section is not complete in time (408, or a silent close if nothing arrived).
        case header
        /// The request body stalled between reads (408).
        case body
        /// The request body, though still arriving, was not complete within
        /// ``HTTP1Configuration/bodyTotalTimeout`` of its header section (408).
        case bodyTotal
        /// Unwritten output made no progress (close).
        case write
        /// The connection sat idle between requests (close).
        case idle
    }

    private struct Pending {
        let sequence: UInt64
        let isHeadRequest: Bool
        let version: HTTPVersion
        /// The request allows the connection to continue (and it was not rejected).
        let keepAlive: Bool
        var response: HTTPResponse?
    }

    private let configuration: HTTP1Configuration
    private var parser: RequestParser
    private var pending: [Pending] = []
    private var nextSequence: UInt64 = 0
    private var dates = HTTPDateCache()
    /// Response heads are serialised here; once the owner has copied a head
    /// out of its write action, the buffer is unique again and is reused.
    private var headScratch: [UInt8] = []

    /// False once no further request will be parsed (error, close requested, EOF, shutdown).
    private var inputOpen = true
    /// Close once every pending response is written (EOF or shutdown).
    private var closeWhenDone = false
    /// The final response has been queued; only flushing remains.
    private var finalResponseQueued = false
    private var closed = false
    private var readingPaused = false
    private var unwritten = 0

    private var headClockRunning = true
    private var headStartedAt: UInt64
    private var lastReadAt: UInt64
    /// When the current request's header section completed (its body's deadline counts from here).
    private var bodyStartedAt: UInt64
    private var lastWriteProgressAt: UInt64
    private var idleSince: UInt64
    private var awaitingContinue = false

    /// Creates the state of a connection accepted at `now`; the header timeout starts at once.
    public init(configuration: HTTP1Configuration = HTTP1Configuration(), now: UInt64) {
        self.configuration = configuration
        self.parser = RequestParser(configuration: configuration)
        headStartedAt = now
        lastReadAt = now
        bodyStartedAt = now
        lastWriteProgressAt = now
        idleSince = now
    }

    /// `true` once ``Action/close`` has been emitted.
    public var isClosed: Bool { closed }

    /// The number of delivered requests whose responses are not yet written.
    public var inFlightCount: Int { pending.count }

    /// The number of bytes handed out in ``Action/write(_:)`` and not yet reported written.
    public var unwrittenByteCount: Int { unwritten }

    // MARK: - Inputs

    // Each input comes in two forms: one appending its actions to a buffer the
    // caller reuses (the connection's hot path, no allocation), and one
    // returning them as a new array.

    /// Bytes arrived from the peer.
    public mutating func received<Bytes: Collection>(_ bytes: Bytes, now: UInt64) -> [Action] where Bytes.Element == UInt8 {
        var actions: [Action] = []
        received(bytes, now: now, into: &actions)
        return actions
    }

    /// Bytes arrived from the peer; the actions are appended to `actions`.
    public mutating func received<Bytes: Collection>(_ bytes: Bytes, now: UInt64, into actions: inout [Action]) where Bytes.Element == UInt8 {
        guard inputOpen, !closed, !bytes.isEmpty else { return }
        if !headClockRunning && parser.isIdle {
            headClockRunning = true
            headStartedAt = now
        }
        lastReadAt = now
        parser.append(bytes)
        drive(now: now, into: &actions)
    }

    /// The peer shut down its sending side: answer what was delivered, then close.
    public mutating func receivedEOF(now: UInt64) -> [Action] {
        var actions: [Action] = []
        receivedEOF(now: now, into: &actions)
        return actions
    }

    /// ``receivedEOF(now:)``, appending to `actions`.
    public mutating func receivedEOF(now: UInt64, into actions: inout [Action]) {
        guard !closed else { return }
        inputOpen = false
        closeWhenDone = true
        drive(now: now, into: &actions)
    }

    /// The application's response for the request delivered as `sequence`.
    /// Unknown or already answered sequences are ignored.
    public mutating func respond(sequence: UInt64, response: HTTPResponse, now: UInt64) -> [Action] {
        var actions: [Action] = []
        respond(sequence: sequence, response: response, now: now, into: &actions)
        return actions
    }

    /// ``respond(sequence:response:now:)``, appending to `actions`.
    public mutating func respond(sequence: UInt64, response: HTTPResponse, now: UInt64, into actions: inout [Action]) {
        guard !closed, let index = pending.firstIndex(where: { $0.sequence == sequence }),
              pending[index].response == nil else { return }
        pending[index].response = response
        drive(now: now, into: &actions)
    }

    /// `count` bytes of earlier writes reached the socket.
    public mutating func wrote(_ count: Int, now: UInt64) -> [Action] {
        var actions: [Action] = []
        wrote(count, now: now, into: &actions)
        return actions
    }

    /// ``wrote(_:now:)``, appending to `actions`.
    public mutating func wrote(_ count: Int, now: UInt64, into actions: inout [Action]) {
        guard !closed, count > 0 else { return }
        unwritten = max(0, unwritten - count)
        lastWriteProgressAt = now
        if unwritten == 0 { idleSince = now }
        drive(now: now, into: &actions)
    }

    /// Stop taking requests: answer those already delivered (the last with
    /// `Connection: close`), then close; an idle connection closes at once.
    public mutating func beginShutdown(now: UInt64) -> [Action] {
        guard !closed else { return [] }
        inputOpen = false
        closeWhenDone = true
        var actions: [Action] = []
        drive(now: now, into: &actions)
        return actions
    }

    /// The timer for ``deadline`` went off at `now`; does nothing if the deadline has moved.
    public mutating func timeoutFired(now: UInt64) -> [Action] {
        guard let (at, timeout) = deadline, at <= now else { return [] }
        var actions: [Action] = []
        switch timeout {
        case .header where parser.isReadingHead:
            rejectAndDrive(HTTPParseError(.headerTimeout, "request header not received within the header timeout"), now: now, into: &actions)
        case .body:
            rejectAndDrive(HTTPParseError(.headerTimeout, "request body stalled for longer than the body timeout"), now: now, into: &actions)
        case .bodyTotal:
            rejectAndDrive(HTTPParseError(.headerTimeout, "request body not complete within the body deadline"), now: now, into: &actions)
        case .header, .write, .idle:
            closed = true
            actions.append(.close)
        }
        return actions
    }

    /// When the next timeout is due (monotonic nanoseconds) and which one, or `nil` if none applies
    /// (for example while the application is preparing a response).
    public var deadline: (at: UInt64, timeout: Timeout)? {
        guard !closed else { return nil }
        var reading: (at: UInt64, timeout: Timeout)?
        if inputOpen && headClockRunning && pending.count < configuration.maxPipelinedRequests && !outputBacklogged {
            // (With the pipeline full, the wait is ours, not the client's;
            // with the output backlogged, the write timeout applies.)
            reading = (headStartedAt &+ configuration.headerReadTimeout.nanoseconds, .header)
        } else if inputOpen && parser.isReadingBody {
            // Whichever comes first: a stall between reads, or the whole body's deadline.
            let stall = lastReadAt &+ configuration.bodyReadTimeout.nanoseconds
            let total = bodyStartedAt &+ configuration.bodyTotalTimeout.nanoseconds
            reading = total < stall ? (total, .bodyTotal) : (stall, .body)
        }
        var other: (at: UInt64, timeout: Timeout)?
        if unwritten > 0 {
            other = (lastWriteProgressAt &+ configuration.writeTimeout.nanoseconds, .write)
        } else if inputOpen && pending.isEmpty && parser.isIdle && !headClockRunning {
            other = (idleSince &+ configuration.idleTimeout.nanoseconds, .idle)
        }
        guard let reading else { return other }
        guard let other else { return reading }
        return other.at < reading.at ? other : reading
    }

    // MARK: - Engine

    /// More output waits for the client than the high watermark allows:
    /// reading pauses, and no further buffered request is started.
    private var outputBacklogged: Bool { unwritten > configuration.outboundHighWatermark }

    /// Parses what can be parsed, writes what can be written, and settles reading and closing.
    private mutating func drive(now: UInt64, into actions: inout [Action]) {
        // Flushing first frees pipeline slots for requests still waiting in the parser's buffer.
        flush(now: now, into: &actions)
        // A client that pipelines without reading gets no new request
        // started while its unsent output is past the high watermark: the
        // requests already buffered from one read (hundreds) each queued
        // their whole response, and the server grew by 17 MB/s.
        while inputOpen && pending.count < configuration.maxPipelinedRequests && !outputBacklogged {
            // Payload-free progress: the request is taken once, not copied through events.
            let progress: RequestParser.Progress?
            do { progress = try parser.advance() } catch {
                reject(error, into: &actions)
                break
            }
            guard let progress else { break }
            switch progress {
            case .head:
                headClockRunning = false
                lastReadAt = now
                bodyStartedAt = now
                awaitingContinue = parser.headExpectsContinue && !parser.hasReceivedBody
            case .request:
                guard let request = parser.takeRequest() else { break }
                awaitingContinue = false
                let keepAlive = request.keepAlive
                pending.append(Pending(sequence: nextSequence, isHeadRequest: request.method.utf8.count == 4 && request.method == "HEAD",
                                       version: request.version, keepAlive: keepAlive, response: nil))
                actions.append(.deliver(request, sequence: nextSequence))
                nextSequence += 1
                if !keepAlive { inputOpen = false }
                if parser.bufferedByteCount > 0 {
                    headClockRunning = true
                    headStartedAt = now
                }
            }
        }
        flush(now: now, into: &actions)
        if !closed {
            let shouldPause = !inputOpen || outputBacklogged
                || pending.count >= configuration.maxPipelinedRequests
            if shouldPause != readingPaused {
                readingPaused = shouldPause
                actions.append(shouldPause ? .pauseReading : .resumeReading)
            }
        }
    }

    private mutating func rejectAndDrive(_ error: HTTPParseError, now: UInt64, into actions: inout [Action]) {
        reject(error, into: &actions)
        drive(now: now, into: &actions)
    }

    /// Queues the error response in request order and stops parsing for good.
    private mutating func reject(_ error: HTTPParseError, into actions: inout [Action]) {
        guard inputOpen else { return }
        inputOpen = false
        awaitingContinue = false
        pending.append(Pending(sequence: nextSequence, isHeadRequest: false, version: .http1_1, keepAlive: false,
                               response: .error(error.status, message: error.message)))
        nextSequence += 1
        actions.append(.rejected(error))
    }

    /// Writes every response at the head of the line that is ready, in order.
    private mutating func flush(now: UInt64, into actions: inout [Action]) {
        while !finalResponseQueued, let first = pending.first, let response = first.response {
            pending.removeFirst()
            let close = !first.keepAlive || response.headers.containsToken("close", in: "Connection")
                || (closeWhenDone && pending.isEmpty)
            let framing = ResponseSerializer.Framing(isHeadRequest: first.isHeadRequest, close: close,
                                                     http10KeepAlive: first.version == .http1_0 && !close)
            // The head and the body as two writes: the body's buffer is handed on, not copied.
            headScratch.removeAll(keepingCapacity: true)
            ResponseSerializer.writeHead(response, framing: framing, fixedLines: dates.currentFixedLines(), into: &headScratch)
            queueWrite(headScratch, now: now, into: &actions)
            if ResponseSerializer.sendsBody(response, framing: framing), !response.body.isEmpty {
                queueWrite(response.body, now: now, into: &actions)
            }
            if close {
                finalResponseQueued = true
                inputOpen = false
                pending.removeAll()
            }
        }
        if awaitingContinue && inputOpen && pending.isEmpty {
            awaitingContinue = false
            queueWrite(ResponseSerializer.continueBytes, now: now, into: &actions)
        }
        let nothingLeft = finalResponseQueued || (closeWhenDone && pending.isEmpty)
        if nothingLeft && unwritten == 0 && !closed {
            closed = true
            actions.append(.close)
        }
    }

    private mutating func queueWrite(_ bytes: [UInt8], now: UInt64, into actions: inout [Action]) {
        if unwritten == 0 { lastWriteProgressAt = now }
        unwritten += bytes.count
        actions.append(.write(bytes))
    }
}

extension Duration {
    /// This duration in whole nanoseconds, clamped to `0...UInt64.max`.
    var nanoseconds: UInt64 {
        let (seconds, attoseconds) = components
        guard seconds >= 0 else { return 0 }
        let (scaled, overflow) = UInt64(seconds).multipliedReportingOverflow(by: 1_000_000_000)
        if overflow { return .max }
        let (sum, overflow2) = scaled.addingReportingOverflow(UInt64(attoseconds / 1_000_000_000))
        return overflow2 ? .max : sum
    }
}
