import XCTest
@testable import Runtime

final class JSONTests: XCTestCase {
    func testWriterEscapesAndOrders() {
        let value: JSONValue = .object([
            ("b", 1), ("a", .string("q\"\\\n\u{01}é\u{2028}")), ("c", .array([nil, true, 0.5])),
        ])
        XCTAssertEqual(JSONWriter.string(value),
                       #"{"b":1,"a":"q\"\\\n\u0001é\u2028","c":[null,true,0.5]}"#)
    }

    func testWriterDoubles() {
        XCTAssertEqual(JSONWriter.string(.double(0.1 + 0.2)), "0.30000000000000004")
        XCTAssertEqual(JSONWriter.string(.double(3.0)), "3")
        XCTAssertEqual(JSONWriter.string(.double(.infinity)), "null")
        XCTAssertEqual(JSONWriter.string(.double(1e-5)), "1e-05")
    }

    func testParserRoundTrip() throws {
        let text = #"{"source": "print(1)\n", "seed": 7, "limits": {"steps": 1000}, "x": [1.5, -2e3, "\u00e9\ud83d\ude00"], "n": null}"#
        let value = try JSONParser.parse(text)
        XCTAssertEqual(value["source"]?.stringValue, "print(1)\n")
        XCTAssertEqual(value["seed"]?.intValue, 7)
        XCTAssertEqual(value["limits"]?["steps"]?.intValue, 1000)
        XCTAssertEqual(value["x"], .array([1.5, -2000.0, .string("é😀")]))
        XCTAssertEqual(value["n"], .null)
        XCTAssertEqual(try JSONParser.parse(JSONWriter.string(value)), value)
    }

    func testParserRejectsMalformedInput() {
        let bad = ["", "{", "[1,]", "{\"a\":1,}", "01", "1.", "\"\u{01}\"", "\"\\x\"", "nul",
                   "\"\\ud800\"", "[1] 2", "{'a': 1}", "// c\n1", "-", "1e"]
        for text in bad {
            XCTAssertThrowsError(try JSONParser.parse(text), "accepted \(text.debugDescription)")
        }
        XCTAssertThrowsError(try JSONParser.parse([0x22, 0xC0, 0xAF, 0x22]), "overlong UTF-8")
        XCTAssertThrowsError(try JSONParser.parse([0x22, 0xED, 0xA0, 0x80, 0x22]), "surrogate in UTF-8")
    }

    func testParserBoundsNesting() {
        let deep = String(repeating: "[", count: 100_000) + String(repeating: "]", count: 100_000)
        XCTAssertThrowsError(try JSONParser.parse(deep)) { error in
            XCTAssertTrue("\(error)".contains("nesting"), "\(error)")
        }
        let ok = String(repeating: "[", count: 64) + String(repeating: "]", count: 64)
        XCTAssertNoThrow(try JSONParser.parse(ok))
    }

    func testStreamedTraceTextEqualsTheTreeWriter() throws {
        // Every corpus trace, with its escapes, doubles and nested fields.
        var compared = 0
        for (name, source) in TraceCorpus.programs() {
            guard let trace = TraceCorpus.run(source, detail: name.hasSuffix("016_future_iter.py") ? .lines : .slices)
            else { continue }
            XCTAssertEqual(trace.jsonBytes(), JSONWriter.bytes(trace.json()), name)
            compared += 1
        }
        XCTAssertGreaterThan(compared, 30)
        // The API's "limits" member goes right after "limit".
        var trace = Trace()
        trace.events = [TraceEvent(seq: 0, time: 0.5, task: nil, kind: .print, line: 3,
                                   fields: [("text", .string("a\"b\n\u{2028}"))])]
        let text = String(decoding: trace.jsonBytes(insertingAfterLimit: [("limits", .object([("steps", 5)]))]),
                          as: UTF8.self)
        XCTAssertTrue(text.contains(#""limit":null,"limits":{"steps":5},"deadlock""#), text)
        XCTAssertTrue(text.hasSuffix(#""events":[{"seq":0,"time":0.5,"task":null,"kind":"print","line":3,"text":"a\"b\n\u2028"}]}"#), text)
    }

    func testTraceJSONHasDesignFieldsInOrder() {
        var trace = Trace()
        trace.status = .limit
        trace.limit = LimitHit(name: "steps", value: 1000)
        trace.events = [TraceEvent(seq: 0, time: 0, task: 1, kind: .print, line: 3, fields: [("text", "hi\n")])]
        guard case let .object(members) = trace.json() else { return XCTFail("not an object") }
        XCTAssertEqual(members.map(\.0), ["version", "status", "stdout", "result", "error", "limit", "deadlock",
                                          "stats", "schedule", "choices", "warnings", "tasks", "events"])
        XCTAssertEqual(JSONWriter.string(trace.json()["limit"] ?? nil), #"{"name":"steps","value":1000}"#)
        XCTAssertEqual(JSONWriter.string(trace.json()["events"] ?? nil),
                       #"[{"seq":0,"time":0,"task":1,"kind":"print","line":3,"text":"hi\n"}]"#)
    }
}
