import Testing
@testable import PorticoCore

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
        let words = SearchWords.of(text)
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
        #expect(SearchWords.of("Pay the fee. PAY the Fee. pay now") == "pay the fee. now")
        #expect(SearchWords.of("") == "")
        #expect(SearchWords.of(" \n\t ") == "")
        #expect(SearchWords.of("Ärger ärger") == "Ärger ärger", "only ASCII letters are lowercased here: search.js lowercases the rest")
    }

    @Test func wordsStopAtTheLimitBetweenCharacters() {
        let limit = SearchIndex.wordsLimit
        let many = (0..<5000).map { "w\($0)" }.joined(separator: " ")
        let kept = SearchWords.of(many)
        #expect(kept.utf8.count <= limit)
        #expect(kept.utf8.count > limit - 8, "fills the limit")
        #expect(many.hasPrefix(kept))

        let long = "intro " + String(repeating: "支払い", count: limit)
        let cut = SearchWords.of(long)
        #expect(cut.utf8.count <= limit && cut.utf8.count > limit - 3)
        #expect(long.hasPrefix(cut), "cut after a whole character")
    }

    /// The same words as the plain way of doing it (a `Set<String>`), over
    /// thousands of distinct words in mixed case: the hash table grows many
    /// times and meets every word again after each growth.
    @Test func agreesWithASetOfStringsOverManyWords() {
        var generator = LedgerPropertyTests.Random(state: 42)
        let vocabulary = (0..<3000).map { i in ["fee", "Zahlung", "支払い", "late-fee", "a"][i % 5] + String(i, radix: 36) }
        let text = (0..<20000).map { _ in
            let word = vocabulary[Int(generator.next() % 3000)]
            return generator.next() % 2 == 0 ? word.uppercased() : word
        }.joined(separator: generator.next() % 2 == 0 ? " " : "\n\t")
        var seen = Set<String>(), expected: [String] = []
        for word in text.split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == "\t" }) {
            let lowered = String(word.map { $0.isASCII ? Character($0.lowercased()) : $0 })
            if seen.insert(lowered).inserted { expected.append(lowered) }
        }
        var reference = ""
        for word in expected {
            guard reference.utf8.count + 1 + word.utf8.count <= SearchIndex.wordsLimit else { break }
            reference += (reference.isEmpty ? "" : " ") + word
        }
        let words = SearchWords.of(text)
        #expect(words.hasPrefix(reference))
        #expect(words.utf8.count <= SearchIndex.wordsLimit)
        #expect(SearchWords.of(text + " " + text) == words)
        let few = expected.prefix(500).joined(separator: " ")
        #expect(SearchWords.of(few.uppercased() + " " + few) == few)
    }
}

