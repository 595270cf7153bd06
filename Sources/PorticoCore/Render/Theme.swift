import Foundation
import Mustache

/// The templates, letters and assets a build uses: the built-in theme with
/// the site's `templates/` laid over it file by file. Compiled once per build.
public struct Theme: Sendable {
    let library: MustacheLibrary
    /// `assets/…` path → bytes, copied into every portal.
    public let assets: [String: [UInt8]]
    /// Letter name (`overdue`) → its compiled template (Markdown with Mustache fields).
    let letters: [String: MustacheTemplate]
    /// Every file that went into the theme, with its origin, for digests and `init`.
    public let files: [String: [UInt8]]
    /// `article.mustache` reads nothing that differs between portals, so
    /// its rendering can be shared between portals (`PageRenderer.shared`).
    let articleContentIsPortalFree: Bool
    /// What the theme may get wrong without failing a build (`outdatedSearchScript`).
    public let warnings: [Diagnostic]

    public static let pageTemplates = ["layout", "home", "article", "document", "billing", "statement", "notices", "notice",
                                        "customers", "receivables", "not-found"]

    /// `templatesPath` may name a folder that does not exist: the built-in theme is then used alone.
    public static func load(templatesPath: String?) throws(ContentError) -> Theme {
        var files = BuiltinTheme.files
        var origin: [String: String] = [:]
        if let templatesPath {
            let directory = ContentDirectory(root: templatesPath)
            for path in directory.files(under: "", suffix: "") {
                guard let data = FileManager.default.contents(atPath: directory.display(path)) else { continue }
                files[path] = Array(data)
                origin[path] = directory.display(path)
            }
        }
        MustacheContentTypes.register(FastHTML(), named: FastHTML.name)
        var library = MustacheLibrary()
        var diagnostics: [Diagnostic] = []
        for (path, bytes) in files.sorted(by: { $0.key < $1.key }) where path.hasSuffix(".mustache") && !path.contains("/") {
            let name = String(path.dropLast(".mustache".count))
            do {
                try library.register(MustacheTemplate(string: FastHTML.pragma + String(decoding: bytes, as: UTF8.self)), named: name)
            } catch let error as MustacheTemplate.ParserError {
                // The pragma line above the template is not the author's.
                diagnostics.append(.error(origin[path] ?? "(built-in) " + path, line: error.context.lineNumber - 1,
                                          column: error.context.columnNumber, "template error: \(error.error)"))
            } catch {
                diagnostics.append(.error(origin[path] ?? path, "template error: \(error)"))
            }
        }
        guard diagnostics.isEmpty else { throw ContentError(diagnostics) }
        let assets = files.filter { $0.key.hasPrefix("assets/") }
        let sources = Dictionary(uniqueKeysWithValues: files.filter { $0.key.hasPrefix("letters/") && $0.key.hasSuffix(".md") }
            .map { (String($0.key.dropFirst("letters/".count).dropLast(3)), String(decoding: $0.value, as: UTF8.self)) })
        var compiled: [String: MustacheTemplate] = [:]
        for (name, text) in sources.sorted(by: { $0.key < $1.key }) {
            do {
                compiled[name] = try MustacheTemplate(string: text)
            } catch {
                diagnostics.append(.error(origin["letters/\(name).md"] ?? "(built-in) letters/\(name).md", "template error: \(error)"))
            }
        }
        guard diagnostics.isEmpty else { throw ContentError(diagnostics) }
        let articleNames = files["article.mustache"].flatMap { TemplateNames.referenced(in: String(decoding: $0, as: UTF8.self)) }
        return Theme(library: library, assets: assets, letters: compiled, files: files,
                     articleContentIsPortalFree: articleNames.map { $0.isDisjoint(with: PageRenderer.portalKeys) } ?? false,
                     warnings: [origin["assets/search.js"].flatMap { outdatedSearchScript(files["assets/search.js"] ?? [], path: $0) }].compactMap { $0 })
    }

    /// A `search.js` of the site's own that reads each page's `text`, which
    /// the search index no longer holds (it holds `words`): such a script
    /// would search titles and summaries alone, without a word of complaint.
    static func outdatedSearchScript(_ bytes: [UInt8], path: String) -> Diagnostic? {
        let lines = String(decoding: bytes, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false)
        guard !lines.contains(where: { $0.contains(".words") }) else { return nil }
        for (number, line) in lines.enumerated() {
            // `.text` itself, not `.textContent` or another longer name.
            guard let found = line.ranges(of: ".text").first(where: { range in
                range.upperBound == line.endIndex || !(line[range.upperBound].isLetter || line[range.upperBound].isNumber || line[range.upperBound] == "_")
            }) else { continue }
            return .warning(path, line: number + 1, column: line.distance(from: line.startIndex, to: found.lowerBound) + 1,
                            "this script reads each page's `text`, but the search index holds `words` (each distinct word of a page once): search would match titles and summaries only. Read `page.words`, or take the built-in search.js again (portico init)")
        }
        return nil
    }

    /// Renders a page template, then the layout around it.
    func page(_ template: String, _ context: [String: Any]) -> String {
        layout(context, content: content(template, context))
    }

    /// The page template alone: what the layout gets as `content`.
    func content(_ template: String, _ context: [String: Any]) -> String {
        library.render(context, withTemplate: template) ?? ""
    }

    func layout(_ context: [String: Any], content: String) -> String {
        library.render(LayoutValues(page: context, content: content), withTemplate: "layout") ?? ""
    }
}

/// The layout's values: the page's, and `content`. Looked up rather than
/// merged, since a page's context copied to add one key cost more than the lookups.
private struct LayoutValues: MustacheParent {
    let page: [String: Any]
    let content: String

    func child(named name: String) -> Any? {
        name == "content" ? content : page[name]
    }
}

/// Mustache's HTML escaping, done over bytes. The library's own walks every
/// Character through a dictionary, which was a tenth of rendering; this one
/// replaces the same five characters with the same entities, and returns
/// text without them untouched. Every page template starts with `pragma`,
/// a standalone line that renders as nothing.
struct FastHTML: MustacheContentType {
    static let name = "portico-html"
    static let pragma = "{{% CONTENT_TYPE: \(name) }}\n"

    func escapeText(_ text: String) -> String { HTML.escape(text) }
}
