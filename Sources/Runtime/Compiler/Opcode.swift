/// Bytecode operations. Each instruction is an opcode plus one 32-bit
/// argument (meaning per opcode, documented inline).
public enum Opcode: UInt8 {
    /// Added to `listExtend`'s argument when the list collects a call's
    /// `*args`: an error then names the callee under the list.
    public static let inCallFlag = 1 << 16

    case nop
    // Stack manipulation.
    case popTop, rotTwo, rotThree, rotFour, dupTop, dupTopTwo
    /// Push a copy of the item `arg` deep (1 = top).
    case copy
    /// Push `constants[arg]`.
    case loadConst
    // Locals (array slots), cells (arg indexes cells), globals/names (arg indexes names).
    case loadFast, storeFast, deleteFast
    case loadDeref, storeDeref, deleteDeref, loadClassDeref, loadClosure
    case loadGlobal, storeGlobal, deleteGlobal
    case loadName, storeName, deleteName
    // Attributes (arg indexes names).
    case loadAttr, storeAttr, deleteAttr
    /// Push (callable, self) or (attr, NULL marker) for `obj.name(...)`.
    case loadMethod
    /// Call a `loadMethod` pair with `arg` positional arguments.
    case callMethod
    /// `arg` = positional count; top of stack is a tuple of keyword names for callMethodKw.
    case callMethodKw
    // Subscripts.
    case binarySubscr, storeSubscr, deleteSubscr
    /// `arg` = BinaryOp raw value, +16 for in-place.
    case binaryOp
    case unaryNegative, unaryPositive, unaryNot, unaryInvert
    /// `arg` = CompareOp raw value.
    case compareOp
    /// `arg` 1 = `is not`.
    case isOp
    /// `arg` 1 = `not in`.
    case containsOp
    // Jumps (arg = absolute target).
    case jump, popJumpIfFalse, popJumpIfTrue, jumpIfFalseOrPop, jumpIfTrueOrPop
    case popJumpIfNone, popJumpIfNotNone
    case getIter
    /// Next item or (exhausted) pop iterator and jump to `arg`.
    case forIter
    // Builders (arg = count).
    case buildList, buildTuple, buildSet, buildMap, buildSlice, buildString
    /// Comprehension appends: container at depth `arg` below the item(s).
    case listAppend, setAdd, mapAdd
    case listExtend, setUpdate, dictUpdate, dictMerge, listToTuple
    /// `arg` = count.
    case unpackSequence
    /// `arg` = before | after << 8.
    case unpackEx
    /// `arg` = positional count.
    case call
    /// `arg` = total argument count; top of stack is the tuple of keyword names.
    case callKw
    /// `arg` 1 = a kwargs mapping is on top (after the args tuple).
    case callEx
    /// `arg` flags: 1 defaults tuple, 2 kw-defaults dict, 8 closure tuple; code on top.
    case makeFunction
    case returnValue
    /// `arg` 1 = value yielded by an async generator body (wrapped).
    case yieldValue
    case getYieldFromIter
    /// `arg` 0 await, 1 after `async with` enter, 2 after `async with` exit, 3 async for.
    case getAwaitable
    /// Resume the delegate below TOS with TOS; on return jump to `arg`.
    case send
    case getAiter, getAnext
    /// Top: exception; below it the async iterator: StopAsyncIteration ends the loop.
    case endAsyncFor
    /// Push a handler block (target `arg`).
    case setupFinally
    /// Push a cleanup block that pops the handled-exception stack on unwind.
    case setupCleanup
    case popBlock
    case pushExcInfo
    case popExcept
    /// Re-raise the exception on top of the stack.
    case reraise
    /// Top is the except-clause type, below it the exception: push match bool (pops the type).
    case checkExcMatch
    /// `except*`: split the exception group; pushes (rest, match).
    case checkEgMatch
    /// Finish an `except*` try: combine raised/unhandled groups (arg = count of items).
    case prepReraiseStar
    /// `arg` = 0 (bare raise), 1 (raise exc), 2 (raise exc from cause).
    case raiseVarargs
    case beforeWith, beforeAsyncWith
    /// Call `__exit__(None, None, None)` for the normal exit; arg 1 keeps the result.
    case withExitNormal
    case withExceptStart
    case loadBuildClass
    case loadAssertionError
    /// `arg` names index; stack: level, fromlist.
    case importName, importFrom, importStar
    /// `arg` 0 none, 1 str, 2 repr, 3 ascii, +4 format spec on top.
    case formatValue
    // Pattern matching.
    case matchClass, matchMapping, matchSequence, matchKeys, getLen, copyDictWithoutKeys
    /// Push the `super()` arguments for a zero-argument super: (__class__ cell arg, first local).
    case loadSuperArgs
    case setupAnnotations

    // Fused forms (VM/Quickening.swift). Never emitted by the compiler: the
    // first instruction of a recognised sequence is replaced by one of these
    // in the copy a frame executes, and the rest of the sequence stays in
    // place. `arg` is the replaced instruction's own argument; the others
    // are read from the instructions that follow. Each does the whole
    // sequence when its operands are machine ints (or, for plain loads,
    // always) and otherwise exactly what the instruction it replaced does.
    /// `loadFast a; loadConst c; binaryOp op`.
    case fastConstBinary
    /// `loadFast a; loadFast b; binaryOp op`.
    case fastFastBinary
    /// `loadFast a; loadConst c; compareOp op; popJumpIfFalse/True t`.
    case fastConstCompareJump
    /// `loadFast a; loadFast b; compareOp op; popJumpIfFalse/True t`.
    case fastFastCompareJump
    /// `compareOp op; popJumpIfFalse/True t`.
    case compareJump
    /// `loadFast a; loadFast b`.
    case loadFastTwo
    /// `loadFast a; loadConst c`.
    case loadFastConst
    /// `forIter t; storeFast x` over a range or list iterator.
    case forIterStoreFast
    /// `loadFast a; loadAttr n` answered by the inline cache.
    case fastAttr
    /// `loadFast a; loadMethod n` answered by the inline cache.
    case fastMethod
    /// `loadFast a; returnValue`.
    case fastReturn
    /// `loadConst c; returnValue`.
    case constReturn
}

/// One instruction: opcode plus argument, 8 bytes.
public struct Instruction {
    /// The operation.
    public var op: Opcode
    /// Its argument.
    public var arg: Int32
    /// Creates an instruction.
    public init(_ op: Opcode, _ arg: Int32 = 0) { self.op = op; self.arg = arg }
}
