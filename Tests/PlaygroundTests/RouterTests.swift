import Testing
import HTTP1
@testable import Playground

/// Routes a request synchronously (every handler here answers at once).
private func route(_ router: Router, _ method: String, _ target: String) -> HTTPResponse? {
    var answer: HTTPResponse?
    router.handle(HTTPRequest(method: method, target: target)) { answer = $0 }
    return answer
}

private func sampleRouter() -> Router {
    var router = Router()
    router.add("GET", "/healthz") { _ in .text("ok") }
    router.add("POST", "/api/run") { _ in .text("ran") }
    router.add("GET", "/api/examples/{id}") { context in .text("example \(context.parameters["id"] ?? "?")") }
    return router
}

@Suite struct RouterTests {
    @Test func anEarlierParameterRouteStillWinsOverALaterExactOne() {
        // Routes are tried in the order they were added; the exact-path fast path must agree.
        var router = Router()
        router.add("GET", "/files/{name}") { context in .text("param \(context.parameters["name"] ?? "?")") }
        router.add("GET", "/files/special") { _ in .text("exact") }
        router.add("GET", "/exact") { _ in .text("first") }
        router.add("GET", "/exact") { _ in .text("second") }
        #expect(route(router, "GET", "/files/special")?.body == Array("param special".utf8))
        #expect(route(router, "GET", "/exact")?.body == Array("first".utf8))
        #expect(route(router, "POST", "/exact")?.status == .methodNotAllowed)
    }

    @Test func exactRouteAnswers() {
        let response = route(sampleRouter(), "GET", "/healthz")
        #expect(response?.status == .ok)
        #expect(response?.body == Array("ok".utf8))
    }

    @Test func headIsAllowedWhereverGetIs() {
        let response = route(sampleRouter(), "HEAD", "/healthz")
        #expect(response?.status == .ok)
        #expect(response?.body == Array("ok".utf8), "the HTTP layer, not the router, drops HEAD bodies")
    }

    @Test(arguments: [
        ("POST", "/healthz", "GET, HEAD, OPTIONS"),
        ("DELETE", "/healthz", "GET, HEAD, OPTIONS"),
        ("GET", "/api/run", "POST, OPTIONS"),
        ("HEAD", "/api/run", "POST, OPTIONS"),
    ])
    func wrongMethodOnKnownPathIs405WithAllow(method: String, path: String, allow: String) {
        let response = route(sampleRouter(), method, path)
        #expect(response?.status == .methodNotAllowed)
        #expect(response?.headers["Allow"] == allow)
    }

    @Test(arguments: ["/nope", "/healthz/", "/healthz/x", "/api", "/api/examples", "/api/examples/"])
    func unknownPathIs404(path: String) {
        #expect(route(sampleRouter(), "GET", path)?.status == .notFound)
    }

    @Test func queryDoesNotAffectMatching() {
        #expect(route(sampleRouter(), "GET", "/healthz?verbose=1")?.status == .ok)
    }

    @Test func parametersAreDecoded() {
        let response = route(sampleRouter(), "GET", "/api/examples/two%20words")
        #expect(response?.body == Array("example two words".utf8))
    }

    @Test func fallbackServesGetAndHeadAndRefusesOtherMethods() {
        var router = sampleRouter()
        router.setFallback { request in
            request.path == "/index.html" ? .text("page") : nil
        }
        #expect(route(router, "GET", "/index.html")?.body == Array("page".utf8))
        #expect(route(router, "HEAD", "/index.html")?.status == .ok)
        let post = route(router, "POST", "/index.html")
        #expect(post?.status == .methodNotAllowed)
        #expect(post?.headers["Allow"] == "GET, HEAD, OPTIONS")
        #expect(route(router, "POST", "/missing")?.status == .notFound)
        let options = route(router, "OPTIONS", "/index.html")
        #expect(options?.status == .noContent)
        #expect(options?.headers["Allow"] == "GET, HEAD, OPTIONS")
        #expect(route(router, "OPTIONS", "/missing")?.status == .notFound)
        #expect(route(router, "GET", "/missing")?.status == .notFound)
    }

    @Test(arguments: [
        ("/healthz", "GET, HEAD, OPTIONS"),
        ("/api/run", "POST, OPTIONS"),
        ("/api/examples/one", "GET, HEAD, OPTIONS"),
    ])
    func optionsOnAKnownPathIs204WithAllow(path: String, allow: String) {
        let response = route(sampleRouter(), "OPTIONS", path)
        #expect(response?.status == .noContent)
        #expect(response?.headers["Allow"] == allow)
        #expect(response?.body.isEmpty == true)
        #expect(response?.headers["Access-Control-Allow-Origin"] == nil, "no CORS: the API is same-origin")
    }

    @Test func optionsAsteriskListsEveryMethodOfTheServer() {
        var router = sampleRouter()
        #expect(route(router, "OPTIONS", "*")?.headers["Allow"] == "GET, POST, HEAD, OPTIONS")
        router.setFallback(methods: ["GET", "HEAD"]) { _ in nil }
        let response = route(router, "OPTIONS", "*")
        #expect(response?.status == .noContent)
        #expect(response?.headers["Allow"] == "GET, POST, HEAD, OPTIONS")
        #expect(route(router, "OPTIONS", "/nope")?.status == .notFound)
    }

    @Test func handlersMayRespondLater() {
        var router = Router()
        var pending: [Router.Respond] = []
        router.add("POST", "/slow") { _, respond in pending.append(respond) }
        var answer: HTTPResponse?
        router.handle(HTTPRequest(method: "POST", target: "/slow")) { answer = $0 }
        #expect(answer == nil)
        pending.first?(.text("done"))
        #expect(answer?.body == Array("done".utf8))
    }
}
