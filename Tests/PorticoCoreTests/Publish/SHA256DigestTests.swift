import Foundation
import Testing
@testable import PorticoCore

struct SHA256DigestTests {
    // FIPS 180-2 test vectors.
    @Test func hexMatchesKnownDigests() {
        #expect(SHA256Digest.hex("") == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")
        #expect(SHA256Digest.hex("abc") == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
        #expect(SHA256Digest.hex(Array("abc".utf8)) == SHA256Digest.hex("abc"))
    }

    @Test func streamedFileHashEqualsInMemoryHash() throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("sha-\(UUID().uuidString)").path
        defer { try? FileManager.default.removeItem(atPath: path) }
        let bytes = (0..<3_000_000).map { UInt8(truncatingIfNeeded: $0 &* 31) }
        try Data(bytes).write(to: URL(fileURLWithPath: path))
        #expect(SHA256Digest.hex(fileAt: path) == SHA256Digest.hex(bytes))
    }
}
