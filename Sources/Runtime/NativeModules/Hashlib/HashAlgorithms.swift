import COpenSSL

/// The hash algorithms `hashlib` offers: CPython's name, OpenSSL's name,
/// and the type CPython 3.11 gives their objects.
struct HashAlgorithm {
    /// The Python name (`sha3_256`).
    let name: String
    /// OpenSSL's name (`SHA3-256`).
    let openSSLName: String
    /// An extendable-output function (`shake_128`): digests take a length.
    var isXOF = false
    /// Served by CPython's own `_blake2` module rather than OpenSSL.
    var isBlake2 = false

    /// Every algorithm, in `algorithms_guaranteed`'s spelling.
    static let all: [HashAlgorithm] = [
        HashAlgorithm(name: "md5", openSSLName: "MD5"),
        HashAlgorithm(name: "sha1", openSSLName: "SHA1"),
        HashAlgorithm(name: "sha224", openSSLName: "SHA224"),
        HashAlgorithm(name: "sha256", openSSLName: "SHA256"),
        HashAlgorithm(name: "sha384", openSSLName: "SHA384"),
        HashAlgorithm(name: "sha512", openSSLName: "SHA512"),
        HashAlgorithm(name: "sha3_224", openSSLName: "SHA3-224"),
        HashAlgorithm(name: "sha3_256", openSSLName: "SHA3-256"),
        HashAlgorithm(name: "sha3_384", openSSLName: "SHA3-384"),
        HashAlgorithm(name: "sha3_512", openSSLName: "SHA3-512"),
        HashAlgorithm(name: "shake_128", openSSLName: "SHAKE128", isXOF: true),
        HashAlgorithm(name: "shake_256", openSSLName: "SHAKE256", isXOF: true),
        HashAlgorithm(name: "blake2b", openSSLName: "BLAKE2B512", isBlake2: true),
        HashAlgorithm(name: "blake2s", openSSLName: "BLAKE2S256", isBlake2: true),
    ]

    /// Extra spellings `hashlib.new` accepts (OpenSSL's names, any case).
    private static let aliases: [String: String] = [
        "sha3-224": "sha3_224", "sha3-256": "sha3_256", "sha3-384": "sha3_384", "sha3-512": "sha3_512",
        "shake128": "shake_128", "shake256": "shake_256", "blake2b512": "blake2b", "blake2s256": "blake2s",
        "sha-1": "sha1", "sha-224": "sha224", "sha-256": "sha256", "sha-384": "sha384", "sha-512": "sha512",
    ]

    /// The algorithm `hashlib.new(name)` means, or nil.
    static func named(_ name: String) -> HashAlgorithm? {
        if let exact = all.first(where: { $0.name == name }) { return exact }
        // OpenSSL's lookup ignores case (`hashlib.new('SHA256')`); blake2 is
        // looked up by its exact Python name only, as CPython does.
        let lower = name.lowercased()
        let canonical = aliases[lower] ?? lower
        return all.first { $0.name == canonical && !$0.isBlake2 }
    }

    /// OpenSSL's implementation.
    var md: OpaquePointer? { EVP_get_digestbyname(openSSLName) }

    /// The module and class name of the objects (`_hashlib.HASH`).
    var typeKey: String { isBlake2 ? name : (isXOF ? "HASHXOF" : "HASH") }
}
