#if canImport(Glibc)
import Glibc
#endif
import HTTP1

/// Everything `interleave serve` can be told: where to listen, what to serve,
/// how many script workers, and the HTTP limits.
public struct PlaygroundConfiguration: Equatable, Sendable {
    /// The address to listen on; `0.0.0.0` for every IPv4 interface. Default `0.0.0.0`.
    public var host: String = "0.0.0.0"
    /// The TCP port; `0` picks a free one (the bound port is printed). Default 8080.
    public var port: Int = 8080
    /// The directory of static files (`index.html`, `app.js`, ...). Default `public`,
    /// relative to the working directory.
    public var publicDirectory: String = "public"
    /// Threads that run scripts, off the event loop. Default: one per online core.
    public var workers: Int = PlaygroundConfiguration.onlineCores()
    /// HTTP limits, timeouts and the access-log switch.
    public var http = HTTP1Configuration()
    /// The JSON API: queue depth, result cache, sandbox maxima.
    public var api = APIConfiguration()
    /// How long the first `SIGTERM`/`SIGINT` lets in-flight requests and runs
    /// finish before they are abandoned and ``PlaygroundServer/run()`` returns. Default 10 s.
    public var shutdownGracePeriod: Duration = .seconds(10)

    /// Creates a configuration with the documented defaults.
    public init() {}

    /// The number of online CPU cores (at least 1).
    public static func onlineCores() -> Int {
        max(1, Int(sysconf(Int32(_SC_NPROCESSORS_ONLN))))
    }
}
