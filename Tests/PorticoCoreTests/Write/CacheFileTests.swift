import Foundation
import PorticoTestSupport
import Testing
@testable import PorticoCore

/// A cache file replaces the previous one whole, or not at all.
@Suite struct CacheFileTests {
    @Test func aWriteReplacesThePreviousFileWholeAndLeavesNoTemporary() throws {
        let folder = TemporaryFolder()
        defer { folder.remove() }
        let path = folder.path + "/.render-cache"
        CacheFile.write(Array("a longer first cache".utf8), to: path)
        CacheFile.write(Array("second".utf8), to: path)
        #expect(CacheFile.read(path) == Array("second".utf8), "no byte of the longer first file is left")
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == [".render-cache"])
    }

    @Test func aWriteThatFailsKeepsThePreviousFile() throws {
        let folder = TemporaryFolder()
        defer { folder.remove() }
        let path = folder.path + "/.article-cache"
        CacheFile.write(Array("kept".utf8), to: path)
        // The temporary file cannot be created where a folder has its name.
        try FileManager.default.createDirectory(atPath: CacheFile.temporary(for: path), withIntermediateDirectories: false)
        CacheFile.write(Array("lost".utf8), to: path)
        #expect(CacheFile.read(path) == Array("kept".utf8))
    }
}
