import Testing
@testable import HTTP1

@Suite struct HTTPHeadersTests {
    @Test func replaceOrAddKeepsPositionAndRemovesDuplicates() {
        var headers: HTTPHeaders = ["A": "1", "b": "2", "B": "3", "C": "4"]
        headers.replaceOrAdd(name: "B", value: "x")
        #expect(headers.fields.map(\.name) == ["A", "b", "C"])
        #expect(headers["b"] == "x")
        headers.replaceOrAdd(name: "D", value: "5")
        #expect(headers["d"] == "5")
        headers.remove(name: "a")
        #expect(!headers.contains("A"))
        #expect(headers.count == 3)
    }

    @Test func tokenQueriesScanInPlace() {
        let headers: HTTPHeaders = ["Connection": " Keep-Alive ,, Upgrade", "connection": "CLOSE", "Host": "a", "HOST": "b"]
        #expect(headers.containsToken("close", in: "Connection"))
        #expect(headers.containsToken("keep-alive", in: "CONNECTION"))
        #expect(!headers.containsToken("keep", in: "Connection"))
        #expect(headers.tokenCount(in: "Connection") == 3, "empty elements are not tokens")
        #expect(headers.tokenCount(in: "Expect") == 0)
        #expect(headers.count(of: "host") == 2)
        #expect(HTTPHeaders([("Expect", ",")]).tokenCount(in: "Expect") == 0)
    }

    @Test func tokensAreTrimmedAndLowerCased() {
        let headers = HTTPHeaders([("Connection", " Keep-Alive , ,Upgrade"), ("connection", "CLOSE")])
        #expect(headers.tokens(for: "CONNECTION") == ["keep-alive", "upgrade", "close"])
        #expect(headers.containsToken("Close", in: "Connection"))
    }
}

/// Response headers are checked for the wire as they are added, once.
@Suite struct HTTPHeadersWireTests {
    @Test func wireReadinessFollowsTheFields() {
        var headers = HTTPHeaders()
        #expect(headers.fieldsAreWireReady)
        headers.add(name: "Content-Type", value: "text/plain")
        #expect(headers.fieldsAreWireReady)
        headers.add(name: "Content-Length", value: "5")          // the serializer's own
        #expect(!headers.fieldsAreWireReady)
        headers.remove(name: "content-length")
        #expect(headers.fieldsAreWireReady)
        headers.add(name: "X-Split", value: "a\r\nInjected: yes")
        #expect(!headers.fieldsAreWireReady)
        headers.replaceOrAdd(name: "X-Split", value: "fine")
        #expect(headers.fieldsAreWireReady)
        #expect(HTTPHeaders([("Bad Name", "v")]).fieldsAreWireReady == false)
    }

    @Test func equalityIgnoresHowTheFieldsWereChecked() {
        var parsed = HTTPHeaders()
        parsed.addParsed(name: "Host", value: "x")
        #expect(parsed == HTTPHeaders([("Host", "x")]))
    }
}

extension HTTPHeadersWireTests {
    @Test func wireLinesAreTheFieldsAsHeaderLines() {
        var headers: HTTPHeaders = ["A": "1", "B-Two": "x y"]
        #expect(headers.wireLines == Array("A: 1\r\nB-Two: x y\r\n".utf8))
        headers.replaceOrAdd(name: "a", value: "2")
        #expect(headers.wireLines == Array("A: 2\r\nB-Two: x y\r\n".utf8), "the field keeps its place and name")
    }
}
