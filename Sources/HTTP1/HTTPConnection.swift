import Reactor

/// One accepted client socket, driven on the event-loop thread: it moves bytes
/// between the socket and its ``ConnectionStateMachine`` and carries out the
/// machine's actions. Every method must run on the loop thread.
///
/// Readiness is level-triggered (the Reactor's mode), and this class leans on
/// it: interest is exactly "read while the machine wants input" plus "write
/// while output is queued", so a paused connection is simply not asked about,
/// and a read cut short (fairness cap, pause) is reported again on the next
/// turn rather than lost as it could be with edge triggering. The one hazard of
/// level triggering is a condition that stays true while we cannot act on it:
/// the Reactor always listens for the peer's half-close (`EPOLLRDHUP`), which
/// would fire every turn while we wait for the application or a slow reader.
/// So a turn that makes no progress deregisters the socket and retries from a
/// short timer (``stallRetryDelay``), and an empty interest set deregisters it.
final class HTTPConnection {
    private let socket: Socket
    private let loop: EventLoop
    /// Strong on purpose: weak/unowned references force slow reference counting on
    /// every retain; the cycle is broken in ``finishClose()``.
    private let server: HTTPServer
    let id: Int
    private var machine: ConnectionStateMachine
    private let configuration: HTTP1Configuration

    private var registration: RegistrationID?
    private var registeredInterest: IOInterest = .none
    private var wantRead = true
    private var output = OutboundQueue()
    private var actionBuffers: [[ConnectionStateMachine.Action]] = []
    private var lingerDeadline: UInt64 = 0
    private var stallTimer: TimerID?
    private var lingering = false
    private(set) var isClosed = false
    private var inLog: [UInt64: (method: String, path: String, start: UInt64)] = [:]
    private var progressed = false
    /// An answered responder kept for the next request (see ``HTTPResponder/reuse(sequence:)``).
    private var spareResponder: HTTPResponder?

    /// How long a stalled, half-closed connection waits before trying again.
    static let stallRetryDelay: UInt64 = 20_000_000
    /// Reads per readiness event, so one busy client cannot starve the others.
    static let readsPerEvent = 4

    init(socket: Socket, id: Int, loop: EventLoop, server: HTTPServer, configuration: HTTP1Configuration) {
        self.socket = socket
        self.id = id
        self.loop = loop
        self.server = server
        self.configuration = configuration
        self.machine = ConnectionStateMachine(configuration: configuration, now: MonotonicClock.now())
    }

    /// Starts reading; the header timeout is already running.
    func start() {
        updateInterest()
    }

    /// Acts on any timeout that is due at `now`. The server calls this from one
    /// periodic sweep for all connections, rather than each connection re-arming
    /// its own timer on every request (which made the timer heap grow with the
    /// request rate, since cancelled entries leave it only when they reach the top).
    func checkTimeouts(now: UInt64) {
        guard !isClosed else { return }
        if lingering {
            if now >= lingerDeadline { finishClose() }
            return
        }
        guard let deadline = machine.deadline, deadline.at <= now else { return }
        process(machine.timeoutFired(now: now))
    }

    /// Asks the connection to finish what it has delivered and close (server shutdown).
    func beginShutdown() {
        guard !isClosed, !lingering else { return }
        process(machine.beginShutdown(now: MonotonicClock.now()))
    }

    /// The application's response for request `sequence` (called on the loop thread).
    func respond(sequence: UInt64, response: HTTPResponse) {
        guard !isClosed, !lingering else { return }
        let now = MonotonicClock.now()
        if configuration.accessLog, let entry = inLog.removeValue(forKey: sequence) {
            let bytes = entry.method == "HEAD" || response.status.forbidsBody ? 0 : response.body.count
            server.log(AccessLogEntry(method: entry.method, path: entry.path, status: response.status.code,
                                      bytes: bytes, microseconds: (now &- entry.start) / 1000))
        }
        withActions { machine.respond(sequence: sequence, response: response, now: now, into: &$0) }
    }

    // MARK: - Events

    private func handle(_ events: IOEvents) {
        guard !isClosed else { return }
        progressed = false
        if events.contains(.write) { flushOutput() }
        if !isClosed, events.contains(.read) || events.contains(.readEOF) || events.contains(.hangup),
           wantRead || lingering {
            readAvailable()
        }
        if !isClosed, !progressed, !events.isDisjoint(with: [.error, .hangup]) {
            // Both directions are gone (or a socket error is pending) and nothing moved:
            // nothing we could still send would arrive.
            abort()
            return
        }
        if !isClosed && !progressed {
            // Level-triggered and nothing we can do right now (typically a half-closed
            // peer while we wait): step back instead of spinning.
            stall()
        } else {
            updateInterest()
        }
    }

