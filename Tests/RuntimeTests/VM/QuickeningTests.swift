import Script
import XCTest
@testable import Runtime

/// Fused instruction forms (VM/Quickening.swift): only the first
/// instruction of a recognised sequence changes, the compiled instructions
/// stay as they were, and the steps limit counts every instruction a fused
/// form covers. What fused code computes is checked against CPython by
/// `Tests/LibPrograms/builtins/fused_instruction_sequences.py`.
final class QuickeningTests: XCTestCase {
    private static let fusedForms: Set<Opcode> = [
        .fastConstBinary, .fastFastBinary, .fastConstCompareJump, .fastFastCompareJump, .compareJump,
        .loadFastTwo, .loadFastConst, .forIterStoreFast, .fastAttr, .fastMethod, .fastReturn, .constReturn,
    ]

    private func functionCode(_ source: String, _ name: String) throws -> CodeObject {
        let module = try Compiler.compile(Parser.parse(source, filename: "t.py"), filename: "t.py")
        for constant in module.constants {
            if case .object(let o) = constant, let c = o as? PyCodeValue, c.code.name == name { return c.code }
        }
        throw XCTSkip("no code object named \(name)")
    }

    /// The ops a fused form stands for, first one included.
    private func sequence(of op: Opcode) -> [Opcode]? {
        switch op {
        case .fastConstBinary: return [.loadFast, .loadConst, .binaryOp]
        case .fastFastBinary: return [.loadFast, .loadFast, .binaryOp]
        case .fastConstCompareJump: return [.loadFast, .loadConst, .compareOp]
        case .fastFastCompareJump: return [.loadFast, .loadFast, .compareOp]
        case .compareJump: return [.compareOp]
        case .loadFastTwo: return [.loadFast, .loadFast]
        case .loadFastConst: return [.loadFast, .loadConst]
        case .forIterStoreFast: return [.forIter, .storeFast]
        case .fastAttr: return [.loadFast, .loadAttr]
        case .fastMethod: return [.loadFast, .loadMethod]
        case .fastReturn: return [.loadFast, .returnValue]
        case .constReturn: return [.loadConst, .returnValue]
        default: return nil
        }
    }

    func testOnlyTheFirstInstructionOfASequenceChanges() throws {
        let code = try functionCode("""
            def f(n, xs, o):
                total = 0
                for x in xs:
                    if x < n:
                        total = total + x * 2
                    elif total >= x:
                        total -= n
                while n > 0:
                    n = n - 1
                if n == 99:
                    return total
                return o.attr + o.method(total) + len(xs)
            """, "f")
        let compiled = code.instructions
        let fused = Quickening.fuse(compiled)
        XCTAssertEqual(fused.count, compiled.count)
        var seen: Set<Opcode> = []
        for i in compiled.indices {
            XCTAssertEqual(fused[i].arg, compiled[i].arg, "argument \(i)")
            XCTAssertFalse(Self.fusedForms.contains(compiled[i].op), "the compiler emitted a fused form at \(i)")
            guard fused[i].op != compiled[i].op else { continue }
            seen.insert(fused[i].op)
            let expected = try XCTUnwrap(sequence(of: fused[i].op), "\(fused[i].op) is not a fused form")
            XCTAssertEqual(Array(compiled[i..<min(compiled.count, i + expected.count)].map(\.op)), expected,
                           "\(fused[i].op) at \(i)")
            if fused[i].op == .fastConstCompareJump || fused[i].op == .fastFastCompareJump {
                XCTAssertTrue([.popJumpIfFalse, .popJumpIfTrue].contains(compiled[i + 3].op))
            }
            if fused[i].op == .compareJump {
                XCTAssertTrue([.popJumpIfFalse, .popJumpIfTrue].contains(compiled[i + 1].op))
            }
        }
        XCTAssertTrue(seen.isSuperset(of: [.fastConstBinary, .fastConstCompareJump, .fastFastCompareJump,
                                          .forIterStoreFast, .fastAttr, .fastMethod, .fastReturn]), "\(seen)")
    }

    func testRunningCodeLeavesItsCompiledInstructionsAlone() throws {
        let vm = Interpreter(limits: Limits())
        let module = try vm.compileSource("def f(n):\n    return n + 1 if n < 3 else n - 1\nr = f(1) + f(5)\n",
                                          filename: "t.py")
        let before = module.constants.compactMap { c -> [Opcode]? in
            if case .object(let o) = c, let code = o as? PyCodeValue { return code.code.instructions.map(\.op) }
            return nil
        }
        let ns = PyDict()
        _ = try vm.runModuleCode(module, ns)
        XCTAssertEqual(ns.getStr("r")?.intValue, 6)
        let after = module.constants.compactMap { c -> [Opcode]? in
            if case .object(let o) = c, let code = o as? PyCodeValue { return code.code.instructions.map(\.op) }
            return nil
        }
        XCTAssertEqual(before, after)
        XCTAssertFalse(after.joined().contains { Self.fusedForms.contains($0) })
    }

    /// Steps of `loop(n)` grow by exactly the compiled loop body's length per
    /// iteration, whether its instructions ran fused (machine ints) or not
    /// (floats take every instruction's own path).
    func testStepsCountEveryCompiledInstruction() throws {
        let source = """
            def loop(n, start):
                total = start
                for i in range(n):
                    if i < n:
                        total = total + i
                return total
            """
        let body = try functionCode(source, "loop").instructions
        let forIter = try XCTUnwrap(body.firstIndex { $0.op == .forIter })
        let jumpBack = try XCTUnwrap(body.lastIndex { $0.op == .jump && Int($0.arg) == forIter })
        let perIteration = jumpBack - forIter + 1
        func steps(_ call: String) throws -> Int {
            let vm = Interpreter(limits: Limits())
            let code = try vm.compileSource(source + "\n" + call + "\n", filename: "t.py")
            _ = try vm.runModuleCode(code, PyDict())
            return vm.steps
        }
        for start in ["0", "0.5"] {
            let few = try steps("loop(100, \(start))")
            let many = try steps("loop(300, \(start))")
            XCTAssertEqual(many - few, 200 * perIteration, "start \(start)")
        }
    }
}
