import COpenSSL

/// `hashlib.pbkdf2_hmac` (RFC 8018) over EVP digests, one HMAC per
/// iteration so that long derivations meet the run's wall limit.
enum Pbkdf2 {
    static func call(_ vm: Interpreter, _ a: Args) throws -> Value {
        let slots = try a.bind("pbkdf2_hmac", ["hash_name", "password", "salt", "iterations", "dklen"], required: 4)
        guard let name = slots[0]?.stringValue else {
            throw PyError.typeError("pbkdf2_hmac() argument 'hash_name' must be str, not \(slots[0]?.type.name ?? "NoneType")")
        }
        let password = try BytesLibraryMethods.argBytes(slots[1] ?? .none)
        let salt = try BytesLibraryMethods.argBytes(slots[2] ?? .none)
        guard let algorithm = HashAlgorithm.named(name), !algorithm.isXOF, let md = algorithm.md else {
            throw PyError(HashlibModule.unsupportedDigestmod, "[digital envelope routines] unsupported")
        }
        let iterations = try vm.indexValue(slots[3] ?? .none)
        if iterations < 1 { throw PyError.valueError("iteration value must be greater than 0.") }
        if iterations > Int(Int32.max) { throw PyError.overflow("iteration value is too great.") }
        let hmac = try HmacKey(md: md, key: password)
        var dklen = hmac.size
        if let d = slots[4], !d.isNone {
            let n = try vm.indexValue(d)
            if n < 1 { throw PyError.valueError("key length must be greater than 0.") }
            if n > Int(Int32.max) { throw PyError.overflow("key length is too great.") }
            dklen = Int(n)
        }
        try vm.charge(dklen)
        var out: [UInt8] = []
        out.reserveCapacity(dklen)
        var block: UInt32 = 1
        while out.count < dklen {
            var u = hmac.mac(salt + [UInt8(block >> 24), UInt8((block >> 16) & 255), UInt8((block >> 8) & 255),
                                      UInt8(block & 255)])
            var t = u
            for _ in 1..<Int(iterations) {
                u = hmac.mac(u)
                for i in 0..<t.count { t[i] ^= u[i] }
                try vm.nativeWork(4)
            }
            out.append(contentsOf: t.prefix(dklen - out.count))
            block += 1
        }
        return .object(PyBytes(out))
    }
}

/// HMAC with a fixed key: the inner and outer digests keyed once, copied per message.
final class HmacKey {
    private let inner: DigestContext
    private let outer: DigestContext
    /// The digest size.
    let size: Int

    init(md: OpaquePointer, key: [UInt8]) throws {
        guard let i = DigestContext(md: md), let o = DigestContext(md: md) else {
            throw PyError.valueError("unsupported hash type")
        }
        let blockSize = i.blockSize
        var k = key
        if k.count > blockSize, let h = DigestContext(md: md) {
            h.update(k)
            k = h.digest()
        }
        k += [UInt8](repeating: 0, count: blockSize - k.count)
        i.update(k.map { $0 ^ 0x36 })
        o.update(k.map { $0 ^ 0x5c })
        inner = i
        outer = o
        size = i.digestSize
    }

    /// HMAC(key, message).
    func mac(_ message: [UInt8]) -> [UInt8] {
        guard let i = inner.copy(), let o = outer.copy() else { return [] }
        i.update(message)
        o.update(i.digest())
        return o.digest()
    }
}
