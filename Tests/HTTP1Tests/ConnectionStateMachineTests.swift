import Testing
@testable import HTTP1

@Suite struct ConnectionStateMachineTests {
    /// Feeds `raw` in `split` and returns every action produced.
    func feed(_ machine: inout ConnectionStateMachine, _ raw: String, split: Split = .whole, now: UInt64 = 0) -> [ConnectionStateMachine.Action] {
        split.chunks(Array(raw.utf8)).flatMap { machine.received($0, now: now) }
    }

    /// Acknowledges all outstanding writes, returning the resulting actions.
    func flushAll(_ machine: inout ConnectionStateMachine, now: UInt64 = 0) -> [ConnectionStateMachine.Action] {
        machine.wrote(machine.unwrittenByteCount, now: now)
    }

    @Test(arguments: Split.allCases)
    func pipelinedResponsesAreWrittenInRequestOrder(split: Split) {
        var machine = ConnectionStateMachine(now: 0)
        let raw = "GET /a HTTP/1.1\r\nHost: h\r\n\r\nGET /b HTTP/1.1\r\nHost: h\r\n\r\nGET /c HTTP/1.1\r\nHost: h\r\n\r\n"
        let requests = delivered(feed(&machine, raw, split: split))
        #expect(requests.map(\.0.target) == ["/a", "/b", "/c"])
        #expect(requests.map(\.1) == [0, 1, 2])
        // Completing out of order: nothing may be written until /a is answered.
        #expect(writtenText(machine.respond(sequence: 2, response: .text("c"), now: 0)).isEmpty)
        #expect(writtenText(machine.respond(sequence: 1, response: .text("b"), now: 0)).isEmpty)
        let text = writtenText(machine.respond(sequence: 0, response: .text("a"), now: 0))
        let responses = splitResponses(text)
        #expect(responses.map(\.body) == ["a", "b", "c"])
        #expect(responses.allSatisfy { $0.status == "HTTP/1.1 200 OK" })
        #expect(responses.allSatisfy { $0.headers["Connection"] == nil })
        #expect(!machine.isClosed)
    }

    @Test func responsesCarryDateServerAndContentLength() throws {
        var machine = ConnectionStateMachine(now: 0)
        _ = feed(&machine, "GET / HTTP/1.1\r\nHost: h\r\n\r\n")
        let response = try #require(splitResponses(writtenText(machine.respond(sequence: 0, response: .text("hello"), now: 0))).first)
        #expect(response.headers["Server"] == "interleave")
        #expect(response.headers["Content-Length"] == "5")
        let date = try #require(response.headers["Date"])
        #expect(date.hasSuffix(" GMT") && date.utf8.count == 29, "IMF-fixdate, got \(date)")
    }

    @Test func imfFixdateFormat() {
        #expect(HTTPDateCache.format(epochSeconds: 784_111_777) == "Sun, 06 Nov 1994 08:49:37 GMT")
        #expect(HTTPDateCache.format(epochSeconds: 0) == "Thu, 01 Jan 1970 00:00:00 GMT")
    }

    @Test func headAnnouncesLengthButSendsNoBody() throws {
        var check = ConnectionStateMachine(now: 0)
        _ = feed(&check, "HEAD /x HTTP/1.1\r\nHost: h\r\n\r\n")
        let headBytes = writtenText(check.respond(sequence: 0, response: .text("twelve bytes"), now: 0))
        #expect(headBytes.hasSuffix("\r\n\r\n"))
        #expect(headBytes.contains("Content-Length: 12\r\n"))
        #expect(!headBytes.contains("twelve bytes"))
    }

    @Test func headFollowedByGetStaysInSync() {
        var machine = ConnectionStateMachine(now: 0)
        _ = feed(&machine, "HEAD /x HTTP/1.1\r\nHost: h\r\n\r\nGET /y HTTP/1.1\r\nHost: h\r\n\r\n")
        var text = writtenText(machine.respond(sequence: 0, response: .text("body-of-x"), now: 0))
        text += writtenText(machine.respond(sequence: 1, response: .text("y"), now: 0))
        let responses = splitResponses(text, headRequests: [0])
        #expect(responses.count == 2)
        #expect(responses.map(\.body) == ["", "y"])
        #expect(responses.first?.headers["Content-Length"] == "9")
    }

