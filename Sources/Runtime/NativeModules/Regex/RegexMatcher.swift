/// The backtracking matcher of Lib/_re_engine.py in Swift: one attempt at
/// one start position (`run`) and the scan over start positions (`search`),
/// in CPython's leftmost-first order, with an explicit stack of choice
/// points and register undo records.
/// Entries the backtracking stack may hold between two memory charges.
private let regexChargeStep = 1 << 16

struct RegexMatcher<Subject: RegexSubject> {
    let vm: Interpreter
    let s: Subject

    /// A choice point or an undo record on the backtracking stack.
    private enum Entry {
        /// Resume at `pc` with `pos`.
        case branch(pc: Int, pos: Int)
        /// Put `value` back into register `reg`.
        case restore(reg: Int, value: Int)
        /// Greedy run: retry `pc` with one character less (down to `least`).
        case giveBack(pc: Int, least: Int, runEnd: Int)
        /// Lazy run: retry `pc` with one character more (up to `runEnd`).
        case extend(pc: Int, pos: Int, runEnd: Int)
    }


    /// The first position from `pos` (before `end`) where `test` accepts, or `end`.
    func skip(_ test: RegexCharTest, from pos: Int, to end: Int) throws -> Int {
        var i = pos
        while i < end && !test.accepts(s[i]) { i += 1 }
        try vm.nativeWork(i - pos)
        return i
    }

    /// Searches `s[pos..<end]` for the leftmost match; fills `regs` (0 and
    /// 1 are the match's span) and returns true when found.
    func search(_ prog: PyRegexProgram, pos: Int, end: Int, regs: inout [Int], mustAdvance: Bool) throws -> Bool {
        var start = pos
        while start <= end {
            if let prefix = prog.prefix {
                var i = start
                while i < end && s[i] != prefix { i += 1 }
                try vm.nativeWork(i - start)
                if i >= end { return false }
                start = i
            } else if let first = prog.first {
                start = try skip(first, from: start, to: end)
                if start >= end { return false }
            }
            // A failed attempt restores every register, so regs is reused.
            let e = try run(prog.ops, start: start, end: end, regs: &regs,
                            mustAdvance: mustAdvance && start == pos, matchAll: false, toplevel: true)
            if e >= 0 {
                regs[0] = start
                regs[1] = e
                return true
            }
            start += 1
        }
        return false
    }

    /// Matches `prog` anchored at `start`; the end of the match or -1.
    func run(_ prog: [RegexOp], start: Int, end: Int, regs: inout [Int],
             mustAdvance: Bool, matchAll: Bool, toplevel: Bool) throws -> Int {
        var stack: [Entry] = []
        var nextCharge = regexChargeStep
        var pc = 0
        var pos = start
        while true {
            try vm.nativeWork()
            switch prog[pc] {
            case .test(let t):
                if pos < end && t.accepts(s[pos]) {
                    pos += 1
                    pc += 1
                    continue
                }
            case .split(let preferred, let other):
                stack.append(.branch(pc: other, pos: pos))
                if stack.count >= nextCharge {
                    try vm.charge(stack.count, times: MemoryLayout<Entry>.stride * 2)
                    nextCharge += regexChargeStep
                }
                pc = preferred
                continue
            case .repeatOne(let t, let lo, let hi, let greedy):
                let limit = hi < 0 || pos + hi > end ? end : pos + hi
                var runEnd = pos
                while runEnd < limit && t.accepts(s[runEnd]) { runEnd += 1 }
                try vm.nativeWork(runEnd - pos)
                let least = pos + lo
                if runEnd >= least {
                    if greedy {
                        if runEnd > least { stack.append(.giveBack(pc: pc + 1, least: least, runEnd: runEnd)) }
                        pos = runEnd
                    } else {
                        if runEnd > least { stack.append(.extend(pc: pc + 1, pos: least, runEnd: runEnd)) }
                        pos = least
                    }
                    pc += 1
                    continue
                }
            case .jump(let target):
                pc = target
                continue
            case .save(let r):
                stack.append(.restore(reg: r, value: regs[r]))
                regs[r] = pos
                pc += 1
                continue
            case .check(let r, let exit):
                pc = regs[r] != pos ? pc + 1 : exit
                continue
            case .anchor(let kind, let multiline, let ascii):
                if at(kind, multiline: multiline, ascii: ascii, pos: pos, end: end) {
                    pc += 1
                    continue
                }
            case .match:
                if !(toplevel && ((matchAll && pos != end) || (mustAdvance && pos == start))) { return pos }
            case .backref(let g, let ignoreCase):
                let gs = regs[2 * g], ge = regs[2 * g + 1]
                if gs >= 0 && ge >= 0 {
                    let length = ge - gs
                    if pos + length <= end && backrefMatches(gs, ge, at: pos, ignoreCase: ignoreCase) {
                        pos += length
                        pc += 1
                        continue
                    }
                }
            case .look(let ahead, let negated, let sub, let width):
                let at = ahead ? pos : pos - width
                var trial = regs
                let matched = try at >= 0 && run(sub, start: at, end: ahead ? end : pos, regs: &trial,
                                                  mustAdvance: false, matchAll: false, toplevel: false) >= 0
                if matched != negated {
                    if matched && !negated { adopt(trial, into: &regs, stack: &stack) }
                    pc += 1
                    continue
                }
            case .groupExists(let g, let no):
                pc = regs[2 * g] >= 0 && regs[2 * g + 1] >= 0 ? pc + 1 : no
                continue
            case .atomic(let sub):
                var trial = regs
                let e = try run(sub, start: pos, end: end, regs: &trial,
                                mustAdvance: false, matchAll: false, toplevel: false)
                if e >= 0 {
                    adopt(trial, into: &regs, stack: &stack)
                    pos = e
                    pc += 1
                    continue
                }
            }
            // Failure: undo register writes back to the latest choice point.
            var resumed = false
            while let entry = stack.popLast() {
                switch entry {
                case .branch(let p, let q):
                    pc = p
                    pos = q
                    resumed = true
                case .restore(let r, let value):
                    regs[r] = value
                    continue
                case .giveBack(let p, let least, let runEnd):
                    pos = runEnd - 1
                    if pos > least { stack.append(.giveBack(pc: p, least: least, runEnd: pos)) }
                    pc = p
                    resumed = true
                case .extend(let p, let q, let runEnd):
                    pos = q + 1
                    if pos < runEnd { stack.append(.extend(pc: p, pos: pos, runEnd: runEnd)) }
                    pc = p
                    resumed = true
                }
                break
            }
            if !resumed { return -1 }
        }
    }

