import Testing
@testable import PorticoCore

/// The fast reading of front matter must agree with Yams' decoder wherever it
/// answers, and must leave everything unusual to the decoder.
@Suite struct PlainFrontMatterTests {
    static let agreeing = [
        "title: Late fees",
        "title: Late fees\nsummary: How interest accrues\nversion: 010\neffective: 2026-01-01\nslug: fees",
        "title: \"Quoted: yes\"\naudience: [all, finance]\ntags:\n  - billing\n  - NO\ndraft: true",
        "title: 'single'\ndraft: no",
        "title: Norway\ndraft: OFF\nversion: 1.50",
        "title: |\n  Block\n  text\nsummary: >\n  folded\n  text",
        "\"title\": quoted key\nunknown: [1, 2]\nnested: {a: b}",
        "title: 12:30\ntags: []",
        "title: \"\"",
        "title: x\nsummary: \"\"",
        "title: x\nsummary: \"null\"",
    ]

    static let leftToDecoder = [
        "title:",
        "title: ~",
        "title: null",
        "summary: no title",
        "title: x\nsummary:",
        "title: x\ntags: billing",
        "title: x\ntags: [a, ~]",
        "title: x\ndraft: maybe",
        "title: x\ndraft: \"true\"",
        "title: x\ndraft: tRUE",
        "title: {a: b}",
        "title: !!int 5",
        "- a list",
        "? [complex, key]\n: v\ntitle: x",
    ]

    @Test(arguments: agreeing)
    func agreesWithTheDecoder(_ yaml: String) throws {
        let untagged = try YAMLDocument(text: yaml, path: "a.md", resolvingTags: false)
        let fast = try #require(PlainFrontMatter.article(untagged.root))
        #expect(fast == (try YAMLDocument(text: yaml, path: "a.md").decode(ArticleFrontMatterFile.self)))
    }

    @Test(arguments: leftToDecoder)
    func leavesTheUnusualToTheDecoder(_ yaml: String) throws {
        let untagged = try YAMLDocument(text: yaml, path: "a.md", resolvingTags: false)
        #expect(PlainFrontMatter.article(untagged.root) == nil)
    }

    @Test func readsEveryField() throws {
        let doc = try YAMLDocument(text: "title: T\nsummary: S\naudience: [a]\ntags: [t]\nversion: v\neffective: e\ndraft: yes\nslug: s",
                                   path: "a.md", resolvingTags: false)
        #expect(PlainFrontMatter.article(doc.root) == ArticleFrontMatterFile(
            title: "T", summary: "S", audience: ["a"], tags: ["t"], version: "v", effective: "e", draft: true, slug: "s"))
    }
}
