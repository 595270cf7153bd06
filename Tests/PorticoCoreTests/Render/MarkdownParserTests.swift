import Testing
@testable import PorticoCore

@Suite struct MarkdownParserTests {
    func parse(_ body: String, path: String = "articles/policies/a.md", unsafe: Bool = false,
               linkable: Set<String> = ["articles/policies/b.md", "articles/guides/c.md", "articles/policies/a.md"]) throws -> (ParsedMarkdown, [Diagnostic]) {
        try MarkdownParser(unsafe: unsafe).parse(MarkdownSource(path: path, displayPath: "content/" + path, body: body, firstLine: 6), linkable: linkable)
    }

    @Test func relativeMarkdownLinksBecomePageURLsWithFragments() throws {
        let (parsed, _) = try parse("See [B](b.md#interest) and [C](../guides/c.md \"Guide\").")
        let (html, dropped) = parsed.html(from: "articles/policies/a/") { path in
            ["articles/policies/b.md": "articles/policies/b/", "articles/guides/c.md": "articles/guides/c/"][path]
        }
        #expect(dropped.isEmpty)
        #expect(html.contains("<a href=\"../../../articles/policies/b/index.html#interest\">B</a>"))
        #expect(html.contains("<a href=\"../../../articles/guides/c/index.html\" title=\"Guide\">C</a>"))
    }

    @Test func aLinkToAnUngrantedPageIsPlainTextInThatPortalOnly() throws {
        let (parsed, _) = try parse("Read the *[internal **playbook**](b.md)* now.")
        let (without, dropped) = parsed.html(from: "articles/policies/a/") { _ in nil }
        #expect(without.contains("<em>internal <strong>playbook</strong></em>"))
        #expect(!without.contains("<a "))
        #expect(!without.contains("b.md"))
        #expect(dropped.map(\.target) == ["articles/policies/b.md"])
        #expect(dropped.first?.line == 6)
        let (with, _) = parsed.html(from: "articles/policies/a/") { _ in "articles/policies/b/" }
        #expect(with.contains("<a href=\"../../../articles/policies/b/index.html\">internal <strong>playbook</strong></a>"))
    }

    @Test func aLinkToAMissingFileIsAnErrorAtItsLine() {
        #expect {
            try parse("Line one.\n\nSee [gone](../nowhere/gone.md).")
        } throws: {
            let d = ($0 as? ContentError)?.diagnostics.first
            return d?.line == 8 && d?.path == "content/articles/policies/a.md" && d?.message.contains("articles/nowhere/gone.md") == true
        }
        #expect { try parse("[up](../../../../etc/passwd.md)") } throws: {
            ($0 as? ContentError)?.diagnostics.first?.message.contains("outside the content folder") == true
        }
    }

    @Test func otherLinksAreLeftAlone() throws {
        let (parsed, _) = try parse("[web](https://example.com/a.md) [mail](mailto:a@b.c) [top](#interest) [pdf](../files/x.pdf)")
        let html = parsed.html(from: "articles/policies/a/") { _ in nil }.html
        #expect(html.contains("href=\"https://example.com/a.md\""))
        #expect(html.contains("href=\"mailto:a@b.c\""))
        #expect(html.contains("href=\"#interest\""))
        #expect(html.contains("href=\"../files/x.pdf\""))
    }

    @Test func rawHTMLAndDangerousURLsAreRemovedByDefault() throws {
        let body = "<script>alert('x')</script>\n\nHi <img src=x onerror=alert(1)> [click](javascript:alert(1)) [v](vbscript:x) [d](data:text/html;base64,xx)"
        let safe = try parse(body).0.html(from: "") { _ in nil }.html
        #expect(!safe.contains("<script"))
        #expect(!safe.contains("onerror"))
        #expect(!safe.lowercased().contains("javascript:"))
        #expect(!safe.contains("vbscript:"))
        #expect(!safe.contains("data:text/html"))
        let unsafe = try parse(body, unsafe: true).0.html(from: "") { _ in nil }.html
        #expect(unsafe.contains("<script>"))
    }

    @Test func markerCharactersInTheSourceCannotForgeLinks() throws {
        let (parsed, _) = try parse("evil \u{1}L0\u{2}text\u{1}E0\u{2} [B](b.md)")
        let html = parsed.html(from: "") { _ in "articles/policies/b/" }.html
        #expect(html.components(separatedBy: "<a ").count == 2)
    }

    @Test func headingsGetUniqueIds() throws {
        let (parsed, _) = try parse("## Interest\n\n## Interest\n\n### Fixed compensation (EU)")
        let html = parsed.html(from: "") { _ in nil }.html
        #expect(html.contains("<h2 id=\"interest\">Interest</h2>"))
        #expect(html.contains("<h2 id=\"interest-1\">Interest</h2>"))
        #expect(html.contains("<h3 id=\"fixed-compensation-eu\">"))
        #expect(parsed.headings.map(\.anchor) == ["interest", "interest-1", "fixed-compensation-eu"])
    }

    @Test func csvBlocksBecomeEscapedTables() throws {
        let (parsed, _) = try parse("```csv\nTier,Amount\n\"below 1,000\",40\n<b>x</b>,70\n```")
        let html = parsed.html(from: "") { _ in nil }.html
        #expect(html.contains("<thead>\n<tr><th>Tier</th><th>Amount</th></tr>"))
        #expect(html.contains("<tr><td>below 1,000</td><td>40</td></tr>"))
        #expect(html.contains("<td>&lt;b&gt;x&lt;/b&gt;</td>"))
        #expect(!html.contains("<pre>"))
    }

    @Test func pipeTablesGetAWarningThatSaysWhatToDo() throws {
        let (_, warnings) = try parse("Intro.\n\n| a | b |\n|---|---|\n| 1 | 2 |")
        #expect(warnings.count == 1)
        #expect(warnings.first?.line == 8)
        #expect(warnings.first?.message.contains("```csv") == true)
        let (_, none) = try parse("a | b is not a table")
        #expect(none.isEmpty)
    }

    @Test func theBodysWordsFeedSearch() throws {
        let (parsed, _) = try parse("# Title\n\nSome *words* and `code`, some more words.\n\n```csv\nName,Fee\nLate,5\n```\n")
        #expect(parsed.searchWords == "title some words and code, more words. name fee late 5")
    }
}
