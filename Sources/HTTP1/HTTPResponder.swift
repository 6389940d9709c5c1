import Reactor
import Synchronization

/// The application's side of one request: call ``respond(_:)`` exactly once,
/// from any thread, when the response is ready.
///
/// The response hops to the connection's event loop (``EventLoop/execute(_:)``)
/// unless it is already there, and is written in request order. A responder released without responding
/// answers `500 Internal Server Error`, so a handler bug cannot hang a connection.
public final class HTTPResponder: @unchecked Sendable {
    private let loop: EventLoop
    private let connection: HTTPConnection
    /// Changed only by ``reuse(sequence:)``, while nobody else holds this responder.
    private var sequence: UInt64
    private let responded = Atomic<Bool>(false)

    init(loop: EventLoop, connection: HTTPConnection, sequence: UInt64) {
        self.loop = loop
        self.connection = connection
        self.sequence = sequence
    }

    /// Sends `response` for this request. Safe from any thread; calls after the first are ignored.
    /// On the loop thread (a handler answering at once: `/healthz`, files) the
    /// response is written right away, without a hop through the loop's queue.
    public func respond(_ response: HTTPResponse) {
        guard !responded.exchange(true, ordering: .acquiringAndReleasing) else { return }
        if loop.isInLoopThread {
            connection.respond(sequence: sequence, response: response)
            return
        }
        let connection = self.connection, sequence = self.sequence
        loop.execute { connection.respond(sequence: sequence, response: response) }
    }

    /// Whether ``respond(_:)`` has been called.
    var hasResponded: Bool { responded.load(ordering: .acquiring) }

    /// Readies an answered responder for the connection's next request, so
    /// the keep-alive fast path does not allocate one per request. Only for a
    /// responder nobody else references (the connection checks).
    func reuse(sequence: UInt64) {
        self.sequence = sequence
        responded.store(false, ordering: .releasing)
    }

    deinit {
        guard !responded.load(ordering: .acquiring) else { return }
        let connection = self.connection, sequence = self.sequence
        loop.execute {
            connection.respond(sequence: sequence, response: .error(.internalServerError, message: "the handler did not respond"))
        }
    }
}

/// Handles one request: inspect `request`, then call `responder.respond(_:)` once,
/// on any thread. Runs on the event-loop thread, so it must not block: hand
/// slow work (script runs) to a worker pool and respond from there.
public typealias HTTPHandler = (HTTPRequest, HTTPResponder) -> Void
