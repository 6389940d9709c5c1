import COpenSSL

/// SHA-256 through OpenSSL's EVP digest API (libcrypto).
public enum SHA256 {
    /// A libcrypto call that failed; only possible when memory runs out.
    public struct Failure: Error, CustomStringConvertible {
        /// The EVP function that returned failure.
        public let call: String
        /// `"<call> failed"`.
        public var description: String { "\(call) failed (OpenSSL libcrypto)" }
    }

    /// The 32-byte digest of `bytes`.
    public static func digest(_ bytes: [UInt8]) throws -> [UInt8] {
        guard let context = EVP_MD_CTX_new() else { throw Failure(call: "EVP_MD_CTX_new") }
        defer { EVP_MD_CTX_free(context) }
        guard EVP_DigestInit_ex(context, EVP_sha256(), nil) == 1 else { throw Failure(call: "EVP_DigestInit_ex") }
        let updated = bytes.withUnsafeBytes { EVP_DigestUpdate(context, $0.baseAddress, $0.count) }
        guard updated == 1 else { throw Failure(call: "EVP_DigestUpdate") }
        var output = [UInt8](repeating: 0, count: Int(EVP_MAX_MD_SIZE))
        var length: UInt32 = 0
        guard EVP_DigestFinal_ex(context, &output, &length) == 1 else { throw Failure(call: "EVP_DigestFinal_ex") }
        return Array(output.prefix(Int(length)))
    }

    /// The digest of `bytes` as 64 lower-case hex digits.
    public static func hex(_ bytes: [UInt8]) throws -> String {
        let hexDigits = Array("0123456789abcdef".utf8)
        var text: [UInt8] = []
        text.reserveCapacity(64)
        for byte in try digest(bytes) {
            text.append(hexDigits[Int(byte >> 4)])
            text.append(hexDigits[Int(byte & 0x0f)])
        }
        return String(decoding: text, as: UTF8.self)
    }
}
