import CCrypto

/// SHA-256 and HMAC-SHA256 from OpenSSL's libcrypto. Heard never implements cryptography itself.
public enum Digest {
    /// SHA-256 of `bytes` as 64 lower-case hex digits (how exports are recognised when unchanged).
    public static func sha256Hex(_ bytes: [UInt8]) -> String {
        var output = [UInt8](repeating: 0, count: Int(EVP_MAX_MD_SIZE))
        var length: UInt32 = 0
        let ok = bytes.withUnsafeBufferPointer { input in
            EVP_Digest(input.baseAddress, input.count, &output, &length, EVP_sha256(), nil)
        }
        precondition(ok == 1, "libcrypto SHA-256 failed")
        return hex(output.prefix(Int(length)))
    }

    /// HMAC-SHA256 of `message` under `key`.
    public static func hmacSHA256(key: [UInt8], message: [UInt8]) -> [UInt8] {
        var output = [UInt8](repeating: 0, count: Int(EVP_MAX_MD_SIZE))
        var length: UInt32 = 0
        let result = key.withUnsafeBufferPointer { keyBuffer in
            message.withUnsafeBufferPointer { messageBuffer in
                HMAC(EVP_sha256(), keyBuffer.baseAddress, Int32(keyBuffer.count), messageBuffer.baseAddress,
                     messageBuffer.count, &output, &length)
            }
        }
        precondition(result != nil, "libcrypto HMAC failed")
        return Array(output.prefix(Int(length)))
    }

    /// HMAC-SHA256 under one key for many messages (a row fingerprint per row). OpenSSL's one-shot `HMAC`
    /// looks the algorithm up and sets the key on every call (about 30 µs a row on a 100,000-row export); here
    /// the key is set once and each message starts from a copy of that state. The result is `hmacSHA256`'s.
    public final class KeyedHMAC: @unchecked Sendable {
        /// An `EVP_MAC_CTX` with the key set; only ever copied after `init`, so several threads may share it.
        private let keyed: OpaquePointer

        public init(key: [UInt8]) {
            let mac = EVP_MAC_fetch(nil, "HMAC", nil)
            precondition(mac != nil, "libcrypto has no HMAC")
            let context = EVP_MAC_CTX_new(mac)
            EVP_MAC_free(mac)
            var name = Array("digest".utf8CString), digest = Array("SHA256".utf8CString)
            let ok = name.withUnsafeMutableBufferPointer { name in
                digest.withUnsafeMutableBufferPointer { digest in
                    var parameters = [OSSL_PARAM_construct_utf8_string(name.baseAddress, digest.baseAddress, 0),
                                      OSSL_PARAM_construct_end()]
                    return key.withUnsafeBufferPointer { key in
                        EVP_MAC_init(context, key.baseAddress, key.count, &parameters)
                    }
                }
            }
            precondition(context != nil && ok == 1, "libcrypto HMAC key setup failed")
            keyed = context!
        }

        deinit { EVP_MAC_CTX_free(keyed) }

        /// HMAC-SHA256 of `message`.
        public func mac(_ message: [UInt8]) -> [UInt8] {
            let context = EVP_MAC_CTX_dup(keyed)
            defer { EVP_MAC_CTX_free(context) }
            var output = [UInt8](repeating: 0, count: 32)
            var length = 0
            let ok = message.withUnsafeBufferPointer { EVP_MAC_update(context, $0.baseAddress, $0.count) } == 1
                && EVP_MAC_final(context, &output, &length, output.count) == 1
            precondition(context != nil && ok && length == 32, "libcrypto HMAC failed")
            return output
        }
    }

    /// `count` cryptographically random bytes (for the workspace key).
    public static func randomBytes(_ count: Int) -> [UInt8] {
        var bytes = [UInt8](repeating: 0, count: count)
        let ok = RAND_bytes(&bytes, Int32(count))
        precondition(ok == 1, "libcrypto RAND_bytes failed")
        return bytes
    }

    public static func hex<S: Sequence>(_ bytes: S) -> String where S.Element == UInt8 {
        let digits = Array("0123456789abcdef".utf8)
        var text: [UInt8] = []
        for byte in bytes {
            text.append(digits[Int(byte >> 4)])
            text.append(digits[Int(byte & 0x0F)])
        }
        return String(decoding: text, as: UTF8.self)
    }
}
