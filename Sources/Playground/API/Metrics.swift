import Reactor

/// A Prometheus histogram with fixed upper bounds (seconds).
struct Histogram {
    let bounds: [Double]
    private(set) var counts: [Int]
    private(set) var sum = 0.0
    private(set) var total = 0

    init(bounds: [Double]) {
        self.bounds = bounds
        counts = Array(repeating: 0, count: bounds.count)
    }

    mutating func observe(_ value: Double) {
        if let index = bounds.firstIndex(where: { value <= $0 }) { counts[index] += 1 }
        sum += value
        total += 1
    }

    /// The `_bucket`, `_sum` and `_count` lines; `labels` is the label set without braces (may be empty).
    func render(_ name: String, labels: String, into out: inout String) {
        let prefix = labels.isEmpty ? "" : labels + ","
        var cumulative = 0
        for (bound, count) in zip(bounds, counts) {
            cumulative += count
            out += "\(name)_bucket{\(prefix)le=\"\(bound)\"} \(cumulative)\n"
        }
        out += "\(name)_bucket{\(prefix)le=\"+Inf\"} \(total)\n"
        let braces = labels.isEmpty ? "" : "{\(labels)}"
        out += "\(name)_sum\(braces) \(sum)\n"
        out += "\(name)_count\(braces) \(total)\n"
    }
}

/// The service's counters, gauges and histograms, rendered as Prometheus text
/// (exposition format 0.0.4) by `GET /metrics`. Safe from any thread.
public final class APIMetrics: @unchecked Sendable {
    /// Gauges read at scrape time from their owners (worker pool, cache, server).
    public struct Gauges {
        /// Runs waiting for a worker.
        public var queueDepth = 0
        /// Workers running a script.
        public var busyWorkers = 0
        /// Workers in the pool.
        public var workers = 0
        /// Entries in the result cache.
        public var cacheEntries = 0
        /// Bytes held by the result cache.
        public var cacheBytes = 0
        /// Open client connections.
        public var openConnections = 0
        /// Creates zeroed gauges.
        public init() {}
    }

    /// Request-duration buckets: 100 µs ... 10 s.
    static let requestBounds = [0.0001, 0.00025, 0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10]
    /// Run-duration buckets: 1 ms ... 30 s.
    static let runBounds = [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2, 2.5, 5, 10, 30]

    private let lock = Lock()
    /// One route's request counters and duration histogram. Counters are
    /// keyed by method index (``methodLabels``) × 1000 + status: an integer,
    /// cheap to hash, on a path every request takes.
    private final class RouteStats {
        /// (key, count) pairs: a route sees a handful of method/status pairs,
        /// so a linear scan beats hashing on this per-request path.
        var counts: [(key: Int, count: Int)] = []
        var durations = Histogram(bounds: APIMetrics.requestBounds)

        func count(_ key: Int) {
            if let index = counts.firstIndex(where: { $0.key == key }) {
                counts[index].count += 1
            } else {
                counts.append((key, 1))
            }
        }
    }

    private var routes: [String: RouteStats] = [:]
    /// The route of the last request and its stats: consecutive requests for
    /// one route (probes, a benchmark, a page's files) skip the hash lookup.
    private var lastRoute = ""
    private var lastStats: RouteStats?
    private var runDurations = Histogram(bounds: runBounds)
    private var runs: [String: Int] = [:]              // by outcome
    private var cacheHits = 0
    private var cacheMisses = 0
    private var rejected = 0

    /// Creates empty metrics.
    public init() {}

    /// Methods kept as metric labels; any other token counts as `OTHER`, so
    /// clients cannot grow the label set without bound.
    static let methodLabels = ["GET", "HEAD", "POST", "PUT", "DELETE", "PATCH", "OPTIONS", "OTHER"]

    /// Counts one answered request and its duration.
    public func recordRequest(route: String, method rawMethod: String, status: Int, seconds: Double) {
        let method = Self.methodLabels.firstIndex(of: rawMethod) ?? Self.methodLabels.count - 1
        let key = method * 1000 + min(max(status, 0), 999)
        lock.withLock {
            let stats: RouteStats
            if let last = lastStats, lastRoute == route {
                stats = last
            } else if let known = routes[route] {
                stats = known
            } else {
                stats = RouteStats()
                routes[route] = stats
            }
            lastRoute = route
            lastStats = stats
            stats.count(key)
            stats.durations.observe(seconds)
        }
    }

