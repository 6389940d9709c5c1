import HTTP1
import Runtime

/// One bundled example as the API lists it.
public struct Example: Equatable, Sendable {
    /// The URL id: the file name without its `NN-` ordering prefix and `.py`, e.g. `supermarket`.
    public let id: String
    /// The first header line, without `# `.
    public let title: String
    /// The second header line, without `# `: what the example shows.
    public let explanation: String
    /// The whole program.
    public let source: String

    /// Reads the id and header of an embedded file; nil when the header is missing.
    init?(_ file: EmbeddedExample) {
        var stem = Substring(file.fileName)
        guard stem.hasSuffix(".py") else { return nil }
        stem = stem.dropLast(3)
        if let dash = stem.firstIndex(of: "-"), stem[..<dash].allSatisfy(\.isNumber) {
            stem = stem[stem.index(after: dash)...]
        }
        let lines = file.source.split(separator: "\n", maxSplits: 2, omittingEmptySubsequences: false)
        guard !stem.isEmpty, lines.count >= 2, lines[0].hasPrefix("# "), lines[1].hasPrefix("# ") else { return nil }
        id = String(stem)
        title = String(lines[0].dropFirst(2))
        explanation = String(lines[1].dropFirst(2))
        source = file.source
    }

    /// `{"id", "title", "explanation"}`, plus `source` when `withSource`.
    public func json(withSource: Bool) -> JSONValue {
        var members: [(String, JSONValue)] = [("id", .string(id)), ("title", .string(title)),
                                              ("explanation", .string(explanation))]
        if withSource { members.append(("source", .string(source))) }
        return .object(members)
    }
}

/// The bundled examples, served by `GET /api/examples` and `GET /api/examples/{id}`.
public enum ExampleCatalog {
    /// Every example, in file-name order.
    public static let all: [Example] = EmbeddedExamples.all.compactMap(Example.init)

    /// The example called `id`, if any.
    public static func example(id: String) -> Example? {
        all.first { $0.id == id }
    }

    /// `GET /api/examples`: `{"examples": [{"id", "title", "explanation"}, ...]}`.
    /// Built once: the event loop answers with it and does no JSON work.
    public static func listResponse() -> HTTPResponse { list }

    private static let list: HTTPResponse = {
        let body = JSONValue.object([("examples", .array(all.map { $0.json(withSource: false) }))])
        return HTTPResponse.json(bytes: JSONWriter.bytes(body))
    }()

    /// Each example's two answers (JSON, bare program), built once.
    private static let answers: [String: (json: HTTPResponse, python: HTTPResponse)] = Dictionary(
        all.map { example in
            (example.id, (HTTPResponse.json(bytes: JSONWriter.bytes(example.json(withSource: true))),
                          HTTPResponse(status: .ok, headers: ["Content-Type": "text/x-python; charset=utf-8"],
                                       body: Array(example.source.utf8))))
        },
        uniquingKeysWith: { first, _ in first })

    /// `GET /api/examples/{id}`: the example as JSON with its source, or the
    /// bare program (`text/x-python`) when the client's `Accept` prefers it; `404` for an unknown id.
    public static func response(id: String, request: HTTPRequest) -> HTTPResponse {
        guard let answer = answers[id] else {
            let ids = all.map(\.id).joined(separator: ", ")
            return APIError(status: .notFound, type: "NotFound", message: "no example \"\(id.prefix(60))\"; the examples are \(ids)",
                            field: "id").response
        }
        let accept = request.headers.tokens(for: "Accept")
        return accept.contains(where: { $0.hasPrefix("text/x-python") }) ? answer.python : answer.json
    }
}
