/// What running a frame produced.
public enum ExecResult {
    /// The frame finished with `return`.
    case returned(Value)
    /// The frame suspended at a `yield` (or an `await` whose delegate yielded).
    case yielded(Value)
}

/// Marker pushed by `loadMethod` when the attribute is not an unbound method.
let nullMarker = PySingleton(name: "<NULL>", type: BuiltinTypes.object)

extension Interpreter {
    /// Runs `frame` until it returns or yields. `throwing` raises that
    /// exception at the current instruction first (generator `throw`).
    public func execute(_ frame: Frame, throwing: PyException? = nil) throws -> ExecResult {
        depth += 1
        frameStack.append(frame)
        defer { depth -= 1; frameStack.removeLast() }
        if depth > frameDepthLimit { throw depthExceeded() }
        // The code object and the globals are read through the frame where
        // needed (cold paths) or borrowed (`globalsRef`): the frame, which
        // the caller holds for the whole activation, owns both, and they
        // never change while it runs. Binding them strongly here cost two
        // retains and two releases per call. (Stored `unowned(unsafe)`
        // views were tried before and cost more in loops: each use that
        // needs a strong reference converts back with a retain; the
        // scoped borrow below does not.)
        var code: CodeObject { frame.code }
        let instructions = frame.instructions
        let constants = frame.constants
        let names = frame.names
        let attributeCache = frame.attributeCache
        var stack = frame.stack
        let locals = frame.locals
        // Bound once per activation (the cells never change while the
        // frame runs): reading `frame.cells` per LOAD_DEREF copied the
        // array, a retain and a release each time.
        let cells = frame.cells
        // Only a yield leaves values on the stack; every other exit (return,
        // exception, limit) drops them as the frame finishes.
        var suspended = false
        defer {
            if !suspended { stack.removeAll() }
            frame.stack = stack
        }
        var pc = frame.pc
        let counters = self.counters
        var pending: PyError? = throwing.map { PyError($0) }
        let globalsRef = Unmanaged.passUnretained(frame.globals)
        let builtinsDict = builtins
        // A module body: its locals are its (exact) globals dict, so its
        // names go through the global caches (VM/GlobalCache.swift).
        let moduleBody = frame.localsDict.map { $0 === frame.globals && $0.typeStorage == nil } ?? false
        let nullID = ObjectIdentifier(nullMarker)

        while true {
            do {
                if let p = pending { pending = nil; throw p }
                while true {
                    let ins = instructions[pc]
                    pc &+= 1
                    counters.pointee.untilCheck &-= 1
                    if counters.pointee.untilCheck <= 0 { frame.pc = pc; try periodicCheck() }
                    switch ins.op {
                    case .nop, .setupAnnotations:
                        break
                    case .popTop:
                        stack.removeLast()
                    case .rotTwo:
                        let n = stack.count
                        stack.swapAt(n - 1, n - 2)
                    case .rotThree:
                        let v = stack.removeLast()
                        stack.insert(v, at: stack.count - 2)
                    case .rotFour:
                        let v = stack.removeLast()
                        stack.insert(v, at: stack.count - 3)
                    case .dupTop:
                        stack.append(stack[stack.count - 1])
                    case .dupTopTwo:
                        let n = stack.count
                        stack.append(stack[n - 2])
                        stack.append(stack[n - 1])
                    case .copy:
                        stack.append(stack[stack.count - Int(ins.arg)])
                    case .loadConst:
                        stack.append(constants[Int(ins.arg)])
                    case .loadFast:
                        guard let v = locals[Int(ins.arg)] else {
                            throw PyError(BuiltinTypes.unboundLocalError,
                                          "cannot access local variable '\(code.varNames[Int(ins.arg)])' where it is not associated with a value")
                        }
                        stack.append(v)
                    case .storeFast:
                        locals[Int(ins.arg)] = stack.removeLast()
                    // Fused forms (VM/Quickening.swift): the whole sequence
                    // for machine ints, else the replaced instruction.
                    case .fastConstBinary, .fastFastBinary:
                        if case .int(let x)? = locals[Int(ins.arg)],
                           let y = Quickening.secondInt(ins.op == .fastConstBinary, instructions[pc], constants, locals),
                           let r = Quickening.machineIntBinary(self, x, y, Int(instructions[pc &+ 1].arg)) {
                            stack.append(r)
                            pc &+= 2
                            counters.pointee.untilCheck &-= 2
                            break
                        }
                        stack.append(try localValue(locals, Int(ins.arg), code))
                    case .fastConstCompareJump, .fastFastCompareJump:
                        if case .int(let x)? = locals[Int(ins.arg)],
                           let y = Quickening.secondInt(ins.op == .fastConstCompareJump, instructions[pc], constants, locals) {
                            let jump = instructions[pc &+ 2]
                            let result = CompareOp.applyRaw(Int(instructions[pc &+ 1].arg), x, y)
                            pc = Quickening.takesJump(result, jump) ? Int(jump.arg) : pc &+ 3
                            counters.pointee.untilCheck &-= 3
                            break
                        }
                        stack.append(try localValue(locals, Int(ins.arg), code))
                    case .loadFastTwo:
                        stack.append(try localValue(locals, Int(ins.arg), code))
                        if let v = locals[Int(instructions[pc].arg)] {
                            stack.append(v)
                            pc &+= 1
                            counters.pointee.untilCheck &-= 1
                        }
                    case .fastAttr:
                        // `o.name` of a local, found by the inline cache with
                        // the object borrowed from its slot (no value-stack
                        // round trip); a miss is a plain `loadFast`.
                        if accessLog == nil, let ref = locals.objectRef(at: Int(ins.arg)) {
                            let attr = instructions[pc]
                            let entry = attributeCache + Int(attr.arg)
                            let tags = entry.pointee.load
                            if let v = Unmanaged.passUnretained(names[Int(attr.arg)])._withUnsafeGuaranteedRef({ name in
                                ref._withUnsafeGuaranteedRef { cachedInstanceAttribute($0, name, tags: tags) }
                            }) ?? ref._withUnsafeGuaranteedRef({ cachedModuleAttribute($0, entry) })
                                ?? Unmanaged.passUnretained(names[Int(attr.arg)])._withUnsafeGuaranteedRef({ name in
                                    ref._withUnsafeGuaranteedRef { cachedClassAttribute($0, name, entry, isMethod: false) }
                                }) {
                                stack.append(v)
                                pc &+= 1
                                counters.pointee.untilCheck &-= 1
                                break
                            }
                        }
                        stack.append(try localValue(locals, Int(ins.arg), code))
                    case .fastMethod:
                        // `o.name(` of a local: a builtin or class method the
                        // inline cache knows goes on the stack under a copy of
                        // the receiver; anything else is a plain `loadFast`.
                        if accessLog == nil, let ref = locals.objectRef(at: Int(ins.arg)) {
                            let entry = attributeCache + Int(instructions[pc].arg)
                            if let method = ref._withUnsafeGuaranteedRef({ cachedBuiltinMethod($0, entry) })
                                ?? Unmanaged.passUnretained(names[Int(instructions[pc].arg)])._withUnsafeGuaranteedRef({ name in
                                    ref._withUnsafeGuaranteedRef { cachedClassAttribute($0, name, entry, isMethod: true) }
                                }) {
                                stack.append(method)
                                stack.append(.object(ref.takeUnretainedValue()))
                                pc &+= 1
                                counters.pointee.untilCheck &-= 1
                                break
                            }
                        }
                        stack.append(try localValue(locals, Int(ins.arg), code))
                    case .loadFastConst:
                        stack.append(try localValue(locals, Int(ins.arg), code))
                        stack.append(constants[Int(instructions[pc].arg)])
                        pc &+= 1
                        counters.pointee.untilCheck &-= 1
                    case .compareJump:
                        let n = stack.count
                        if case .int(let x) = stack[n &- 2], case .int(let y) = stack[n &- 1] {
                            stack.count = n &- 2
                            let jump = instructions[pc]
                            pc = Quickening.takesJump(CompareOp.applyRaw(Int(ins.arg), x, y), jump) ? Int(jump.arg) : pc &+ 1
                            counters.pointee.untilCheck &-= 1
                            break
                        }
                        let b = stack.removeLast()
                        let a = stack.removeLast()
                        guard let op = CompareOp(rawValue: Int(ins.arg)) else { break }
                        if let log = accessLog { log.operands(a, b, inplace: false) }
                        stack.append(try compare(a, b, op))
                    case .deleteFast:
                        if locals[Int(ins.arg)] == nil {
                            throw PyError(BuiltinTypes.unboundLocalError,
                                          "cannot access local variable '\(code.varNames[Int(ins.arg)])' where it is not associated with a value")
                        }
                        locals[Int(ins.arg)] = nil
                    case .loadDeref:
                        if let log = accessLog { log.cell(cells[Int(ins.arg)], write: false, code, pc, index: Int(ins.arg)) }
                        guard let v = cells[Int(ins.arg)].value else { throw unboundCell(code, Int(ins.arg)) }
                        stack.append(v)
                    case .loadClassDeref:
                        let i = Int(ins.arg)
                        let name = i < code.cellNames.count ? code.cellNames[i] : code.freeNames[i - code.cellNames.count]
                        if let d = frame.localsDict, let v = d.getStr(name) { stack.append(v); break }
                        guard let v = cells[i].value else { throw unboundCell(code, i) }
                        stack.append(v)
                    case .storeDeref:
                        if let log = accessLog { log.cell(cells[Int(ins.arg)], write: true, code, pc, index: Int(ins.arg)) }
                        cells[Int(ins.arg)].value = stack.removeLast()
                    case .deleteDeref:
                        if cells[Int(ins.arg)].value == nil { throw unboundCell(code, Int(ins.arg)) }
                        cells[Int(ins.arg)].value = nil
                    case .loadClosure:
                        stack.append(.object(cells[Int(ins.arg)]))
                    case .loadGlobal:
                        let entry = attributeCache + Int(ins.arg)
                        if accessLog == nil,
                           let v = cachedGlobal(entry, Unmanaged.passUnretained(names[Int(ins.arg)]), globalsRef, builtins: builtinsDict) {
                            stack.append(v)
                            break
                        }
                        try Unmanaged.passUnretained(names[Int(ins.arg)])._withUnsafeGuaranteedRef { name in
                            if let log = accessLog {
                                log.global(frame.globals, name, write: false, code, pc)
                                guard let v = globalsRef._withUnsafeGuaranteedRef({ $0.getStr(name) }) ?? builtinsDict.getStr(name)
                                else { throw nameError(name.value) }
                                stack.append(v)
                                return
                            }
                            guard let v = globalsRef._withUnsafeGuaranteedRef({
                                lookupGlobalFillingCache(entry, name, globals: $0, builtins: builtinsDict)
                            }) else { throw nameError(name.value) }
                            stack.append(v)
                        }
                    case .storeGlobal:
                        if let log = accessLog { log.global(frame.globals, names[Int(ins.arg)], write: true, code, pc) }
                        let v = stack.removeLast()
                        let entry = attributeCache + Int(ins.arg)
                        if accessLog == nil, storeCachedGlobal(entry, Unmanaged.passUnretained(names[Int(ins.arg)]), v, globalsRef) { break }
                        Unmanaged.passUnretained(names[Int(ins.arg)])._withUnsafeGuaranteedRef { name in
                            globalsRef._withUnsafeGuaranteedRef {
                                $0.setStr(name, v)
                                if accessLog == nil { fillGlobalCacheAfterStore(entry, name, globals: $0) }
                            }
                        }
                    case .deleteGlobal:
                        if let log = accessLog { log.global(frame.globals, names[Int(ins.arg)], write: true, code, pc) }
                        if frame.globals.removeStr(names[Int(ins.arg)]) == nil { throw nameError(names[Int(ins.arg)].value) }
                    // Module-level code (where benchmark loops often run)
                    // reads and writes its names through the globals: both
                    // the name and the dict are borrowed, as for globals.
                    case .loadName:
                        let entry = attributeCache + Int(ins.arg)
                        if moduleBody,
                           let v = cachedGlobal(entry, Unmanaged.passUnretained(names[Int(ins.arg)]), globalsRef, builtins: builtinsDict) {
                            stack.append(v)
                            break
                        }
                        try Unmanaged.passUnretained(names[Int(ins.arg)])._withUnsafeGuaranteedRef { name in
                            if moduleBody {
                                guard let v = globalsRef._withUnsafeGuaranteedRef({
                                    lookupGlobalFillingCache(entry, name, globals: $0, builtins: builtinsDict)
                                }) else { throw nameError(name.value) }
                                stack.append(v)
                            }
                            else if let d = frame.localsDict, let v = d.getStr(name) { stack.append(v) }
                            else if let v = globalsRef._withUnsafeGuaranteedRef({ $0.getStr(name) }) ?? builtinsDict.getStr(name) {
                                stack.append(v)
                            }
                            else { throw nameError(name.value) }
                        }
                    case .storeName:
                        if let d = frame.localsDict {
                            if moduleBody {
                                let v = stack.removeLast()
                                let entry = attributeCache + Int(ins.arg)
                                if storeCachedGlobal(entry, Unmanaged.passUnretained(names[Int(ins.arg)]), v, globalsRef) { break }
                                Unmanaged.passUnretained(names[Int(ins.arg)])._withUnsafeGuaranteedRef { name in
                                    d.setStr(name, v)
                                    fillGlobalCacheAfterStore(entry, name, globals: d)
                                }
                                break
                            }
                            if d.typeStorage != nil {
                                // A class body in a dict subclass from __prepare__: its __setitem__ runs.
                                try setItem(.object(d), .object(names[Int(ins.arg)]), stack.removeLast())
                            } else {
                                d.setStr(names[Int(ins.arg)], stack.removeLast())
                            }
                            break
                        }
                        let v = stack.removeLast()
                        Unmanaged.passUnretained(names[Int(ins.arg)])._withUnsafeGuaranteedRef { name in
                            globalsRef._withUnsafeGuaranteedRef { $0.setStr(name, v) }
                        }
                    case .deleteName:
                        if (frame.localsDict ?? frame.globals).removeStr(names[Int(ins.arg)]) == nil {
                            throw nameError(names[Int(ins.arg)].value)
                        }
                    // Names are borrowed from the code object's table (which
                    // the frame keeps alive) rather than copied: a copy out
                    // of the buffer is a retain and a release per access.
                    case .loadAttr:
                        // A frame object read here (`f.f_lineno`) sees this line.
                        frame.pc = pc
                        let entry = attributeCache + Int(ins.arg)
                        // The inline cache (VM/AttributeCache.swift); the race
                        // detector's log sees every access the general way.
                        if accessLog == nil, let ref = stack.objectRef(at: stack.count - 1) {
                            let tags = entry.pointee.load
                            if let v = Unmanaged.passUnretained(names[Int(ins.arg)])._withUnsafeGuaranteedRef({ name in
                                ref._withUnsafeGuaranteedRef { cachedInstanceAttribute($0, name, tags: tags) }
                            }) ?? ref._withUnsafeGuaranteedRef({ cachedModuleAttribute($0, entry) })
                                ?? Unmanaged.passUnretained(names[Int(ins.arg)])._withUnsafeGuaranteedRef({ name in
                                    ref._withUnsafeGuaranteedRef { cachedClassAttribute($0, name, entry, isMethod: false) }
                                }) {
                                stack[stack.count - 1] = v
                                break
                            }
                            if let v = ref._withUnsafeGuaranteedRef({ cachedBoundBuiltinMethod(stack[stack.count - 1], $0, entry) }) {
                                stack[stack.count - 1] = v
                                break
                            }
                        }
                        let obj = stack.removeLast()
                        let r = try Unmanaged.passUnretained(names[Int(ins.arg)])._withUnsafeGuaranteedRef { name in
                            if let log = accessLog { log.attribute(obj, name, write: false, code, pc) }
                            let r = try getAttribute(obj, name)
                            if accessLog == nil {
                                entry.pointee.load.record(attributeLoadTag(obj, name))
                                recordModuleAttribute(obj, name, entry)
                                recordClassAttribute(obj, name, entry)
                                recordBoundBuiltinMethod(obj, r, name, entry)
                            }
                            return r
                        }
                        stack.append(r)
                    case .storeAttr:
                        let entry = attributeCache + Int(ins.arg)
                        if accessLog == nil, let ref = stack.objectRef(at: stack.count - 1) {
                            let tags = entry.pointee.store
                            let stored = Unmanaged.passUnretained(names[Int(ins.arg)])._withUnsafeGuaranteedRef { name in
                                ref._withUnsafeGuaranteedRef {
                                    storeCachedInstanceAttribute($0, name, stack[stack.count - 2], tags: tags)
                                }
                            }
                            if stored {
                                stack.removeLast()
                                stack.removeLast()
                                break
                            }
                        }
                        let obj = stack.removeLast()
                        let v = stack.removeLast()
                        try Unmanaged.passUnretained(names[Int(ins.arg)])._withUnsafeGuaranteedRef { name in
                            if let log = accessLog { log.attribute(obj, name, write: true, code, pc) }
                            try setAttribute(obj, name, v)
                            entry.pointee.store.record(attributeStoreTag(obj, name))
                        }
                    case .deleteAttr:
                        if let log = accessLog { log.attribute(stack[stack.count - 1], names[Int(ins.arg)], write: true, code, pc) }
                        try deleteAttribute(stack.removeLast(), names[Int(ins.arg)])
                    case .loadMethod:
                        let entry = attributeCache + Int(ins.arg)
                        if accessLog == nil, let ref = stack.objectRef(at: stack.count - 1) {
                            if let method = ref._withUnsafeGuaranteedRef({ cachedBuiltinMethod($0, entry) }) {
                                let obj = stack.removeLast()
                                stack.append(method)
                                stack.append(obj)
                                break
                            }
                            if let v = ref._withUnsafeGuaranteedRef({ cachedModuleAttribute($0, entry) }) {
                                stack[stack.count - 1] = v
                                stack.append(.object(nullMarker))
                                break
                            }
                            if let method = Unmanaged.passUnretained(names[Int(ins.arg)])._withUnsafeGuaranteedRef({ name in
                                ref._withUnsafeGuaranteedRef { cachedClassAttribute($0, name, entry, isMethod: true) }
                            }) {
                                let obj = stack.removeLast()
                                stack.append(method)
                                stack.append(obj)
                                break
                            }
                        }
                        let obj = stack.removeLast()
                        let nameRef = Unmanaged.passUnretained(names[Int(ins.arg)])
                        if let log = accessLog { nameRef._withUnsafeGuaranteedRef { log.method(obj, $0, code, pc) } }
                        if let method = nameRef._withUnsafeGuaranteedRef({ unboundMethod(obj, $0) }) {
                            if accessLog == nil {
                                recordBuiltinMethod(obj, method, entry)
                                recordClassMethod(obj, method, entry)
                            }
                            stack.append(method)
                            stack.append(obj)
                        } else {
                            stack.append(try nameRef._withUnsafeGuaranteedRef { try getAttribute(obj, $0) })
                            stack.append(.object(nullMarker))
                            if accessLog == nil { nameRef._withUnsafeGuaranteedRef { recordModuleAttribute(obj, $0, entry) } }
                        }
                    case .callMethod, .callMethodKw:
                        // Outer frames keep their line current during calls (trace lines, warnings).
                        frame.pc = pc
                        var kwNames: [Value]?
                        if ins.op == .callMethodKw, case .object(let t) = stack.removeLast(), let tup = t as? PyTuple {
                            kwNames = tup.items
                        }
                        let n = Int(ins.arg)
                        let selfIndex = stack.count - n - 1
                        if stack.holds(nullID, at: selfIndex) {
                            let callee = stack.take(selfIndex - 1)
                            let r = try callFromStack(callee, &stack, start: selfIndex + 1, kwNames: kwNames)
                            stack.removeLast()
                            stack[stack.count - 1] = r
                        } else if n <= 1, instructions[pc].op == .getAwaitable, instructions[pc + 2].op == .send,
                                  kwNames == nil, let awaited = try awaitedMethodCall(stack, selfIndex: selfIndex, count: n) {
                            // `await receiver.method()` decided at the call (VM/AwaitedCalls.swift).
                            stack.removeLast(n + 1)
                            switch awaited {
                            case .finished(let r):
                                stack[stack.count - 1] = r
                                pc = Int(instructions[pc + 2].arg)
                            case .awaitable(let coroutine):
                                stack[stack.count - 1] = coroutine
                            }
                        } else {
                            let callee = stack.take(selfIndex - 1)
                            let r = try callFromStack(callee, &stack, start: selfIndex, kwNames: kwNames)
                            stack[stack.count - 1] = r
                        }
                    case .call:
                        frame.pc = pc
                        let n = Int(ins.arg)
                        let fi = stack.count - n - 1
                        let callee = stack.take(fi)
                        let r = try callFromStack(callee, &stack, start: fi + 1, kwNames: nil)
                        stack[fi] = r
                    case .callKw:
                        frame.pc = pc
                        var kwNames: [Value]?
                        if case .object(let t) = stack.removeLast(), let tup = t as? PyTuple { kwNames = tup.items }
                        let n = Int(ins.arg)
                        let fi = stack.count - n - 1
                        let callee = stack.take(fi)
                        let r = try callFromStack(callee, &stack, start: fi + 1, kwNames: kwNames)
                        stack[fi] = r
                    case .callEx:
                        frame.pc = pc
                        var kwargs: [(name: String, value: Value)] = []
                        if ins.arg & 1 != 0 {
                            let m = stack.removeLast()
                            if let log = accessLog { log.containerRead(m) }
                            guard case .object(let mo) = m, let d = mo as? PyDict else {
                                throw PyError.typeError("argument after ** must be a mapping, not \(m.type.name)")
                            }
                            for (k, v) in d.items {
                                guard let ks = k.stringValue else { throw PyError.typeError("keywords must be strings") }
                                kwargs.append((ks, v))
                            }
                        }
                        let argsV = stack.removeLast()
                        let callee = stack.removeLast()
                        let pos: [Value]
                        if case .object(let ao) = argsV, ao.typeStorage == nil, let t = ao as? PyTuple {
                            pos = t.items
                        } else {
                            // `f(*xs)` passes its iterable as it is.
                            do { pos = try toArray(argsV) } catch let e as PyError
                                where e.exception.type === BuiltinTypes.typeError && !isIterable(argsV) {
                                throw PyError.typeError("\(try calleeName(callee)) argument after * must be an iterable, not \(argsV.type.name)")
                            }
                        }
                        if case .object(let fo) = callee, let f = fo as? PyFunction {
                            stack.append(try callFunction(f, pos[...], keywords: kwargs))
                        } else {
                            stack.append(try call(callee, Args(pos, keywords: kwargs)))
                        }
                    case .binarySubscr:
                        let key = stack.removeLast()
                        let obj = stack.removeLast()
                        if let log = accessLog { log.item(obj, write: false, code, pc, index: key) }
                        if case .object(let o) = obj, let l = o as? PyList, o.typeStorage == nil, case .int(var i) = key {
                            if i < 0 { i += l.items.count }
                            if i >= 0 && i < l.items.count { stack.append(l.items[i]); break }
                        }
                        stack.append(try getItem(obj, key))
                    case .storeSubscr:
                        let key = stack.removeLast()
                        let obj = stack.removeLast()
                        let v = stack.removeLast()
                        if let log = accessLog { log.item(obj, write: true, code, pc, index: key) }
                        if case .object(let o) = obj, let l = o as? PyList, o.typeStorage == nil, case .int(var i) = key {
                            if i < 0 { i += l.items.count }
                            if i >= 0 && i < l.items.count { l.items[i] = v; break }
                        }
                        try setItem(obj, key, v)
                    case .deleteSubscr:
                        let key = stack.removeLast()
                        if let log = accessLog { log.item(stack[stack.count - 1], write: true, code, pc, index: key) }
                        try deleteItem(stack.removeLast(), key)
                    case .binaryOp:
                        let b = stack.removeLast()
                        var a = stack.removeLast()
                        let raw = Int(ins.arg)
                        // `+` and `-` of machine ints inline (no operator
                        // decoding, no call); an overflow goes on below.
                        if case .int(let x) = a, case .int(let y) = b, raw & 15 <= BinaryOp.sub.rawValue {
                            let (r, o) = raw & 15 == BinaryOp.add.rawValue ? x.addingReportingOverflow(y) : x.subtractingReportingOverflow(y)
                            if !o { stack.append(.int(r)); break }
                        }
                        if case .int(let x) = a, case .int(let y) = b, let op = BinaryOp(rawValue: raw & 15),
                           let r = smallIntOp(x, y, op) {
                            stack.append(r)
                        } else if raw == BinaryOp.add.rawValue | 16,
                                  try concatenateInPlace(&a, b, next: instructions[pc], frame: frame) {
                            stack.append(a)
                        } else {
                            guard let op = BinaryOp(rawValue: raw & 15) else { break }
                            if let log = accessLog { log.operands(a, b, inplace: raw & 16 != 0) }
                            stack.append(try binaryOp(a, b, op, inplace: raw & 16 != 0))
                        }
                    case .unaryNegative:
                        stack.append(try unaryOp(stack.removeLast(), Names.neg))
                    case .unaryPositive:
                        stack.append(try unaryOp(stack.removeLast(), Names.pos))
                    case .unaryInvert:
                        stack.append(try unaryOp(stack.removeLast(), Names.invert))
                    case .unaryNot:
                        stack.append(.bool(!(try isTruthy(stack.removeLast()))))
                    case .compareOp:
                        let b = stack.removeLast()
                        let a = stack.removeLast()
                        if case .int(let x) = a, case .int(let y) = b {
                            stack.append(.bool(CompareOp.applyRaw(Int(ins.arg), x, y)))
                        } else if let op = CompareOp(rawValue: Int(ins.arg)) {
                            if let log = accessLog { log.operands(a, b, inplace: false) }
                            stack.append(try compare(a, b, op))
                        }
                    case .isOp:
                        let b = stack.removeLast()
                        let a = stack.removeLast()
                        stack.append(.bool(a.isIdentical(b) != (ins.arg != 0)))
                    case .containsOp:
                        let c = stack.removeLast()
                        let item = stack.removeLast()
                        if let log = accessLog { log.item(c, write: false, code, pc, index: item) }
                        stack.append(.bool(try contains(c, item) != (ins.arg != 0)))
                    case .jump:
                        pc = Int(ins.arg)
                    case .popJumpIfFalse:
                        let v = stack.removeLast()
                        if case .bool(let b) = v { if !b { pc = Int(ins.arg) } }
                        else if !(try isTruthy(v)) { pc = Int(ins.arg) }
                    case .popJumpIfTrue:
                        let v = stack.removeLast()
                        if case .bool(let b) = v { if b { pc = Int(ins.arg) } }
                        else if try isTruthy(v) { pc = Int(ins.arg) }
                    case .jumpIfFalseOrPop:
                        if !(try isTruthy(stack[stack.count - 1])) { pc = Int(ins.arg) } else { stack.removeLast() }
                    case .jumpIfTrueOrPop:
                        if try isTruthy(stack[stack.count - 1]) { pc = Int(ins.arg) } else { stack.removeLast() }
                    case .popJumpIfNone:
                        if stack.removeLast().isNone { pc = Int(ins.arg) }
                    case .popJumpIfNotNone:
                        if !stack.removeLast().isNone { pc = Int(ins.arg) }
                    case .getIter:
                        stack.append(try iterator(stack.removeLast()))
                    case .forIterStoreFast:
                        // A range or list iterator stores its next item
                        // straight into the loop variable.
                        if accessLog == nil, let iterator = stack.objectRef(at: stack.count - 1) {
                            let stored = iterator._withUnsafeGuaranteedRef { o -> Bool in
                                if o is PyRangeIterator {
                                    let r = unsafeDowncast(o, to: PyRangeIterator.self)
                                    guard r.remaining > 0 else { return false }
                                    r.remaining -= 1
                                    locals[Int(instructions[pc].arg)] = .int(r.current)
                                    r.current &+= r.step
                                    return true
                                }
                                if o is PyListIterator {
                                    let l = unsafeDowncast(o, to: PyListIterator.self)
                                    guard l.index < l.list.items.count else { return false }
                                    let item = l.list.items[l.index]
                                    l.index += 1
                                    locals[Int(instructions[pc].arg)] = item
                                    return true
                                }
                                return false
                            }
                            if stored {
                                pc &+= 1
                                counters.pointee.untilCheck &-= 1
                                break
                            }
                        }
                        fallthrough
                    case .forIter:
                        if let log = accessLog { log.iterate(stack[stack.count - 1]) }
                        // The iterator is borrowed from its stack slot, which
                        // owns it for the whole instruction (a copy was a
                        // retain and a release per iteration).
                        // 0: not a fast kind, 1: pushed the next value, 2: exhausted.
                        var outcome = 0
                        if let iterator = stack.objectRef(at: stack.count - 1) {
                            outcome = try iterator._withUnsafeGuaranteedRef { o -> Int in
                                // `is` + `unsafeDowncast` keeps the borrow (a conditional
                                // cast made a retained copy).
                                if o is PyRangeIterator {
                                    let r = unsafeDowncast(o, to: PyRangeIterator.self)
                                    guard r.remaining > 0 else { return 2 }
                                    r.remaining -= 1
                                    stack.append(.int(r.current))
                                    r.current &+= r.step
                                    return 1
                                }
                                if o is PyListIterator {
                                    let l = unsafeDowncast(o, to: PyListIterator.self)
                                    guard l.index < l.list.items.count else { l.index = Int.max / 2; return 2 }
                                    stack.append(l.list.items[l.index])
                                    l.index += 1
                                    return 1
                                }
                                if o is PyGenerator, unsafeDowncast(o, to: PyGenerator.self).kind == .generator {
                                    frame.pc = pc
                                    switch try unsafeDowncast(o, to: PyGenerator.self).send(self, .none) {
                                    case .yielded(let v): stack.append(v); return 1
                                    case .returned: return 2
                                    }
                                }
                                return 0
                            }
                        }
                        if outcome == 1 { break }
                        if outcome == 2 { stack.removeLast(); pc = Int(ins.arg); break }
                        frame.pc = pc
                        let it = stack[stack.count - 1]
                        if let v = try next(it) { stack.append(v) } else { stack.removeLast(); pc = Int(ins.arg) }
                    case .buildList:
                        let n = Int(ins.arg)
                        let items = stack.array(from: stack.count - n)
                        stack.removeLast(n)
                        stack.append(.object(PyList(items)))
                    case .buildTuple:
                        let n = Int(ins.arg)
                        let items = stack.array(from: stack.count - n)
                        stack.removeLast(n)
                        stack.append(.object(PyTuple(items)))
                    case .buildSet:
                        let n = Int(ins.arg)
                        let s = PySet()
                        var i = stack.count - n
                        while i < stack.count { try s.add(stack[i], self); i += 1 }
                        stack.removeLast(n)
                        stack.append(.object(s))
                    case .buildMap:
                        let n = Int(ins.arg)
                        let d = PyDict()
                        var i = stack.count - 2 * n
                        while i < stack.count { try d.set(stack[i], stack[i + 1], self); i += 2 }
                        stack.removeLast(2 * n)
                        stack.append(.object(d))
                    case .buildSlice:
                        let step: Value = ins.arg == 3 ? stack.removeLast() : .none
                        let stop = stack.removeLast()
                        let start = stack.removeLast()
                        stack.append(.object(PySlice(start: start, stop: stop, step: step)))
                    case .buildString:
                        let n = Int(ins.arg)
                        var total = 0
                        var i = stack.count - n
                        while i < stack.count { total += stack[i].asStr?.value.utf8.count ?? 0; i += 1 }
                        var s = ""
                        // One allocation for the pieces; a result of at most 15 bytes
                        // stays a small (inline) string, which reserving would prevent.
                        if total > 15 { s.reserveCapacity(total) }
                        i = stack.count - n
                        while i < stack.count { if let piece = stack[i].asStr { s += piece.value }; i += 1 }
                        stack.removeLast(n)
                        stack.append(try makeStr(s))
                    case .listAppend:
                        let v = stack.removeLast()
                        if case .object(let o) = stack[stack.count - Int(ins.arg)], let l = o as? PyList {
                            // A full buffer is copied into one twice its size
                            // while still live: charged whole first, as
                            // `list.append` does, or a long comprehension
                            // passes the memory limit by its own size.
                            let n = l.items.count
                            if n >= 1 << 12, n == l.items.capacity { try charge(n, times: 2 * MemoryLayout<Value>.stride) }
                            l.items.append(v)
                            if l.items.count & 0xffff == 0 { try retrack(l) }
                        }
                    case .setAdd:
                        let v = stack.removeLast()
                        if case .object(let o) = stack[stack.count - Int(ins.arg)], let s = o as? PySet { try s.add(v, self) }
                    case .mapAdd:
                        let v = stack.removeLast()
                        let k = stack.removeLast()
                        if case .object(let o) = stack[stack.count - Int(ins.arg)], let d = o as? PyDict { try d.set(k, v, self) }
                    case .listExtend:
                        // arg: the list's depth; + `Opcode.inCallFlag` when it
                        // collects a call's `*args` (the callee lies under it).
                        let v = stack.removeLast()
                        let depth = Int(ins.arg) & 0xFFFF
                        if case .object(let o) = stack[stack.count - depth], let l = o as? PyList {
                            do { l.items.append(contentsOf: try toArray(v)) } catch let e as PyError
                                where e.exception.type === BuiltinTypes.typeError && !isIterable(v) {
                                let what = Int(ins.arg) & Opcode.inCallFlag != 0
                                    ? "\(try calleeName(stack[stack.count - depth - 1])) argument" : "Value"
                                throw PyError.typeError("\(what) after * must be an iterable, not \(v.type.name)")
                            }
                        }
                    case .setUpdate:
                        let v = stack.removeLast()
                        if let log = accessLog { log.containerRead(v) }
                        if case .object(let o) = stack[stack.count - Int(ins.arg)], let s = o as? PySet { try setUpdate(s, v) }
                    case .dictUpdate:
                        let v = stack.removeLast()
                        if let log = accessLog { log.containerRead(v) }
                        if case .object(let o) = stack[stack.count - Int(ins.arg)], let d = o as? PyDict {
                            let isMapping = try v.object is PyDict || lookupAttribute(v, Names.intern("keys")) != nil
                            guard isMapping else {
                                throw PyError.typeError("'\(v.type.cTypeName)' object is not a mapping")
                            }
                            try dictUpdate(d, v)
                        }
                    case .dictMerge:
                        let v = stack.removeLast()
                        if let log = accessLog { log.containerRead(v) }
                        if case .object(let o) = stack[stack.count - Int(ins.arg)], let d = o as? PyDict {
                            try dictMerge(d, v, callee: stack.count - Int(ins.arg) - 2 >= 0 ? stack[stack.count - Int(ins.arg) - 2] : .none)
                        }
                    case .listToTuple:
                        if case .object(let o) = stack.removeLast(), let l = o as? PyList { stack.append(.object(PyTuple(l.items))) }
                    case .unpackSequence:
                        if let log = accessLog { log.containerRead(stack[stack.count - 1]) }
                        try unpackSequence(stack.removeLast(), Int(ins.arg), into: &stack)
                    case .unpackEx:
                        try unpackEx(stack.removeLast(), before: Int(ins.arg & 0xff), after: Int(ins.arg >> 8), into: &stack)
                    case .makeFunction:
                        stack.append(try makeFunction(Int(ins.arg), &stack, frame))
                    case .returnValue:
                        let v = stack.removeLast()
                        frame.pc = pc
                        return .returned(v)
                    case .fastReturn:
                        guard let v = locals[Int(ins.arg)] else {
                            stack.append(try localValue(locals, Int(ins.arg), code))
                            break
                        }
                        counters.pointee.untilCheck &-= 1
                        frame.pc = pc &+ 1
                        return .returned(v)
                    case .constReturn:
                        counters.pointee.untilCheck &-= 1
                        frame.pc = pc &+ 1
                        return .returned(constants[Int(ins.arg)])
                    case .yieldValue:
                        var v = stack.removeLast()
                        if ins.arg == 1 { v = .object(AsyncGenWrappedValue(v)) }
                        suspended = true
                        frame.pc = pc
                        return .yielded(v)
                    case .getYieldFromIter:
                        let v = stack.removeLast()
                        if case .object(let o) = v, let g = o as? PyGenerator, g.kind == .coroutine {
                            if !(code.isCoroutine || code.isIterableCoroutineFlag) {
                                throw PyError.typeError("cannot 'yield from' a coroutine object in a non-coroutine generator")
                            }
                            stack.append(v)
                        } else {
                            stack.append(try iterator(v))
                        }
                    case .getAwaitable:
                        stack.append(try awaitableIterator(stack.removeLast(), context: Int(ins.arg)))
                    case .send:
                        let v = stack.removeLast()
                        let delegate = stack[stack.count - 1]
                        frame.pc = pc
                        switch try resumeDelegate(delegate, v) {
                        case .yielded(let y):
                            frame.delegate = delegate
                            frame.delegateExit = Int(ins.arg)
                            suspended = true
                            frame.pc = pc - 1
                            return .yielded(y)
                        case .returned(let r):
                            frame.delegate = nil
                            stack.removeLast()
                            stack.append(r)
                            pc = Int(ins.arg)
                        }
                    case .getAiter:
                        stack.append(try asyncIterator(stack.removeLast()))
                    case .getAnext:
                        stack.append(try asyncNext(stack[stack.count - 1]))
                    case .endAsyncFor:
                        let e = stack.removeLast()
                        if case .object(let eo) = e, let exc = eo as? PyException,
                           exc.type.isSubtype(of: BuiltinTypes.stopAsyncIteration) {
                            stack.removeLast()
                        } else if case .object(let eo) = e, let exc = eo as? PyException {
                            throw PyError(exc)
                        }
                    case .setupFinally:
                        frame.pushBlock(Block(isCleanup: false, handler: ins.arg, level: Int32(stack.count)))
                    case .setupCleanup:
                        frame.pushBlock(Block(isCleanup: true, handler: 0, level: Int32(stack.count)))
                    case .popBlock:
                        frame.popBlock()
                    case .pushExcInfo:
                        if case .object(let o) = stack[stack.count - 1], let e = o as? PyException { handledExceptions.append(e) }
                    case .popExcept:
                        if !handledExceptions.isEmpty { handledExceptions.removeLast() }
                    case .reraise:
                        let e = stack.removeLast()
                        if case .object(let o) = e, let exc = o as? PyException { throw PyError(exc) }
                        throw PyError.runtimeError("reraise of a non-exception")
                    case .checkExcMatch:
                        let t = stack.removeLast()
                        try checkCatchable(t)
                        stack.append(.bool(try isInstance(stack[stack.count - 1], t)))
                    case .checkEgMatch:
                        let t = stack.removeLast()
                        try checkCatchable(t)
                        let e = stack.removeLast()
                        let (rest, match) = try exceptStarSplit(e, t)
                        stack.append(rest)
                        stack.append(match)
                    case .prepReraiseStar:
                        let raisedList = stack.removeLast()
                        let orig = stack.removeLast()
                        stack.append(try prepReraiseStar(orig, raisedList))
                    case .raiseVarargs:
                        frame.pc = pc
                        try raise(Int(ins.arg), &stack)
                    case .beforeWith:
                        let mgr = stack.removeLast()
                        let (exit, entered) = try enterContext(mgr)
                        stack.append(exit)
                        stack.append(entered)
                    case .beforeAsyncWith:
                        let mgr = stack.removeLast()
                        let (exit, entered) = try enterAsyncContext(mgr)
                        stack.append(exit)
                        stack.append(entered)
                    case .withExitNormal:
                        let exit = stack.removeLast()
                        let r = try call(exit, [.none, .none, .none])
                        if ins.arg == 1 { stack.append(r) }
                    case .withExceptStart:
                        let exc = stack[stack.count - 1]
                        let exit = stack[stack.count - 2]
                        let tb: Value
                        if case .object(let eo) = exc, let e = eo as? PyException, !e.traceback.isEmpty {
                            tb = .object(PyTraceback(e.traceback))
                        } else { tb = .none }
                        stack.append(try call(exit, [.object(exc.type), exc, tb]))
                    case .loadBuildClass:
                        guard let b = builtins.getStr("__build_class__") else { throw nameError("__build_class__") }
                        stack.append(b)
                    case .loadAssertionError:
                        stack.append(.object(BuiltinTypes.assertionError))
                    case .importName:
                        let fromlist = stack.removeLast()
                        let level = stack.removeLast().intValue ?? 0
                        frame.pc = pc
                        stack.append(try importName(names[Int(ins.arg)].value, fromlist: fromlist, level: level,
                                                    globals: frame.globals))
                    case .importFrom:
                        stack.append(try importFrom(stack[stack.count - 1], names[Int(ins.arg)].value))
                    case .importStar:
                        try importStar(stack.removeLast(), into: frame.localsDict ?? frame.globals)
                    case .formatValue:
                        frame.pc = pc  // `__format__`/`__repr__` may read this frame's line
                        let spec: String = ins.arg & 4 != 0 ? (stack.removeLast().stringValue ?? "") : ""
                        var v = stack.removeLast()
                        if let log = accessLog { log.deepRead(v) }
                        switch ins.arg & 3 {
                        case 1: v = .str(try str(v))
                        case 2: v = .str(try repr(v))
                        case 3: v = .str(StringRepr.escapeNonASCII(try repr(v)))
                        default: break
                        }
                        if spec.isEmpty, let s = v.asStr, s.typeStorage == nil { stack.append(v) }
                        else { stack.append(.str(try format(v, spec))) }
                    case .matchClass:
                        let kw = stack.removeLast()
                        let cls = stack.removeLast()
                        let subject = stack.removeLast()
                        stack.append(try matchClass(subject, cls, count: Int(ins.arg), kwNames: kw))
                    case .matchMapping:
                        stack.append(.bool(isMappingForMatch(stack[stack.count - 1])))
                    case .matchSequence:
                        stack.append(.bool(isSequenceForMatch(stack[stack.count - 1])))
                    case .matchKeys:
                        stack.append(try matchKeys(stack[stack.count - 2], stack[stack.count - 1]))
                    case .getLen:
                        stack.append(.int(try length(stack[stack.count - 1])))
                    case .copyDictWithoutKeys:
                        let keys = stack.removeLast()
                        stack.append(try copyDictWithoutKeys(stack[stack.count - 1], keys))
                    case .loadSuperArgs:
                        let (cls, first) = try superArgs(frame, cellIndex: Int(ins.arg))
                        stack.append(cls)
                        stack.append(first)
                    }
                }
            } catch let error as PyError {
                frame.pc = pc
                if let target = unwind(frame, error.exception, &stack) { pc = target; continue }
                throw error
            } catch let failure as PyFailure {
                frame.pc = pc
                let error = pyError(from: failure)
                if let target = unwind(frame, error.exception, &stack) { pc = target; continue }
                throw error
            }
        }
    }

