import HTTP1
import Reactor
import Runtime

/// `POST /api/run`: decodes the request, answers from the result cache or
/// hands the run to the worker pool, and shapes the response.
///
/// The event loop only hands the request to the ``intake`` thread: nothing
/// it does depends on the size of the body. On the intake thread: decoding
/// the envelope, hashing the scenario for the cache, answering cache hits
/// (inflating them for clients without gzip) and the hand-off to a worker.
/// On a worker: compiling, running, serialising and compressing. Responses
/// return to the loop through the responder.
///
/// The response body is the trace (DESIGN.md "The trace") with one extra
/// member after `limit`: `limits`, the limits that applied (the request's,
/// lowered to the server's maxima and filled from them). Headers:
/// `X-Cache: hit|miss` (`bypass` when the cache is off), `Vary: Accept-Encoding`,
/// `Content-Encoding: gzip` when the client accepts it.
public final class APIService: @unchecked Sendable {
    /// What runs a scenario; ``ScenarioRunner/run(_:)`` outside tests.
    public typealias Runner = @Sendable (Scenario) -> Result<Trace, CompileFailure>

    /// The settings this service was built with.
    public let configuration: APIConfiguration
    /// The threads that run scripts.
    public let pool: WorkerPool
    /// The thread that decodes request bodies and answers from the cache, so
    /// the event loop never does work proportional to a body, and a cache hit
    /// is not queued behind runs.
    public let intake: WorkerPool
    /// Requests that may wait for the intake thread before `503`.
    public static let intakeQueueDepth = 256
    /// Finished responses by scenario key.
    public let cache: ResultCache
    /// Counters for `GET /metrics`.
    public let metrics = APIMetrics()
    /// Reads the number of open connections; set by the server, called on the loop thread.
    public var connectionCount: () -> Int = { 0 }
    private let runner: Runner

    /// Starts the worker pool.
    /// - Parameters:
    ///   - configuration: queue depth, stack size, cache budget, limit maxima.
    ///   - workers: the number of worker threads.
    ///   - runner: what runs a scenario (tests substitute a stub).
    public init(configuration: APIConfiguration, workers: Int,
                runner: @escaping Runner = { ScenarioRunner.run($0) }) throws {
        try configuration.validate()
        self.configuration = configuration
        self.runner = runner
        // Between runs, when none is waiting, freed run memory goes back to the system.
        pool = try WorkerPool(threads: workers, queueDepth: configuration.queueDepth,
                              stackBytes: configuration.workerStackBytes, whenIdle: { AllocatorTrim.trim() })
        cache = ResultCache(capacityBytes: configuration.cacheBytes)
        intake = try WorkerPool(threads: 1, queueDepth: Self.intakeQueueDepth, stackBytes: 8 << 20)
    }

    /// Stops the intake thread and the workers after the queued work finishes.
    public func shutdown() {
        intake.shutdown()
        pool.shutdown()
    }

    /// Stops the intake thread and the workers, waiting at most `timeout` for
    /// each; returns how many threads were still busy (abandoned).
    public func shutdown(waitingAtMost timeout: Duration) -> Int {
        intake.shutdown(waitingAtMost: timeout) + pool.shutdown(waitingAtMost: timeout)
    }

    /// Requests being decoded or waiting to be, plus runs running or queued.
    public var outstandingWork: Int {
        intake.busyWorkers + intake.queuedCount + pool.busyWorkers + pool.queuedCount
    }

    /// The current gauges, for `GET /metrics` (call on the loop thread).
    public func gauges() -> APIMetrics.Gauges {
        var gauges = APIMetrics.Gauges()
        gauges.queueDepth = pool.queuedCount
        gauges.busyWorkers = pool.busyWorkers
        gauges.workers = pool.threadCount
        let stats = cache.statistics
        gauges.cacheEntries = stats.entries
        gauges.cacheBytes = stats.bytes
        gauges.openConnections = connectionCount()
        return gauges
    }

    /// Handles `POST /api/run`; `respond` is called exactly once, from the intake thread or a worker.
    public func handleRun(_ request: HTTPRequest, respond: @escaping Router.Respond) {
        if !intake.trySubmit({ self.admitRun(request, respond: respond) }) { respondBusy(respond, intakeFull: true) }
    }

