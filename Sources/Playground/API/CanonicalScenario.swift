import Runtime

/// The cache key of a scenario: SHA-256 over a canonical JSON form that lists
/// every field that can change a run, in a fixed order, with the limits
/// already clamped (so two requests that run the same way share one key).
public enum CanonicalScenario {
    /// Bumped whenever the response format changes, so stale forms never mix.
    static let formatVersion = 1

    /// The canonical JSON text of `scenario`.
    public static func json(_ scenario: Scenario) -> JSONValue {
        let l = scenario.limits
        func int(_ value: Int?) -> JSONValue { value.map(JSONValue.int) ?? .null }
        return .object([
            ("format", .int(formatVersion)),
            ("source", .string(scenario.source)),
            ("filename", .string(scenario.filename)),
            ("policy", .string(scenario.policy.rawValue)),
            ("seed", .string(String(scenario.seed))),
            ("schedule", .array(scenario.schedule.map(JSONValue.int))),
            ("limits", .object([
                ("steps", int(l.steps)), ("tasks", int(l.tasks)),
                ("time", l.time.map(JSONValue.double) ?? .null), ("output", int(l.output)),
                ("events", int(l.events)), ("memory", int(l.memory)), ("depth", int(l.depth)),
                ("wallMillis", int(l.wallMillis)),
            ])),
            ("detail", .string(scenario.detail.rawValue)),
            ("recordEvents", .bool(scenario.recordEvents)),
        ])
    }

    /// The key: 64 hex digits of SHA-256 over ``json(_:)``'s UTF-8 text.
    public static func key(_ scenario: Scenario) throws -> String {
        try SHA256.hex(JSONWriter.bytes(json(scenario)))
    }
}
