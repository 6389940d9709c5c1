import HTTP1

/// A small method + path table that turns a request into a handler call.
///
/// Paths are matched segment by segment on the request's raw (still
/// percent-encoded) path. A pattern segment `{name}` matches any one
/// non-empty segment and hands it, percent-decoded, to the handler in
/// ``RouteContext/parameters``. Unknown paths go to the fallback (static
/// files) or get `404`; a known path with the wrong method gets `405` with
/// `Allow`. `HEAD` is accepted wherever `GET` is: the GET handler runs and the
/// HTTP layer drops the body. `OPTIONS` is answered wherever some method is
/// (RFC 9110 §9.3.7): `204` with `Allow`; `OPTIONS *` lists every method the
/// server takes. No CORS headers are sent, so a browser preflight from another
/// origin gets its `204` but no permission (the API is same-origin only).
public struct Router {
    /// Sends a response; callable once, from any thread.
    public typealias Respond = (HTTPResponse) -> Void
    /// Handles one routed request and eventually calls `respond` exactly once.
    public typealias Handler = (RouteContext, @escaping Respond) -> Void
    /// Handles a request no route matched; returns `nil` when it has nothing there either.
    public typealias Fallback = (HTTPRequest) -> HTTPResponse?

    private struct Route {
        let method: String
        let pattern: String
        let segments: [Substring]
        let handler: Handler
        /// Set for routes that answer at once (``add(_:_:respond:)``): called
        /// directly, so answering them builds no closure.
        let immediate: ((RouteContext) -> HTTPResponse)?
    }

    private var routes: [Route] = []
    /// Each route pattern without parameters and its routes' indices: the
    /// common requests find their route by comparing a few short strings
    /// (cheaper than hashing the path), without splitting it.
    private var exactRoutes: [(pattern: String, routes: [Int])] = []
    /// The segment counts of the routes with parameters: a path of another
    /// count that is no exact route matches no route at all (static files).
    private var parameterSegmentCounts: [Int] = []
    private var fallback: Fallback?
    private var fallbackMethods: [String] = []

    /// Creates an empty table.
    public init() {}

    private mutating func add(_ method: String, _ pattern: String, handler: @escaping Handler,
                              immediate: ((RouteContext) -> HTTPResponse)?) {
        let segments = Self.segments(of: pattern)
        // Routes are tried in the order they were added: the fast path only
        // takes a route no earlier route of the same method would match first.
        let shadowed = routes.contains { $0.method == method && Self.match($0.segments, segments) != nil }
        if !segments.contains(where: { $0.hasPrefix("{") }) {
            if !shadowed {
                if let index = exactRoutes.firstIndex(where: { $0.pattern == pattern }) {
                    exactRoutes[index].routes.append(routes.count)
                } else {
                    exactRoutes.append((pattern, [routes.count]))
                }
            }
        } else {
            if !parameterSegmentCounts.contains(segments.count) { parameterSegmentCounts.append(segments.count) }
        }
        routes.append(Route(method: method, pattern: pattern, segments: segments, handler: handler, immediate: immediate))
    }

    /// Adds a route. Later additions of the same method and pattern are shadowed by earlier ones.
    ///
    /// - Parameters:
    ///   - method: the method token, e.g. `POST` (case-sensitive, as in HTTP).
    ///   - pattern: an absolute path such as `/api/examples/{id}`.
    ///   - handler: runs on the event loop thread; long work must go elsewhere and respond later.
    public mutating func add(_ method: String, _ pattern: String, handler: @escaping Handler) {
        add(method, pattern, handler: handler, immediate: nil)
    }

    /// Adds a route whose handler answers at once.
    public mutating func add(_ method: String, _ pattern: String, respond: @escaping (RouteContext) -> HTTPResponse) {
        add(method, pattern, handler: { context, send in send(respond(context)) }, immediate: respond)
    }

    /// Sets what answers requests that match no route (e.g. static files),
    /// and which methods it accepts; other methods get `405` when it would have had something.
    public mutating func setFallback(methods: [String] = ["GET", "HEAD"], _ fallback: @escaping Fallback) {
        self.fallback = fallback
        self.fallbackMethods = methods
    }