    /// Takes the registers a lookaround or atomic group set, recording undo entries.
    private func adopt(_ trial: [Int], into regs: inout [Int], stack: inout [Entry]) {
        for r in regs.indices where trial[r] != regs[r] {
            stack.append(.restore(reg: r, value: regs[r]))
            regs[r] = trial[r]
        }
    }

    private func backrefMatches(_ gs: Int, _ ge: Int, at pos: Int, ignoreCase: Bool) -> Bool {
        let length = ge - gs
        if ignoreCase {
            return StrAlgorithms.lower(s.scalars(gs..<ge)) == StrAlgorithms.lower(s.scalars(pos..<(pos + length)))
        }
        for k in 0..<length where s[gs + k] != s[pos + k] { return false }
        return true
    }

    private func at(_ kind: RegexAnchor, multiline: Bool, ascii: Bool, pos: Int, end: Int) -> Bool {
        switch kind {
        case .lineStart:
            return pos == 0 || (multiline && s[pos - 1] == "\n")
        case .lineEnd:
            if pos == end { return true }
            if multiline { return s[pos] == "\n" }
            return pos == end - 1 && s[pos] == "\n"
        case .start:
            return pos == 0
        case .end:
            return pos == end
        case .boundary, .nonBoundary:
            if end == 0 { return false }  // SRE: \b and \B never match an empty subject
            let before = pos > 0 && RegexCategory.isWord(s[pos - 1], ascii)
            let after = pos < end && RegexCategory.isWord(s[pos], ascii)
            return kind == .boundary ? before != after : before == after
        }
    }
}

/// What the matcher reads: code points by index. A string's code-point
/// array, or the bytes of an all-ASCII string (one code point each), so a
/// 100 MB ASCII subject is searched in place instead of through a 400 MB
/// array.
protocol RegexSubject {
    subscript(_ i: Int) -> Unicode.Scalar { get }
    /// The code points of `range`, as an array.
    func scalars(_ range: Range<Int>) -> [Unicode.Scalar]
}

extension Array: RegexSubject where Element == Unicode.Scalar {
    func scalars(_ range: Range<Int>) -> [Unicode.Scalar] { Array(self[range]) }
}

/// The bytes of an all-ASCII string, read as code points.
struct ASCIIRegexSubject: RegexSubject {
    let bytes: UnsafeBufferPointer<UInt8>
    @inline(__always)
    subscript(_ i: Int) -> Unicode.Scalar { Unicode.Scalar(bytes[i]) }
    func scalars(_ range: Range<Int>) -> [Unicode.Scalar] { bytes[range].map { Unicode.Scalar($0) } }
}
