import HTTP1
import Runtime

/// `?format=` of `POST /api/run`: `json` (the default, the trace) or
/// `chrome`, the same run in Chrome's trace-event format (what
/// `interleave run --chrome-trace` writes; open it in Perfetto or
/// chrome://tracing). The parameter is read with either body type, and is
/// the only query parameter a JSON body may carry. Chrome answers are not
/// cached, and one bigger than `--max-response-bytes` is a 413 that points to
/// the trace format (which cuts its events to fit instead).
enum RunFormat: Equatable {
    case trace, chrome

    /// Splits `format` off the request's query; throws ``APIError`` (400)
    /// for a value other than `json` or `chrome`.
    static func split(_ request: HTTPRequest) throws -> (HTTPRequest, RunFormat) {
        guard let query = request.query, !query.isEmpty else { return (request, .trace) }
        var format = RunFormat.trace
        var rest: [Substring] = []
        var found = false
        for pair in query.split(separator: "&") {
            let parts = pair.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            guard parts.first == "format" else { rest.append(pair); continue }
            found = true
            let value = parts.count > 1 ? String(parts[1]) : ""
            switch value {
            case "json": format = .trace
            case "chrome": format = .chrome
            default: throw APIError.badField("format", "expected json or chrome, got '\(value)'")
            }
        }
        guard found else { return (request, .trace) }
        var stripped = request
        let path = String(request.target.prefix { $0 != "?" })
        stripped.head.target = rest.isEmpty ? path : path + "?" + rest.joined(separator: "&")
        return (stripped, format)
    }

    /// The response body of a chrome-format run (compile failures are the
    /// usual 422 error), gzip-compressed when that shrinks it.
    static func chromeBody(_ result: Result<Trace, CompileFailure>, maxBytes: Int) -> CachedResponse {
        let status: Int
        var plain: [UInt8]
        switch result {
        case .success(let trace):
            status = 200
            plain = JSONWriter.bytes(ChromeTrace.json(trace))
            if plain.count > maxBytes {
                let error = APIError(status: .contentTooLarge, type: "ResponseTooLarge",
                                     message: "the Chrome trace of this run is \(plain.count) bytes, over the server's "
                                         + "\(maxBytes); lower limits.events, or ask for the trace format, which cuts its events to fit",
                                     field: "format")
                return CachedResponse(statusCode: 413, body: JSONWriter.bytes(error.json), isGzip: false,
                                      plainLength: 0)
            }
        case .failure(let failure):
            status = 422
            plain = JSONWriter.bytes(APIError.compileFailure(failure).json)
        }
        if let compressed = try? Gzip.compress(plain), compressed.count < plain.count {
            return CachedResponse(statusCode: status, body: compressed, isGzip: true, plainLength: plain.count)
        }
        return CachedResponse(statusCode: status, body: plain, isGzip: false, plainLength: plain.count)
    }
}
