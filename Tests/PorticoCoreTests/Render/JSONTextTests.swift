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

    @Test func searchTextKeepsTheFirstCharactersNotBytes() {
        let text = String(repeating: "é", count: SearchIndex.textLimit) + "abc"
        #expect(MarkdownParser.searchText(text) == String(repeating: "é", count: SearchIndex.textLimit))
        #expect(MarkdownParser.searchText("short") == "short")
        let exactly = String(repeating: "e\u{301}", count: SearchIndex.textLimit)
        #expect(MarkdownParser.searchText(exactly) == exactly, "4,000 characters in 12,000 bytes: nothing to cut")
        #expect(MarkdownParser.searchText(exactly + "x") == exactly)
    }

    /// The ASCII shortcut must cut where walking Characters would, even when
    /// the text around the cut joins bytes into one Character.
    @Test(arguments: ["x", "\u{301}", "\n", "\r\n", "é", "🧾"], ["", "\r", "日"])
    func searchTextCutsAtTheSameCharacterWithOrWithoutTheASCIIShortcut(_ after: String, _ early: String) {
        let limit = SearchIndex.textLimit
        let text = early + String(repeating: "a", count: limit - 1 - early.count) + "e" + after + "tail"
        #expect(MarkdownParser.searchText(text) == String(text.prefix(limit)))
        let crlf = String(repeating: "a", count: limit - 1) + "\r\n" + "tail"
        #expect(MarkdownParser.searchText(crlf) == String(crlf.prefix(limit)))
        #expect(MarkdownParser.searchText(crlf).hasSuffix("\r\n"))
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
