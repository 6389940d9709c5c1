import HTTP1

/// The route table of the service. Later features (`/api/run`, `/metrics`,
/// ...) add their routes here; static files answer everything else.
public enum PlaygroundRoutes {
    /// The body of `GET /healthz`.
    public static let healthBody = "ok"

    /// `200 ok`, `text/plain`, `Cache-Control: no-store`.
    static let healthResponse: HTTPResponse = {
        var response = HTTPResponse.text(healthBody)
        response.headers.add(name: "Cache-Control", value: "no-store")
        return response
    }()
    /// Builds the router: `GET /healthz`, the API routes of `api` (when given),
    /// then the static files of `staticFiles`.
    public static func makeRouter(staticFiles: StaticFiles, api: APIService? = nil) -> Router {
        var router = Router()
        if let api { APIRoutes.install(into: &router, service: api) }
        // Built once: answering a probe copies nothing and allocates nothing.
        let health = healthResponse
        router.add("GET", "/healthz") { _ in health }
        router.setFallback { request in staticFiles.response(for: request) }
        return router
    }
}
