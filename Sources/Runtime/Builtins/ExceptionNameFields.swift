/// The keyword-only fields CPython gives some exceptions: `NameError.name`,
/// `AttributeError.name`/`.obj` (3.10+) and `ImportError.name`/`.path`, their
/// constructor keywords, and the context the VM fills in when an attribute
/// lookup fails (CPython's `set_attribute_error_context`).
///
/// `NameError` and `ImportError` keep `name` in `PyException.payload`; an
/// `AttributeError` keeps the pair `(name, obj)` there as a tuple, so both
/// travel with the exception without widening every exception object.
/// `ImportError.path`, rarely set, is kept in the exception's dict under a
/// key no identifier can spell.
enum ExceptionNameFields {
    static func install() {
        let attr = BuiltinTypes.attributeError
        attr.defineMethod("__init__") { _, a in
            guard let e = a[0].object as? PyException else { return .none }
            var name: Value = .none, obj: Value = .none
            for (key, value) in a.keywords {
                switch key {
                case "name": name = value
                case "obj": obj = value
                default: throw invalidKeyword(key, "AttributeError")
                }
            }
            e.args = Array(a.positional.dropFirst())
            setAttributeFields(e, name: name, obj: obj)
            return .none
        }
        attr.defineProperty("name", get: { _, a in attributeFields(a[0]).name }, set: { _, a in
            if let e = a[0].object as? PyException { setAttributeFields(e, name: a[1], obj: attributeFields(a[0]).obj) }
            return .none
        })
        attr.defineProperty("obj", get: { _, a in attributeFields(a[0]).obj }, set: { _, a in
            if let e = a[0].object as? PyException { setAttributeFields(e, name: attributeFields(a[0]).name, obj: a[1]) }
            return .none
        })

        let nameError = BuiltinTypes.nameError
        nameError.defineMethod("__init__") { _, a in
            guard let e = a[0].object as? PyException else { return .none }
            var name: Value = .none
            for (key, value) in a.keywords {
                guard key == "name" else { throw invalidKeyword(key, "NameError") }
                name = value
            }
            e.args = Array(a.positional.dropFirst())
            e.payload = name
            return .none
        }
        nameError.defineProperty("name", get: { _, a in nameErrorName(a[0]) },
                                 set: { _, a in (a[0].object as? PyException)?.payload = a[1]; return .none })

        let importError = BuiltinTypes.importError
        importError.defineMethod("__init__") { _, a in
            guard let e = a[0].object as? PyException else { return .none }
            var name: Value = .none, path: Value = .none
            for (key, value) in a.keywords {
                switch key {
                case "name": name = value
                case "path": path = value
                default: throw invalidKeyword(key, "ImportError")
                }
            }
            e.args = Array(a.positional.dropFirst())
            e.payload = name
            if !path.isNone { e.dict?.setStr(importPathKey, path) }
            return .none
        }
        importError.defineProperty("name", get: { _, a in (a[0].object as? PyException)?.payload ?? .none },
                                   set: { _, a in (a[0].object as? PyException)?.payload = a[1]; return .none })
        importError.defineProperty("path", get: { _, a in
            (a[0].object as? PyException)?.dict?.getStr(importPathKey) ?? .none
        }, set: { _, a in
            (a[0].object as? PyException)?.dict?.setStr(importPathKey, a[1]); return .none
        })
    }

    /// The NameError the VM raises for an unbound `name` in `frame`: it
    /// remembers the frame's code and globals for the traceback's "Did you
    /// mean" (CPython keeps the frame in the traceback).
    static func nameError(_ name: String, in frame: Frame?) -> PyError {
        let e = PyError(BuiltinTypes.nameError, "name '\(name)' is not defined")
        if let frame {
            e.exception.payload = .object(NameErrorScope(name: .str(name), code: frame.code, globals: frame.globals))
        } else {
            e.exception.payload = .str(name)
        }
        return e
    }

    /// `NameError.name`.
    static func nameErrorName(_ v: Value) -> Value {
        guard let e = v.object as? PyException else { return .none }
        if let scope = e.payload.object as? NameErrorScope { return scope.name }
        return e.payload
    }

    /// CPython 3.11's suggestion for an uncaught exception's last line
    /// (`... Did you mean: 'x'?`): exactly AttributeError (the closest name
    /// in `dir(obj)`) or exactly NameError (the raising frame's local
    /// variables, then its globals, then the builtins).
    static func suggestion(for e: PyException, vm: Interpreter) -> String? {
        if e.type === BuiltinTypes.attributeError {
            let (name, obj) = attributeFields(.object(e))
            guard let n = name.object as? PyStr, name.type === BuiltinTypes.str,
                  let listed = try? IntrospectionBuiltins.dir(vm, Args([obj])),
                  let candidates = try? vm.toArray(listed) else { return nil }
            return NameSuggestion.closest(to: n.value, in: candidates.compactMap { $0.stringValue })
        }
        if e.type === BuiltinTypes.nameError, let scope = e.payload.object as? NameErrorScope,
           let name = scope.name.stringValue {
            let local = scope.code.usesNameDict ? [] : scope.code.varNames
            if let s = NameSuggestion.closest(to: name, in: local) { return s }
            let globals = (scope.globals?.keys ?? []).compactMap { $0.stringValue }
            if let s = NameSuggestion.closest(to: name, in: globals) { return s }
            let builtins = vm.builtinsModule.namespace.keys.compactMap { $0.stringValue }
            return NameSuggestion.closest(to: name, in: builtins)
        }
        return nil
    }

    /// Where `ImportError.path` is kept: a key no Python identifier can spell.
    private static let importPathKey = " path"

    /// CPython's message for an unknown constructor keyword.
    private static func invalidKeyword(_ key: String, _ type: String) -> PyError {
        .typeError("'\(key)' is an invalid keyword argument for \(type)()")
    }

    /// `(name, obj)` of an AttributeError (None, None when unset).
    static func attributeFields(_ v: Value) -> (name: Value, obj: Value) {
        guard let e = v.object as? PyException, let t = e.payload.object as? PyTuple, t.items.count == 2 else {
            return (.none, .none)
        }
        return (t.items[0], t.items[1])
    }

    private static func setAttributeFields(_ e: PyException, name: Value, obj: Value) {
        e.payload = name.isNone && obj.isNone ? .none : .object(PyTuple([name, obj]))
    }

    /// What CPython does when an attribute lookup raises AttributeError: the
    /// exception learns the attribute's name and the object, unless its
    /// `name` was already set (by the raiser or an inner lookup).
    static func fillAttributeContext(_ e: PyException, name: PyStr, obj: Value) {
        guard e.type.isSubtype(of: BuiltinTypes.attributeError), attributeFields(.object(e)).name.isNone else { return }
        setAttributeFields(e, name: .object(name), obj: obj)
    }
}

/// Where the VM raised a NameError: the name, and the code and globals of
/// the frame, for the traceback's suggestion.
final class NameErrorScope: PyObject {
    let name: Value
    let code: CodeObject
    var globals: PyDict?

    init(name: Value, code: CodeObject, globals: PyDict) {
        self.name = name
        self.code = code
        self.globals = globals
        super.init(type: nil)
    }

    deinit { DeepRelease.release(&globals, leaving: nil) }
    override var exactBuiltinType: PyType { BuiltinTypes.object }
}
