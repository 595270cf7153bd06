import Foundation
import PorticoTestSupport
import Testing
@testable import PorticoCore

@Suite struct ThemeTests {
    @Test func absentValuesHideTheirSections() throws {
        let context: [String: Any] = ["x": TemplateValue.text(""), "y": TemplateValue.text("shown"), "flag": false]
        let template = try MustacheTemplateProbe.render("{{#x}}X{{/x}}{{#y}}Y{{/y}}{{#flag}}F{{/flag}}{{^x}}not-x{{/x}}", context)
        #expect(template == "Ynot-x")
        #expect(try MustacheTemplateProbe.render("[{{x}}]", ["x": TemplateValue.text(nil)]) == "[]")
    }

    @Test func templateValuesAreHTMLEscaped() throws {
        #expect(try MustacheTemplateProbe.render("{{v}}", ["v": "<script>\"&'"]) == "&lt;script&gt;&quot;&amp;&#39;")
    }

    @Test(arguments: ["plain text", "<a href=\"x\">Tom & Jerry's</a>", "café, e\u{301}, 日本, 🧾 & 💶", "\r\n<\n>", "&amp;", ""])
    func escapingMatchesMustachesOwn(_ text: String) throws {
        #expect(HTML.escape(text) == (try MustacheTemplateProbe.render("{{v}}", ["v": text])))
        #expect(FastHTML().escapeText(text) == (try MustacheTemplateProbe.render("{{v}}", ["v": text])))
    }

    /// A site's own search.js written for the old index (pages with `text`)
    /// gets a warning at the line that reads it; one that reads `words`, and
    /// the built-in one, get none.
    @Test func aSearchScriptReadingTheOldTextGetsAWarning() throws {
        let folder = TemporaryFolder("theme")
        defer { folder.remove() }
        let old = "var index = window.PORTICO_SEARCH.pages;\nfunction score(page) {\n  return (page.summary + page.text).indexOf(q);\n}\nli.textContent = page.title;\n"
        folder.write(["assets/search.js": old])
        let warnings = try Theme.load(templatesPath: folder.path).warnings
        #expect(warnings.count == 1)
        #expect(warnings.first?.path == folder.path + "/assets/search.js")
        #expect(warnings.first?.line == 3)
        #expect(warnings.first?.column == 30, "at `.text`")
        #expect(warnings.first?.message.contains("page.words") == true)

        folder.write(["assets/search.js": old.replacingOccurrences(of: "page.text", with: "page.words")])
        #expect(try Theme.load(templatesPath: folder.path).warnings.isEmpty)
        #expect(try Theme.load(templatesPath: nil).warnings.isEmpty)
    }

