extension Interpreter {
    /// Calls a Python function: binds arguments, then runs the body (or
    /// returns a generator/coroutine object for generator functions).
    public func callFunction(_ f: PyFunction, _ positional: ArraySlice<Value>,
                             keywords: [(name: String, value: Value)]) throws -> Value {
        let frame = framePool.frame(for: f)
        if keywords.isEmpty && f.takesPositionally(positional.count) {
            var i = 0
            for v in positional { frame.locals[i] = v; i += 1 }
            f.fillDefaults(frame, from: i)
        } else {
            try bindArguments(f, frame, positional, keywords)
        }
        return try startPooledFrame(consume frame, f)
    }

    /// `startFrame`, then gives the frame back to the pool when nothing
    /// else holds it (`FramePool`).
    @inline(__always)
    func startPooledFrame(_ frame: consuming Frame, _ f: PyFunction) throws -> Value {
        let result = try startFrame(frame, f)
        framePool.recycle(consume frame)
        return result
    }

    /// Sets up cells, then runs the frame or wraps it in a generator object.
    @inline(__always)
    func startFrame(_ frame: Frame, _ f: PyFunction) throws -> Value {
        let code = f.code
        if code.cellNames.isEmpty {
            // Free variables only: the frame shares the closure's array
            // (copy-on-write, never written through a frame), no allocation.
            if !code.freeNames.isEmpty {
                frame.cells = f.closure
                frame.closureOwner = f
            }
        } else {
            var cells: [PyCell] = []
            cells.reserveCapacity(code.cellNames.count + code.freeNames.count)
            for i in 0..<code.cellNames.count {
                let a = code.cellToArg[i]
                cells.append(PyCell(a >= 0 ? frame.locals[a] : nil))
            }
            cells.append(contentsOf: f.closure)
            frame.cells = cells
        }
        if code.isGenerator || code.isCoroutine || code.isAsyncGenerator {
            let kind: PyGenerator.Kind = code.isAsyncGenerator ? .asyncGenerator : (code.isCoroutine ? .coroutine : .generator)
            let g = PyGenerator(kind: kind, frame: frame, name: f.name, qualname: f.qualname)
            if code.isIterableCoroutineFlag || (f.dict?.getStr(Interpreter.iterableCoroutineMark) != nil) {
                g.isIterableCoroutine = true
            }
            return .object(g)
        }
        switch try execute(frame) {
        case .returned(let v): return v
        case .yielded(let v): return v
        }
    }

    /// The function attribute marking a `types.coroutine` generator function
    /// (an interned name with its hash computed before it is shared).
    static let iterableCoroutineMark = Names.intern("__interleave_iterable_coroutine__")

