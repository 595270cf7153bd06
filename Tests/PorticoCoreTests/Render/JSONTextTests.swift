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

@Suite struct SearchWordsTests {
    /// What the browser's search.js does: lowercase, then look for the term.
    func finds(_ term: String, in text: String) -> Bool { text.lowercased().contains(term) }

    /// Every term a reader can type (no whitespace, as search.js splits the
    /// query at `\s`) is found in the words exactly when it is in the text.
    @Test(arguments: [
        "Late fees: a Late FEE of 2% applies; late-fee notices. LATE fees!",
        "Zahlung\tZAHLUNG zahlung\r\nÜberweisung überweisung ÜBERWEISUNG café CAFÉ e\u{301}",
        "支払い 支払い\u{A0}期限 期限 🧾 🧾\u{0B}x\u{0C}X",
        "  leading and trailing   spaces  ",
    ])
    func aTermIsFoundInTheWordsExactlyWhenInTheText(_ text: String) {
        let words = MarkdownParser.searchWords(text)
        let lowered = Array(text.lowercased())
        var terms = Set<String>()
        for start in lowered.indices {
            for end in start..<min(start + 12, lowered.count) {
                let term = String(lowered[start...end])
                if !term.contains(where: \.isWhitespace) { terms.insert(term) }
            }
        }
        for term in terms.sorted() {
            #expect(finds(term, in: words) == finds(term, in: text), "\(term)")
        }
    }

    @Test func eachWordIsKeptOnceInOrderOfFirstUse() {
        #expect(MarkdownParser.searchWords("Pay the fee. PAY the Fee. pay now") == "pay the fee. now")
        #expect(MarkdownParser.searchWords("") == "")
        #expect(MarkdownParser.searchWords(" \n\t ") == "")
        #expect(MarkdownParser.searchWords("Ärger ärger") == "Ärger ärger", "only ASCII letters are lowercased here: search.js lowercases the rest")
    }

    @Test func wordsStopAtTheLimitBetweenCharacters() {
        let limit = SearchIndex.wordsLimit
        let many = (0..<5000).map { "w\($0)" }.joined(separator: " ")
        let kept = MarkdownParser.searchWords(many)
        #expect(kept.utf8.count <= limit)
        #expect(kept.utf8.count > limit - 8, "fills the limit")
        #expect(many.hasPrefix(kept))

        let long = "intro " + String(repeating: "支払い", count: limit)
        let cut = MarkdownParser.searchWords(long)
        #expect(cut.utf8.count <= limit && cut.utf8.count > limit - 3)
        #expect(long.hasPrefix(cut), "cut after a whole character")
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
