import Crypto
import Foundation

/// Ed25519 keys in the PEM files OpenSSL writes
/// (`openssl genpkey -algorithm ed25519 -out key.pem`,
/// `openssl pkey -in key.pem -pubout -out key.pub.pem`).
public enum SigningKey {
    // DER prefixes of PKCS#8 private and SubjectPublicKeyInfo public Ed25519 keys.
    static let privatePrefix: [UInt8] = [0x30, 0x2E, 0x02, 0x01, 0x00, 0x30, 0x05, 0x06, 0x03, 0x2B, 0x65, 0x70, 0x04, 0x22, 0x04, 0x20]
    static let publicPrefix: [UInt8] = [0x30, 0x2A, 0x30, 0x05, 0x06, 0x03, 0x2B, 0x65, 0x70, 0x03, 0x21, 0x00]

    static func privateKey(at path: String) throws(ContentError) -> Curve25519.Signing.PrivateKey {
        let raw = try keyBytes(at: path, prefix: privatePrefix, what: "an Ed25519 private key (openssl genpkey -algorithm ed25519)")
        guard let key = try? Curve25519.Signing.PrivateKey(rawRepresentation: raw) else {
            throw ContentError([.error(path, "not a valid Ed25519 private key")])
        }
        return key
    }

    static func publicKey(at path: String) throws(ContentError) -> Curve25519.Signing.PublicKey {
        let raw = try keyBytes(at: path, prefix: publicPrefix, what: "an Ed25519 public key (openssl pkey -in key.pem -pubout)")
        guard let key = try? Curve25519.Signing.PublicKey(rawRepresentation: raw) else {
            throw ContentError([.error(path, "not a valid Ed25519 public key")])
        }
        return key
    }

    /// The PEM text of a public key, for evidence bundles.
    static func pem(_ key: Curve25519.Signing.PublicKey) -> String {
        let der = Data(publicPrefix) + key.rawRepresentation
        return "-----BEGIN PUBLIC KEY-----\n" + der.base64EncodedString() + "\n-----END PUBLIC KEY-----\n"
    }

    private static func keyBytes(at path: String, prefix: [UInt8], what: String) throws(ContentError) -> Data {
        guard let text = FileManager.default.contents(atPath: path).map({ String(decoding: $0, as: UTF8.self) }) else {
            throw ContentError([.error(path, "cannot read the key file")])
        }
        let body = text.split(separator: "\n").filter { !$0.hasPrefix("-----") }.joined()
        guard let der = Data(base64Encoded: body), der.count == prefix.count + 32, Array(der.prefix(prefix.count)) == prefix else {
            throw ContentError([.error(path, "expected \(what) in PEM form")])
        }
        return der.suffix(32)
    }
}

/// `signature.json` beside a version: an Ed25519 signature over the
/// SHA-256 of its `version.json` (which holds the root hash).
public struct VersionSignature: Codable, Hashable, Sendable {
    public let algorithm: String
    public let signed: String
    public let signature: String
    public let public_key: String
}