    /// Full CPython argument binding with its TypeError messages.
    func bindArguments(_ f: PyFunction, _ frame: Frame, _ positional: ArraySlice<Value>,
                       _ keywords: [(name: String, value: Value)]) throws {
        let code = f.code
        let nargs = code.argCount
        let nkw = code.kwOnlyCount
        let qn = f.qualname
        let np = positional.count
        let take = min(np, nargs)
        var i = 0
        for v in positional.prefix(take) { frame.locals[i] = v; i += 1 }
        var slot = nargs + nkw
        if code.hasVarArgs {
            frame.locals[slot] = .object(np > take ? PyTuple(Array(positional.dropFirst(take))) : PyTuple.empty)
            slot += 1
        }
        var kwargs: PyDict?
        if code.hasVarKeywords {
            let d = PyDict()
            kwargs = d
            frame.locals[slot] = .object(d)
        }
        var posOnlyAsKw: [String] = []
        var kwOnlyGiven = 0
        for (name, value) in keywords {
            var found = -1
            var j = code.posOnlyCount
            while j < nargs + nkw {
                if code.varNames[j] == name { found = j; break }
                j += 1
            }
            if found >= 0 {
                if frame.locals[found] != nil {
                    throw PyError.typeError("\(qn)() got multiple values for argument '\(name)'")
                }
                frame.locals[found] = value
                if found >= nargs { kwOnlyGiven += 1 }
            } else if let d = kwargs {
                d.setStr(PyStr(name), value)
            } else if code.varNames.prefix(code.posOnlyCount).contains(name) {
                posOnlyAsKw.append(name)
            } else {
                throw PyError.typeError("\(qn)() got an unexpected keyword argument '\(name)'")
            }
        }
        if !posOnlyAsKw.isEmpty {
            throw PyError.typeError("\(qn)() got some positional-only arguments passed as keyword arguments: '\(posOnlyAsKw.joined(separator: ", "))'")
        }
        if np > nargs && !code.hasVarArgs {
            let ndef = f.defaults.count
            let takes: String
            if ndef > 0 { takes = "from \(nargs - ndef) to \(nargs) positional arguments" }
            else { takes = "\(nargs) positional argument\(nargs == 1 ? "" : "s")" }
            var given = "\(np) positional argument\(np == 1 ? "" : "s")"
            if kwOnlyGiven > 0 {
                given += " (and \(kwOnlyGiven) keyword-only argument\(kwOnlyGiven == 1 ? "" : "s"))"
                throw PyError.typeError("\(qn)() takes \(takes) but \(given) were given")
            }
            throw PyError.typeError("\(qn)() takes \(takes) but \(np) \(np == 1 ? "was" : "were") given")
        }
        let ndef = f.defaults.count
        var missing: [String] = []
        if take < nargs {
            for k in take..<nargs where frame.locals[k] == nil {
                let d = k - (nargs - ndef)
                if d >= 0 { frame.locals[k] = f.defaults[d] } else { missing.append(code.varNames[k]) }
            }
        }
        if !missing.isEmpty {
            throw PyError.typeError("\(qn)() missing \(missing.count) required positional argument\(missing.count == 1 ? "" : "s"): \(Interpreter.nameList(missing))")
        }
        var missingKw: [String] = []
        for k in nargs..<(nargs + nkw) where frame.locals[k] == nil {
            if let d = f.kwDefaults[code.varNames[k]] { frame.locals[k] = d } else { missingKw.append(code.varNames[k]) }
        }
        if !missingKw.isEmpty {
            throw PyError.typeError("\(qn)() missing \(missingKw.count) required keyword-only argument\(missingKw.count == 1 ? "" : "s"): \(Interpreter.nameList(missingKw))")
        }
    }

    /// `'a'`, `'a' and 'b'`, `'a', 'b', and 'c'` as CPython lists missing names.
    static func nameList(_ names: [String]) -> String {
        let q = names.map { "'\($0)'" }
        switch q.count {
        case 1: return q[0]
        case 2: return "\(q[0]) and \(q[1])"
        default: return q.dropLast().joined(separator: ", ") + ", and " + (q.last ?? "")
        }
    }
}

extension PyFunction {
    /// True when a call with `n` positional arguments and no keywords binds
    /// without the general algorithm: plain positional parameters only, and
    /// every one not passed has a default.
    @inline(__always)
    func takesPositionally(_ n: Int) -> Bool {
        let code = self.code
        return n <= code.argCount && n >= code.argCount - defaults.count
            && !code.hasVarArgs && !code.hasVarKeywords && code.kwOnlyCount == 0
    }

    /// Fills parameters `n..<argCount` of `frame` from the defaults (after
    /// `takesPositionally(n)`), as the general binding does.
    @inline(__always)
    func fillDefaults(_ frame: Frame, from n: Int) {
        let argCount = code.argCount
        if n >= argCount { return }
        let first = argCount - defaults.count
        var k = n
        while k < argCount { frame.locals[k] = defaults[k - first]; k += 1 }
    }
}

/// Where each keyword argument of a call goes in the callee's locals
/// (`PyFunction.keywordSlots`), plus a mask of the parameters the call
/// fills. Small enough to live in registers: at most `capacity` keywords
/// and 64 parameters, the rest take the general binding.
struct KeywordSlots {
    static let capacity = 8
    var slots: (Int8, Int8, Int8, Int8, Int8, Int8, Int8, Int8) = (0, 0, 0, 0, 0, 0, 0, 0)
    var filled: UInt64 = 0

