import Foundation
import PorticoTestSupport
import Testing
@testable import PorticoCore

/// A file streamed in pieces ends up exactly as `FileSink.write` would leave it.
struct StreamedFileTests {
    func stream(_ pieces: [String], _ path: String, into sink: FileSink) throws -> FileRecord? {
        let file = try sink.stream(path)
        for piece in pieces { try file.append(Array(piece.utf8)) }
        return try file.finish()
    }

    func inode(_ path: String) -> UInt64? {
        (try? FileManager.default.attributesOfItem(atPath: path))?[.systemFileNumber] as? UInt64
    }

    @Test func streamedFileHasTheBytesAndTheRecordOfAWholeWrite() throws {
        let folder = TemporaryFolder()
        defer { folder.remove() }
        let streamed = try stream(["{\"a\":", "1}", ""], "deep/er/index.json", into: FileSink(root: folder.path + "/s", hashing: true))
        let whole = try FileSink(root: folder.path + "/w", hashing: true).write(RenderedFile(path: "deep/er/index.json", text: "{\"a\":1}"))
        #expect(streamed == whole)
        #expect(folder.files(under: "s") == ["deep/er/index.json": Data("{\"a\":1}".utf8)])
    }

    @Test func anUnchangedStreamedFileIsLinkedFromThePreviousVersion() throws {
        let folder = TemporaryFolder()
        defer { folder.remove() }
        let old = try #require(try stream(["same ", "text"], "search.json", into: FileSink(root: folder.path + "/v1", hashing: true)))
        let previous = FileSink.Previous(root: folder.path + "/v1", hashes: ["search.json": old.sha256])
        _ = try stream(["same text"], "search.json", into: FileSink(root: folder.path + "/v2", previous: previous))
        _ = try stream(["other text"], "other.json", into: FileSink(root: folder.path + "/v2", previous: previous))
        #expect(inode(folder.path + "/v2/search.json") == inode(folder.path + "/v1/search.json"))
        #expect(Set(folder.files(under: "v2").keys) == ["search.json", "other.json"], "no partial file is left behind")

        _ = try stream(["changed"], "search.json", into: FileSink(root: folder.path + "/v3", previous: previous))
        #expect(inode(folder.path + "/v3/search.json") != inode(folder.path + "/v1/search.json"))
        #expect(folder.files(under: "v3")["search.json"] == Data("changed".utf8))
    }

    @Test func anUnchangedFileRefreshedInPlaceIsNotTouched() throws {
        let folder = TemporaryFolder()
        defer { folder.remove() }
        let sink = FileSink(root: folder.path + "/out", hashing: true)
        let record = try #require(try stream(["x"], "a.json", into: sink))
        let before = inode(folder.path + "/out/a.json")
        let refresh = FileSink(root: folder.path + "/out",
                               previous: .init(root: folder.path + "/out", hashes: ["a.json": record.sha256], inPlace: true))
        _ = try stream(["x"], "a.json", into: refresh)
        #expect(inode(folder.path + "/out/a.json") == before)
        _ = try stream(["y"], "a.json", into: refresh)
        #expect(folder.files(under: "out") == ["a.json": Data("y".utf8)])
    }

    @Test func streamingRefusesPathsOutsideTheFolder() {
        let folder = TemporaryFolder()
        defer { folder.remove() }
        #expect(throws: OutputError.self) { _ = try FileSink(root: folder.path + "/out").stream("../escape.json") }
    }
}