    @Test(arguments: Split.allCases)
    func rejectionClosesAfterEarlierResponsesAndIgnoresTheRest(split: Split) {
        var machine = ConnectionStateMachine(now: 0)
        let raw = "GET /ok HTTP/1.1\r\nHost: h\r\n\r\nGET /bad HTTP/1.1\r\nHost : h\r\n\r\nGET /smuggled HTTP/1.1\r\nHost: h\r\n\r\n"
        var actions = feed(&machine, raw, split: split)
        #expect(delivered(actions).map(\.0.target) == ["/ok"])
        #expect(actions.contains(.pauseReading))
        #expect(actions.contains { if case .rejected(let e) = $0 { return e.kind == .spaceBeforeColon } else { return false } })
        // The 400 waits for /ok's response.
        #expect(writtenText(actions).isEmpty)
        actions = machine.respond(sequence: 0, response: .text("fine"), now: 0)
        let responses = splitResponses(writtenText(actions))
        #expect(responses.map(\.status) == ["HTTP/1.1 200 OK", "HTTP/1.1 400 Bad Request"])
        #expect(responses.last?.headers["Connection"] == "close")
        #expect(!actions.contains(.close))
        #expect(flushAll(&machine) == [.close])
        #expect(machine.isClosed)
        #expect(machine.received(Array("GET / HTTP/1.1\r\nHost: h\r\n\r\n".utf8), now: 0).isEmpty)
    }

    @Test(arguments: badRequests, [Split.whole, .byteByByte])
    func everyRejectionGetsItsStatusAndClose(bad: BadRequest, split: Split) {
        var machine = ConnectionStateMachine(now: 0)
        let actions = feed(&machine, bad.raw, split: split)
        #expect(delivered(actions).isEmpty)
        let responses = splitResponses(writtenText(actions))
        #expect(responses.count == 1)
        #expect(responses.first?.status.hasPrefix("HTTP/1.1 \(bad.status) ") == true)
        #expect(responses.first?.headers["Connection"] == "close")
        #expect(flushAll(&machine) == [.close])
    }

    @Test func http10ClosesUnlessKeepAlive() {
        var machine = ConnectionStateMachine(now: 0)
        _ = feed(&machine, "GET / HTTP/1.0\r\n\r\nGET /ignored HTTP/1.0\r\n\r\n")
        let actions = machine.respond(sequence: 0, response: .text("x"), now: 0)
        #expect(splitResponses(writtenText(actions)).first?.headers["Connection"] == "close")
        #expect(flushAll(&machine) == [.close])

        var keep = ConnectionStateMachine(now: 0)
        let requests = delivered(feed(&keep, "GET /1 HTTP/1.0\r\nConnection: keep-alive\r\n\r\nGET /2 HTTP/1.0\r\nConnection: keep-alive\r\n\r\n"))
        #expect(requests.count == 2)
        let text = writtenText(keep.respond(sequence: 0, response: .text("1"), now: 0))
        #expect(splitResponses(text).first?.headers["Connection"] == "keep-alive")
        _ = flushAll(&keep)
        #expect(!keep.isClosed)
    }

    @Test func connectionCloseStopsParsingFurtherRequests() {
        var machine = ConnectionStateMachine(now: 0)
        let actions = feed(&machine, "GET /1 HTTP/1.1\r\nHost: h\r\nConnection: close\r\n\r\nGET /2 HTTP/1.1\r\nHost: h\r\n\r\n")
        #expect(delivered(actions).map(\.0.target) == ["/1"])
        let text = writtenText(machine.respond(sequence: 0, response: .text("x"), now: 0))
        #expect(splitResponses(text).first?.headers["Connection"] == "close")
        #expect(flushAll(&machine) == [.close])
    }

    @Test func expectContinueIsSentOnlyWhenTheBodyIsAwaited() {
        var machine = ConnectionStateMachine(now: 0)
        let head = "POST /x HTTP/1.1\r\nHost: h\r\nExpect: 100-continue\r\nContent-Length: 3\r\n\r\n"
        let actions = feed(&machine, head)
        #expect(writtenText(actions) == "HTTP/1.1 100 Continue\r\n\r\n")
        _ = flushAll(&machine)
        let body = feed(&machine, "abc")
        #expect(delivered(body).first?.0.body == Array("abc".utf8))
        #expect(writtenText(body).isEmpty)

        // A client that sends the body straight away gets no interim response.
        var eager = ConnectionStateMachine(now: 0)
        let both = feed(&eager, head + "abc")
        #expect(writtenText(both).isEmpty)
        #expect(delivered(both).count == 1)
    }

