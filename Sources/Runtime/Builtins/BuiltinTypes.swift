/// The builtin type objects, shared by every interpreter.
///
/// Each is created bare (name, base, layout) on first use; methods are
/// installed once by `Builtins.bootstrap()` (see OBJECTS.md), after which
/// builtin types are immutable. Creating a type here must not read any other
/// static of this enum except its bases.
public enum BuiltinTypes {
    static func make(_ name: String, _ base: PyType?, _ layout: InstanceLayout = .native,
                     module: String = "builtins") -> PyType {
        PyType(name: name, bases: base.map { [$0] } ?? [], builtin: true, layout: layout, module: module)
    }

    public static let object: PyType = make("object", nil, .object)
    public static let type: PyType = make("type", object)
    public static let noneType: PyType = make("NoneType", object)
    public static let notImplementedType: PyType = make("NotImplementedType", object)
    public static let ellipsisType: PyType = make("ellipsis", object)
    public static let int: PyType = make("int", object)
    public static let bool: PyType = make("bool", int)
    public static let float: PyType = make("float", object)
    public static let str: PyType = make("str", object)
    public static let list: PyType = make("list", object)
    public static let tuple: PyType = make("tuple", object)
    public static let dict: PyType = make("dict", object)
    public static let set: PyType = make("set", object)
    public static let frozenset: PyType = make("frozenset", object)
    public static let range: PyType = make("range", object)
    public static let slice: PyType = make("slice", object)
    public static let function: PyType = make("function", object)
    public static let builtinFunction: PyType = make("builtin_function_or_method", object)
    public static let methodDescriptor: PyType = make("method_descriptor", object)
    public static let method: PyType = make("method", object)
    public static let property: PyType = make("property", object)
    public static let classmethod: PyType = make("classmethod", object)
    public static let staticmethod: PyType = make("staticmethod", object)
    public static let superType: PyType = make("super", object)
    public static let module: PyType = make("module", object)
    public static let cell: PyType = make("cell", object)
    public static let code: PyType = make("code", object)
    public static let generator: PyType = make("generator", object)
    public static let coroutine: PyType = make("coroutine", object)
    public static let asyncGenerator: PyType = make("async_generator", object)
    public static let coroutineWrapper: PyType = make("coroutine_wrapper", object)
    public static let asyncGenAwaitable: PyType = make("async_generator_asend", object)
    public static let asyncGenAThrow: PyType = make("async_generator_athrow", object)
    public static let frame: PyType = make("frame", object)
    public static let iterator: PyType = make("iterator", object)
    public static let listIterator: PyType = make("list_iterator", iterator)
    public static let tupleIterator: PyType = make("tuple_iterator", iterator)
    public static let rangeIterator: PyType = make("range_iterator", iterator)
    public static let longRangeIterator: PyType = make("longrange_iterator", iterator)
    public static let strIterator: PyType = make("str_iterator", iterator)
    public static let strASCIIIterator: PyType = make("str_ascii_iterator", iterator)
    public static let dictKeyIterator: PyType = make("dict_keyiterator", iterator)
    public static let dictValueIterator: PyType = make("dict_valueiterator", iterator)
    public static let dictItemIterator: PyType = make("dict_itemiterator", iterator)
    public static let dictReverseKeyIterator: PyType = make("dict_reversekeyiterator", iterator)
    public static let dictReverseValueIterator: PyType = make("dict_reversevalueiterator", iterator)
    public static let dictReverseItemIterator: PyType = make("dict_reverseitemiterator", iterator)
    public static let setIterator: PyType = make("set_iterator", iterator)
    public static let dictKeys: PyType = make("dict_keys", object)
    public static let dictValues: PyType = make("dict_values", object)
    public static let dictItems: PyType = make("dict_items", object)
    public static let callIterator: PyType = make("callable_iterator", object)

