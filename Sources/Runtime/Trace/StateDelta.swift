/// One frame of a task in the state trace: the function, the line it is at,
/// and its local variables as short reprs (in the order the code declares them).
public struct FrameState: Equatable, Sendable {
    public var function: String
    public var line: Int
    public var locals: [Local]

    /// A named local and its repr.
    public struct Local: Equatable, Sendable {
        public var name: String
        public var repr: String
        public init(name: String, repr: String) {
            self.name = name
            self.repr = repr
        }
    }

    public init(function: String, line: Int, locals: [Local]) {
        self.function = function
        self.line = line
        self.locals = locals
    }

    /// `{"function", "line", "locals": {name: repr, ...}}`.
    public func json() -> JSONValue {
        .object([
            ("function", .string(function)),
            ("line", .int(line)),
            ("locals", .object(locals.map { ($0.name, .string($0.repr)) })),
        ])
    }
}

/// What changed in the program's state with one event (`detail: "state"`):
/// the `state` member of a trace event. Every part is a replacement, keyed
/// so a reader applies it to the state after the previous event:
///
/// - `tasks`: task id -> the task's whole entry (`state`, `since`, `at`,
///   and `on`, `result` or `exception` by state);
/// - `frames`: task id, or `"main"` for code outside any task -> the
///   task's frames, outermost first (empty once the task finished);
/// - `objects`: stable name (`Queue#1`) -> the object's whole description;
/// - `globals`: name -> repr, `null` when the name was deleted.
///
/// README.md "The state at each step" documents the members of each entry.
public struct StateDelta: Equatable, Sendable {
    public var tasks: [(id: Int, entry: JSONValue)] = []
    public var frames: [(owner: String, frames: [FrameState])] = []
    public var objects: [(name: String, entry: JSONValue)] = []
    public var globals: [(name: String, repr: String?)] = []

    public init() {}

    /// True when nothing changed (no `state` member is written then).
    public var isEmpty: Bool { tasks.isEmpty && frames.isEmpty && objects.isEmpty && globals.isEmpty }

    /// The `state` member's value: only the parts that changed.
    public func json() -> JSONValue {
        var members: [(String, JSONValue)] = []
        if !tasks.isEmpty { members.append(("tasks", .object(tasks.map { (String($0.id), $0.entry) }))) }
        if !frames.isEmpty {
            members.append(("frames", .object(frames.map { ($0.owner, .array($0.frames.map { $0.json() })) })))
        }
        if !objects.isEmpty { members.append(("objects", .object(objects.map { ($0.name, $0.entry) }))) }
        if !globals.isEmpty {
            members.append(("globals", .object(globals.map { ($0.name, $0.repr.map(JSONValue.string) ?? .null) })))
        }
        return .object(members)
    }

    public static func == (a: StateDelta, b: StateDelta) -> Bool {
        a.json() == b.json()
    }
}
