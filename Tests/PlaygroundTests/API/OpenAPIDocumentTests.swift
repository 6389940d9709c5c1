import Testing
import Runtime
@testable import Playground

/// The served OpenAPI document parses and describes every API route.
struct OpenAPIDocumentTests {
    @Test func describesEveryRoute() throws {
        let document = try JSONParser.parse(OpenAPIDocument.text)
        #expect(document["openapi"] == "3.1.0")
        for pattern in APIRoutes.patterns {
            #expect(document["paths"]?[pattern] != nil, "\(pattern) is not in the document")
        }
        let trace = document["components"]?["schemas"]?["Trace"]
        guard case .array(let required)? = trace?["required"] else {
            Issue.record("Trace schema has no required list")
            return
        }
        for member in ["version", "status", "stdout", "limits", "events"] {
            #expect(required.contains(.string(member)))
        }
    }

    @Test func errorStatusesOfRunAreDocumented() throws {
        let responses = try JSONParser.parse(OpenAPIDocument.text)["paths"]?["/api/run"]?["post"]?["responses"]
        for status in ["200", "400", "413", "415", "422", "503"] {
            #expect(responses?[status] != nil, "\(status)")
        }
    }
}
