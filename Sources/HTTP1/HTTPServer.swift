import Reactor
#if canImport(Glibc)
import Glibc
#endif

/// An HTTP/1.1 server on one ``EventLoop``: accepts connections, parses
/// requests, hands each to a ``HTTPHandler`` and writes the responses back in
/// order, enforcing the limits and timeouts of ``HTTP1Configuration``.
///
/// Threading: create it, call ``start()`` and use it on the loop's thread (or
/// before ``EventLoop/run()`` starts). ``beginShutdown(completion:)`` and
/// ``HTTPResponder/respond(_:)`` may be called from any thread.
public final class HTTPServer {
    /// The limits and options this server enforces.
    public let configuration: HTTP1Configuration
    /// The address to listen on, e.g. `0.0.0.0`, `127.0.0.1`, `::`.
    public let host: String
    /// The port asked for; `0` means an ephemeral port (see ``start()``'s result).
    public let requestedPort: Int
    let handler: HTTPHandler
    private let loop: EventLoop
    private let accessLogSink: (AccessLogEntry) -> Void

    private var listener: Socket?
    private var listenerRegistration: RegistrationID?
    private var acceptBackoff: TimerID?
    private var connections: [Int: HTTPConnection] = [:]
    private var nextConnectionID = 0
    private var shuttingDown = false
    private var shutdownCompletion: (() -> Void)?
    private var sweepTimer: TimerID?
    /// Scratch space for socket reads; shared because everything runs on one thread.
    var readBuffer = [UInt8](repeating: 0, count: 64 * 1024)

    /// Most connections accepted per readiness event, so accepting cannot starve reads.
    private static let acceptsPerEvent = 64
    /// How long accepting pauses after running out of file descriptors.
    private static let acceptBackoffDelay: Duration = .milliseconds(100)

    /// Creates a server; nothing is opened until ``start()``.
    /// - Parameters:
    ///   - configuration: limits, timeouts and the `accessLog` switch.
    ///   - host: the listening address (default all IPv4 interfaces).
    ///   - port: the listening port; `0` picks an ephemeral one.
    ///   - loop: the event loop that will own every socket.
    ///   - accessLogSink: receives one entry per answered request when
    ///     `configuration.accessLog` is on (default: a line on standard error).
    ///   - handler: called on the loop thread for every complete request.
    public init(configuration: HTTP1Configuration = HTTP1Configuration(), host: String = "0.0.0.0", port: Int = 8080,
                loop: EventLoop, accessLogSink: @escaping (AccessLogEntry) -> Void = AccessLogEntry.standardErrorSink,
                handler: @escaping HTTPHandler) {
        self.configuration = configuration
        self.host = host
        self.requestedPort = port
        self.loop = loop
        self.accessLogSink = accessLogSink
        self.handler = handler
    }

    /// The number of open client connections (lingering ones included).
    public var connectionCount: Int { connections.count }

    /// Binds, listens and starts accepting.
    /// - Returns: the bound port (the kernel's choice when the requested port is 0).
    /// - Throws: ``HTTP1Configuration/InvalidSetting`` for an unusable limit;
    ///   ``SystemError`` or ``AddressError`` when the address cannot be bound.
    @discardableResult
    public func start() throws -> Int {
        try configuration.validate()
        let (socket, port) = try Socket.listen(host: host, port: requestedPort)
        listener = socket
        do {
            try registerListener()
        } catch {
            try? socket.close()
            listener = nil
            throw error
        }
        return port
    }

    /// Stops accepting, lets every connection finish the requests it has
    /// delivered (the last response carries `Connection: close`), closes idle
    /// keep-alive connections, and calls `completion` on the loop thread once
    /// no connection is left. Safe from any thread; calls after the first are ignored.
    public func beginShutdown(completion: @escaping () -> Void) {
        loop.execute { [self] in
            guard !shuttingDown else { return }
            shuttingDown = true
            shutdownCompletion = completion
            if let listenerRegistration { loop.deregister(listenerRegistration) }
            listenerRegistration = nil
            if let acceptBackoff { loop.cancelTimer(acceptBackoff) }
            try? listener?.close()
            listener = nil
            for connection in Array(connections.values) { connection.beginShutdown() }
            completeShutdownIfDone()
        }
    }

    // MARK: - Accepting

    private func registerListener() throws {
        guard let listener, !shuttingDown else { return }
        // A strong capture: a weak one would put this object on Swift's slow
        // reference-counting path; the registration is removed at shutdown.
        listenerRegistration = try loop.register(fd: listener.descriptor.rawValue, interest: .read) { _ in
            self.acceptPending()
        }
    }

    private func acceptPending() {
        guard let listener else { return }
        for _ in 0..<Self.acceptsPerEvent {
            let accepted: Socket?
            do {
                accepted = try listener.accept()
            } catch {
                // Out of descriptors (EMFILE/ENFILE) or similar: the pending connection
                // stays queued and level-triggered epoll would report it every turn,
                // so stop listening for a moment instead of spinning.
                pauseAccepting()
                return
            }
            guard let socket = accepted else { return }
            guard connections.count < configuration.maxConnections, !shuttingDown else {
                // Over the limit: accept and close at once, which also drains the backlog.
                try? socket.close()
                continue
            }
            try? socket.setNoDelay()
            nextConnectionID += 1
            let connection = HTTPConnection(socket: socket, id: nextConnectionID, loop: loop, server: self,
                                            configuration: configuration)
            connections[connection.id] = connection
            connection.start()
            scheduleSweep()
        }
    }

    private func pauseAccepting() {
        if let listenerRegistration { loop.deregister(listenerRegistration) }
        listenerRegistration = nil
        guard acceptBackoff == nil else { return }
        acceptBackoff = loop.scheduleTimer(after: Self.acceptBackoffDelay) {
            self.acceptBackoff = nil
            try? self.registerListener()
        }
    }

    // MARK: - Timeouts

    /// How often connection timeouts are checked: an eighth of the shortest
    /// configured timeout, between 5 ms and 250 ms. A timeout therefore fires up
    /// to one period late, which is far below any configured value's precision needs.
    var sweepPeriod: UInt64 {
        let timeouts = [configuration.headerReadTimeout, configuration.bodyReadTimeout, configuration.bodyTotalTimeout,
                        configuration.idleTimeout,
                        configuration.writeTimeout, configuration.lingerTimeout].map(\.nanoseconds)
        let shortest = timeouts.min() ?? 1_000_000_000
        return min(max(shortest / 8, 5_000_000), 250_000_000)
    }

    /// One timer for all connections, running while any connection is open.
    private func scheduleSweep() {
        guard sweepTimer == nil else { return }
        sweepTimer = loop.scheduleTimer(after: sweepPeriod) {
            self.sweepTimer = nil
            let now = MonotonicClock.now()
            for connection in Array(self.connections.values) { connection.checkTimeouts(now: now) }
            if !self.connections.isEmpty { self.scheduleSweep() }
        }
    }

    // MARK: - Connection callbacks

    func connectionClosed(_ connection: HTTPConnection) {
        connections[connection.id] = nil
        if connections.isEmpty, let sweepTimer {
            loop.cancelTimer(sweepTimer)
            self.sweepTimer = nil
        }
        completeShutdownIfDone()
    }

    func log(_ entry: AccessLogEntry) {
        accessLogSink(entry)
    }

    private func completeShutdownIfDone() {
        guard shuttingDown, connections.isEmpty, let completion = shutdownCompletion else { return }
        shutdownCompletion = nil
        completion()
    }
}
