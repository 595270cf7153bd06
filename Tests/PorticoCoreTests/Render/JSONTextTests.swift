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
    }
}
