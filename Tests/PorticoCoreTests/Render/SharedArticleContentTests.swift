import Foundation
import PorticoTestSupport
import Testing
@testable import PorticoCore

/// An article's content rendered once serves every portal only when nothing
/// in it can differ between portals: a wrong share would show one portal's
/// text in another.
@Suite struct SharedArticleContentTests {
    static let asOf = CalendarDate(iso: "2026-11-23")!

    func options(_ folder: TemporaryFolder) -> BuildOptions {
        BuildOptions(location: SiteLocation(content: folder.path + "/content", templates: folder.path + "/templates",
                                            out: folder.path + "/public/preview"), asOf: Self.asOf)
    }

    @Test func templateNamesFindWhatATemplateReads() {
        #expect(TemplateNames.referenced(in: "{{% CONTENT_TYPE: x }}\n<h1>{{title}}</h1>{{{body}}}{{& raw }}{{! portal_title }}")
                == ["title", "body", "raw"])
        #expect(TemplateNames.referenced(in: "{{#toc}}<a href=\"#{{anchor}}\">{{text}}</a>{{/toc}}{{^tags}}none{{/tags}}")
                == ["toc", "anchor", "text", "tags"])
        #expect(TemplateNames.referenced(in: "{{uppercased(portal_title)}} {{customer.name}} {{#tags}}{{.}}{{/tags}}")
                == ["portal_title", "customer", "tags"])
        #expect(TemplateNames.referenced(in: "{{> footer}}") == nil, "a partial could read anything")
        #expect(TemplateNames.referenced(in: "{{=<% %>=}}<% portal_title %>") == nil)
        #expect(TemplateNames.referenced(in: "{{<base}}{{/base}}") == nil)
        #expect(TemplateNames.referenced(in: "{{.}}") == nil, "the whole context")
        #expect(TemplateNames.referenced(in: "{{title") == nil)
    }

    @Test func theBuiltInArticleTemplateIsShared() throws {
        #expect(try Theme.load(templatesPath: nil).articleContentIsPortalFree)
    }

    @Test func anArticleTemplateReadingThePortalIsRenderedPerPortal() async throws {
        let folder = FixtureSite.make(FixtureSite.with([
            "templates/article.mustache": "<h1>{{title}}</h1><p class=\"who\">for {{portal_title}}</p>{{{body}}}",
            // The same body in every portal that shows it: nothing but the template tells the portals apart.
            "content/articles/policies/plain.md": "---\ntitle: Plain\naudience: [customer]\n---\n\nNo links here.\n",
        ]))
        defer { folder.remove() }
        #expect(try !Theme.load(templatesPath: folder.path + "/templates").articleContentIsPortalFree)
        _ = try await Pipeline.build(options(folder))
        let inputs = try await Pipeline.renderInputs(options(folder))
        let path = "articles/policies/plain/index.html"
        let portals = inputs.plans.filter { $0.has(path) }
        #expect(portals.count >= 2)
        for plan in portals {
            let page = String(decoding: try #require(folder.files(under: "public/preview/\(plan.portal.id)")[path]), as: UTF8.self)
            #expect(page.contains("<p class=\"who\">for \(plan.portal.title)</p>"))
        }
    }

    /// The promise `PageRenderer.portalKeys` makes: for the same article page,
    /// every other name of the context has the same value in every portal.
    @Test func onlyPortalKeysDifferBetweenPortalsForTheSameArticle() async throws {
        let folder = FixtureSite.make()
        defer { folder.remove() }
        let inputs = try await Pipeline.renderInputs(options(folder))
        var compared = 0
        for article in inputs.site.articles {
            let path = article.url + "index.html"
            let contexts = inputs.plans.filter { $0.has(path) }.map { plan in
                let renderer = PageRenderer(site: inputs.site, plan: plan, theme: inputs.theme, bodies: inputs.bodies,
                                            letters: inputs.letters, asOf: Self.asOf)
                let page = plan.pages.first { $0.path == path }!
                return renderer.common(page).merging(renderer.articleContext(article, body: "")) { $1 }
            }
            guard let first = contexts.first, contexts.count > 1 else { continue }
            for context in contexts.dropFirst() {
                #expect(Set(context.keys) == Set(first.keys))
                for (key, value) in context where !PageRenderer.portalKeys.contains(key) {
                    #expect(canonical(value) == canonical(first[key]!), "\(key) differs between portals")
                }
                compared += 1
            }
        }
        #expect(compared > 0)
    }

    /// A context value as text, dictionaries with their keys sorted.
    func canonical(_ value: Any) -> String {
        if let dictionary = value as? [String: Any] {
            return "{" + dictionary.keys.sorted().map { "\($0): \(canonical(dictionary[$0]!))" }.joined(separator: ", ") + "}"
        }
        if let array = value as? [Any] { return "[" + array.map(canonical).joined(separator: ", ") + "]" }
        return String(describing: value)
    }
}
