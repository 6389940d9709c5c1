import HTTP1
import Runtime

/// Turns the body and query of `POST /api/run` into a ``RunRequest``, or an
/// ``APIError`` that names what is wrong.
///
/// Two forms are accepted:
/// - `Content-Type: application/json`: the envelope
///   `{"source", "policy", "seed", "schedule", "limits", "detail"}`; only
///   `source` is required, unknown members are refused, `null` is not a value
///   for any member, and query parameters are refused (say it in the body).
/// - `Content-Type: text/x-python`: the body is the program; the options are
///   query parameters (`policy`, `seed`, `detail`, `schedule=0,2,1`, and one per
///   limit: `steps`, `tasks`, `time`, `output`, `events`, `memory`, `depth`, `wall`).
///
/// A `charset` parameter other than `utf-8` is `415`, like any other media type.
/// Program text must be valid UTF-8 (else `400` naming `source`). NUL bytes are
/// kept: the program then fails to compile with CPython's `SyntaxError: source
/// code cannot contain null bytes` (`422`), see ``RunRequestDecoder/nulFailure(in:)``.
public enum RunRequestDecoder {
    /// The names of the envelope's members.
    public static let envelopeFields = ["source", "policy", "seed", "schedule", "limits", "detail"]
    /// The names of the `limits` members.
    public static let limitFields = ["steps", "tasks", "time", "output", "events", "memory", "depth", "wall"]

    /// The body's media type: JSON envelope or raw program.
    public enum BodyKind: Equatable { case json, python }

    /// Decodes `request`; throws ``APIError``.
    public static func decode(_ request: HTTPRequest) throws -> RunRequest {
        switch try bodyKind(request.headers["Content-Type"]) {
        case .json:
            if let query = request.query, !query.isEmpty {
                throw APIError.badField("query", "query parameters are only read with Content-Type: text/x-python; put the options in the JSON envelope")
            }
            return try decodeEnvelope(request.body)
        case .python:
            return try decodePython(request.body, query: request.query)
        }
    }

    /// Which form a `Content-Type` value selects; `415` for anything else.
    public static func bodyKind(_ contentType: String?) throws -> BodyKind {
        guard let contentType else {
            throw unsupported("no Content-Type; send application/json (the envelope) or text/x-python (the program)")
        }
        let parts = contentType.split(separator: ";").map { $0.trimmingASCIIWhitespace().lowercased() }
        let mediaType = parts.first ?? ""
        for parameter in parts.dropFirst() where !parameter.isEmpty {
            let pair = parameter.split(separator: "=", maxSplits: 1).map { $0.trimmingASCIIWhitespace() }
            guard pair.count == 2, pair[0] == "charset" else { continue }
            let charset = pair[1].trimmingCharacters(in: "\"")
            guard charset == "utf-8" || charset == "utf8" else {
                throw unsupported("charset \(charset) is not supported; send UTF-8")
            }
        }
        switch mediaType {
        case "application/json": return .json
        case "text/x-python", "text/x-python3", "application/x-python-code": return .python
        default:
            throw unsupported("\(mediaType) is not accepted; send application/json (the envelope) or text/x-python (the program)")
        }
    }

    private static func unsupported(_ message: String) -> APIError {
        APIError(status: .unsupportedMediaType, type: "UnsupportedMediaType", message: message, field: "Content-Type")
    }

    // MARK: - JSON envelope