    /// The parameter slot of keyword `i`.
    @inline(__always)
    subscript(i: Int) -> Int {
        withUnsafeBytes(of: slots) { Int(Int8(bitPattern: $0[i])) }
    }

    @inline(__always)
    mutating func set(_ i: Int, _ slot: Int) {
        withUnsafeMutableBytes(of: &slots) { $0[i] = UInt8(truncatingIfNeeded: slot) }
    }
}

extension PyFunction {
    /// The slots of a call's keyword arguments when the call binds without
    /// the general algorithm: no `*args`/`**kwargs` parameter, every keyword
    /// names a parameter the positional arguments left free (not a
    /// positional-only one), and every parameter left unfilled has a
    /// default. Nil sends the call to `bindArguments`, which also raises
    /// CPython's TypeErrors for the calls this refuses.
    @inline(__always)
    func keywordSlots(positional npos: Int, _ kwNames: [Value]) -> KeywordSlots? {
        let code = self.code
        let total = code.argCount + code.kwOnlyCount
        guard !code.hasVarArgs, !code.hasVarKeywords, npos <= code.argCount, total <= 64,
              kwNames.count <= KeywordSlots.capacity else { return nil }
        var result = KeywordSlots()
        result.filled = npos == 64 ? ~0 : (UInt64(1) << UInt64(npos)) &- 1
        for (i, k) in kwNames.enumerated() {
            guard case .object(let o) = k, let name = o as? PyStr else { return nil }
            var j = max(code.posOnlyCount, npos)
            var found = -1
            while j < total {
                if code.varNames[j] == name.value { found = j; break }
                j += 1
            }
            let bit = UInt64(1) << UInt64(max(found, 0))
            guard found >= 0, result.filled & bit == 0 else { return nil }
            result.filled |= bit
            result.set(i, found)
        }
        let firstDefault = code.argCount - defaults.count
        var k = npos
        while k < total {
            if result.filled & (UInt64(1) << UInt64(k)) == 0 {
                if k < code.argCount { if k < firstDefault { return nil } }
                else if kwDefaults[code.varNames[k]] == nil { return nil }
            }
            k += 1
        }
        return result
    }

    /// Binds a keyword call accepted by `keywordSlots`: its `n` arguments
    /// (the last `kwCount` keyword values) move off `stack` into `frame`
    /// after the `receivers` slots the caller filled (`self`), then the
    /// defaults fill what is left.
    @inline(__always)
    func bindKeywordCall(_ frame: Frame, _ stack: inout ValueStack, count n: Int, keywords kwCount: Int,
                         receivers: Int, slots: KeywordSlots) {
        let npos = n - kwCount
        stack.moveKeywordArguments(n, npos: npos, slots: slots, into: frame.locals, at: receivers)
        fillMissing(frame, positional: npos + receivers, slots: slots)
    }

    /// Fills the parameters a keyword call left free from the defaults
    /// (after `keywordSlots` accepted the call).
    @inline(__always)
    private func fillMissing(_ frame: Frame, positional npos: Int, slots: KeywordSlots) {
        let code = self.code
        let total = code.argCount + code.kwOnlyCount
        let firstDefault = code.argCount - defaults.count
        var k = npos
        while k < total {
            if slots.filled & (UInt64(1) << UInt64(k)) == 0 {
                frame.locals[k] = k < code.argCount ? defaults[k - firstDefault] : kwDefaults[code.varNames[k]]
            }
            k += 1
        }
    }
}

extension CodeObject {
    /// True when exactly `n` positional arguments fill every parameter
    /// (no defaults needed, no `*args`, `**kwargs` or keyword-only ones).
    @inline(__always)
    func takesExactly(_ n: Int) -> Bool {
        n == argCount && !hasVarArgs && !hasVarKeywords && kwOnlyCount == 0
    }

    /// Whether `n` positional arguments fill every parameter and the rest
    /// go to `*args` (then `**kwargs`, if any, is empty): no keyword-only
    /// parameters, no defaults needed.
    @inline(__always)
    func packsExtraPositionals(_ n: Int) -> Bool {
        hasVarArgs && kwOnlyCount == 0 && n >= argCount
    }
}
