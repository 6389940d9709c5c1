/// What the state trace says about one tracked object: a queue's items and
/// the tasks waiting to get or put, a lock's owner and waiters, an event's
/// flag and waiters, a semaphore's value, a future's state, or the fields
/// of an instance of the program's own classes.
///
/// Read straight from the objects' storage (the attributes Lib/asyncio's
/// queues.py and locks.py keep, the native Future's state), never through
/// Python code. Waiting tasks are found through the waiter futures' done
/// callbacks: a task awaiting a future is woken by its `wakeup` callback.
enum AsyncioObjectState {
    /// The asyncio classes described by their state, by the module that defines them.
    private static let classes: [String: Set<String>] = [
        "asyncio.queues": ["Queue", "LifoQueue", "PriorityQueue"],
        "asyncio.locks": ["Lock", "Event", "Condition", "Semaphore", "BoundedSemaphore", "Barrier"],
    ]

    /// "Queue", "Lock", ... for an asyncio synchronisation object (or an
    /// instance of a subclass of one), "Future" for a plain future; nil otherwise.
    static func kind(of o: PyObject) -> String? {
        if o is PyTask { return nil }
        if o is PyFuture { return "Future" }
        guard o is PyInstance else { return nil }
        for t in o.type.mro {
            if let names = classes[t.moduleName], names.contains(t.name) { return t.name }
        }
        return nil
    }

    /// Most fields listed for an instance of the program's classes.
    static let maxFields = 12

    /// The JSON description of `o` (named `kind` by ``kind(of:)`` or by its class).
    /// `suspending` is the future a task is about to wait on and that
    /// task's id: the suspend event comes just before the task adds its
    /// wakeup to the future, and the object should already list it.
    static func describe(_ o: PyObject, kind: String, repr: ValueRepr,
                         suspending: (future: ObjectIdentifier, task: Int)? = nil) -> JSONValue {
        func waiters(_ storage: Value?) -> [JSONValue] { Self.waiters(storage, suspending) }
        func waitingTasks(of future: PyFuture) -> [Int] { Self.waitingTasks(of: future, suspending) }
        var members: [(String, JSONValue)] = [("type", .string(kind))]
        func attr(_ name: String) -> Value? { o.dict?.getStr(name) }
        func text(_ name: String) -> JSONValue { attr(name).map { .string(repr.repr($0)) } ?? .null }
        switch kind {
        case "Future":
            guard let future = o as? PyFuture else { break }
            members.append(("state", .string(future.stateName.lowercased())))
            if future.state == .finished {
                if let e = future.exception {
                    members.append(("exception", .string(ValueRepr.clip("\(e.type.name): \(e.args.first.map { repr.repr($0) } ?? "")"))))
                } else {
                    members.append(("result", .string(repr.repr(future.result))))
                }
            }
            members.append(("waiters", .array(waitingTasks(of: future).map(JSONValue.int))))
            members.append(("callbacks", .int(future.allCallbacks.count)))
        case "Queue", "LifoQueue", "PriorityQueue":
            let items = attr("_queue").map(elements) ?? (count: 0, first: [])
            members.append(("size", .int(items.count)))
            members.append(("maxsize", attr("_maxsize")?.intValue.map(JSONValue.int) ?? .null))
            members.append(("items", .array(items.first.map { .string(repr.repr($0)) })))
            members.append(("getters", .array(waiters(attr("_getters")))))
            members.append(("putters", .array(waiters(attr("_putters")))))
            members.append(("unfinished", attr("_unfinished_tasks")?.intValue.map(JSONValue.int) ?? .null))
        case "Lock":
            members.append(("locked", .bool(attr("_locked").map(truthy) ?? false)))
            if case .object(let owner as PyTask)? = attr("_owner") {
                members.append(("owner", .int(owner.id)))
            } else {
                members.append(("owner", .null))
            }
            members.append(("waiters", .array(waiters(attr("_waiters")))))
        case "Event":
            members.append(("set", .bool(attr("_value").map(truthy) ?? false)))
            members.append(("waiters", .array(waiters(attr("_waiters")))))
        case "Semaphore", "BoundedSemaphore":
            members.append(("value", attr("_value")?.intValue.map(JSONValue.int) ?? .null))
            members.append(("waiters", .array(waiters(attr("_waiters")))))
        case "Condition":
            members.append(("lock", text("_lock")))
            members.append(("waiters", .array(waiters(attr("_waiters")))))
        case "Barrier":
            members.append(("parties", attr("_parties")?.intValue.map(JSONValue.int) ?? .null))
            members.append(("count", attr("_count")?.intValue.map(JSONValue.int) ?? .null))
        default:
            var fields: [(String, JSONValue)] = []
            for (key, value) in o.dict?.items.prefix(maxFields * 2) ?? [] {
                guard let name = key.stringValue, !name.hasPrefix("__"), fields.count < maxFields else { continue }
                fields.append((name, .string(repr.repr(value))))
            }
            members.append(("fields", .object(fields)))
        }
        return .object(members)
    }

    /// How many elements a queue's storage holds (a deque, or a list for
    /// the priority and LIFO queues) and the first few, in storage order.
    private static func elements(_ storage: Value) -> (count: Int, first: [Value]) {
        switch storage.object {
        case let deque as PyDeque:
            var first: [Value] = []
            for i in 0..<min(deque.count, ValueRepr.maxElements) { first.append(deque[i]) }
            return (deque.count, first)
        case let list as PyList: return (list.items.count, Array(list.items.prefix(ValueRepr.maxElements)))
        default: return (0, [])
        }
    }

    /// Task ids waiting on the pending futures of a waiter list or deque.
    private static func waiters(_ storage: Value?, _ suspending: (future: ObjectIdentifier, task: Int)?) -> [JSONValue] {
        let futures: [Value]
        switch storage?.object {
        case let deque as PyDeque: futures = deque.elements
        case let list as PyList: futures = list.items
        default: return []
        }
        var ids: [JSONValue] = []
        for case .object(let o as PyFuture) in futures where o.state == .pending {
            for id in waitingTasks(of: o, suspending) { ids.append(.int(id)) }
            if ids.count >= 32 { break }
        }
        return ids
    }

    /// The ids of the tasks a future's done callbacks will wake.
    private static func waitingTasks(of future: PyFuture, _ suspending: (future: ObjectIdentifier, task: Int)?) -> [Int] {
        var ids: [Int] = future.allCallbacks.compactMap { callback in
            if case .wakeup(let task) = callback { return task.id }
            return nil
        }
        if let suspending, suspending.future == ObjectIdentifier(future), !ids.contains(suspending.task) {
            ids.append(suspending.task)
        }
        return ids
    }

    private static func truthy(_ v: Value) -> Bool {
        switch v {
        case .bool(let b): return b
        case .int(let i): return i != 0
        case .none: return false
        default: return true
        }
    }
}
