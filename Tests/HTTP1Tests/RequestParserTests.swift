import Testing
@testable import HTTP1

/// A request the parser must accept, with what it must produce.
struct GoodRequest: CustomStringConvertible {
    let name: String
    let raw: String
    let method: String
    let target: String
    let body: String
    var version: HTTPVersion = .http1_1
    var keepAlive = true
    var description: String { name }
}

/// A request the parser must reject, with the status and error kind expected.
struct BadRequest: CustomStringConvertible {
    let name: String
    let raw: String
    let status: Int
    let kind: HTTPParseError.Kind
    var description: String { name }
}

let goodRequests: [GoodRequest] = [
    GoodRequest(name: "simple GET", raw: "GET / HTTP/1.1\r\nHost: a\r\n\r\n", method: "GET", target: "/", body: ""),
    GoodRequest(name: "query", raw: "GET /api/examples?x=1&y=%20 HTTP/1.1\r\nHost: a\r\n\r\n",
                method: "GET", target: "/api/examples?x=1&y=%20", body: ""),
    GoodRequest(name: "content-length body", raw: "POST /api/run HTTP/1.1\r\nHost: a\r\nContent-Length: 5\r\n\r\nhello",
                method: "POST", target: "/api/run", body: "hello"),
    GoodRequest(name: "zero content-length POST", raw: "POST /x HTTP/1.1\r\nHost: a\r\nContent-Length: 0\r\n\r\n",
                method: "POST", target: "/x", body: ""),
    GoodRequest(name: "chunked body with extension and trailer",
                raw: "POST /c HTTP/1.1\r\nHost: a\r\nTransfer-Encoding: chunked\r\n\r\n5;ext=1\r\nhello\r\nA\r\n, world!!!\r\n0\r\nX-Trailer: t\r\n\r\n",
                method: "POST", target: "/c", body: "hello, world!!!"),
    GoodRequest(name: "chunked upper-case hex and coding name",
                raw: "PUT /c HTTP/1.1\r\nHost: a\r\nTransfer-Encoding: Chunked\r\n\r\n1A\r\nabcdefghijklmnopqrstuvwxyz\r\n0\r\n\r\n",
                method: "PUT", target: "/c", body: "abcdefghijklmnopqrstuvwxyz"),
    GoodRequest(name: "HTTP/1.0 without Host closes", raw: "GET /old HTTP/1.0\r\n\r\n", method: "GET", target: "/old", body: "",
                version: .http1_0, keepAlive: false),
    GoodRequest(name: "HTTP/1.0 keep-alive", raw: "GET / HTTP/1.0\r\nConnection: Keep-Alive\r\n\r\n", method: "GET", target: "/",
                body: "", version: .http1_0, keepAlive: true),
    GoodRequest(name: "Connection: close", raw: "GET / HTTP/1.1\r\nHost: a\r\nConnection: foo, close\r\n\r\n", method: "GET",
                target: "/", body: "", keepAlive: false),
    GoodRequest(name: "leading empty line ignored", raw: "\r\nGET / HTTP/1.1\r\nHost: a\r\n\r\n", method: "GET", target: "/", body: ""),
    GoodRequest(name: "OWS around value and empty value", raw: "GET / HTTP/1.1\r\nHost:a\r\nX-A: \t v v \t\r\nX-Empty:\r\n\r\n",
                method: "GET", target: "/", body: ""),
    GoodRequest(name: "absolute-form target", raw: "GET http://example.com/p?q HTTP/1.1\r\nHost: example.com\r\n\r\n",
                method: "GET", target: "http://example.com/p?q", body: ""),
    GoodRequest(name: "asterisk-form OPTIONS", raw: "OPTIONS * HTTP/1.1\r\nHost: a\r\n\r\n", method: "OPTIONS", target: "*", body: ""),
    GoodRequest(name: "expect 100-continue", raw: "POST /x HTTP/1.1\r\nHost: a\r\nExpect: 100-continue\r\nContent-Length: 2\r\n\r\nok",
                method: "POST", target: "/x", body: "ok"),
    GoodRequest(name: "obs-text in value", raw: "GET / HTTP/1.1\r\nHost: a\r\nX-Latin: caf\u{e9}\r\n\r\n", method: "GET", target: "/", body: ""),
]

