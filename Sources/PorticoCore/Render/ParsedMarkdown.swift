/// A Markdown body parsed and rendered to HTML once. Internal `.md` links
/// are kept as slots so each portal decides, without parsing again, whether
/// a link stays a link (it receives the target) or becomes plain text.
public struct ParsedMarkdown: Hashable, Sendable {
    public struct InternalLink: Hashable, Sendable {
        /// Content-relative path of the target: `articles/policies/late-fees.md`.
        public let target: String
        /// With its `#`, or "".
        public let fragment: String
        public let title: String
        public let line: Int
        public let column: Int
    }

    public struct Heading: Hashable, Sendable {
        public let level: Int
        public let text: String
        public let anchor: String
    }

    enum Part: Hashable, Sendable {
        case html(String)
        case open(Int)
        case close(Int)
    }

    let parts: [Part]
    /// Where the body came from, as diagnostics name it.
    public let sourceDisplayPath: String
    public let links: [InternalLink]
    public let headings: [Heading]
    /// The words of the body, for the search index (at most its first
    /// `SearchIndex.textLimit` characters).
    public let plainText: String

    /// The HTML for one page. `resolve` gives the page URL of a link target
    /// in this portal, or nil when the portal does not receive it; the link
    /// then renders as its text alone, and `dropped` lists it.
    public func html(from pageURL: String, resolve: (String) -> String?) -> (html: String, dropped: [InternalLink]) {
        var out = ""
        var dropped: [InternalLink] = []
        var hrefs: [Int: String] = [:]
        for part in parts {
            switch part {
            case .html(let text):
                out += text
            case .open(let i):
                let link = links[i]
                guard let url = resolve(link.target) else {
                    dropped.append(link)
                    continue
                }
                let href = RelativeURL.path(from: pageURL, to: url) + link.fragment
                hrefs[i] = href
                out += "<a href=\"" + HTML.escape(href) + "\""
                if !link.title.isEmpty { out += " title=\"" + HTML.escape(link.title) + "\"" }
                out += ">"
            case .close(let i):
                if hrefs[i] != nil { out += "</a>" }
            }
        }
        return (out, dropped)
    }
}