    /// The methods that `path` accepts, `HEAD` included wherever `GET` is and
    /// `OPTIONS` wherever any is; empty when no route matches.
    public func allowedMethods(forPath path: String) -> [String] {
        let segments = Self.segments(of: path)
        return Self.withImplicitMethods(routes.filter { Self.match($0.segments, segments) != nil }.map(\.method))
    }

    /// Every method some route or the fallback takes (the `Allow` of `OPTIONS *`).
    public var serverMethods: [String] {
        Self.withImplicitMethods(routes.map(\.method) + (fallback == nil ? [] : fallbackMethods))
    }

    /// `methods` without repeats, plus `HEAD` where `GET` is and `OPTIONS` where any method is.
    private static func withImplicitMethods(_ methods: [String]) -> [String] {
        var result: [String] = []
        for method in methods where !result.contains(method) { result.append(method) }
        if result.contains("GET") && !result.contains("HEAD") { result.append("HEAD") }
        if !result.isEmpty && !result.contains("OPTIONS") { result.append("OPTIONS") }
        return result
    }

    /// How ``resolve(_:)`` answers a request.
    public enum Resolution {
        /// The response, ready now (a route that answers at once, a static file,
        /// `404`, `405`), and the pattern of the route that gave it (`nil` when none did).
        case immediate(HTTPResponse, route: String?)
        /// A route that answers later; call ``Router/handle(_:respond:)``.
        case deferred
    }

    /// Answers `request` at once when no handler needs to respond later: the
    /// keep-alive fast path (probes, files), which builds no closure.
    public func resolve(_ request: HTTPRequest) -> Resolution {
        switch find(request) {
        case .route(let index, let parameters):
            guard let immediate = routes[index].immediate else { return .deferred }
            return .immediate(immediate(RouteContext(request: request, parameters: parameters)), route: routes[index].pattern)
        case .unrouted(let allowed):
            return .immediate(answerUnrouted(request, allowed: allowed), route: nil)
        }
    }

    /// Routes `request` and makes sure `respond` is called exactly once by whoever handles it.
    public func handle(_ request: HTTPRequest, respond: @escaping Respond) {
        switch find(request) {
        case .route(let index, let parameters):
            routes[index].handler(RouteContext(request: request, parameters: parameters), respond)
        case .unrouted(let allowed):
            respond(answerUnrouted(request, allowed: allowed))
        }
    }

    private enum Match {
        case route(Int, parameters: [String: String])
        /// No route: the methods other routes of the path take (empty: not a route's path).
        case unrouted(allowed: [String])
    }

    private func find(_ request: HTTPRequest) -> Match {
        let path = request.path
        let exact = exactRoutes.first { Self.same($0.pattern, path) }?.routes
        // Fast path: a route without parameters, matched by the whole path
        // (the first route added for a method wins, as in the scan below).
        if !Self.same(request.method, "HEAD"), let exact,
           let index = exact.first(where: { routes[$0].method == request.method }) {
            return .route(index, parameters: [:])
        }
        if exact == nil && !parameterSegmentCounts.contains(Self.segmentCount(of: path)) {
            // No route can match (typically a static file): straight to the fallback.
            return .unrouted(allowed: [])
        }
        let segments = Self.segments(of: path)
        let method = request.method == "HEAD" ? ["HEAD", "GET"] : [request.method]
        for wanted in method {
            for (index, route) in routes.enumerated() where route.method == wanted {
                if let parameters = Self.match(route.segments, segments) {
                    return .route(index, parameters: parameters)
                }
            }
        }
        return .unrouted(allowed: allowedMethods(forPath: path))
    }

