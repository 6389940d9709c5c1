import Testing
import HTTP1
import Runtime
@testable import Playground

/// `POST /api/run` request decoding: the two body forms and the error contract.
struct RunRequestDecoderTests {
    private func post(_ body: String, contentType: String? = "application/json", query: String = "") -> HTTPRequest {
        var headers = HTTPHeaders()
        if let contentType { headers.add(name: "Content-Type", value: contentType) }
        return HTTPRequest(method: "POST", target: "/api/run" + query, headers: headers, body: Array(body.utf8))
    }

    private func failure(_ request: HTTPRequest) -> APIError? {
        do {
            _ = try RunRequestDecoder.decode(request)
            return nil
        } catch {
            return error as? APIError
        }
    }

    @Test func fullEnvelope() throws {
        let request = try RunRequestDecoder.decode(post("""
            {"source": "print(1)", "policy": "random", "seed": 7, "schedule": [0, 2, 1],
             "limits": {"steps": 1000, "tasks": 5, "time": 1.5, "output": 10, "events": 3,
                        "memory": 4096, "depth": 20, "wall": 0.25}, "detail": "lines"}
            """))
        #expect(request.source == "print(1)")
        #expect(request.policy == .random)
        #expect(request.seed == 7)
        #expect(request.schedule == [0, 2, 1])
        #expect(request.detail == .lines)
        #expect(request.limits == RunLimits(steps: 1000, tasks: 5, time: 1.5, output: 10, events: 3,
                                            memory: 4096, depth: 20, wallMillis: 250))
    }

    @Test func rawProgramWithQueryOptions() throws {
        let request = try RunRequestDecoder.decode(post("print('hi')\n", contentType: "text/x-python; charset=utf-8",
                                                        query: "?policy=random&seed=3&detail=lines&steps=1000&schedule=1,0&wall=1"))
        #expect(request.source == "print('hi')\n")
        #expect(request.policy == .random)
        #expect(request.seed == 3)
        #expect(request.detail == .lines)
        #expect(request.schedule == [1, 0])
        #expect(request.limits.steps == 1000)
        #expect(request.limits.wallMillis == 1000)
    }

    @Test(arguments: [
        (#"{"source": 1}"#, "source"),
        (#"{}"#, "source"),
        (#"{"source": "x", "policy": "lifo"}"#, "policy"),
        (#"{"source": "x", "detail": "all"}"#, "detail"),
        (#"{"source": "x", "seed": -1}"#, "seed"),
        (#"{"source": "x", "seed": 1.5}"#, "seed"),
        (#"{"source": "x", "seed": "1"}"#, "seed"),
        (#"{"source": "x", "seed": null}"#, "seed"),
        (#"{"source": "x", "schedule": [0, -1]}"#, "schedule[1]"),
        (#"{"source": "x", "schedule": 3}"#, "schedule"),
        (#"{"source": "x", "limits": []}"#, "limits"),
        (#"{"source": "x", "limits": {"steps": 0}}"#, "limits.steps"),
        (#"{"source": "x", "limits": {"wall": 0}}"#, "limits.wall"),
        (#"{"source": "x", "limits": {"cpu": 1}}"#, "limits.cpu"),
        (#"{"source": "x", "color": "red"}"#, "color"),
        (#"{"source": "x", "source": "y"}"#, "source"),
        (#"{"source": "x",}"#, "body"),
        (#"[1]"#, "body"),
    ])
    func badEnvelopeNamesTheField(body: String, field: String) {
        let error = failure(post(body))
        #expect(error?.status == .badRequest)
        #expect(error?.field == field)
    }

    @Test func badJSONReportsTheOffset() {
        let error = failure(post(#"{"source": "x" "seed": 1}"#))
        #expect(error?.message.contains("byte 15") == true)
    }

    @Test(arguments: ["?seed=-2", "?seed=abc", "?policy=lifo", "?colour=1", "?seed=1&seed=2", "?steps=0", "?schedule=1,x"])
    func badQueryIs400(query: String) {
        #expect(failure(post("x", contentType: "text/x-python", query: query))?.status == .badRequest)
    }

    @Test func queryWithJSONEnvelopeIs400() {
        #expect(failure(post(#"{"source": "x"}"#, query: "?seed=1"))?.field == "query")
    }

    @Test(arguments: [nil, "text/plain", "application/x-www-form-urlencoded", "text/x-python; charset=latin-1",
                      "application/json; charset=utf-16"])
    func otherContentTypesAre415(contentType: String?) {
        #expect(failure(post("x", contentType: contentType))?.status == .unsupportedMediaType)
    }

    @Test func charsetUTF8IsAccepted() throws {
        #expect(try RunRequestDecoder.decode(post(#"{"source": "x"}"#, contentType: "application/json; charset=UTF-8")).source == "x")
    }

    @Test func invalidUTF8ProgramIs400NamingTheOffset() {
        var request = post("", contentType: "text/x-python")
        request.body = Array("ok = 1\n".utf8) + [0xff, 0x41]
        let error = failure(request)
        #expect(error?.status == .badRequest)
        #expect(error?.field == "source")
        #expect(error?.message.contains("offset 7") == true)
    }

    @Test func nulBytesFailLikeCPython() {
        #expect(RunRequestDecoder.nulFailure(in: "x = 1\nprint(x)\u{0}\n")
                == CompileFailure(type: "SyntaxError", message: "source code cannot contain null bytes", line: 2, column: 9))
        #expect(RunRequestDecoder.nulFailure(in: "print(1)\n") == nil)
    }

    @Test func requestedLimitsLowerButNeverRaiseTheMaxima() {
        var request = RunRequest(source: "")
        request.limits = RunLimits(steps: 10, wallMillis: 999_999)
        let limits = request.scenario(maximum: .defaults).limits
        #expect(limits.steps == 10)
        #expect(limits.wallMillis == RunLimits.defaults.wallMillis)
        #expect(limits.depth == RunLimits.defaults.depth)
    }

    @Test func fifoScenariosIgnoreTheSeedForTheCacheKey() throws {
        var a = RunRequest(source: "print(1)")
        a.seed = 1
        var b = a
        b.seed = 2
        #expect(try CanonicalScenario.key(a.scenario(maximum: .defaults)) == CanonicalScenario.key(b.scenario(maximum: .defaults)))
        a.policy = .random
        b.policy = .random
        #expect(try CanonicalScenario.key(a.scenario(maximum: .defaults)) != CanonicalScenario.key(b.scenario(maximum: .defaults)))
    }
}
