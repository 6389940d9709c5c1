/// Content negotiation over `Accept-Encoding` (RFC 9110 §12.5.3), reduced to the
/// one question the server asks: may this response be gzip-compressed?
public enum AcceptEncoding {
    /// Whether the `Accept-Encoding` field values allow `gzip`.
    ///
    /// `gzip` (or the legacy alias `x-gzip`) with a q-value above 0 allows it;
    /// an explicit `gzip;q=0` forbids it even if `*` is present; otherwise `*`
    /// with q > 0 allows it. No header at all means no compression (the
    /// conservative reading: old clients that send nothing may not inflate).
    /// Malformed q-values count as 0.
    public static func allowsGzip(_ fieldValues: [String]) -> Bool {
        var gzipQuality: Double?
        var wildcardQuality: Double?
        for element in fieldValues.flatMap({ $0.split(separator: ",") }) {
            let parts = element.split(separator: ";").map { HTTPSyntax.trimmed($0).lowercased() }
            guard let coding = parts.first, !coding.isEmpty else { continue }
            let quality = parts.dropFirst().compactMap(qualityValue).first ?? 1
            switch coding {
            case "gzip", "x-gzip": gzipQuality = max(gzipQuality ?? 0, quality)
            case "*": wildcardQuality = quality
            default: continue
            }
        }
        if let gzipQuality { return gzipQuality > 0 }
        return (wildcardQuality ?? 0) > 0
    }

    /// Convenience for a single header value (or none).
    public static func allowsGzip(_ fieldValue: String?) -> Bool {
        allowsGzip(fieldValue.map { [$0] } ?? [])
    }

    /// The value of a `q=` parameter (`0` ... `1` with up to three decimals); 0 when malformed.
    private static func qualityValue(_ parameter: String) -> Double? {
        let pair = parameter.split(separator: "=", maxSplits: 1).map { HTTPSyntax.trimmed($0) }
        guard pair.count == 2, pair[0] == "q" else { return nil }
        let text = pair[1]
        guard text.utf8.count <= 5, let value = Double(text), value >= 0, value <= 1,
              text.utf8.allSatisfy({ $0 == UInt8(ascii: ".") || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains($0) })
        else { return 0 }
        return value
    }
}