let badRequests: [BadRequest] = [
    BadRequest(name: "CL and TE", raw: "POST / HTTP/1.1\r\nHost: a\r\nContent-Length: 3\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\n",
               status: 400, kind: .contentLengthWithTransferEncoding),
    BadRequest(name: "duplicate CL", raw: "POST / HTTP/1.1\r\nHost: a\r\nContent-Length: 3\r\nContent-Length: 3\r\n\r\nabc",
               status: 400, kind: .invalidContentLength),
    BadRequest(name: "CL list", raw: "POST / HTTP/1.1\r\nHost: a\r\nContent-Length: 3, 3\r\n\r\nabc", status: 400, kind: .invalidContentLength),
    BadRequest(name: "negative CL", raw: "POST / HTTP/1.1\r\nHost: a\r\nContent-Length: -1\r\n\r\n", status: 400, kind: .invalidContentLength),
    BadRequest(name: "plus-signed CL", raw: "POST / HTTP/1.1\r\nHost: a\r\nContent-Length: +3\r\n\r\nabc", status: 400, kind: .invalidContentLength),
    BadRequest(name: "huge CL", raw: "POST / HTTP/1.1\r\nHost: a\r\nContent-Length: 99999999999999999999999\r\n\r\n",
               status: 400, kind: .invalidContentLength),
    BadRequest(name: "bad chunk size", raw: "POST / HTTP/1.1\r\nHost: a\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\n", status: 400, kind: .badChunk),
    BadRequest(name: "chunk size overflow", raw: "POST / HTTP/1.1\r\nHost: a\r\nTransfer-Encoding: chunked\r\n\r\nffffffffffffffffff\r\n",
               status: 400, kind: .badChunk),
    BadRequest(name: "chunk data too long", raw: "POST / HTTP/1.1\r\nHost: a\r\nTransfer-Encoding: chunked\r\n\r\n2\r\nabc\r\n0\r\n\r\n",
               status: 400, kind: .badChunk),
    BadRequest(name: "negative chunk size", raw: "POST / HTTP/1.1\r\nHost: a\r\nTransfer-Encoding: chunked\r\n\r\n-1\r\n", status: 400, kind: .badChunk),
    BadRequest(name: "obs-fold", raw: "GET / HTTP/1.1\r\nHost: a\r\nX-A: one\r\n two\r\n\r\n", status: 400, kind: .obsFold),
    BadRequest(name: "space before colon", raw: "GET / HTTP/1.1\r\nHost : a\r\n\r\n", status: 400, kind: .spaceBeforeColon),
    BadRequest(name: "space inside name", raw: "GET / HTTP/1.1\r\nHost: a\r\nBad Name: x\r\n\r\n", status: 400, kind: .invalidHeader),
    BadRequest(name: "no colon", raw: "GET / HTTP/1.1\r\nHost: a\r\nnocolon\r\n\r\n", status: 400, kind: .invalidHeader),
    BadRequest(name: "NUL in value", raw: "GET / HTTP/1.1\r\nHost: a\r\nX: a\u{0}b\r\n\r\n", status: 400, kind: .invalidHeader),
    BadRequest(name: "bare CR in header", raw: "GET / HTTP/1.1\r\nHost: a\rX: b\r\n\r\n", status: 400, kind: .bareCR),
    BadRequest(name: "bare LF line end", raw: "GET / HTTP/1.1\nHost: a\r\n\r\n", status: 400, kind: .bareCR),
    BadRequest(name: "bare CR in request line", raw: "GET /\r HTTP/1.1\r\nHost: a\r\n\r\n", status: 400, kind: .bareCR),
    BadRequest(name: "two spaces in request line", raw: "GET  / HTTP/1.1\r\nHost: a\r\n\r\n", status: 400, kind: .badRequestLine),
    BadRequest(name: "missing version", raw: "GET /\r\n\r\n", status: 400, kind: .badRequestLine),
    BadRequest(name: "lower-case http", raw: "GET / http/1.1\r\nHost: a\r\n\r\n", status: 400, kind: .badRequestLine),
    BadRequest(name: "relative target", raw: "GET index.html HTTP/1.1\r\nHost: a\r\n\r\n", status: 400, kind: .badRequestLine),
    BadRequest(name: "method not a token", raw: "G(T / HTTP/1.1\r\nHost: a\r\n\r\n", status: 400, kind: .badRequestLine),
    BadRequest(name: "missing Host on 1.1", raw: "GET / HTTP/1.1\r\n\r\n", status: 400, kind: .badHost),
    BadRequest(name: "two Hosts", raw: "GET / HTTP/1.1\r\nHost: a\r\nHost: b\r\n\r\n", status: 400, kind: .badHost),
    BadRequest(name: "chunked not last", raw: "POST / HTTP/1.1\r\nHost: a\r\nTransfer-Encoding: chunked, chunked\r\n\r\n",
               status: 400, kind: .badTransferEncoding),
    BadRequest(name: "TE on HTTP/1.0", raw: "POST / HTTP/1.0\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\n", status: 400, kind: .badTransferEncoding),
    BadRequest(name: "POST without length", raw: "POST /api/run HTTP/1.1\r\nHost: a\r\n\r\n", status: 411, kind: .lengthRequired),
    BadRequest(name: "PUT without length", raw: "PUT /x HTTP/1.1\r\nHost: a\r\n\r\n", status: 411, kind: .lengthRequired),
    BadRequest(name: "CL over the limit", raw: "POST / HTTP/1.1\r\nHost: a\r\nContent-Length: 262145\r\n\r\n", status: 413, kind: .bodyTooLarge),
    BadRequest(name: "unknown transfer coding", raw: "POST / HTTP/1.1\r\nHost: a\r\nTransfer-Encoding: gzip, chunked\r\n\r\n",
               status: 501, kind: .unsupportedTransferEncoding),
    BadRequest(name: "HTTP/2.0", raw: "GET / HTTP/2.0\r\nHost: a\r\n\r\n", status: 505, kind: .unsupportedVersion),
    BadRequest(name: "HTTP/1.2", raw: "GET / HTTP/1.2\r\nHost: a\r\n\r\n", status: 505, kind: .unsupportedVersion),
    BadRequest(name: "unknown expectation", raw: "POST / HTTP/1.1\r\nHost: a\r\nExpect: 200-ok\r\nContent-Length: 1\r\n\r\nx",
               status: 417, kind: .unsupportedExpectation),
]

