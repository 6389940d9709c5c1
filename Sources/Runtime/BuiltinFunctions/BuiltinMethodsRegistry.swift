/// Everything the "builtins" slice contributes, gathered so `Registry`
/// needs one line per list: methods of builtin types, builtin functions and
/// native modules.
enum BuiltinMethodsRegistry {
    /// Installs methods on builtin types (runs after the core installers,
    /// so these definitions win).
    static func install() {
        FormatMethods.install()
        LazyIterators.install()
        ListMethods.install()
        DictMethods.install()
        SetMethods.install()
        NumberMethods.install()
        NumberDunders.install()
        BytesMethods.install()
        StrTypeMethods.install()
        ObjectProtocolMethods.install()
        ContainerDunders.install()
        OperatorDunders.install()
        FixedArityBuiltins.installMethods()
    }

    /// Builtin functions.
    static let functions: [(String, NativeFunction)] =
        NumericBuiltins.functions + OrderingBuiltins.functions + LazyIterators.functions
        + IntrospectionBuiltins.functions + SandboxedBuiltins.functions

    /// Types exposed by name in `builtins` (they replace the functions of
    /// the same name: calling the type builds the lazy iterator).
    static let types: [PyType] = [
        LazyIterators.enumerateType, LazyIterators.zipType, LazyIterators.mapType,
        LazyIterators.filterType, LazyIterators.reversedType, PyBytes.type, PyByteArray.type, PyMemoryView.type,
    ]

    /// Native modules.
    static let modules: [(String, (Interpreter) throws -> PyModule)] =
        MathModule.modules + RandomModule.modules + SysTimeModules.modules
}
