import Foundation
import HTTP1
import Runtime
import XCTest
@testable import Playground

/// `POST /api/run?format=chrome`: the run in Chrome's trace-event format,
/// with either body type; other formats are a 400 naming `format`.
final class RunFormatRouteTests: XCTestCase {
    private let program = """
    import asyncio
    async def main():
        await asyncio.sleep(1)
        print("done")
    asyncio.run(main())

    """

    func testChromeFormatWithAPythonBody() throws {
        let server = try APITestServer()
        defer { server.stop() }
        let response = try server.send("POST", path: "/api/run?format=chrome&seed=0",
                                       headers: ["Content-Type": "text/x-python"], body: Array(program.utf8))
        XCTAssertEqual(response.status, 200, response.text)
        guard case .array(let events)? = try JSONParser.parse(response.body)["traceEvents"] else {
            return XCTFail("no traceEvents: \(response.text.prefix(300))")
        }
        XCTAssertFalse(events.isEmpty)
    }

    func testChromeFormatWithAJSONBody() throws {
        let server = try APITestServer()
        defer { server.stop() }
        let body = JSONWriter.bytes(.object([("source", .string(program))]))
        let response = try server.send("POST", path: "/api/run?format=chrome",
                                       headers: ["Content-Type": "application/json"], body: body)
        XCTAssertEqual(response.status, 200, response.text)
        XCTAssertNotNil(try JSONParser.parse(response.body)["traceEvents"])
    }

    func testUnknownFormatIs400() throws {
        let server = try APITestServer()
        defer { server.stop() }
        let response = try server.send("POST", path: "/api/run?format=xml",
                                       headers: ["Content-Type": "text/x-python"], body: Array(program.utf8))
        XCTAssertEqual(response.status, 400)
        XCTAssertEqual(try JSONParser.parse(response.body)["error"]?["field"], "format")
    }
}
