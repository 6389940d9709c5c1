/// `exit(code=None)` and `quit(code=None)`, which the `site` module adds to
/// CPython's builtins: both raise `SystemExit(code)`.
enum ExitBuiltins {
    static let functions: [(String, NativeFunction)] = [
        ("exit", { _, a in try raiseSystemExit("exit", a) }),
        ("quit", { _, a in try raiseSystemExit("quit", a) }),
    ]

    static func raiseSystemExit(_ name: String, _ a: Args) throws -> Value {
        let slots = try a.bind(name, ["code"], required: 0)
        let code = slots[0] ?? .none
        throw PyError(BuiltinTypes.systemExit, args: [code])
    }
}