    /// No route took `request`: `405` if other methods would have, else the fallback or `404`.
    private func answerUnrouted(_ request: HTTPRequest, allowed: [String]) -> HTTPResponse {
        let path = request.path
        let isOptions = Self.same(request.method, "OPTIONS")
        if isOptions && Self.same(path, "*") {
            return Self.options(allowed: serverMethods)
        }
        if !allowed.isEmpty {
            return isOptions ? Self.options(allowed: allowed) : Self.methodNotAllowed(request.method, allowed: allowed)
        }
        guard let fallback else {
            return Self.notFound(path)
        }
        if fallbackMethods.contains(request.method) {
            // The fallback answers GET; HEAD gets the same response, the body dropped on the wire.
            if Self.same(request.method, "HEAD") {
                var probe = request
                probe.head.method = "GET"
                return fallback(probe) ?? Self.notFound(path)
            }
            return fallback(request) ?? Self.notFound(path)
        }
        // Another method on a path the fallback serves: 405; else 404.
        var probe = request
        probe.head.method = "GET"
        if let found = fallback(probe), found.status.code < 400 {
            let allowed = Self.withImplicitMethods(fallbackMethods)
            return isOptions ? Self.options(allowed: allowed) : Self.methodNotAllowed(request.method, allowed: allowed)
        }
        return Self.notFound(path)
    }

    /// String equality that rules out strings of different lengths first:
    /// `==` on two unequal strings takes a slow comparison path, and most
    /// comparisons here are between unequal strings.
    static func same(_ a: String, _ b: String) -> Bool {
        a.utf8.count == b.utf8.count && a == b
    }

    /// The `404 Not Found` response for `path`.
    public static func notFound(_ path: String) -> HTTPResponse {
        .error(.notFound, message: "no resource at \(path)")
    }

    /// The answer to `OPTIONS`: `204 No Content` with `Allow` listing `allowed`.
    public static func options(allowed: [String]) -> HTTPResponse {
        var response = HTTPResponse(status: .noContent)
        response.headers.add(name: "Allow", value: allowed.joined(separator: ", "))
        return response
    }

    /// The `405 Method Not Allowed` response, with `Allow` listing `allowed`.
    public static func methodNotAllowed(_ method: String, allowed: [String]) -> HTTPResponse {
        let list = allowed.joined(separator: ", ")
        var response = HTTPResponse.error(.methodNotAllowed, message: "\(method) is not allowed here; use \(list)")
        response.headers.add(name: "Allow", value: list)
        return response
    }

    /// The `/`-separated segments after the leading one; splits on UTF-8
    /// bytes because `Character`-wise splitting showed up in profiles.
    /// A path that does not start with `/` (`*`, absolute-form leftovers) has no segments.
    /// How many segments ``segments(of:)`` would return, without building them.
    private static func segmentCount(of path: String) -> Int {
        let utf8 = path.utf8
        guard utf8.first == UInt8(ascii: "/") else { return 0 }
        if let count = utf8.withContiguousStorageIfAvailable({ bytes in
            bytes.reduce(0) { $1 == UInt8(ascii: "/") ? $0 + 1 : $0 }
        }) {
            return count
        }
        var count = 0
        for byte in utf8 where byte == UInt8(ascii: "/") { count += 1 }
        return count
    }

    private static func segments(of path: String) -> [Substring] {
        let utf8 = path.utf8
        guard utf8.first == UInt8(ascii: "/") else { return [] }
        var result: [Substring] = []
        var start = utf8.index(after: utf8.startIndex)
        var index = start
        while index != utf8.endIndex {
            if utf8[index] == UInt8(ascii: "/") {
                result.append(Substring(path[start..<index]))
                start = utf8.index(after: index)
            }
            index = utf8.index(after: index)
        }
        result.append(Substring(path[start..<utf8.endIndex]))
        return result
    }

    /// The `{name}` parameters when `pattern` matches `path`, else `nil`.
    private static func match(_ pattern: [Substring], _ path: [Substring]) -> [String: String]? {
        guard pattern.count == path.count else { return nil }
        var parameters: [String: String] = [:]
        for (want, have) in zip(pattern, path) {
            if want.hasPrefix("{") && want.hasSuffix("}") && want.count > 2 {
                guard !have.isEmpty, let value = PercentDecoding.decode(String(have), plusAsSpace: false) else { return nil }
                parameters[String(want.dropFirst().dropLast())] = value
            } else if want != have {
                return nil
            }
        }
        return parameters
    }
}

/// A routed request: the request and the values of the pattern's `{name}` segments.
public struct RouteContext {
    /// The request as received.
    public let request: HTTPRequest
    /// Decoded values of `{name}` segments, by name.
    public let parameters: [String: String]
}
