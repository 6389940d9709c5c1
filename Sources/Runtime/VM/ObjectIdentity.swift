/// Deterministic object identity: what `id()`, default `__hash__` and
/// `<Foo object at 0x...>` are based on.
///
/// CPython uses memory addresses, so the iteration order of a set of tasks
/// (asyncio.wait's internal sets, a user's set of objects) depends on the
/// allocator. Interleave promises the same trace for the same scenario, so
/// identities are serial numbers handed out in the order a run first asks
/// for them, dressed up as addresses (`0x7f...`, multiples of 16).
///
/// Objects shared by every interpreter (builtin types, builtin functions,
/// `NotImplemented`, `Ellipsis` and the empty tuple, created once per process) are never written to from a run: their identity
/// derives from their name, which is stable across runs and threads.
extension Interpreter {
    /// A stable pseudo-address for `o`.
    public func identity(of o: PyObject) -> UInt {
        let serial = Int(o.identitySerial)
        if serial != 0 { return Interpreter.identityBase &+ UInt(bitPattern: serial) &* 16 }
        if let shared = sharedIdentity(of: o) { return shared }
        nextIdentitySerial += 1
        if let log = accessLog { log.identityAssigned() }
        o.identitySerial = Int32(truncatingIfNeeded: nextIdentitySerial)
        if let image = warmMembers, image.contains(ObjectIdentifier(o)) { warmSerialsGiven.append(o) }
        return Interpreter.identityBase &+ UInt(bitPattern: nextIdentitySerial) &* 16
    }

    /// Base of run-local pseudo-addresses; shared objects live below it.
    static let identityBase: UInt = 0x7f00_0000_0000

    private func sharedIdentity(of o: PyObject) -> UInt? {
        let name: String
        if let t = o as? PyType, t.moduleName == "builtins" {
            name = "type:" + t.qualname
        } else if let f = o as? PyBuiltinFunction {
            name = "builtin:" + f.qualname
        } else if let singleton = o as? PySingleton {
            name = "singleton:" + singleton.name
        } else if o === PyTuple.empty {
            name = "tuple:()"
        } else {
            return nil
        }
        // FNV-1a of the name: stable across runs, processes and threads.
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        for b in name.utf8 { h = (h ^ UInt64(b)) &* 0x0000_0100_0000_01b3 }
        return 0x7e00_0000_0000 &+ UInt(h & 0x00ff_ffff_fff0)
    }
}
