import Foundation
import Testing
@testable import PorticoCore

@Suite struct JSONTextTests {
    @Test(arguments: ["", "plain", "quote \" and back\\slash", "tab\tnew\nline\r", "\u{0}\u{1}\u{1F}\u{7F}", "café 日本 🧾 e\u{301}", "</script>"])
    func stringsRoundTripThroughAJSONParser(_ text: String) throws {
        var bytes: [UInt8] = []
        JSONText.append(text, to: &bytes)
        let decoded = try JSONDecoder().decode(String.self, from: Data(bytes))
        #expect(decoded == text)
    }
}

@Suite struct FileListEncodingTests {
    @Test(arguments: [0, 1, 3])
    func filesJSONIsExactlyWhatJSONEncoderWrites(_ count: Int) throws {
        let records = (0..<count).map { i in
            FileRecord(path: "p\(i)/articles/caf\u{E9}-\(i)/index.html", size: i * 1000, sha256: String(repeating: "ab", count: 32))
        }
        let list = FileList(records)
        let expected = try VersionRecord.encoder().encode(FileList.Reference(files: list.files))
        #expect(list.encoded() == expected)
        #expect(try JSONDecoder().decode(FileList.self, from: list.encoded()) == list)
    }

    @Test(arguments: [0, 1, 3])
    func filesJSONIsReadBackDirectlyWhenCanonical(_ count: Int) throws {
        let records = (0..<count).map { i in
            FileRecord(path: "p\(i)/caf\u{E9}/\(i)/index.html", size: i * 1_234_567, sha256: String(repeating: "cd", count: 32))
        }
        let list = FileList(records)
        #expect(FileList.canonical(list.encoded()) == list)
        #expect(try FileList.decode(list.encoded()) == list)
    }

    /// Anything but the canonical bytes is read by JSONDecoder: the same list, however written.
    @Test func filesJSONInAnyOtherFormIsReadByJSONDecoder() throws {
        let quoted = FileList([FileRecord(path: "a/\"q\"/index.html", size: 1, sha256: "ab"), FileRecord(path: "b", size: 2, sha256: "cd")])
        #expect(FileList.canonical(quoted.encoded()) == nil, "escapes are left to JSONDecoder")
        #expect(try FileList.decode(quoted.encoded()) == quoted)

        let compact = Data(#"{"files":[{"path":"a","sha256":"ab","size":1},{"path":"b","sha256":"cd","size":2}]}"#.utf8)
        #expect(FileList.canonical(compact) == nil)
        #expect(try FileList.decode(compact) == FileList([FileRecord(path: "a", size: 1, sha256: "ab"), FileRecord(path: "b", size: 2, sha256: "cd")]))

        let canonical = FileList([FileRecord(path: "a", size: 7, sha256: "ab")]).encoded()
        for altered in [canonical + Data(" ".utf8), Data(String(decoding: canonical, as: UTF8.self).replacingOccurrences(of: ": 7", with: ": 007").utf8),
                        canonical.dropLast()] {
            #expect(FileList.canonical(altered) == nil, "\(String(decoding: altered, as: UTF8.self))")
        }
        #expect(throws: (any Error).self) { try FileList.decode(canonical.dropLast()) }
    }
}

extension FileList {
    /// The same shape, encoded by JSONEncoder.
    struct Reference: Encodable { let files: [FileRecord] }
}

@Suite struct SearchScriptTests {
    @Test(arguments: ["", "</", "a</b</c", "<</</", "no slash", "/</"])
    func everyClosingTagOpenerIsEscaped(_ json: String) {
        let script = String(decoding: SearchIndex.script(Array(json.utf8)), as: UTF8.self)
        #expect(script == "window.PORTICO_SEARCH = " + json.replacingOccurrences(of: "</", with: "<\\/") + ";\n")
    }
}
