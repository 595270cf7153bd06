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

    /// Where the HTML and the search words are: in memory, or written to a
    /// `BodySpool` with only their layout kept here.
    private enum Text: Sendable {
        case memory(parts: [Part], searchWords: String)
        /// The spooled bytes are the HTML pieces in order, then the search words.
        case spooled(BodySpool, BodySpool.Slice, layout: [SpooledPart])
        /// Only the search words, taken from the previous version's index
        /// (`PreviousSearchWords`): enough for an index, never rendered.
        case searchOnly(words: String)
    }

    /// A `Part` whose HTML is in the spool: `.html` keeps its byte count.
    private enum SpooledPart: Sendable {
        case html(bytes: Int)
        case open(Int)
        case close(Int)
    }

    private let text: Text
    /// Where the body came from, as diagnostics name it.
    public let sourceDisplayPath: String
    public let links: [InternalLink]
    public let headings: [Heading]

    init(parts: [Part], sourceDisplayPath: String, links: [InternalLink], headings: [Heading], searchWords: String) {
        text = .memory(parts: parts, searchWords: searchWords)
        self.sourceDisplayPath = sourceDisplayPath
        self.links = links
        self.headings = headings
    }

    private init(_ text: Text, like other: ParsedMarkdown) {
        self.text = text
        sourceDisplayPath = other.sourceDisplayPath
        links = other.links
        headings = other.headings
    }

    /// A body known by its search words alone: an incremental publish's
    /// unchanged bodies, which only a search index needs.
    static func searchOnly(words: String, sourceDisplayPath: String) -> ParsedMarkdown {
        ParsedMarkdown(.searchOnly(words: words), sourceDisplayPath: sourceDisplayPath)
    }

    private init(_ text: Text, sourceDisplayPath: String) {
        self.text = text
        self.sourceDisplayPath = sourceDisplayPath
        links = []
        headings = []
    }

    var isSearchOnly: Bool {
        if case .searchOnly = text { return true }
        return false
    }

    var isSpooled: Bool {
        if case .spooled = text { return true }
        return false
    }

    var parts: [Part] {
        switch text {
        case .memory(let parts, _):
            return parts
        case .searchOnly:
            preconditionFailure("\(sourceDisplayPath): a body known only by its search words cannot be rendered")
        case .spooled(let spool, let slice, let layout):
            let bytes = spool.read(BodySpool.Slice(offset: slice.offset, count: Self.htmlCount(layout)))
            var at = 0
            return layout.map { part -> Part in
                switch part {
                case .html(let count):
                    defer { at += count }
                    return .html(String(decoding: bytes[at..<at + count], as: UTF8.self))
                case .open(let i): return .open(i)
                case .close(let i): return .close(i)
                }
            }
        }
    }

    /// The body's distinct words, for the search index (`SearchWords`).
    public var searchWords: String {
        switch text {
        case .memory(_, let searchWords):
            return searchWords
        case .searchOnly(let words):
            return words
        case .spooled(let spool, let slice, let layout):
            let html = Self.htmlCount(layout)
            return String(decoding: spool.read(BodySpool.Slice(offset: slice.offset + html, count: slice.count - html)), as: UTF8.self)
        }
    }

    private static func htmlCount(_ layout: [SpooledPart]) -> Int {
        layout.reduce(0) { total, part in
            if case .html(let count) = part { return total + count }
            return total
        }
    }

    /// The same body with its text moved into `spool`, or unchanged if it cannot be written.
    func spooled(into spool: BodySpool) -> ParsedMarkdown {
        guard case .memory(let parts, let searchWords) = text else { return self }
        var bytes: [UInt8] = []
        var layout: [SpooledPart] = []
        for part in parts {
            switch part {
            case .html(let html):
                bytes += html.utf8
                layout.append(.html(bytes: html.utf8.count))
            case .open(let i): layout.append(.open(i))
            case .close(let i): layout.append(.close(i))
            }
        }
        bytes += searchWords.utf8
        guard let slice = spool.append(bytes) else { return self }
        return ParsedMarkdown(.spooled(spool, slice, layout: layout), like: self)
    }

    public static func == (a: ParsedMarkdown, b: ParsedMarkdown) -> Bool {
        a.sourceDisplayPath == b.sourceDisplayPath && a.links == b.links && a.headings == b.headings
            && a.isSearchOnly == b.isSearchOnly && (a.isSearchOnly || a.parts == b.parts) && a.searchWords == b.searchWords
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(sourceDisplayPath)
        hasher.combine(links)
        hasher.combine(headings)
    }

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
