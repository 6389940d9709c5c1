#if canImport(Glibc)
import Glibc
#endif
import HTTP1
import Reactor

/// The running service: one ``EventLoop`` thread, the HTTP/1.1 server on it,
/// and the ``Router`` that answers each request.
///
/// Lifecycle: `init` (nothing listens yet) → ``start()`` (binds, returns the
/// port) → ``run()`` (blocks the calling thread until shut down). `SIGTERM` or
/// `SIGINT` during `run()` stops accepting and lets in-flight requests finish,
/// for at most ``PlaygroundConfiguration/shutdownGracePeriod``; a second signal
/// returns at once. ``run()`` says which happened (``ShutdownOutcome``): after
/// anything but ``ShutdownOutcome/drained`` a worker may still be running, and
/// the process should exit without waiting for it.
public final class PlaygroundServer {
    /// The settings this server was built with.
    public let configuration: PlaygroundConfiguration
    /// The loop every socket of this server lives on.
    public let loop: EventLoop
    /// The static files under ``publicRoot``.
    public let staticFiles: StaticFiles
    /// The JSON API: worker pool, result cache, metrics.
    public let api: APIService
    private let http: HTTPServer
    private var draining = false
    /// Why the loop was stopped; set once, on the loop thread.
    private var ending: Ending?

    private enum Ending { case drained, gracePeriodExpired, forced }

    /// The public directory, symlinks resolved.
    public var publicRoot: String { staticFiles.root }

    /// Builds the loop, the file store and the route table; does not listen yet.
    public init(configuration: PlaygroundConfiguration, router makeRouter: ((StaticFiles) -> Router)? = nil) throws {
        self.configuration = configuration
        loop = try EventLoop()
        staticFiles = try StaticFiles(directory: configuration.publicDirectory)
        // Reading, hashing and compressing files is work proportional to their
        // size: done here, once, rather than on the event loop at first request.
        staticFiles.preload()
        let api = try APIService(configuration: configuration.api, workers: configuration.workers)
        self.api = api
        let router = makeRouter?(staticFiles) ?? PlaygroundRoutes.makeRouter(staticFiles: staticFiles, api: api)
        let metrics = api.metrics
        http = HTTPServer(configuration: configuration.http, host: configuration.host, port: configuration.port,
                          loop: loop) { request, responder in
            let started = MonotonicClock.now()
            // Probes and files are answered right here, without building a
            // closure for a later answer (the keep-alive fast path allocates nothing).
            if case .immediate(let response, let route) = router.resolve(request) {
                metrics.recordRequest(route: route ?? APIRoutes.routeLabel(forPath: request.path), method: request.method,
                                      status: response.status.code,
                                      seconds: Double(MonotonicClock.now() &- started) / 1e9)
                responder.respond(response)
                return
            }
            router.handle(request) { response in
                metrics.recordRequest(route: APIRoutes.routeLabel(forPath: request.path), method: request.method,
                                      status: response.status.code,
                                      seconds: Double(MonotonicClock.now() &- started) / 1e9)
                responder.respond(response)
            }
        }
        let http = self.http
        api.connectionCount = { http.connectionCount }
    }

    deinit {
        // A server that never ran still owns worker threads; end them (idempotent).
        api.shutdown()
    }

    /// Starts listening on the configured host and port; returns the bound port
    /// (the kernel's choice when the configured port is `0`).
    public func start() throws -> Int {
        try http.start()
    }

    /// Runs the event loop on the calling thread until a shutdown completes.
    ///
    /// `SIGTERM`/`SIGINT` must already be blocked in every thread
    /// (``SignalWatcher/blockInAllThreads(_:)``) for them to arrive here.
    /// - Returns: ``ShutdownOutcome/drained`` when every request was answered
    ///   and every worker ended within the grace period; otherwise what was
    ///   abandoned (worker threads may then still be running: exit the process).
    @discardableResult
    public func run() throws -> ShutdownOutcome {
        let watcher = try SignalWatcher(signals: [SIGTERM, SIGINT], loop: loop) { [weak self] signal in
            guard let self else { return }
            if self.draining {
                // A second signal: the operator does not want to wait.
                self.finish(.forced)
            } else {
                self.beginDrain(reason: signal == SIGTERM ? "SIGTERM" : "SIGINT")
            }
        }
        defer { watcher.cancel() }
        try loop.run()
        let connections = http.connectionCount
        switch ending ?? .drained {
        case .drained:
            // Every response was written and no run was left (``waitForRuns()``):
            // the workers are idle and end at once.
            let running = api.shutdown(waitingAtMost: .seconds(1))
            return running == 0 ? .drained : .gracePeriodExpired(openConnections: connections, abandonedRuns: running)
        case .gracePeriodExpired:
            return .gracePeriodExpired(openConnections: connections, abandonedRuns: abandonRuns())
        case .forced:
            return .forced(openConnections: connections, abandonedRuns: abandonRuns())
        }
    }

    /// Stops the workers without waiting; returns the runs still running or queued.
    private func abandonRuns() -> Int {
        let runs = api.outstandingWork
        _ = api.shutdown(waitingAtMost: .zero)
        return runs
    }

    /// Stops accepting, lets in-flight requests finish (within the grace
    /// period), then makes ``run()`` return. Safe from any thread.
    public func shutdown() {
        loop.execute { [weak self] in self?.beginDrain(reason: "shutdown requested") }
    }

    private func beginDrain(reason: String) {
        guard !draining else { return }
        draining = true
        if configuration.http.accessLog {
            fputs("interleave: \(reason): draining in-flight requests (grace period \(configuration.shutdownGracePeriod))\n", stderr)
        }
        loop.scheduleTimer(after: configuration.shutdownGracePeriod) { [weak self] in self?.finish(.gracePeriodExpired) }
        http.beginShutdown { [weak self] in self?.waitForRuns() }
    }

    /// Every connection is answered, but a run whose client went away may
    /// still hold a worker: the loop keeps turning (a second signal, the grace
    /// timer) until the pool is idle, checking every ``runPollInterval``.
    private func waitForRuns() {
        if api.outstandingWork == 0 {
            finish(.drained)
        } else {
            loop.scheduleTimer(after: Self.runPollInterval) { [weak self] in self?.waitForRuns() }
        }
    }

    /// How often a drained server looks whether its last runs have ended.
    static let runPollInterval: Duration = .milliseconds(10)

    /// Records why the loop stops (the first reason wins) and stops it.
    private func finish(_ reason: Ending) {
        guard ending == nil else { return }
        ending = reason
        loop.stop()
    }
}