    private func readAvailable() {
        for _ in 0..<Self.readsPerEvent {
            guard !isClosed, wantRead || lingering else { return }
            let result: IOResult
            do {
                result = try server.readBuffer.withUnsafeMutableBytes { try socket.read(into: $0) }
            } catch {
                abort()
                return
            }
            switch result {
            case .wouldBlock:
                return
            case .processed(0):
                progressed = true
                if lingering { finishClose() } else { process(machine.receivedEOF(now: MonotonicClock.now())) }
                wantRead = false
                return
            case .processed(let count):
                progressed = true
                if lingering { continue }
                withActions { machine.received(server.readBuffer[0..<count], now: MonotonicClock.now(), into: &$0) }
                // A short read drained the socket: another read would only say EAGAIN
                // (one system call and a thrown error per request). Level-triggered
                // readiness reports anything that arrives later, EOF included.
                if count < server.readBuffer.count { return }
            }
        }
    }

    private func flushOutput() {
        var written = 0
        while !output.isEmpty {
            let count: Int
            do {
                count = try output.write(to: socket)
            } catch {
                abort()
                return
            }
            guard count > 0 else { break }
            written += count
        }
        if written > 0 {
            progressed = true
            withActions { machine.wrote(written, now: MonotonicClock.now(), into: &$0) }
        }
    }

    // MARK: - Actions

    /// Lets the machine append its actions to a reused buffer, then carries
    /// them out: no array is allocated per event. A handler that answers at
    /// once nests a second use (deliver → respond), hence a small pool.
    private func withActions(_ fill: (inout [ConnectionStateMachine.Action]) -> Void) {
        var actions = actionBuffers.popLast() ?? []
        fill(&actions)
        process(actions)
        actions.removeAll(keepingCapacity: true)
        if actionBuffers.count < 4 { actionBuffers.append(actions) }
    }

    /// Carries out the machine's actions, then settles interest and timers.
    private func process(_ actions: [ConnectionStateMachine.Action]) {
        var wroteSomething = false
        for action in actions {
            switch action {
            case .deliver(let request, let sequence):
                if configuration.accessLog { inLog[sequence] = (request.method, request.path, MonotonicClock.now()) }
                var responder: HTTPResponder
                if let spare = spareResponder {
                    spareResponder = nil
                    spare.reuse(sequence: sequence)
                    responder = spare
                } else {
                    responder = HTTPResponder(loop: loop, connection: self, sequence: sequence)
                }
                server.handler(request, responder)
                // Answered at once and let go of by the handler: keep it for the next request.
                if !isClosed, responder.hasResponded, isKnownUniquelyReferenced(&responder) {
                    spareResponder = responder
                }
            case .write(let bytes):
                output.append(bytes)
                wroteSomething = true
            case .pauseReading:
                wantRead = false
            case .resumeReading:
                wantRead = true
            case .rejected(let error):
                if configuration.accessLog {
                    server.log(AccessLogEntry(method: "-", path: "-", status: error.status.code, bytes: 0, microseconds: 0))
                }
            case .close:
                beginClose()
            }
        }
        if wroteSomething && !isClosed { flushOutput() }
        guard !isClosed else { return }
        updateInterest()
    }

    /// Half-closes and drains input for a moment, so a client still sending (say,
    /// a rejected body) reads our response instead of a reset.
    private func beginClose() {
        guard !lingering, !isClosed else { return }
        lingering = true
        wantRead = true
        try? socket.shutdown(.write)
        lingerDeadline = MonotonicClock.now() &+ configuration.lingerTimeout.nanoseconds
        updateInterest()
    }

    /// Closes at once, dropping queued output (the peer is gone or misbehaving).
    private func abort() {
        finishClose()
    }

    private func finishClose() {
        guard !isClosed else { return }
        isClosed = true
        if let stallTimer { loop.cancelTimer(stallTimer) }
        stallTimer = nil
        if let registration { loop.deregister(registration) }
        registration = nil
        try? socket.close()
        output.removeAll()
        spareResponder = nil // it references this connection
        server.connectionClosed(self)
    }

    // MARK: - Interest and timers

    private func updateInterest() {
        guard !isClosed, stallTimer == nil else { return }
        var interest: IOInterest = []
        if wantRead || lingering { interest.insert(.read) }
        if !output.isEmpty { interest.insert(.write) }
        if interest.isEmpty {
            if let registration { loop.deregister(registration) }
            registration = nil
            registeredInterest = .none
            return
        }
        do {
            if let registration {
                if interest != registeredInterest { try loop.modify(registration, interest: interest) }
            } else {
                // Captures self strongly (see `server`); deregistering releases it.
                registration = try loop.register(fd: socket.descriptor.rawValue, interest: interest) { events in
                    self.handle(events)
                }
            }
            registeredInterest = interest
        } catch {
            abort()
        }
    }

    private func stall() {
        if let registration { loop.deregister(registration) }
        registration = nil
        registeredInterest = .none
        guard stallTimer == nil else { return }
        stallTimer = loop.scheduleTimer(after: Self.stallRetryDelay) {
            self.stallTimer = nil
            self.updateInterest()
        }
    }
}
