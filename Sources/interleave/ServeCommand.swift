#if canImport(Glibc)
import Glibc
#endif
import ArgumentParser
import HTTP1
import Playground
import Runtime
import Reactor

/// `interleave serve`: the HTTP service (page, static files, API).
struct Serve: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Serve the playground over HTTP.",
        discussion: """
        Every option can also be set with an environment variable named after it, \
        e.g. INTERLEAVE_PORT=9000 or INTERLEAVE_MAX_BODY_BYTES=65536; a flag wins over \
        the variable. Durations are seconds and may be fractional (0.5). SIGTERM or \
        SIGINT stops accepting and finishes in-flight requests within the grace period, \
        then exits 0 if everything finished or 3 if runs or connections were abandoned; \
        a second signal abandons them at once and exits 4.
        """
    )

    @Option(help: ArgumentHelp("Address to listen on (INTERLEAVE_HOST). Default 0.0.0.0.", valueName: "address"))
    var host: String?
    @Option(help: ArgumentHelp("TCP port; 0 picks a free one (INTERLEAVE_PORT). Default 8080.", valueName: "port"))
    var port: Int?
    @Option(name: .customLong("public"), help: ArgumentHelp("Directory of static files (INTERLEAVE_PUBLIC). Default ./public.", valueName: "dir"))
    var publicDirectory: String?
    @Option(help: ArgumentHelp("Script worker threads (INTERLEAVE_WORKERS). Default: one per core.", valueName: "count"))
    var workers: Int?
    @Flag(help: "No access log lines on stderr (INTERLEAVE_QUIET=1).")
    var quiet = false
    @Option(help: ArgumentHelp("Seconds the first SIGTERM/SIGINT lets in-flight requests finish before abandoning them (INTERLEAVE_GRACE_PERIOD). Default 10.", valueName: "seconds"))
    var gracePeriod: Double?

    @Option(help: ArgumentHelp("Longest request line in bytes, else 414 (INTERLEAVE_MAX_REQUEST_LINE). Default 8192.", valueName: "bytes"))
    var maxRequestLine: Int?
    @Option(help: ArgumentHelp("Largest header section in bytes, else 431 (INTERLEAVE_MAX_HEADER_BYTES). Default 16384.", valueName: "bytes"))
    var maxHeaderBytes: Int?
    @Option(help: ArgumentHelp("Most header fields, else 431 (INTERLEAVE_MAX_HEADERS). Default 100.", valueName: "count"))
    var maxHeaders: Int?
    @Option(help: ArgumentHelp("Largest request body in bytes, else 413 (INTERLEAVE_MAX_BODY_BYTES). Default 262144.", valueName: "bytes"))
    var maxBodyBytes: Int?
    @Option(help: ArgumentHelp("Seconds to receive a request's headers, else 408 (INTERLEAVE_HEADER_TIMEOUT). Default 10.", valueName: "seconds"))
    var headerTimeout: Double?
    @Option(help: ArgumentHelp("Longest gap in seconds between body reads, else 408 (INTERLEAVE_BODY_TIMEOUT). Default 60.", valueName: "seconds"))
    var bodyTimeout: Double?
    @Option(help: ArgumentHelp("Seconds from a request's headers to the end of its body, however slowly it arrives, else 408 (INTERLEAVE_BODY_DEADLINE). Default 120.", valueName: "seconds"))
    var bodyDeadline: Double?
    @Option(help: ArgumentHelp("Seconds a keep-alive connection may idle (INTERLEAVE_IDLE_TIMEOUT). Default 15.", valueName: "seconds"))
    var idleTimeout: Double?
    @Option(help: ArgumentHelp("Seconds without write progress before closing (INTERLEAVE_WRITE_TIMEOUT). Default 60.", valueName: "seconds"))
    var writeTimeout: Double?
    @Option(help: ArgumentHelp("Seconds a closing connection drains input (INTERLEAVE_LINGER_TIMEOUT). Default 2.", valueName: "seconds"))
    var lingerTimeout: Double?
    @Option(help: ArgumentHelp("Most open connections (INTERLEAVE_MAX_CONNECTIONS). Default 10000.", valueName: "count"))
    var maxConnections: Int?
    @Option(help: ArgumentHelp("Most unanswered pipelined requests per connection (INTERLEAVE_MAX_PIPELINED). Default 32.", valueName: "count"))
    var maxPipelined: Int?
    @Option(help: ArgumentHelp("Unsent response bytes at which a connection stops reading (INTERLEAVE_OUTBOUND_HIGH_WATERMARK). Default 262144.", valueName: "bytes"))
    var outboundHighWatermark: Int?
    @OptionGroup(title: "API: queue, cache and sandbox maxima")
    var api: APIOptions

    /// The configuration from flags, then `INTERLEAVE_*` variables, then defaults.
    func makeConfiguration(environment env: Environment = Environment()) throws -> PlaygroundConfiguration {
        var config = PlaygroundConfiguration()
        config.host = try env.string(host, "INTERLEAVE_HOST", default: config.host)
        config.port = try env.integer(port, "INTERLEAVE_PORT", default: config.port)
        config.publicDirectory = try env.string(publicDirectory, "INTERLEAVE_PUBLIC", default: config.publicDirectory)
        config.workers = try env.integer(workers, "INTERLEAVE_WORKERS", default: config.workers)
        config.shutdownGracePeriod = try env.seconds(gracePeriod, flagName: "--grace-period", "INTERLEAVE_GRACE_PERIOD",
                                                     default: config.shutdownGracePeriod)
        var http = config.http
        http.accessLog = !(try env.bool(quiet, "INTERLEAVE_QUIET"))
        http.maxRequestLineLength = try env.integer(maxRequestLine, "INTERLEAVE_MAX_REQUEST_LINE", default: http.maxRequestLineLength)
        http.maxHeaderBytes = try env.integer(maxHeaderBytes, "INTERLEAVE_MAX_HEADER_BYTES", default: http.maxHeaderBytes)
        http.maxHeaderCount = try env.integer(maxHeaders, "INTERLEAVE_MAX_HEADERS", default: http.maxHeaderCount)
        http.maxBodyBytes = try env.integer(maxBodyBytes, "INTERLEAVE_MAX_BODY_BYTES", default: http.maxBodyBytes)
        http.headerReadTimeout = try env.seconds(headerTimeout, flagName: "--header-timeout", "INTERLEAVE_HEADER_TIMEOUT", default: http.headerReadTimeout)
        http.bodyReadTimeout = try env.seconds(bodyTimeout, flagName: "--body-timeout", "INTERLEAVE_BODY_TIMEOUT", default: http.bodyReadTimeout)
        http.bodyTotalTimeout = try env.seconds(bodyDeadline, flagName: "--body-deadline", "INTERLEAVE_BODY_DEADLINE", default: http.bodyTotalTimeout)
        http.idleTimeout = try env.seconds(idleTimeout, flagName: "--idle-timeout", "INTERLEAVE_IDLE_TIMEOUT", default: http.idleTimeout)
        http.writeTimeout = try env.seconds(writeTimeout, flagName: "--write-timeout", "INTERLEAVE_WRITE_TIMEOUT", default: http.writeTimeout)
        http.lingerTimeout = try env.seconds(lingerTimeout, flagName: "--linger-timeout", "INTERLEAVE_LINGER_TIMEOUT", default: http.lingerTimeout)
        http.maxConnections = try env.integer(maxConnections, "INTERLEAVE_MAX_CONNECTIONS", default: http.maxConnections)
        http.maxPipelinedRequests = try env.integer(maxPipelined, "INTERLEAVE_MAX_PIPELINED", default: http.maxPipelinedRequests)
        http.outboundHighWatermark = try env.integer(outboundHighWatermark, "INTERLEAVE_OUTBOUND_HIGH_WATERMARK", default: http.outboundHighWatermark)
        config.http = http
        config.api = try api.makeConfiguration(environment: env)
        try Self.validate(config)
        return config
    }

    /// The flag for each ``HTTP1Configuration`` property, for error messages.
    static let flagForSetting: [String: String] = [
        "maxRequestLineLength": "--max-request-line", "maxHeaderBytes": "--max-header-bytes",
        "maxHeaderCount": "--max-headers", "maxBodyBytes": "--max-body-bytes",
        "headerReadTimeout": "--header-timeout", "bodyReadTimeout": "--body-timeout", "bodyTotalTimeout": "--body-deadline",
        "idleTimeout": "--idle-timeout", "writeTimeout": "--write-timeout", "lingerTimeout": "--linger-timeout",
        "maxConnections": "--max-connections", "maxPipelinedRequests": "--max-pipelined",
        "outboundHighWatermark": "--outbound-high-watermark",
    ]

    /// Refuses values that cannot work, naming the flag.
    static func validate(_ config: PlaygroundConfiguration) throws {
        guard (0...65535).contains(config.port) else { throw ValidationError("--port must be 0...65535, got \(config.port)") }
        guard config.workers >= 1 else { throw ValidationError("--workers must be at least 1, got \(config.workers)") }
        do {
            try config.http.validate()
        } catch let invalid as HTTP1Configuration.InvalidSetting {
            let flag = flagForSetting[invalid.name] ?? invalid.name
            throw ValidationError("\(flag) \(invalid.requirement)")
        }
    }

    func run() throws {
        let config = try makeConfiguration()
        // Before any thread exists, so every thread inherits the blocked mask
        // and the signals reach only the event loop's signalfd.
        try SignalWatcher.blockInAllThreads([SIGTERM, SIGINT])
        // Sockets write with MSG_NOSIGNAL; this covers a closed stderr pipe
        // (the access log), which should not kill a server that is serving.
        signal(SIGPIPE, SIG_IGN)
        AllocatorTrim.configureForServer()
        do {
            // Runs start from per-worker library images (Runtime/Run/Warm).
            WarmStarts.enabled = true
            let server = try PlaygroundServer(configuration: config)
            let port = try server.start()
            printError("interleave: listening on http://\(config.host):\(port) (public: \(server.publicRoot), workers: \(config.workers))")
            let outcome = try server.run()
            printError("interleave: stopped: \(outcome.summary)")
            if outcome != .drained {
                // A worker may be stuck in a long native operation: leave at once,
                // without atexit handlers or joins that could wait for it.
                fflush(stderr)
                _exit(outcome.exitStatus)
            }
        } catch {
            printError("interleave serve: \(error)")
            throw ExitCode(1)
        }
    }
}
