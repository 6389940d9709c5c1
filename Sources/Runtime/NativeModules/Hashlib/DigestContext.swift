import COpenSSL

/// One running OpenSSL message digest (an `EVP_MD_CTX` and its algorithm).
/// Owned by a `PyHashObject`; freed with it.
final class DigestContext: HashState {
    /// The OpenSSL algorithm.
    let md: OpaquePointer
    /// The EVP context (never nil after init).
    let ctx: OpaquePointer

    /// A fresh context for `md`, or nil when OpenSSL refuses it.
    init?(md: OpaquePointer) {
        guard let ctx = EVP_MD_CTX_new() else { return nil }
        guard EVP_DigestInit_ex(ctx, md, nil) == 1 else {
            EVP_MD_CTX_free(ctx)
            return nil
        }
        self.md = md
        self.ctx = ctx
    }

    private init(md: OpaquePointer, ctx: OpaquePointer) {
        self.md = md
        self.ctx = ctx
    }

    deinit { EVP_MD_CTX_free(ctx) }

    /// An independent copy of the running state.
    func copy() -> DigestContext? {
        guard let other = EVP_MD_CTX_new() else { return nil }
        guard EVP_MD_CTX_copy_ex(other, ctx) == 1 else {
            EVP_MD_CTX_free(other)
            return nil
        }
        return DigestContext(md: md, ctx: other)
    }

    /// Feeds `bytes` (any length) to the digest.
    func update(_ bytes: [UInt8]) {
        bytes.withUnsafeBytes { _ = EVP_DigestUpdate(ctx, $0.baseAddress, $0.count) }
    }

    /// The digest of what was fed so far; the context keeps running.
    /// `length` is the output length of an extendable-output function (SHAKE).
    func digest(length: Int? = nil) -> [UInt8] {
        guard let work = copy() else { return [] }
        if let length {
            var out = [UInt8](repeating: 0, count: length)
            if length > 0 { _ = EVP_DigestFinalXOF(work.ctx, &out, length) }
            return out
        }
        var out = [UInt8](repeating: 0, count: Int(EVP_MAX_MD_SIZE))
        var n: UInt32 = 0
        _ = EVP_DigestFinal_ex(work.ctx, &out, &n)
        return Array(out.prefix(Int(n)))
    }

    func copyState() -> HashState? { copy() }

    /// The digest size in bytes (0 for SHAKE).
    var digestSize: Int { Int(EVP_MD_get_size(md)) }
    /// The internal block size in bytes.
    var blockSize: Int { Int(EVP_MD_get_block_size(md)) }
}

/// What a hash object runs on: an OpenSSL digest or a `Blake2`.
protocol HashState: AnyObject {
    func update(_ bytes: [UInt8])
    /// The digest so far (`length` for extendable-output functions).
    func digest(length: Int?) -> [UInt8]
    func copyState() -> HashState?
    var digestSize: Int { get }
    var blockSize: Int { get }
}