    @Test func expectContinueWaitsForEarlierResponses() {
        var machine = ConnectionStateMachine(now: 0)
        let actions = feed(&machine, "GET /first HTTP/1.1\r\nHost: h\r\n\r\nPOST /x HTTP/1.1\r\nHost: h\r\nExpect: 100-continue\r\nContent-Length: 3\r\n\r\n")
        #expect(delivered(actions).count == 1)
        #expect(writtenText(actions).isEmpty)
        let text = writtenText(machine.respond(sequence: 0, response: .text("first"), now: 0))
        #expect(text.hasSuffix("firstHTTP/1.1 100 Continue\r\n\r\n"))
    }

    @Test func expectContinueIsNotSentWhenTheBodyIsTooLarge() {
        var configuration = HTTP1Configuration()
        configuration.maxBodyBytes = 2
        var machine = ConnectionStateMachine(configuration: configuration, now: 0)
        let text = writtenText(feed(&machine, "POST /x HTTP/1.1\r\nHost: h\r\nExpect: 100-continue\r\nContent-Length: 3\r\n\r\n"))
        #expect(text.hasPrefix("HTTP/1.1 413 "))
        #expect(!text.contains("100 Continue"))
    }

    @Test func backpressurePausesAndResumesReading() {
        var configuration = HTTP1Configuration()
        configuration.outboundHighWatermark = 1000
        var machine = ConnectionStateMachine(configuration: configuration, now: 0)
        _ = feed(&machine, "GET / HTTP/1.1\r\nHost: h\r\n\r\n")
        let actions = machine.respond(sequence: 0, response: HTTPResponse(body: [UInt8](repeating: 65, count: 5000)), now: 0)
        #expect(actions.contains(.pauseReading))
        #expect(machine.wrote(2000, now: 0).isEmpty)
        #expect(machine.wrote(machine.unwrittenByteCount - 500, now: 0) == [.resumeReading])
    }

    /// A client that pipelines requests and never reads: requests already
    /// buffered are not started while the unsent output is past the high
    /// watermark (each would queue its whole response), and they are once
    /// the client reads it.
    @Test func backloggedOutputStopsStartingBufferedRequests() {
        var configuration = HTTP1Configuration()
        configuration.outboundHighWatermark = 1000
        var machine = ConnectionStateMachine(configuration: configuration, now: 0)
        let raw = String(repeating: "GET / HTTP/1.1\r\nHost: h\r\n\r\n", count: 6)
        #expect(delivered(feed(&machine, raw)).map(\.1) == [0, 1, 2, 3, 4, 5])
        let big = HTTPResponse(body: [UInt8](repeating: 65, count: 5000))
        _ = machine.respond(sequence: 0, response: big, now: 0)
        _ = machine.respond(sequence: 1, response: big, now: 0)
        let raw2 = String(repeating: "GET / HTTP/1.1\r\nHost: h\r\n\r\n", count: 3)
        #expect(delivered(feed(&machine, raw2)).isEmpty)
        #expect(machine.deadline?.timeout == .write)
        let resumed = flushAll(&machine)
        #expect(delivered(resumed).map(\.1) == [6, 7, 8])
    }

    @Test func tooManyPipelinedRequestsPauseParsing() {
        var configuration = HTTP1Configuration()
        configuration.maxPipelinedRequests = 2
        var machine = ConnectionStateMachine(configuration: configuration, now: 0)
        let raw = String(repeating: "GET / HTTP/1.1\r\nHost: h\r\n\r\n", count: 4)
        let first = feed(&machine, raw)
        #expect(delivered(first).map(\.1) == [0, 1])
        #expect(first.contains(.pauseReading))
        let next = machine.respond(sequence: 0, response: .text("0"), now: 0)
        #expect(delivered(next).map(\.1) == [2])
        let more = machine.respond(sequence: 1, response: .text("1"), now: 0)
        #expect(delivered(more).map(\.1) == [3])
        #expect(machine.inFlightCount == 2)
    }