@Suite struct RequestParserTests {
    @Test(arguments: goodRequests, Split.allCases)
    func acceptsGoodRequest(_ good: GoodRequest, split: Split) throws {
        let outcome = parse(good.raw, split: split)
        #expect(outcome.error == nil)
        let request = try #require(outcome.requests.first)
        #expect(outcome.requests.count == 1)
        #expect(outcome.heads.count == 1)
        #expect(request.method == good.method)
        #expect(request.target == good.target)
        #expect(String(decoding: request.body, as: UTF8.self) == good.body)
        #expect(request.version == good.version)
        #expect(request.keepAlive == good.keepAlive)
    }

    @Test(arguments: badRequests, Split.allCases)
    func rejectsBadRequest(_ bad: BadRequest, split: Split) throws {
        let outcome = parse(bad.raw, split: split)
        let error = try #require(outcome.error)
        #expect(error.kind == bad.kind)
        #expect(error.status.code == bad.status)
        #expect(outcome.requests.isEmpty)
        #expect(!error.message.isEmpty)
    }

    @Test func errorIsSticky() {
        var parser = RequestParser()
        parser.append(Array("GET / HTTP/9.9\r\n\r\n".utf8))
        #expect(throws: HTTPParseError.self) { try parser.next() }
        parser.append(Array("GET / HTTP/1.1\r\nHost: a\r\n\r\n".utf8))
        #expect(throws: HTTPParseError.self) { try parser.next() }
    }

    @Test func headersKeepOrderAndLookUpCaseInsensitively() throws {
        let outcome = parse("GET / HTTP/1.1\r\nhost: a\r\nX-One: 1\r\nx-one: 2\r\nAccept: */*\r\n\r\n")
        let headers = try #require(outcome.requests.first).headers
        #expect(headers.fields.map(\.name) == ["host", "X-One", "x-one", "Accept"])
        #expect(headers["HOST"] == "a")
        #expect(headers.values(for: "X-ONE") == ["1", "2"])
    }

