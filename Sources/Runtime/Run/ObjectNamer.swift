/// Stable names for objects in a state trace (`Queue#1`, `Point#2`): the
/// type's name and a per-type serial handed out in the order the recorder
/// first meets each object, so the same scenario names the same objects.
///
/// DESIGN: it does not use `id()`'s serials (`Interpreter.identity(of:)`),
/// because asking for one assigns it and would change what a program that
/// prints `id()` sees. A weak reference tells a reused address from the
/// object first named there.
final class ObjectNamer {
    private final class Entry {
        weak var object: PyObject?
        let name: String
        init(_ object: PyObject, _ name: String) {
            self.object = object
            self.name = name
        }
    }

    private var entries: [ObjectIdentifier: Entry] = [:]
    private var counters: [String: Int] = [:]

    /// The name of `object`, assigning the next serial of `typeName` on first sight.
    func name(of object: PyObject, typeName: String) -> String {
        let key = ObjectIdentifier(object)
        if let entry = entries[key], entry.object === object { return entry.name }
        let serial = (counters[typeName] ?? 0) + 1
        counters[typeName] = serial
        let name = "\(typeName)#\(serial)"
        entries[key] = Entry(object, name)
        return name
    }
}