    // Exceptions (CPython's hierarchy and names).
    public static let baseException: PyType = make("BaseException", object, .exception)
    public static let systemExit: PyType = make("SystemExit", baseException, .exception)
    public static let keyboardInterrupt: PyType = make("KeyboardInterrupt", baseException, .exception)
    public static let generatorExit: PyType = make("GeneratorExit", baseException, .exception)
    public static let baseExceptionGroup: PyType = make("BaseExceptionGroup", baseException, .exception)
    public static let exception: PyType = make("Exception", baseException, .exception)
    public static let exceptionGroup: PyType = PyType(name: "ExceptionGroup", bases: [baseExceptionGroup, exception],
                                                      builtin: true, layout: .exception)
    public static let stopIteration: PyType = make("StopIteration", exception, .exception)
    public static let stopAsyncIteration: PyType = make("StopAsyncIteration", exception, .exception)
    public static let arithmeticError: PyType = make("ArithmeticError", exception, .exception)
    public static let floatingPointError: PyType = make("FloatingPointError", arithmeticError, .exception)
    public static let overflowError: PyType = make("OverflowError", arithmeticError, .exception)
    public static let zeroDivisionError: PyType = make("ZeroDivisionError", arithmeticError, .exception)
    public static let assertionError: PyType = make("AssertionError", exception, .exception)
    public static let attributeError: PyType = make("AttributeError", exception, .exception)
    public static let bufferError: PyType = make("BufferError", exception, .exception)
    public static let eofError: PyType = make("EOFError", exception, .exception)
    public static let importError: PyType = make("ImportError", exception, .exception)
    public static let moduleNotFoundError: PyType = make("ModuleNotFoundError", importError, .exception)
    public static let lookupError: PyType = make("LookupError", exception, .exception)
    public static let indexError: PyType = make("IndexError", lookupError, .exception)
    public static let keyError: PyType = make("KeyError", lookupError, .exception)
    public static let memoryError: PyType = make("MemoryError", exception, .exception)
    public static let nameError: PyType = make("NameError", exception, .exception)
    public static let unboundLocalError: PyType = make("UnboundLocalError", nameError, .exception)
    public static let osError: PyType = make("OSError", exception, .exception)
    public static let timeoutError: PyType = make("TimeoutError", osError, .exception)
    public static let referenceError: PyType = make("ReferenceError", exception, .exception)
    public static let runtimeError: PyType = make("RuntimeError", exception, .exception)
    public static let notImplementedError: PyType = make("NotImplementedError", runtimeError, .exception)
    public static let recursionError: PyType = make("RecursionError", runtimeError, .exception)
    public static let syntaxError: PyType = make("SyntaxError", exception, .exception)
    public static let indentationError: PyType = make("IndentationError", syntaxError, .exception)
    public static let systemError: PyType = make("SystemError", exception, .exception)
    public static let typeError: PyType = make("TypeError", exception, .exception)
    public static let valueError: PyType = make("ValueError", exception, .exception)
    public static let unicodeError: PyType = make("UnicodeError", valueError, .exception)
    public static let warning: PyType = make("Warning", exception, .exception)
    public static let deprecationWarning: PyType = make("DeprecationWarning", warning, .exception)
    public static let runtimeWarning: PyType = make("RuntimeWarning", warning, .exception)
    public static let userWarning: PyType = make("UserWarning", warning, .exception)

    /// Every exception type exposed in `builtins`, by name.
    public static var exceptionTypes: [PyType] {
        [baseException, systemExit, keyboardInterrupt, generatorExit, baseExceptionGroup, exception,
         exceptionGroup, stopIteration, stopAsyncIteration, arithmeticError, floatingPointError,
         overflowError, zeroDivisionError, assertionError, attributeError, bufferError, eofError,
         importError, moduleNotFoundError, lookupError, indexError, keyError, memoryError, nameError,
         unboundLocalError, osError, timeoutError, referenceError, runtimeError, notImplementedError,
         recursionError, syntaxError, indentationError, systemError, typeError, valueError,
         unicodeError, warning, deprecationWarning, runtimeWarning, userWarning]
    }

    /// `NotImplemented`.
    public static let notImplemented = PySingleton(name: "NotImplemented", type: notImplementedType)
    /// `Ellipsis`.
    public static let ellipsis = PySingleton(name: "Ellipsis", type: ellipsisType)
}