    /// Records the frame in the traceback and finds a handler block; returns
    /// the handler's pc (with the exception pushed) or nil to propagate.
    func unwind(_ frame: Frame, _ exc: PyException, _ stack: inout ValueStack) -> Int? {
        if frame.exceptionSerial == 0 {
            nextFrameSerial += 1
            frame.exceptionSerial = nextFrameSerial
        }
        if exc.lastFrameSerial != frame.exceptionSerial {
            if exc.traceback.isEmpty, exc.context == nil, let h = handledExceptions.last, h !== exc {
                setContext(exc, h)
            }
            var entry = frame.tracebackEntry
            if frame.hasHoldableValues { entry.hold = frame.tracebackHold() }
            exc.traceback.append(entry)
            exc.lastFrameSerial = frame.exceptionSerial
        }
        while let b = frame.popBlock() {
            if b.isCleanup {
                if !handledExceptions.isEmpty { handledExceptions.removeLast() }
                continue
            }
            stack.truncate(to: Int(b.level))
            stack.append(.object(exc))
            return Int(b.handler)
        }
        return nil
    }

    /// Sets `exc.__context__ = ctx`, breaking any cycle like CPython does.
    func setContext(_ exc: PyException, _ ctx: PyException) {
        var o: PyException? = ctx
        while let c = o {
            if c.context === exc { c.context = nil; break }
            o = c.context
        }
        exc.context = ctx
    }

    /// Fast local `i`, or UnboundLocalError.
    @inline(__always)
    func localValue(_ locals: LocalSlots, _ i: Int, _ code: @autoclosure () -> CodeObject) throws -> Value {
        guard let v = locals[i] else {
            throw PyError(BuiltinTypes.unboundLocalError,
                          "cannot access local variable '\(code().varNames[i])' where it is not associated with a value")
        }
        return v
    }

    func unboundCell(_ code: CodeObject, _ i: Int) -> PyError {
        if i < code.cellNames.count {
            return PyError(BuiltinTypes.unboundLocalError,
                           "cannot access local variable '\(code.cellNames[i])' where it is not associated with a value")
        }
        return PyError(BuiltinTypes.nameError,
                       "cannot access free variable '\(code.freeNames[i - code.cellNames.count])' where it is not associated with a value in enclosing scope")
    }

    func nameError(_ name: String) -> PyError {
        ExceptionNameFields.nameError(name, in: frameStack.last)
    }
}

extension Value {
    /// True for heap objects.
    @inline(__always) var isObject: Bool { if case .object = self { return true }; return false }
}
