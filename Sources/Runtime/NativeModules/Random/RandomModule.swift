import BigInt

/// The native core of `random`: `_random.Random` over Support's bit-exact
/// MT19937. `Lib/random.py` builds every sampling method on exactly
/// `seed(n)`, `random()`, `getrandbits(k)`, `getstate()` and `setstate()`.
enum RandomModule {
    static let modules: [(String, (Interpreter) throws -> PyModule)] = [("_random", make)]

    /// `_random.Random`.
    static let randomType: PyType = {
        let t = PyType(name: "Random", bases: [BuiltinTypes.object], builtin: true, layout: .native, module: "_random")
        t.defineNew { _, cls, _ in .object(PyRandomCore(type: cls)) }
        t.defineMethod("__init__") { _, _ in .none }
        t.defineMethod("seed") { vm, a in
            try a.check("seed", min: 1, max: 2, skipSelf: 1)
            let core = try receiver(a, "seed")
            let seed = a.optional(1) ?? .none
            if seed.isNone {
                // No entropy in the sandbox: an unseeded generator is seeded with 0.
                core.twister.seed(BigInt(0))
            } else if let n = seed.bigIntValue {
                core.twister.seed(n)
            } else if let s = seed.stringValue {
                core.twister.seed(string: s)
            } else if case .object(let o) = seed, let b = o as? PyBytes {
                core.twister.seed(bytes: b.bytes)
            } else {
                core.twister.seed(BigInt(try vm.hash(seed)))
            }
            return .none
        }
        t.defineMethod("random") { vm, a in
            try a.check("random", min: 1, max: 1, skipSelf: 1)
            let core = try receiver(a, "random")
            if let log = vm.accessLog { log.state(core, write: true) }  // the generator's state
            return .float(core.twister.random())
        }
        t.defineMethod("getrandbits") { vm, a in
            try a.check("getrandbits", min: 2, max: 2, skipSelf: 1)
            let core = try receiver(a, "getrandbits")
            if let log = vm.accessLog { log.state(core, write: true) }  // the generator's state
            let k = try vm.indexInt(a[1])
            try vm.charge(k / 8)
            return .integer(try vm.bridging { try core.twister.getrandbits(k) })
        }
        t.defineMethod("getstate") { _, a in
            try a.check("getstate", min: 1, max: 1, skipSelf: 1)
            return .object(PyTuple(try receiver(a, "getstate").twister.stateWords.map { .int($0) }))
        }
        t.defineMethod("setstate") { vm, a in
            try a.check("setstate", min: 2, max: 2, skipSelf: 1)
            let core = try receiver(a, "setstate")
            guard case .object(let o) = a[1], let state = o as? PyTuple else {
                throw PyError.typeError("state vector must be a tuple")
            }
            guard state.items.count == 625 else { throw PyError.valueError("state vector is the wrong size") }
            var words: [UInt64] = []
            words.reserveCapacity(624)
            for item in state.items.dropLast() {
                let w = try vm.indexValue(item)
                guard w >= 0 else {
                    throw PyError.overflow("can't convert negative int to unsigned")
                }
                words.append(UInt64(truncatingIfNeeded: w))
            }
            let index = Int(exactly: try vm.indexValue(state.items[624])) ?? -1
            guard core.twister.restore(words: words, index: index) else { throw PyError.valueError("invalid state") }
            return .none
        }
        return t
    }()

    static func make(_ vm: Interpreter) throws -> PyModule {
        let m = PyModule(name: "_random")
        m.add("Random", .object(randomType))
        return m
    }

    static func receiver(_ a: Args, _ method: String) throws -> PyRandomCore {
        if let first = a.positional.first, case .object(let o) = first, let core = o as? PyRandomCore { return core }
        let shown = a.positional.first?.type.name ?? "nothing"
        throw PyError.typeError("descriptor '\(method)' for '_random.Random' objects doesn't apply to a '\(shown)' object")
    }
}

/// An instance of `_random.Random`: one Mersenne Twister.
final class PyRandomCore: PyObject {
    /// The generator state.
    var twister = MersenneTwister(seed: 0)
    init(type: PyType) { super.init(type: type, hasDict: type !== RandomModule.randomType) }
    override var exactBuiltinType: PyType { RandomModule.randomType }
}
