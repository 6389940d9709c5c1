/// Fused instruction forms ("superinstructions").
///
/// DESIGN: most of a CPU-bound program's instructions come in a few short
/// sequences (`n - 1`, `i < n` followed by its jump, `a + b`, a `for` loop's
/// `FOR_ITER` and the store of its variable). Each instruction costs a
/// dispatch (~19 machine instructions: the step counter, the fetch, the
/// indirect jump) and moves its values through the value stack. The first
/// instruction of such a sequence is replaced, in the copy frames execute
/// (`CodeObject.executableInstructions`), by a fused form that does the
/// whole sequence in one dispatch when its operands are machine ints.
///
/// Why this is safe without any analysis of the code:
/// - the rest of the sequence stays in place, unchanged, so a jump into
///   its middle runs the original instructions;
/// - a fused form's slow path is exactly the instruction it replaced (the
///   following ones then run as compiled), and its fast path covers only
///   operations that cannot raise, call Python code or log for the race
///   detector (the unfused instructions log nothing for machine ints
///   either);
/// - the fast path charges the step counter for every instruction it
///   covers, so the steps limit counts as before;
/// - `instructions` (what the code cache stores, what look-aheads such as
///   `AccessLog.feedsBranch` read) is never changed.
enum Quickening {
    /// `instructions` with the first instruction of each recognised
    /// sequence replaced by its fused form.
    static func fuse(_ instructions: [Instruction]) -> [Instruction] {
        var out = instructions
        let n = instructions.count
        func op(_ i: Int) -> Opcode? { i < n ? instructions[i].op : nil }
        func isConditionalJump(_ o: Opcode?) -> Bool { o == .popJumpIfFalse || o == .popJumpIfTrue }
        for i in 0..<n {
            let fused: Opcode?
            switch instructions[i].op {
            case .loadFast:
                let second = op(i + 1)
                if second == .loadConst || second == .loadFast {
                    if op(i + 2) == .compareOp && isConditionalJump(op(i + 3)) {
                        fused = second == .loadConst ? .fastConstCompareJump : .fastFastCompareJump
                    } else if op(i + 2) == .binaryOp {
                        fused = second == .loadConst ? .fastConstBinary : .fastFastBinary
                    } else {
                        fused = second == .loadConst ? .loadFastConst : .loadFastTwo
                    }
                } else if second == .returnValue {
                    fused = .fastReturn
                } else if second == .loadAttr {
                    fused = .fastAttr
                } else if second == .loadMethod {
                    fused = .fastMethod
                } else {
                    fused = nil
                }
            case .loadConst:
                fused = op(i + 1) == .returnValue ? .constReturn : nil
            case .compareOp:
                fused = isConditionalJump(op(i + 1)) ? .compareJump : nil
            case .forIter:
                fused = op(i + 1) == .storeFast ? .forIterStoreFast : nil
            default:
                fused = nil
            }
            if let f = fused { out[i].op = f }
        }
        return out
    }

    /// `x op y` for a `binaryOp` argument when both operands are machine
    /// ints and the result needs no error: nil sends the caller to the
    /// general path (division by zero, a shift out of range...).
    @inline(__always)
    static func machineIntBinary(_ interpreter: Interpreter, _ x: Int, _ y: Int, _ raw: Int) -> Value? {
        if raw & 15 == BinaryOp.add.rawValue {
            let (r, o) = x.addingReportingOverflow(y)
            if !o { return .int(r) }
        } else if raw & 15 == BinaryOp.sub.rawValue {
            let (r, o) = x.subtractingReportingOverflow(y)
            if !o { return .int(r) }
        }
        guard let op = BinaryOp(rawValue: raw & 15) else { return nil }
        return interpreter.smallIntOp(x, y, op)
    }

    /// The machine int a fused form's second operand holds: the constant
    /// (`constant`) or the local that `second`, the sequence's second
    /// instruction, loads; nil for anything else.
    @inline(__always)
    static func secondInt(_ constant: Bool, _ second: Instruction, _ constants: UnsafeBufferPointer<Value>,
                          _ locals: LocalSlots) -> Int? {
        if constant {
            if case .int(let y) = constants[Int(second.arg)] { return y }
        } else if case .int(let y)? = locals[Int(second.arg)] {
            return y
        }
        return nil
    }

    /// Where a fused compare-and-jump goes: `jump` is the conditional jump
    /// after the comparison (never fused, so its opcode is the compiled one).
    @inline(__always)
    static func takesJump(_ result: Bool, _ jump: Instruction) -> Bool {
        jump.op == .popJumpIfFalse ? !result : result
    }
}

extension CodeObject {
    /// The instructions frames execute: `instructions` with fused forms,
    /// made once, at the first frame of this code.
    var executableInstructions: [Instruction] {
        if let e = executableStorage { return e }
        let e = Quickening.fuse(instructions)
        executableStorage = e
        return e
    }
}