    /// Counts one finished run by outcome (`completed`, `exception`, `deadlock`,
    /// `limit`, `compile_error`) and its time on a worker.
    public func recordRun(outcome: String, seconds: Double) {
        lock.withLock {
            runs[outcome, default: 0] += 1
            runDurations.observe(seconds)
        }
    }

    /// Counts a cache lookup.
    public func recordCache(hit: Bool) {
        lock.withLock { if hit { cacheHits += 1 } else { cacheMisses += 1 } }
    }

    /// Counts a run refused because the queue was full (`503`).
    public func recordRejected() {
        lock.withLock { rejected += 1 }
    }

    /// The exposition text.
    public func render(_ gauges: Gauges) -> String {
        lock.withLock {
            var out = ""
            out += "# HELP interleave_http_requests_total HTTP requests answered by the application, by route, method and status.\n"
            out += "# TYPE interleave_http_requests_total counter\n"
            // By route, then method, then status text.
            var lines: [(route: String, method: String, status: String, count: Int)] = []
            for (route, stats) in routes {
                for (key, count) in stats.counts {
                    lines.append((route, Self.methodLabels[key / 1000], String(key % 1000), count))
                }
            }
            lines.sort { ($0.route, $0.method, $0.status) < ($1.route, $1.method, $1.status) }
            for line in lines {
                out += "interleave_http_requests_total{route=\"\(escape(line.route))\",method=\"\(line.method)\",status=\"\(line.status)\"} \(line.count)\n"
            }
            out += "# HELP interleave_http_request_duration_seconds Time from a request reaching the application to its response, by route.\n"
            out += "# TYPE interleave_http_request_duration_seconds histogram\n"
            for route in routes.keys.sorted() {
                routes[route]?.durations.render("interleave_http_request_duration_seconds",
                                                labels: "route=\"\(escape(route))\"", into: &out)
            }
            out += "# HELP interleave_run_duration_seconds Time a worker spent compiling and running a scenario.\n"
            out += "# TYPE interleave_run_duration_seconds histogram\n"
            runDurations.render("interleave_run_duration_seconds", labels: "", into: &out)
            out += "# HELP interleave_runs_total Scenario runs by outcome (trace status, or compile_error).\n"
            out += "# TYPE interleave_runs_total counter\n"
            for outcome in ["completed", "exception", "deadlock", "limit", "compile_error"] {
                out += "interleave_runs_total{status=\"\(outcome)\"} \(runs[outcome] ?? 0)\n"
            }
            out += "# HELP interleave_runs_rejected_total Runs refused with 503 because the queue was full.\n"
            out += "# TYPE interleave_runs_rejected_total counter\n"
            out += "interleave_runs_rejected_total \(rejected)\n"
            func gauge(_ name: String, _ help: String, _ value: Int) {
                out += "# HELP \(name) \(help)\n# TYPE \(name) gauge\n\(name) \(value)\n"
            }
            gauge("interleave_run_queue_depth", "Runs waiting for a worker.", gauges.queueDepth)
            gauge("interleave_workers_busy", "Workers running a script.", gauges.busyWorkers)
            gauge("interleave_workers", "Workers in the pool.", gauges.workers)
            out += "# HELP interleave_cache_hits_total Result-cache hits.\n# TYPE interleave_cache_hits_total counter\n"
            out += "interleave_cache_hits_total \(cacheHits)\n"
            out += "# HELP interleave_cache_misses_total Result-cache misses.\n# TYPE interleave_cache_misses_total counter\n"
            out += "interleave_cache_misses_total \(cacheMisses)\n"
            gauge("interleave_cache_entries", "Responses held by the result cache.", gauges.cacheEntries)
            gauge("interleave_cache_bytes", "Bytes held by the result cache.", gauges.cacheBytes)
            gauge("interleave_open_connections", "Open client connections.", gauges.openConnections)
            return out
        }
    }

    private func escape<S: StringProtocol>(_ value: S) -> String {
        var out = ""
        for character in value {
            switch character {
            case "\\": out += "\\\\"
            case "\"": out += "\\\""
            case "\n": out += "\\n"
            default: out.append(character)
            }
        }
        return out
    }
}