    /// The pragma each page template gets renders as nothing, whatever the
    /// template starts with, and errors keep the author's line numbers.
    @Test func pageTemplatesRenderAsTheyAreWritten() throws {
        let folder = TemporaryFolder("theme")
        let layout = "\n  \n<main>{{{content}}}</main>\n"
        let page = "  {{#items}}\n- {{.}}\n  {{/items}}\n{{title}}"
        folder.write(["layout.mustache": layout, "not-found.mustache": page])
        let theme = try Theme.load(templatesPath: folder.path)
        let context: [String: Any] = ["items": ["a<b", "c"], "title": "T&T"]
        var plain = MustacheLibrary()
        plain.register(try MustacheTemplate(string: layout), named: "layout")
        var withContent = context
        withContent["content"] = try MustacheTemplate(string: page).render(context)
        #expect(theme.page("not-found", context) == plain.render(withContent, withTemplate: "layout"))

        for broken in ["ok\nok\n{{#open}}\n", "ok\n  {{/close}}\nok", "{{{x}}"] {
            folder.write(["home.mustache": broken])
            var expected: (line: Int, column: Int)?
            do { _ = try MustacheTemplate(string: broken) } catch let e as MustacheTemplate.ParserError {
                expected = (e.context.lineNumber, e.context.columnNumber)
            }
            #expect { try Theme.load(templatesPath: folder.path) } throws: { error in
                let d = (error as? ContentError)?.diagnostics.first
                return d?.path.hasSuffix("home.mustache") == true && d?.line == expected?.line && d?.column == expected?.column
            }
        }
    }

    @Test func everyThemeFileIsCompiledIn() throws {
        let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Sources/PorticoCore/Theme/files")
        let walker = FileManager.default.enumerator(atPath: folder.path)!
        var onDisk: [String: Data] = [:]
        while let item = walker.nextObject() as? String {
            var isDirectory: ObjCBool = false
            if FileManager.default.fileExists(atPath: folder.path + "/" + item, isDirectory: &isDirectory), !isDirectory.boolValue {
                onDisk[item] = FileManager.default.contents(atPath: folder.path + "/" + item)
            }
        }
        #expect(Set(onDisk.keys) == Set(BuiltinTheme.files.keys))
        for (path, data) in onDisk { #expect(BuiltinTheme.files[path] == Array(data), "\(path) differs from the embedded copy") }
        for name in Theme.pageTemplates { #expect(BuiltinTheme.files["\(name).mustache"] != nil) }
    }
}

import Mustache

extension ThemeTests {
    /// The built-in layout shows `nav_html`; it must be what `{{#nav}}`
    /// (the form custom layouts use) renders from the same links.
    @Test func navHTMLIsWhatTheNavSectionRenders() throws {
        let nav: [[String: Any]] = [
            ["label": "Home", "href": "../index.html", "current": false],
            ["label": "Billing & \"dues\" <now>", "href": "../billing/index.html?a=1&b=2", "current": true],
            ["label": "Customers", "href": "../customers/index.html", "current": false],
        ]
        let section = #"{{#nav}}<li><a href="{{href}}"{{#current}} aria-current="page"{{/current}}>{{label}}</a></li>{{/nav}}"#
        let html = PageRenderer.navHTML(nav)
        #expect(html == (try MustacheTemplateProbe.render(section, ["nav": nav])))
        #expect(html.contains(#"<a href="../billing/index.html?a=1&amp;b=2" aria-current="page">Billing &amp; &quot;dues&quot; &lt;now&gt;</a>"#))
        #expect(PageRenderer.navHTML([]) == "")
    }

    @Test func tocHTMLIsWhatTheTocSectionRenders() throws {
        let toc: [ParsedMarkdown.Heading] = [.init(level: 2, text: "Fees & \"interest\"", anchor: "fees-interest"),
                                             .init(level: 3, text: "<Worked> example", anchor: "worked-example")]
        let section = ##"{{#toc}}<li class="toc-{{level}}"><a href="#{{anchor}}">{{text}}</a></li>{{/toc}}"##
        let context: [String: Any] = ["toc": toc.map { ["level": $0.level, "text": $0.text, "anchor": $0.anchor] as [String: Any] }]
        #expect(PageRenderer.tocHTML(toc) == (try MustacheTemplateProbe.render(section, context)))
        #expect(PageRenderer.tocHTML(toc).contains("Fees &amp; &quot;interest&quot;"))
    }
}

extension ThemeTests {
    @Test(arguments: [("articles/policies/late-fees.md", "Policies"), ("articles/payment-terms/net-30.md", "Payment Terms"),
                      ("articles/2024-rules/a.md", "2024 Rules"), ("articles/faq.md", "General"), ("articles/a/b/c.md", "A")])
    func anArticlesSectionIsItsFirstFolderCapitalizedWordByWord(_ path: String, _ label: String) {
        let article = Article(source: MarkdownSource(path: path, displayPath: path, body: "", firstLine: 1), url: "x/", title: "T")
        #expect(PageRenderer.section(of: article) == label)
    }
}

enum MustacheTemplateProbe {
    static func render(_ text: String, _ context: [String: Any]) throws -> String {
        try MustacheTemplate(string: text).render(context)
    }
}
