import Foundation
import PorticoTestSupport
import Testing
@testable import PorticoCore

@Suite struct FolderRemovalTests {
    @Test func removesATreeButNeverFollowsLinks() throws {
        let folder = TemporaryFolder("removal")
        defer { folder.remove() }
        folder.write(["keep/a.txt": "kept", "tree/x/y/z.txt": "gone", "tree/top.txt": "gone"])
        try FileManager.default.createSymbolicLink(atPath: folder.path + "/tree/link", withDestinationPath: folder.path + "/keep")
        try FileManager.default.createSymbolicLink(atPath: folder.path + "/current", withDestinationPath: "keep")

        FolderRemoval.remove(folder.path + "/current")
        FolderRemoval.remove(folder.path + "/tree")

        #expect(!FileManager.default.fileExists(atPath: folder.path + "/tree"))
        #expect((try? FileManager.default.destinationOfSymbolicLink(atPath: folder.path + "/current")) == nil)
        #expect(folder.files(under: "keep") == ["a.txt": Data("kept".utf8)])
    }
}
