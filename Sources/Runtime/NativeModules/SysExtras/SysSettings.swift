/// Small `sys` values and interpreter settings programs read, with the
/// values CPython 3.11 on Linux gives: `maxunicode`, the prefixes,
/// `getfilesystemencoding`, `is_finalizing`, the switch interval (stored,
/// no threads), the int string-conversion limit (stored), and coroutine
/// origin tracking depth (stored; origins are not recorded).
enum SysSettings {
    static func install(into m: PyModule) {
        m.add("maxunicode", .int(0x10FFFF))
        for name in ["prefix", "exec_prefix", "base_prefix", "base_exec_prefix"] {
            m.add(name, .str("/usr/local"))
        }
        m.add("platlibdir", .str("lib"))
        m.add("abiflags", .str(""))
        m.add("pycache_prefix", .none)
        m.addFunction("getfilesystemencoding") { _, a in
            try a.check("getfilesystemencoding", min: 0, max: 0)
            return .str("utf-8")
        }
        m.addFunction("getfilesystemencodeerrors") { _, a in
            try a.check("getfilesystemencodeerrors", min: 0, max: 0)
            return .str("surrogateescape")
        }
        m.addFunction("is_finalizing") { _, a in
            try a.check("is_finalizing", min: 0, max: 0)
            return .false
        }
        let interval = m.closureState(0.005)
        m.addFunction("getswitchinterval") { _, a in
            try a.check("getswitchinterval", min: 0, max: 0)
            return .float(interval.value)
        }
        m.addFunction("setswitchinterval") { vm, a in
            try a.check("setswitchinterval", min: 1, max: 1)
            let v = try vm.toDouble(a[0])
            if v <= 0 { throw PyError.valueError("switch interval must be strictly positive") }
            interval.value = v
            return .none
        }
        let maxDigits = m.closureState(4300)
        m.addFunction("get_int_max_str_digits") { _, a in
            try a.check("get_int_max_str_digits", min: 0, max: 0)
            return .int(maxDigits.value)
        }
        m.addFunction("set_int_max_str_digits") { vm, a in
            let slots = try a.bind("set_int_max_str_digits", ["maxdigits"], required: 1)
            let n = try vm.indexInt(slots[0] ?? .int(0))
            if n != 0 && n < 640 {
                throw PyError.valueError("maxdigits must be 0 or larger than 640")
            }
            maxDigits.value = n
            IntDigitLimit.set(n, owner: vm) { [weak vm] words in try vm?.nativeWork(words) }
            return .none
        }
        let originDepth = m.closureState(0)
        m.addFunction("get_coroutine_origin_tracking_depth") { _, a in
            try a.check("get_coroutine_origin_tracking_depth", min: 0, max: 0)
            return .int(originDepth.value)
        }
        m.addFunction("set_coroutine_origin_tracking_depth") { vm, a in
            let slots = try a.bind("set_coroutine_origin_tracking_depth", ["depth"], required: 1)
            let n = try vm.indexInt(slots[0] ?? .int(0))
            if n < 0 { throw PyError.valueError("depth must be >= 0") }
            originDepth.value = n
            return .none
        }
        m.addFunction("gettrace") { _, a in
            try a.check("gettrace", min: 0, max: 0)
            return .none
        }
        m.addFunction("getprofile") { _, a in
            try a.check("getprofile", min: 0, max: 0)
            return .none
        }
    }
}
