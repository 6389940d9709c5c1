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
/// `SIGINT` during `run()` stops accepting, lets in-flight requests finish and
/// then returns; a second signal returns at once.
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

    /// The public directory, symlinks resolved.
    public var publicRoot: String { staticFiles.root }

    /// Builds the loop, the file store and the route table; does not listen yet.
    public init(configuration: PlaygroundConfiguration, router makeRouter: ((StaticFiles) -> Router)? = nil) throws {
        self.configuration = configuration
        loop = try EventLoop()
        staticFiles = try StaticFiles(directory: configuration.publicDirectory)
        let api = try APIService(configuration: configuration.api, workers: configuration.workers)
        self.api = api
        let router = makeRouter?(staticFiles) ?? PlaygroundRoutes.makeRouter(staticFiles: staticFiles, api: api)
        let metrics = api.metrics
        http = HTTPServer(configuration: configuration.http, host: configuration.host, port: configuration.port,
                          loop: loop) { request, responder in
            let started = MonotonicClock.now()
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
    public func run() throws {
        let watcher = try SignalWatcher(signals: [SIGTERM, SIGINT], loop: loop) { [weak self] signal in
            guard let self else { return }
            if self.draining {
                // A second signal: the operator does not want to wait.
                self.loop.stop()
            } else {
                self.beginDrain(reason: signal == SIGTERM ? "SIGTERM" : "SIGINT")
            }
        }
        defer { watcher.cancel() }
        try loop.run()
        // Every in-flight request was answered before the loop stopped, so no run is queued.
        api.shutdown()
    }

    /// Stops accepting, lets in-flight requests finish, then makes ``run()``
    /// return. Safe from any thread.
    public func shutdown() {
        loop.execute { [weak self] in self?.beginDrain(reason: "shutdown requested") }
    }

    private func beginDrain(reason: String) {
        guard !draining else { return }
        draining = true
        if configuration.http.accessLog {
            fputs("interleave: \(reason): draining in-flight requests\n", stderr)
        }
        let loop = self.loop
        http.beginShutdown { loop.stop() }
    }
}
