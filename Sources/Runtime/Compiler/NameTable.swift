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

    /// Strings every interpreter shares, with their hash computed and (for
    /// the builtins' keys) a fixed identity serial, so no run writes to them.
    private static let processWide: [String: PyStr] = {
        var d = Names.wellKnown
        for k in Builtins.template.keys {
            if let s = k.asStr, d[s.value] == nil { d[s.value] = s }
        }
        return d
    }()
}