    @Test func eofAnswersDeliveredRequestsThenCloses() {
        var machine = ConnectionStateMachine(now: 0)
        _ = feed(&machine, "GET / HTTP/1.1\r\nHost: h\r\n\r\nGET /partial HTT")
        #expect(!machine.receivedEOF(now: 0).contains(.close))
        let actions = machine.respond(sequence: 0, response: .text("ok"), now: 0)
        #expect(splitResponses(writtenText(actions)).count == 1)
        #expect(flushAll(&machine) == [.close])
    }

    @Test func shutdownClosesIdleAtOnceAndBusyAfterTheResponse() {
        var idle = ConnectionStateMachine(now: 0)
        #expect(idle.beginShutdown(now: 0).contains(.close))

        var busy = ConnectionStateMachine(now: 0)
        _ = feed(&busy, "GET / HTTP/1.1\r\nHost: h\r\n\r\n")
        #expect(!busy.beginShutdown(now: 0).contains(.close))
        let text = writtenText(busy.respond(sequence: 0, response: .text("done"), now: 0))
        #expect(splitResponses(text).first?.headers["Connection"] == "close")
        #expect(flushAll(&busy) == [.close])
    }

    @Test func timeoutsFollowTheConnectionPhase() throws {
        var configuration = HTTP1Configuration()
        configuration.headerReadTimeout = .seconds(1)
        configuration.idleTimeout = .seconds(5)
        let second: UInt64 = 1_000_000_000
        var machine = ConnectionStateMachine(configuration: configuration, now: 0)
        #expect(machine.deadline?.timeout == .header)
        #expect(machine.deadline?.at == second)
        // A fresh connection that never sends anything is closed silently.
        #expect(machine.timeoutFired(now: second / 2).isEmpty)
        var silent = machine
        #expect(silent.timeoutFired(now: second) == [.close])

        // Slowloris: a partial head at the deadline gets 408 and close.
        _ = feed(&machine, "GET / HTTP/1.1\r\nHo", now: second / 2)
        let actions = machine.timeoutFired(now: second)
        #expect(writtenText(actions).hasPrefix("HTTP/1.1 408 Request Timeout\r\n"))
        #expect(flushAll(&machine) == [.close])

        // Between requests the idle timeout applies, counted from the last write.
        var keep = ConnectionStateMachine(configuration: configuration, now: 0)
        _ = feed(&keep, "GET / HTTP/1.1\r\nHost: h\r\n\r\n", now: 10)
        #expect(keep.deadline == nil)
        _ = keep.respond(sequence: 0, response: .text("x"), now: 20)
        #expect(keep.deadline?.timeout == .write)
        _ = flushAll(&keep, now: 30)
        let deadline = try #require(keep.deadline)
        #expect(deadline.timeout == .idle)
        #expect(deadline.at == 30 + 5 * second)
        #expect(keep.timeoutFired(now: deadline.at) == [.close])
    }

    @Test func handlerConnectionCloseHeaderEndsTheConnection() {
        var machine = ConnectionStateMachine(now: 0)
        _ = feed(&machine, "GET / HTTP/1.1\r\nHost: h\r\n\r\n")
        var response = HTTPResponse.text("bye")
        response.headers.add(name: "Connection", value: "close")
        let text = writtenText(machine.respond(sequence: 0, response: response, now: 0))
        #expect(text.ranges(of: "Connection: close").count == 1)
        #expect(flushAll(&machine) == [.close])
    }

    @Test func responseSplittingHeadersAreDropped() {
        var response = HTTPResponse.text("x")
        response.headers.add(name: "X-Evil", value: "a\r\nSet-Cookie: b")
        response.headers.add(name: "Bad Name", value: "v")
        response.headers.add(name: "X-Good", value: "ok")
        let framing = ResponseSerializer.Framing(isHeadRequest: false, close: false, http10KeepAlive: false)
        let text = String(decoding: ResponseSerializer.serialize(response, framing: framing, date: "D"), as: UTF8.self)
        #expect(!text.contains("Set-Cookie"))
        #expect(!text.contains("Bad Name"))
        #expect(text.contains("X-Good: ok\r\n"))
    }