    @Test(arguments: Split.allCases)
    func parsesPipelinedRequestsInOrder(split: Split) {
        let raw = "GET /1 HTTP/1.1\r\nHost: a\r\n\r\nPOST /2 HTTP/1.1\r\nHost: a\r\nContent-Length: 3\r\n\r\nabc"
            + "POST /3 HTTP/1.1\r\nHost: a\r\nTransfer-Encoding: chunked\r\n\r\n1\r\nz\r\n0\r\n\r\nGET /4 HTTP/1.1\r\nHost: a\r\n\r\n"
        let outcome = parse(raw, split: split)
        #expect(outcome.error == nil)
        #expect(outcome.requests.map(\.target) == ["/1", "/2", "/3", "/4"])
        #expect(outcome.requests.map { String(decoding: $0.body, as: UTF8.self) } == ["", "abc", "z", ""])
    }

    @Test(arguments: [Split.whole, .byteByByte])
    func requestLineLimitIs414(split: Split) {
        var configuration = HTTP1Configuration()
        configuration.maxRequestLineLength = 64
        let atLimit = "GET /" + String(repeating: "a", count: 64 - 14) + " HTTP/1.1"
        #expect(atLimit.utf8.count == 64)
        #expect(parse(atLimit + "\r\nHost: a\r\n\r\n", split: split, configuration: configuration).requests.count == 1)
        let over = "GET /" + String(repeating: "a", count: 64 - 13) + " HTTP/1.1\r\nHost: a\r\n\r\n"
        #expect(parse(over, split: split, configuration: configuration).error?.status.code == 414)
        // Without any CRLF the parser must give up as soon as the limit is passed, not buffer forever.
        let endless = "GET /" + String(repeating: "a", count: 200)
        #expect(parse(endless, split: split, configuration: configuration).error?.kind == .requestLineTooLong)
    }

    @Test(arguments: [Split.whole, .byteByByte])
    func headerLimitsAre431(split: Split) {
        var configuration = HTTP1Configuration()
        configuration.maxHeaderBytes = 256
        configuration.maxHeaderCount = 5
        let big = "GET / HTTP/1.1\r\nHost: a\r\nX-Big: " + String(repeating: "b", count: 300) + "\r\n\r\n"
        #expect(parse(big, split: split, configuration: configuration).error?.status.code == 431)
        let many = "GET / HTTP/1.1\r\nHost: a\r\n" + (1...5).map { "X-\($0): v\r\n" }.joined() + "\r\n"
        #expect(parse(many, split: split, configuration: configuration).error?.status.code == 431)
        let five = "GET / HTTP/1.1\r\nHost: a\r\n" + (1...4).map { "X-\($0): v\r\n" }.joined() + "\r\n"
        #expect(parse(five, split: split, configuration: configuration).requests.count == 1)
        let endless = "GET / HTTP/1.1\r\nHost: a\r\nX: " + String(repeating: "y", count: 400)
        #expect(parse(endless, split: split, configuration: configuration).error?.status.code == 431)
    }

    @Test(arguments: [Split.whole, .threes])
    func chunkedBodyIsCutOffAtTheLimit(split: Split) {
        var configuration = HTTP1Configuration()
        configuration.maxBodyBytes = 10
        let fits = "POST / HTTP/1.1\r\nHost: a\r\nTransfer-Encoding: chunked\r\n\r\n5\r\n12345\r\n5\r\n67890\r\n0\r\n\r\n"
        #expect(parse(fits, split: split, configuration: configuration).requests.first?.body.count == 10)
        let over = "POST / HTTP/1.1\r\nHost: a\r\nTransfer-Encoding: chunked\r\n\r\n5\r\n12345\r\n6\r\n"
        let outcome = parse(over, split: split, configuration: configuration)
        #expect(outcome.error?.status.code == 413)
        #expect(outcome.heads.count == 1)
    }

