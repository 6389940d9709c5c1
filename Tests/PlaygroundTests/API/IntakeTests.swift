#if canImport(Glibc)
import Glibc
#endif
import Foundation
import HTTP1
import Testing
@testable import Playground

/// Request bodies are decoded on the intake thread, never on the thread that
/// hands the request over (the event loop): even a malformed envelope is
/// answered from there.
struct IntakeTests {
    /// What a `respond` call saw.
    private final class Answer: @unchecked Sendable {
        let done = DispatchSemaphore(value: 0)
        var status = 0
        var onCallingThread = true
    }

    private func answer(_ handle: (HTTPRequest, @escaping Router.Respond) -> Void, _ body: String) -> Answer {
        let answer = Answer()
        let caller = pthread_self()
        let request = HTTPRequest(method: "POST", target: "/api/run", headers: ["Content-Type": "application/json"],
                                  body: Array(body.utf8))
        handle(request) { response in
            answer.onCallingThread = pthread_equal(pthread_self(), caller) != 0
            answer.status = response.status.code
            answer.done.signal()
        }
        answer.done.wait()
        return answer
    }

    @Test(arguments: ["{\"source\": 12", "{\"source\": \"print(1)\", \"policy\": \"sideways\"}", "[1, 2"])
    func badRunEnvelopeIsDecodedOffTheCallingThread(body: String) throws {
        let service = try APIService(configuration: APIConfiguration(), workers: 1)
        defer { service.shutdown() }
        let answer = answer(service.handleRun, body)
        #expect(answer.status == 400)
        #expect(!answer.onCallingThread)
    }

    @Test func badExploreEnvelopeIsDecodedOffTheCallingThread() throws {
        let service = try APIService(configuration: APIConfiguration(), workers: 1)
        defer { service.shutdown() }
        let answer = answer(service.handleExplore, "{\"runs\": \"many\", \"source\": \"x\"}")
        #expect(answer.status == 400)
        #expect(!answer.onCallingThread)
    }
}