    @Test func noContentHasNoLengthOrBody() {
        let framing = ResponseSerializer.Framing(isHeadRequest: false, close: false, http10KeepAlive: false)
        let text = String(decoding: ResponseSerializer.serialize(HTTPResponse(status: .noContent, body: [1, 2]), framing: framing, date: "D"), as: UTF8.self)
        #expect(!text.contains("Content-Length"))
        #expect(text.hasSuffix("\r\n\r\n"))
    }

    @Test func stalledBodyGets408AndStalledWriteCloses() throws {
        var configuration = HTTP1Configuration()
        configuration.bodyReadTimeout = .seconds(2)
        configuration.writeTimeout = .seconds(3)
        let second: UInt64 = 1_000_000_000
        var machine = ConnectionStateMachine(configuration: configuration, now: 0)
        _ = feed(&machine, "POST / HTTP/1.1\r\nHost: h\r\nContent-Length: 10\r\n\r\nabc", now: second)
        let deadline = try #require(machine.deadline)
        #expect(deadline.timeout == .body)
        #expect(deadline.at == 3 * second)
        _ = feed(&machine, "de", now: 2 * second)
        #expect(machine.deadline?.at == 4 * second, "each read restarts the body timeout")
        let actions = machine.timeoutFired(now: 4 * second)
        #expect(writtenText(actions).hasPrefix("HTTP/1.1 408 "))
        // Nobody reads the 408: the write timeout closes the connection.
        #expect(machine.deadline?.timeout == .write)
        #expect(machine.timeoutFired(now: 7 * second) == [.close])
        #expect(machine.isClosed)
    }

    @Test func bodyTrickledAByteAtATimeMeetsTheBodyDeadline() throws {
        var configuration = HTTP1Configuration()
        configuration.bodyReadTimeout = .seconds(2)
        configuration.bodyTotalTimeout = .seconds(10)
        let second: UInt64 = 1_000_000_000
        var machine = ConnectionStateMachine(configuration: configuration, now: 0)
        _ = feed(&machine, "POST / HTTP/1.1\r\nHost: h\r\nContent-Length: 100\r\n\r\n", now: second)
        // One byte a second never stalls long enough for the gap timeout...
        for t in 2...10 {
            _ = feed(&machine, "x", now: UInt64(t) * second)
            #expect(machine.timeoutFired(now: UInt64(t) * second).isEmpty)
        }
        // ...but the whole body is due 10 s after its header section.
        let deadline = try #require(machine.deadline)
        #expect(deadline.timeout == .bodyTotal)
        #expect(deadline.at == 11 * second)
        _ = feed(&machine, "x", now: 11 * second - 1)
        let actions = machine.timeoutFired(now: 11 * second)
        #expect(writtenText(actions).hasPrefix("HTTP/1.1 408 Request Timeout\r\n"))
        #expect(writtenText(actions).contains("Connection: close\r\n"))
        #expect(flushAll(&machine, now: 11 * second) == [.close])
    }

    @Test func headerTrickledAByteAtATimeMeetsTheHeaderDeadline() {
        var configuration = HTTP1Configuration()
        configuration.headerReadTimeout = .seconds(5)
        let second: UInt64 = 1_000_000_000
        var machine = ConnectionStateMachine(configuration: configuration, now: 0)
        // Reads do not restart the header clock: it runs from the accept.
        for (t, byte) in "GET / HT".enumerated() {
            _ = feed(&machine, String(byte), now: UInt64(t) * second / 2)
        }
        #expect(machine.deadline?.timeout == .header)
        #expect(machine.deadline?.at == 5 * second)
        #expect(writtenText(machine.timeoutFired(now: 5 * second)).hasPrefix("HTTP/1.1 408 "))
    }

    @Test func aBodyThatArrivesInTimeIsDeliveredDespiteTheDeadline() {
        var configuration = HTTP1Configuration()
        configuration.bodyTotalTimeout = .seconds(3)
        let second: UInt64 = 1_000_000_000
        var machine = ConnectionStateMachine(configuration: configuration, now: 0)
        _ = feed(&machine, "POST / HTTP/1.1\r\nHost: h\r\nContent-Length: 2\r\n\r\na", now: 0)
        let actions = feed(&machine, "b", now: 3 * second - 1)
        #expect(delivered(actions).count == 1)
        #expect(machine.deadline == nil, "no timeout while the application prepares the response")
    }
}
