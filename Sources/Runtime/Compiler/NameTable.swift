/// The identifier strings of one compilation, one `PyStr` per distinct name.
///
/// DESIGN: every code object lists the names it uses (globals, attributes,
/// methods). When two functions of a module name the same attribute with
/// the same `PyStr` object, a dict probe matches the key by identity
/// instead of comparing bytes: `self.x = x` in `__init__` stores the very
/// key `p.x` in another method looks up. The table lives as long as the
/// compilation (nothing is kept per process, so a server compiling
/// untrusted programs never accumulates names); the runtime's own
/// well-known names (`Names`) and the keys of the builtins namespace are
/// reused, so dunders match the keys the VM stores and `len` or `range`
/// match the builtins' keys after the globals miss.
final class NameTable {
    private var strings: [String: PyStr] = [:]

    /// The shared string for `name`, created (hash computed) on first use.
    func intern(_ name: String) -> PyStr {
        if let s = strings[name] { return s }
        let s = NameTable.processWide[name] ?? Names.intern(name)
        strings[name] = s
        return s
    }

    /// Strings every interpreter shares: the runtime's well-known names
    /// and the builtins' keys. They get their hash, code points and a fixed
    /// negative identity serial before any run can see them (as the
    /// builtins' own strings do, `Builtins.template`), in name order so
    /// identities are the same in every process: no run ever writes to
    /// them. (Also sharing the builtin types' attribute names, so `append`
    /// matched `list`'s key by identity, measured no gain.)
    private static let processWide: [String: PyStr] = {
        var table = Names.wellKnown
        var candidates: [PyStr] = Array(Names.wellKnown.values)
        for (name, s) in Names.sharedAttributes where table[name] == nil {
            table[name] = s
            candidates.append(s)
        }
        for k in Builtins.template.keys { if let s = k.asStr { candidates.append(s) } }
        var next: Int32 = 0
        for s in candidates.sorted(by: { $0.value < $1.value }) where table[s.value] == nil || table[s.value] === s {
            table[s.value] = s
            if s.identitySerial == 0 {
                next += 1
                s.identitySerial = -(3 << 29) - next
            }
            _ = s.hash
            _ = s.scalars
            _ = s.count
        }
        return table
    }()
}
