import HTTP1

/// The API's routes (DESIGN.md "The API"), added to the service's router.
public enum APIRoutes {
    /// Every route pattern the API serves, for metric labels and the OpenAPI document.
    public static let patterns = ["/api/run", "/api/explore", "/api/examples", "/api/examples/{id}", "/api/openapi.json", "/metrics", "/healthz"]

    /// Adds `POST /api/run`, `POST /api/explore`, `GET /api/openapi.json`, the example routes and `GET /metrics` to `router`.
    public static func install(into router: inout Router, service: APIService) {
        router.add("GET", "/api/openapi.json") { _ in OpenAPIDocument.response() }
        router.add("GET", "/api/examples") { _ in ExampleCatalog.listResponse() }
        router.add("GET", "/api/examples/{id}") { context in
            ExampleCatalog.response(id: context.parameters["id"] ?? "", request: context.request)
        }
        router.add("POST", "/api/run") { context, respond in
            service.handleRun(context.request, respond: respond)
        }
        router.add("POST", "/api/explore") { context, respond in
            service.handleExplore(context.request, respond: respond)
        }
        router.add("GET", "/metrics") { _ in
            var response = HTTPResponse(status: .ok, body: Array(service.metrics.render(service.gauges()).utf8))
            response.headers.add(name: "Content-Type", value: "text/plain; version=0.0.4; charset=utf-8")
            response.headers.add(name: "Cache-Control", value: "no-store")
            return response
        }
    }

    /// The metric label for a request path: its route pattern, or `static` for the page's files.
    /// Runs for every request: the exact patterns are compared first (short
    /// strings compare cheaply), prefixes only for the rest.
    public static func routeLabel(forPath path: String) -> String {
        guard path.utf8.starts(with: "/api/".utf8) else {
            return otherPatterns.first { Router.same($0, path) } ?? "static"
        }
        if let exact = patterns.first(where: { Router.same($0, path) }) { return exact }
        return path.hasPrefix("/api/examples/") ? "/api/examples/{id}" : "/api/other"
    }

    /// The patterns outside `/api/`.
    private static let otherPatterns = patterns.filter { !$0.hasPrefix("/api/") }
}
