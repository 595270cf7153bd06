import Foundation

/// `search.json`: the pages of one portal, for the in-browser search. Built
/// from the plan only, so it lists nothing the portal does not hold.
struct SearchIndex: Encodable {
    struct Entry: Encodable {
        let title: String
        /// Relative to the portal root.
        let url: String
        let summary: String
        let text: String
    }

    let portal: String
    let pages: [Entry]

    static let textLimit = 4000

    init(plan: PortalPlan, bodies: [String: ParsedMarkdown]) {
        portal = plan.portal.id.rawValue
        pages = plan.pages.filter(\.isIndexable).map { page in
            var summary = ""
            var text = ""
            switch page.kind {
            case .article(let article, _):
                summary = article.summary ?? ""
                text = bodies[article.path]?.plainText ?? ""
            case .document(let document):
                summary = document.summary ?? ""
                text = bodies[document.source.path]?.plainText ?? ""
            default:
                break
            }
            if text.count > SearchIndex.textLimit { text = String(text.prefix(SearchIndex.textLimit)) }
            return Entry(title: page.title, url: RelativeURL.path(from: "", to: page.url), summary: summary, text: text)
        }
    }

    /// `search.json`, and the same index as `search-index.js`, which a page
    /// can load with a script tag where fetch is not allowed (`file://`).
    func files() -> [RenderedFile] {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        let data = (try? encoder.encode(self)) ?? Data("{}".utf8)
        return [RenderedFile(path: "search.json", bytes: Array(data)), RenderedFile(path: "search-index.js", bytes: script(data))]
    }

    /// `window.PORTICO_SEARCH = <json>;`, with every `</` written `<\/` so the
    /// data cannot close a script element. One pass over the bytes: Foundation's
    /// replacingOccurrences took a third of a rebuild here.
    private func script(_ json: Data) -> [UInt8] {
        var out = Array("window.PORTICO_SEARCH = ".utf8)
        out.reserveCapacity(json.count + 32)
        var previous: UInt8 = 0
        for byte in json {
            if byte == UInt8(ascii: "/"), previous == UInt8(ascii: "<") { out.append(UInt8(ascii: "\\")) }
            out.append(byte)
            previous = byte
        }
        out += Array(";\n".utf8)
        return out
    }
}

/// `sitemap.xml`, from the plan's pages.
enum Sitemap {
    static func file(plan: PortalPlan, baseURL: String) -> RenderedFile {
        let base = baseURL.isEmpty ? "" : baseURL + "/" + plan.portal.id.rawValue + "/"
        var xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n"
        for page in plan.pages where page.isIndexable {
            xml += "  <url><loc>" + HTML.escape(base + page.url) + "</loc></url>\n"
        }
        xml += "</urlset>\n"
        return RenderedFile(path: "sitemap.xml", text: xml)
    }
}
