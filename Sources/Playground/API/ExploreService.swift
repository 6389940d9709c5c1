import HTTP1
import Runtime

/// `POST /api/explore`: runs one program under many schedules (DESIGN.md
/// "Scheduling policies", `explore`) and returns the distinct outcomes, each
/// with a schedule that reproduces it through `POST /api/run`'s `schedule`.
///
/// The body is `/api/run`'s (JSON envelope or `text/x-python` with query
/// options) plus three options: `runs` (the budget of runs, 1–10 000,
/// default 1 000), `maxDeviations` (how many choices may differ from fifo,
/// 0–10 000; default unbounded) and `reduction` (partial-order reduction,
/// default true; false is plain depth-first search). With reduction a small
/// program is covered exhaustively (`"exhaustive": true`: every class of
/// equivalent interleavings ran); when the budget cuts the search the last
/// fifth of the runs are random schedules. `policy`, `seed` and `schedule` are accepted but ignored:
/// exploration enumerates the choices itself. The whole exploration also
/// stops after `ExploreOptions.wallSeconds`, so one request cannot hold a
/// worker for long; the report then says `"exhaustive": false`.
/// Explorations are not cached. The body is bounded by `--max-response-bytes`
/// (``ExploreResponseBody``: the outcomes that fit, then `outcomesDropped`).
public enum ExploreOptions {
    /// Default and maximum run budget.
    public static let defaultRuns = 1000, maxRuns = 10_000
    /// Default bound on choices that differ from fifo: none (the reduced
    /// search only branches where steps conflict).
    public static let defaultMaxDeviations: Int? = nil
    /// Wall-clock budget of one exploration, in seconds.
    public static let wallSeconds = 10.0

    /// Splits `runs`/`maxDeviations` off the request and decodes the rest as
    /// a `/api/run` request; throws ``APIError``.
    static func decode(_ request: HTTPRequest) throws -> (RunRequest, Explorer.Options) {
        var options = Explorer.Options(runs: defaultRuns, maxDeviations: defaultMaxDeviations, wallSeconds: wallSeconds)
        switch try RunRequestDecoder.bodyKind(request.headers["Content-Type"]) {
        case .json:
            if let query = request.query, !query.isEmpty {
                throw APIError.badField("query", "query parameters are only read with Content-Type: text/x-python; put the options in the JSON envelope")
            }
            guard case .object(let members) = (try? JSONParser.parse(request.body)) ?? .null else {
                // Let the run decoder produce its precise message (offset, type).
                return (try RunRequestDecoder.decodeEnvelope(request.body), options)
            }
            var rest: [(String, JSONValue)] = []
            for (name, value) in members {
                switch name {
                case "runs": options.runs = try bounded(value.intValue, name, 1...maxRuns)
                case "maxDeviations": options.maxDeviations = try bounded(value.intValue, name, 0...10_000)
                case "reduction":
                    guard case .bool(let b) = value else { throw APIError.badField(name, "expected true or false") }
                    options.reduction = b
                default: rest.append((name, value))
                }
            }
            return (try RunRequestDecoder.decodeEnvelope(JSONWriter.bytes(.object(rest))), options)
        case .python:
            var rest: [Substring] = []
            for pair in (request.query ?? "").split(separator: "&") {
                let name = pair.split(separator: "=", maxSplits: 1).first.map(String.init) ?? ""
                let value = pair.split(separator: "=", maxSplits: 1).dropFirst().first.map(String.init) ?? ""
                switch name {
                case "runs": options.runs = try bounded(Int(value), name, 1...maxRuns)
                case "maxDeviations": options.maxDeviations = try bounded(Int(value), name, 0...10_000)
                case "reduction":
                    guard value == "true" || value == "false" else { throw APIError.badField(name, "expected true or false") }
                    options.reduction = value == "true"
                default: rest.append(pair)
                }
            }
            return (try RunRequestDecoder.decodePython(request.body, query: rest.joined(separator: "&")), options)
        }
    }

    private static func bounded(_ value: Int?, _ field: String, _ range: ClosedRange<Int>) throws -> Int {
        guard let value, range.contains(value) else {
            throw APIError.badField(field, "expected an integer from \(range.lowerBound) to \(range.upperBound)")
        }
        return value
    }
}

extension APIService {
    /// Handles `POST /api/explore`; `respond` is called exactly once, possibly from a worker.
    public func handleExplore(_ request: HTTPRequest, respond: @escaping Router.Respond) {
        // Decoding is proportional to the body: the intake thread does it, never the loop.
        if !intake.trySubmit({ self.admitExplore(request, respond: respond) }) { respondBusy(respond, intakeFull: true) }
    }

    /// Decodes an exploration request and queues it (on the intake thread).
    func admitExplore(_ request: HTTPRequest, respond: @escaping Router.Respond) {
        let scenario: Scenario
        let options: Explorer.Options
        do {
            let (runRequest, exploreOptions) = try ExploreOptions.decode(request)
            scenario = runRequest.scenario(maximum: configuration.maximumLimits)
            options = exploreOptions
        } catch let error as APIError {
            respond(error.response)
            return
        } catch {
            respond(APIError(status: .badRequest, type: "BadRequest", message: "\(error)").response)
            return
        }
        if let failure = RunRequestDecoder.nulFailure(in: scenario.source) {
            respond(APIError.compileFailure(failure).response)
            return
        }
        let maxBytes = configuration.maxResponseBytes
        let accepted = pool.trySubmit {
            switch Explorer.explore(scenario, options: options) {
            case .success(let report):
                respond(HTTPResponse.json(bytes: ExploreResponseBody.encode(report, maxBytes: maxBytes), status: .ok))
            case .failure(let failure):
                respond(APIError.compileFailure(failure).response)
            }
        }
        if !accepted { respondBusy(respond) }
    }
}