    /// Decodes a run request and answers it from the cache or queues the run (on the intake thread).
    func admitRun(_ original: HTTPRequest, respond: @escaping Router.Respond) {
        let scenario: Scenario
        let format: RunFormat
        do {
            let request: HTTPRequest
            (request, format) = try RunFormat.split(original)
            scenario = try RunRequestDecoder.decode(request).scenario(maximum: configuration.maximumLimits)
        } catch let error as APIError {
            respond(error.response)
            return
        } catch {
            respond(APIError(status: .badRequest, type: "BadRequest", message: "\(error)").response)
            return
        }
        let acceptsGzip = AcceptEncoding.allowsGzip(original.headers.values(for: "Accept-Encoding"))
        if format == .chrome {
            runChrome(scenario, acceptsGzip: acceptsGzip, respond: respond)
            return
        }
        if let failure = RunRequestDecoder.nulFailure(in: scenario.source) {
            respond(Self.response(for: Self.encode(.failure(failure), limits: scenario.limits,
                                                              maxBytes: configuration.maxResponseBytes),
                                  acceptsGzip: acceptsGzip, cacheStatus: "bypass"))
            return
        }
        let key = cache.isEnabled ? try? CanonicalScenario.key(scenario) : nil
        if let key {
            if let entry = cache.lookup(key) {
                metrics.recordCache(hit: true)
                // (Inflating for a client without gzip happens here too, off the loop.)
                respond(Self.response(for: entry, acceptsGzip: acceptsGzip, cacheStatus: "hit"))
                return
            }
            metrics.recordCache(hit: false)
        }
        let runner = self.runner, metrics = self.metrics, cache = self.cache
        let maxBytes = configuration.maxResponseBytes
        let accepted = pool.trySubmit {
            let started = MonotonicClock.now()
            let result = runner(scenario)
            let seconds = Double(MonotonicClock.now() &- started) / 1e9
            metrics.recordRun(outcome: Self.outcome(of: result), seconds: seconds)
            let entry = Self.encode(result, limits: scenario.limits, maxBytes: maxBytes)
            if let key, Self.isDeterministic(result) { cache.store(key, entry) }
            respond(Self.response(for: entry, acceptsGzip: acceptsGzip, cacheStatus: key == nil ? "bypass" : "miss"))
        }
        if !accepted { respondBusy(respond) }
    }

    /// `?format=chrome`: the run on a worker, answered uncached in Chrome's format.
    private func runChrome(_ scenario: Scenario, acceptsGzip: Bool, respond: @escaping Router.Respond) {
        let runner = self.runner, metrics = self.metrics, maxBytes = configuration.maxResponseBytes
        let accepted = pool.trySubmit {
            let started = MonotonicClock.now()
            let result = runner(scenario)
            metrics.recordRun(outcome: Self.outcome(of: result), seconds: Double(MonotonicClock.now() &- started) / 1e9)
            let entry = RunFormat.chromeBody(result, maxBytes: maxBytes)
            respond(Self.response(for: entry, acceptsGzip: acceptsGzip, cacheStatus: "bypass"))
        }
        if !accepted { respondBusy(respond) }
    }

    /// `503` with `Retry-After: 1`: every worker is busy and the queue is full
    /// (or, `intakeFull`, that many requests already wait to be decoded).
    func respondBusy(_ respond: Router.Respond, intakeFull: Bool = false) {
        metrics.recordRejected()
        let message = intakeFull
            ? "\(intake.queueDepth) requests are waiting to be decoded; retry shortly"
            : "every worker is busy and \(pool.queueDepth) runs are queued; retry shortly"
        var response = APIError(status: .serviceUnavailable, type: "ServiceUnavailable", message: message).response
        response.headers.add(name: "Retry-After", value: "1")
        respond(response)
    }

    // MARK: - Shaping responses

    /// `completed`, `exception`, `deadlock`, `limit` or `compile_error`.
    static func outcome(of result: Result<Trace, CompileFailure>) -> String {
        switch result {
        case .success(let trace): return trace.status.rawValue
        case .failure: return "compile_error"
        }
    }

    /// A run stopped by the wall clock depends on machine load, so it is not cached.
    static func isDeterministic(_ result: Result<Trace, CompileFailure>) -> Bool {
        if case .success(let trace) = result, trace.status == .limit, trace.limit?.name == "wall" { return false }
        return true
    }

    /// The response body for a run, at most `maxBytes` before compression
    /// (``TraceResponseBody``), gzip-compressed once (kept plain only when gzip would not shrink it).
    static func encode(_ result: Result<Trace, CompileFailure>, limits: RunLimits, maxBytes: Int) -> CachedResponse {
        let status: Int
        let plain: [UInt8]
        switch result {
        case .success(let trace):
            status = 200
            plain = TraceResponseBody.encode(trace, limits: limits, maxBytes: maxBytes)
        case .failure(let failure):
            status = 422
            plain = JSONWriter.bytes(APIError.compileFailure(failure).json)
        }
        if let compressed = try? Gzip.compress(plain), compressed.count < plain.count {
            return CachedResponse(statusCode: status, body: compressed, isGzip: true, plainLength: plain.count)
        }
        return CachedResponse(statusCode: status, body: plain, isGzip: false, plainLength: plain.count)
    }

    /// The HTTP response for a cached or fresh body; inflates for clients that do not take gzip.
    static func response(for entry: CachedResponse, acceptsGzip: Bool, cacheStatus: String) -> HTTPResponse {
        var headers = HTTPHeaders()
        headers.add(name: "Content-Type", value: "application/json")
        headers.add(name: "X-Cache", value: cacheStatus)
        headers.add(name: "Vary", value: "Accept-Encoding")
        var body = entry.body
        if entry.isGzip {
            if acceptsGzip {
                headers.add(name: "Content-Encoding", value: "gzip")
            } else if let plain = try? Gzip.decompress(entry.body, maxOutputBytes: entry.plainLength) {
                body = plain
            } else {
                return APIError(status: .internalServerError, type: "InternalError",
                                message: "a cached response could not be decompressed").response
            }
        }
        return HTTPResponse(status: HTTPStatus(code: entry.statusCode), headers: headers, body: body)
    }
}
