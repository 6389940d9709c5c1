import HTTP1
import Runtime

/// A request the API refuses, with the status and the JSON error body of the
/// error contract: `{"error": {"type", "message", "field"?, "line"?, "column"?}}`.
///
/// `400` names the envelope `field` that is wrong (`"seed"`, `"limits.steps"`,
/// `"body"` for JSON that does not parse); `415` names the content type;
/// `422` (``compileFailure(_:)``) carries the line and column of the program error.
public struct APIError: Error, Equatable, CustomStringConvertible {
    /// The HTTP status to answer with.
    public var status: HTTPStatus
    /// A short machine-readable kind: `BadRequest`, `UnsupportedMediaType`, `SyntaxError`, ...
    public var type: String
    /// What is wrong, in words a user can act on.
    public var message: String
    /// The envelope field at fault (dotted path), when there is one.
    public var field: String?
    /// 1-based source position for compile failures.
    public var line: Int?
    /// 1-based column for compile failures.
    public var column: Int?

    /// Creates an error.
    public init(status: HTTPStatus, type: String, message: String, field: String? = nil,
                line: Int? = nil, column: Int? = nil) {
        self.status = status
        self.type = type
        self.message = message
        self.field = field
        self.line = line
        self.column = column
    }

    /// `400 Bad Request` about `field`.
    public static func badField(_ field: String, _ message: String) -> APIError {
        APIError(status: .badRequest, type: "BadRequest", message: "\(field): \(message)", field: field)
    }

    /// `422 Unprocessable Content` for a program that does not compile.
    public static func compileFailure(_ failure: CompileFailure) -> APIError {
        APIError(status: .unprocessableContent, type: failure.type, message: failure.message,
                 line: failure.line, column: failure.column)
    }

    /// `"<status> <type>: <message>"`.
    public var description: String { "\(status.code) \(type): \(message)" }

    /// The error body as JSON.
    public var json: JSONValue {
        var members: [(String, JSONValue)] = [("type", .string(type)), ("message", .string(message))]
        if let field { members.append(("field", .string(field))) }
        if let line { members.append(("line", .int(line))) }
        if let column { members.append(("column", .int(column))) }
        return .object([("error", .object(members))])
    }

    /// The complete HTTP response.
    public var response: HTTPResponse {
        var response = HTTPResponse.json(bytes: JSONWriter.bytes(json), status: status)
        response.headers.add(name: "Cache-Control", value: "no-store")
        return response
    }
}