    @Test func bodyTooLargeIsDecidedFromTheHead() {
        var configuration = HTTP1Configuration()
        configuration.maxBodyBytes = 10
        let outcome = parse("POST / HTTP/1.1\r\nHost: a\r\nContent-Length: 11\r\n\r\n", configuration: configuration)
        #expect(outcome.error?.status.code == 413)
        #expect(outcome.heads.isEmpty)
    }

    @Test func headIsYieldedBeforeTheBody() {
        var parser = RequestParser()
        parser.append(Array("POST / HTTP/1.1\r\nHost: a\r\nExpect: 100-continue\r\nContent-Length: 4\r\n\r\n".utf8))
        guard case .head(let head)? = try? parser.next() else {
            Issue.record("expected the head first")
            return
        }
        #expect(head.expectsContinue)
        #expect(parser.isReadingBody)
        #expect(!parser.hasReceivedBody)
        #expect((try? parser.next()) == .some(nil))
        parser.append(Array("data".utf8))
        guard case .request(let request)? = try? parser.next() else {
            Issue.record("expected the request after the body")
            return
        }
        #expect(request.body == Array("data".utf8))
        #expect(parser.isIdle)
    }

    @Test func pathQueryAndDecoding() {
        let request = HTTPRequest(method: "GET", target: "/a%20b/c?name=J%C3%BCrg+en&flag&x=1=2")
        #expect(request.path == "/a%20b/c")
        #expect(request.query == "name=J%C3%BCrg+en&flag&x=1=2")
        #expect(request.decodedPath == "/a b/c")
        let items = request.queryItems.map { "\($0.name)=\($0.value)" }
        #expect(items == ["name=Jürg en", "flag=", "x=1=2"])
        #expect(HTTPRequest(method: "GET", target: "/bad%zz").decodedPath == nil)
        #expect(HTTPRequest(method: "GET", target: "http://h:80/p/q?z").path == "/p/q")
        #expect(HTTPRequest(method: "GET", target: "http://h").path == "/")
        #expect(HTTPRequest(method: "GET", target: "/").query == nil)
    }
}

/// Seeded splits and garbage: the parser's behaviour must not depend on how bytes arrive.
@Suite struct RequestParserRobustnessTests {
    /// A tiny deterministic generator (xorshift) so failures reproduce.
    struct Rng {
        var state: UInt64
        mutating func next(_ bound: Int) -> Int {
            state ^= state << 13
            state ^= state >> 7
            state ^= state << 17
            return Int(state % UInt64(max(bound, 1)))
        }
    }

    @Test(arguments: 1...20)
    func randomSplitsGiveTheSameRequests(seed: Int) {
        let raw = Array(goodRequests.filter { $0.keepAlive }.map(\.raw).joined().utf8)
        let expected = parse(bytes: raw)
        #expect(expected.error == nil)
        var rng = Rng(state: UInt64(seed) &* 0x9E37_79B9_7F4A_7C15 | 1)
        var parser = RequestParser()
        var requests: [HTTPRequest] = []
        var offset = 0
        while offset < raw.count {
            let length = 1 + rng.next(40)
            parser.append(raw[offset..<min(offset + length, raw.count)])
            offset += length
            while case .some(let event) = try? parser.next() {
                if case .request(let request) = event { requests.append(request) }
            }
        }
        #expect(requests == expected.requests)
        #expect(parser.isIdle)
    }

    @Test(arguments: 1...30)
    func garbageNeverCrashesAndStaysBounded(seed: Int) {
        var rng = Rng(state: UInt64(seed) &* 0xD6E8_FEB8_6659_FD93 | 1)
        let alphabet = Array("GET / HTTP/1.1\r\nHost: a\r\nContent-Length: 3\r\nTransfer-Encoding: chunked\r\n\r\n0123456789abcdef;: \t\u{0}\r\n".utf8)
        var configuration = HTTP1Configuration()
        configuration.maxHeaderBytes = 512
        configuration.maxBodyBytes = 512
        var parser = RequestParser(configuration: configuration)
        for _ in 0..<2000 {
            parser.append((0..<(1 + rng.next(8))).map { _ in alphabet[rng.next(alphabet.count)] })
            do {
                while try parser.next() != nil {}
            } catch {
                #expect((400...505).contains(error.status.code))
                return
            }
            #expect(parser.bufferedByteCount <= 1024 + 8)
        }
    }
}