    /// Decodes the JSON envelope.
    public static func decodeEnvelope(_ body: [UInt8]) throws -> RunRequest {
        let document: JSONValue
        do {
            document = try JSONParser.parse(body)
        } catch let error as JSONParseError {
            throw APIError(status: .badRequest, type: "BadRequest",
                           message: "body: invalid JSON at byte \(error.offset): \(error.message)", field: "body")
        }
        guard case .object(let members) = document else {
            throw APIError.badField("body", "expected a JSON object, got \(document.typeName)")
        }
        var seen = Set<String>()
        for (name, _) in members {
            guard envelopeFields.contains(name) else {
                throw APIError.badField(name, "unknown field; the envelope has \(envelopeFields.joined(separator: ", "))")
            }
            guard seen.insert(name).inserted else { throw APIError.badField(name, "given more than once") }
        }
        guard let sourceValue = document["source"] else { throw APIError.badField("source", "required") }
        guard case .string(let source) = sourceValue else {
            throw APIError.badField("source", "expected string, got \(sourceValue.typeName)")
        }
        var request = RunRequest(source: source)
        if let value = document["policy"] { request.policy = try policy(string(value, "policy")) }
        if let value = document["seed"] { request.seed = UInt64(try integer(value, "seed", minimum: 0)) }
        if let value = document["detail"] { request.detail = try detail(string(value, "detail")) }
        if let value = document["schedule"] {
            guard case .array(let items) = value else { throw APIError.badField("schedule", "expected array, got \(value.typeName)") }
            guard items.count <= RunRequest.maxScheduleLength else {
                throw APIError.badField("schedule", "more than \(RunRequest.maxScheduleLength) choices")
            }
            request.schedule = try items.enumerated().map { try integer($0.element, "schedule[\($0.offset)]", minimum: 0) }
        }
        if let value = document["limits"] {
            guard case .object(let limitMembers) = value else {
                throw APIError.badField("limits", "expected object, got \(value.typeName)")
            }
            var seenLimits = Set<String>()
            for (name, limitValue) in limitMembers {
                guard seenLimits.insert(name).inserted else { throw APIError.badField("limits.\(name)", "given more than once") }
                try setLimit(name, limitValue, in: &request.limits)
            }
        }
        return request
    }

    // MARK: - Raw program

    /// Decodes a `text/x-python` body with its query options.
    public static func decodePython(_ body: [UInt8], query: String?) throws -> RunRequest {
        guard let source = String(validating: body, as: UTF8.self) else {
            throw APIError.badField("source", "the program is not valid UTF-8 (first bad byte at offset \(firstInvalidUTF8Offset(body)))")
        }
        var request = RunRequest(source: source)
        var seen = Set<String>()
        for (name, value) in try queryPairs(query) {
            guard seen.insert(name).inserted else { throw APIError.badField(name, "query parameter given more than once") }
            switch name {
            case "policy": request.policy = try policy(value)
            case "seed": request.seed = UInt64(try integer(number(value, name), name, minimum: 0))
            case "detail": request.detail = try detail(value)
            case "schedule":
                let items = value.isEmpty ? [] : value.split(separator: ",", omittingEmptySubsequences: false)
                guard items.count <= RunRequest.maxScheduleLength else {
                    throw APIError.badField("schedule", "more than \(RunRequest.maxScheduleLength) choices")
                }
                request.schedule = try items.enumerated().map { index, item in
                    try integer(number(String(item), "schedule[\(index)]"), "schedule[\(index)]", minimum: 0)
                }
            case _ where limitFields.contains(name):
                try setLimit(name, number(value, name), in: &request.limits)
            default:
                throw APIError.badField(name, "unknown query parameter; use policy, seed, detail, schedule or a limit (\(limitFields.joined(separator: ", ")))")
            }
        }
        return request
    }

    /// Decoded `name=value` pairs; a pair that does not percent-decode is a `400`.
    private static func queryPairs(_ query: String?) throws -> [(String, String)] {
        guard let query, !query.isEmpty else { return [] }
        return try query.split(separator: "&").map { pair in
            let parts = pair.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            let rawName = String(parts.first ?? "")
            guard let name = PercentDecoding.decode(rawName, plusAsSpace: true) else {
                throw APIError.badField("query", "malformed percent-encoding in \"\(rawName)\"")
            }
            guard let value = PercentDecoding.decode(parts.count > 1 ? String(parts[1]) : "", plusAsSpace: true) else {
                throw APIError.badField(name, "malformed percent-encoding")
            }
            return (name, value)
        }
    }

    /// A query value read as a JSON number, so both forms share one validation.
    private static func number(_ text: String, _ field: String) throws -> JSONValue {
        if text.utf8.count <= 32, let value = try? JSONParser.parse(text) {
            switch value {
            case .int, .double: return value
            default: break
            }
        }
        throw APIError.badField(field, "expected a number, got \"\(text.prefix(40))\"")
    }

    // MARK: - Shared field rules

    private static func string(_ value: JSONValue, _ field: String) throws -> String {
        guard case .string(let text) = value else { throw APIError.badField(field, "expected string, got \(value.typeName)") }
        return text
    }

