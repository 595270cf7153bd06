import Crypto
public import Foundation

/// SHA-256 as lowercase hex, the form every Portico record uses.
public enum SHA256Digest {
    public static let zero = String(repeating: "0", count: 64)

    public static func hex(_ bytes: some DataProtocol) -> String {
        SHA256.hash(data: bytes).map { byte in
            let s = String(byte, radix: 16)
            return byte < 16 ? "0" + s : s
        }.joined()
    }

    public static func hex(_ text: String) -> String { hex(Data(text.utf8)) }

    /// Streams a file through the hash, so large files are not held in memory.
    public static func hex(fileAt path: String) -> String? {
        guard let handle = FileHandle(forReadingAtPath: path) else { return nil }
        defer { try? handle.close() }
        var hasher = SHA256()
        while let chunk = try? handle.read(upToCount: 1 << 20), !chunk.isEmpty { hasher.update(data: chunk) }
        return hasher.finalize().map { String(format: "%02x", $0) }.joined()
    }
}
