import Crypto
public import Foundation

/// SHA-256 as lowercase hex, the form every Portico record uses.
public enum SHA256Digest {
    public static let zero = String(repeating: "0", count: 64)

    public static func hex(_ bytes: some DataProtocol) -> String {
        hex(of: SHA256.hash(data: bytes))
    }

    /// Lowercase hex of a finished digest, written into one string.
    static func hex(of digest: SHA256.Digest) -> String {
        digest.withUnsafeBytes { raw in
            String(unsafeUninitializedCapacity: raw.count * 2) { out in
                for (i, byte) in raw.enumerated() {
                    out[2 * i] = Hex.digits[Int(byte >> 4)]
                    out[2 * i + 1] = Hex.digits[Int(byte & 0x0f)]
                }
                return raw.count * 2
            }
        }
    }

    public static func hex(_ text: String) -> String { hex(Data(text.utf8)) }

    /// Streams a file through the hash, so large files are not held in memory.
    public static func hex(fileAt path: String) -> String? {
        guard let handle = FileHandle(forReadingAtPath: path) else { return nil }
        defer { try? handle.close() }
        var hasher = SHA256()
        while let chunk = try? handle.read(upToCount: 1 << 20), !chunk.isEmpty { hasher.update(data: chunk) }
        return hex(of: hasher.finalize())
    }
}