    private static func policy(_ text: String) throws -> SchedulingPolicy {
        guard let policy = SchedulingPolicy(rawValue: text) else {
            throw APIError.badField("policy", "unknown policy \"\(text.prefix(40))\"; use fifo or random")
        }
        return policy
    }

    private static func detail(_ text: String) throws -> TraceDetail {
        guard let detail = TraceDetail(rawValue: text) else {
            throw APIError.badField("detail", "unknown detail \"\(text.prefix(40))\"; use slices, lines or state")
        }
        return detail
    }

    /// A whole number >= `minimum` that fits an `Int`.
    private static func integer(_ value: JSONValue, _ field: String, minimum: Int) throws -> Int {
        let number: Int
        switch value {
        case .int(let i): number = i
        case .double(let d):
            guard d.rounded() == d, abs(d) < 9.0e15 else {
                throw APIError.badField(field, d.rounded() == d ? "number too large" : "expected a whole number, got \(d)")
            }
            number = Int(d)
        default:
            throw APIError.badField(field, "expected integer, got \(value.typeName)")
        }
        guard number >= minimum else {
            throw APIError.badField(field, "must be at least \(minimum), got \(number)")
        }
        return number
    }

    /// A finite number >= `minimum`.
    private static func seconds(_ value: JSONValue, _ field: String, minimum: Double, exclusive: Bool) throws -> Double {
        let number: Double
        switch value {
        case .int(let i): number = Double(i)
        case .double(let d): number = d
        default: throw APIError.badField(field, "expected number (seconds), got \(value.typeName)")
        }
        guard number.isFinite, exclusive ? number > minimum : number >= minimum else {
            throw APIError.badField(field, "must be \(exclusive ? "greater than" : "at least") \(minimum) seconds, got \(number)")
        }
        return number
    }

    /// Sets one limit from its API name; `wall` is seconds (stored as milliseconds, rounded up).
    private static func setLimit(_ name: String, _ value: JSONValue, in limits: inout RunLimits) throws {
        let field = "limits.\(name)"
        switch name {
        case "steps": limits.steps = try integer(value, field, minimum: 1)
        case "tasks": limits.tasks = try integer(value, field, minimum: 1)
        case "output": limits.output = try integer(value, field, minimum: 0)
        case "events": limits.events = try integer(value, field, minimum: 0)
        case "memory": limits.memory = try integer(value, field, minimum: 1)
        case "depth": limits.depth = try integer(value, field, minimum: 1)
        case "time": limits.time = try seconds(value, field, minimum: 0, exclusive: false)
        case "wall":
            // Capped before converting so absurd values cannot overflow; the server maximum applies later.
            let wall = min(try seconds(value, field, minimum: 0, exclusive: true), 86_400)
            limits.wallMillis = max(1, Int((wall * 1000).rounded(.up)))
        default:
            throw APIError.badField(field, "unknown limit; the limits are \(limitFields.joined(separator: ", "))")
        }
    }

    /// The offset of the first byte that breaks UTF-8 validity (the count when all are valid).
    static func firstInvalidUTF8Offset(_ bytes: [UInt8]) -> Int {
        var parser = Unicode.UTF8.ForwardParser()
        var iterator = bytes.makeIterator()
        var offset = 0
        while true {
            switch parser.parseScalar(from: &iterator) {
            case .valid(let encoded): offset += encoded.count
            case .error: return offset
            case .emptyInput: return offset
            }
        }
    }

    /// CPython's compile failure for a program holding a NUL byte, at the
    /// first one (1-based line and column), or nil when there is none.
    public static func nulFailure(in source: String) -> CompileFailure? {
        var line = 1, column = 1
        for byte in source.utf8 {
            if byte == 0 {
                return CompileFailure(type: "SyntaxError", message: "source code cannot contain null bytes",
                                      line: line, column: column)
            }
            if byte == UInt8(ascii: "\n") { line += 1; column = 1 } else { column += 1 }
        }
        return nil
    }
}

extension Substring {
    /// The text without leading and trailing occurrences of the characters in `set`.
    func trimmingCharacters(in set: String) -> String {
        var slice = self
        while let first = slice.first, set.contains(first) { slice = slice.dropFirst() }
        while let last = slice.last, set.contains(last) { slice = slice.dropLast() }
        return String(slice)
    }
}
