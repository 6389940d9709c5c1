/// Shared-state accesses made by native code rather than by an opcode:
/// advancing an iterator or a generator, and the builtins that read or
/// write attributes by name (`getattr`, `setattr`, `hasattr`, `delattr`).
/// Without them two steps that both advance one shared iterator, or one
/// that `setattr`s what another reads, would look independent to the
/// partial-order reduction, which would then skip one of their orders.
extension AccessLog {
    // MARK: iteration

    /// `it` is advanced by one item (`FOR_ITER`, `next()`, a native loop
    /// over it, a generator resumed): a read of the container it walks,
    /// and a write of its own position once two actors advance it.
    ///
    /// The position is what two tasks sharing an iterator race on. Most
    /// iterators and generators are private to one task (a `for` loop over
    /// a list, the generator behind `await asyncio.sleep(0)`), and
    /// recording their position would make every step that loops look like
    /// it conflicts, in the sleep sets, with every other (new objects match
    /// by kind across runs). So while one actor alone advances an
    /// iterator, its steps are only remembered; when another actor advances
    /// it, that step and every step that advanced it before record a write
    /// (those retroactively, waking any actor asleep on that key), and so
    /// does every later step that advances it.
    func iterate(_ it: Value) {
        guard let current = open, case .object(let o) = it else { return }
        switch o {
        case let l as PyListIterator: record(key(l.list, Kind.container), write: false)
        case let d as PyDictIterator: record(key(d.target, Kind.container), write: false)
        case let s as PySetIterator: record(key(s.set, Kind.container), write: false)
        case is PyIteratorBase: break
        case let g as PyGenerator where g.kind == .generator: break
        default: return
        }
        let k = key(o, Kind.iterator)
        guard var advances = privateAdvances[k.object] else {
            if !sharedIterators.contains(k.object) {
                privateAdvances[k.object] = [current]
                return
            }
            record(k, write: true)
            return
        }
        if steps[advances[0]].actor == steps[current].actor {
            if advances.last != current { advances.append(current); privateAdvances[k.object] = advances }
            return
        }
        privateAdvances[k.object] = nil
        sharedIterators.insert(k.object)
        record(k, write: true)
        for s in advances {
            steps[s].writes.insert(k)
            steps[s].reads.remove(k)
        }
        if !sleeping.isEmpty {
            let footprint = Footprint(reads: [], writes: [k]).normalized(stable: stableSerials)
            sleeping = sleeping.filter { $0.value.commutes(with: footprint) }
        }
    }

    // MARK: builtins

    /// `getattr(o, name)`, `hasattr`, `setattr`, `delattr`: the attribute
    /// access an `o.name` opcode would have recorded.
    func reflect(_ builtin: String, _ args: Args) {
        let write: Bool
        switch builtin {
        case "getattr", "hasattr": write = false
        case "setattr", "delattr": write = true
        default: return
        }
        guard args.positional.count >= 2, let name = args.positional[1].asStr else { return }
        if let frame = vm?.frameStack.last {
            attribute(args.positional[0], name, write: write, frame.code, frame.pc)
        } else {
            guard case .object(let o) = args.positional[0] else { return }
            record(key(o, name.value.hashValue), write: write)
        }
    }

    /// Builtins whose answer about a container is what a check tests
    /// (`if len(slots) < 1:`, `if not any(...)`): their reads are the
    /// program's own, for the race detector. Builtins that copy or print a
    /// container (`print(log)`, `list(history)`) are not: a snapshot
    /// followed, after an await, by an append is not a lost update.
    static let checkBuiltins: Set<String> = ["len", "bool", "any", "all", "min", "max", "sum"]

    /// A check builtin called from the program on a shared container
    /// (`len(items)`): a read the race detector can report with its line,
    /// as for `x in items`.
    func userReads(_ args: Args) {
        guard let frame = vm?.frameStack.last, isUser(frame.code) else { return }
        for case .object(let o) in args.positional where Self.isMutableContainer(o) {
            recordUser(key(o, Kind.container), write: false, "\(o.type.name) contents", frame.code, frame.pc)
        }
    }

    // MARK: checks

    /// True when the instructions after `pc` (the one after the read)
    /// reach a conditional jump before the value could be stored, returned
    /// or yielded: the read is part of a condition. A bounded look-ahead
    /// over straight-line code, enough for `if len(slots) < 1:` or
    /// `if account.balance >= amount:`.
    static func feedsBranch(_ code: CodeObject, _ pc: Int) -> Bool {
        let instructions = code.instructions
        var i = pc
        let end = min(instructions.count, pc + 16)
        while i < end {
            switch instructions[i].op {
            case .popJumpIfFalse, .popJumpIfTrue, .jumpIfFalseOrPop, .jumpIfTrueOrPop, .popJumpIfNone, .popJumpIfNotNone:
                return true
            case .storeFast, .storeDeref, .storeGlobal, .storeName, .storeAttr, .storeSubscr, .deleteFast,
                 .deleteDeref, .deleteGlobal, .deleteName, .deleteAttr, .deleteSubscr, .returnValue, .yieldValue,
                 .jump, .forIter, .popTop, .listAppend, .unpackSequence, .unpackEx:
                return false
            default:
                i += 1
            }
        }
        return false
    }

    // MARK: class attributes

    /// `o.name` read where a class answers it: an instance whose own dict
    /// lacks the name (a class attribute, a method, a property), or a class
    /// (a base's attribute). The value comes from the first class of the
    /// MRO that has it, so a task that sets `Config.debug` or patches
    /// `Greeter.hello` conflicts with this read: a read of the name on
    /// every class of the program's MRO (builtin classes cannot be set).
    func classRead(_ o: PyObject, _ name: PyStr) {
        let types: [PyType]
        if let t = o as? PyType {
            if t.isBuiltin { return }
            types = t.mro
        } else if o is PyInstance {
            if o.dict?.getStr(name) != nil { return }
            types = o.type.mro
        } else {
            return
        }
        for t in types where !t.isBuiltin && t !== o { record(key(t, name.value.hashValue), write: false) }
    }

    // MARK: namespaces

    /// Dict `n` (a serial) was read or written as a whole. Attributes and
    /// globals are recorded per name (as the dict that holds them and the
    /// name), so a program that also reaches the namespace as a dict
    /// (`obj.__dict__[k] = v`, `vars(obj)`, `globals()["x"]`, `copy.copy`)
    /// would race with them unseen. From the first whole access on, every
    /// access by name to that dict also counts as an access of the whole
    /// (`wholeDicts`), and the accesses by name made before it get the same
    /// retroactively. A dict first numbered by this very access (`fresh`)
    /// had no access by name yet.
    func wholeDict(_ n: Int, fresh: Bool) {
        guard wholeDicts.insert(n).inserted, !fresh else { return }
        let whole = Key(object: n, name: Kind.container.rawValue)
        var woken = Footprint(reads: [], writes: [])
        for s in steps.indices {
            let wrote = steps[s].writes.contains { $0.object == n && $0 != whole }
            let read = wrote || steps[s].reads.contains { $0.object == n && $0 != whole }
            guard read else { continue }
            if wrote {
                steps[s].writes.insert(whole)
                steps[s].reads.remove(whole)
                woken.writes.insert(whole)
            } else if !steps[s].writes.contains(whole) {
                steps[s].reads.insert(whole)
                woken.reads.insert(whole)
            }
        }
        if !sleeping.isEmpty && !(woken.reads.isEmpty && woken.writes.isEmpty) {
            let footprint = woken.normalized(stable: stableSerials)
            sleeping = sleeping.filter { $0.value.commutes(with: footprint) }
        }
    }
}
