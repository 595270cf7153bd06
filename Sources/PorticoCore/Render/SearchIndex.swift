import Foundation

/// `search.json`: the pages of one portal, for the in-browser search. Built
/// from the plan only, so it lists nothing the portal does not hold.
///
/// `{"pages":[{"summary","title","url","words"}…],"portal"}`, keys sorted,
/// written straight into bytes rather than through `JSONEncoder`, which held
/// several copies of a large index at once. `words` holds a body's distinct
/// words (`SearchWords`), not its text: the same results for
/// the browser's search in a fraction of the bytes.
struct SearchIndex {
    let plan: PortalPlan
    let bodies: [String: ParsedMarkdown]
    /// Entries shared with the other portals of the build, if any.
    var entries: BuildMemo<[String], [UInt8]>? = nil

    /// Bytes of a body's distinct words the index keeps (`SearchWords`).
    static let wordsLimit = 8000

    /// Writes `search.json`, and the same index as `search-index.js`, which a
    /// page can load with a script tag where fetch is not allowed (`file://`).
    /// Both are streamed about a megabyte at a time, never whole in memory.
    func write(into sink: FileSink) throws(OutputError) -> [FileRecord?] {
        let json = try sink.stream("search.json")
        let script = try sink.stream("search-index.js")
        try script.append(SearchIndex.scriptHead)
        try self.json(every: 1 << 20) { (piece: [UInt8]) throws(OutputError) in
            try json.append(piece)
            try script.append(SearchIndex.scriptSafe(piece))
        }
        try script.append(SearchIndex.scriptTail)
        return [try json.finish(), try script.finish()]
    }

    /// The whole index (for tests; builds stream it with `write`).
    func json() -> [UInt8] {
        var out: [UInt8] = []
        self.json(every: .max) { out += $0 }
        return out
    }

    /// Hands the index to `emit` in pieces of about `limit` bytes, each
    /// ending before an entry (after `[` or `}`).
    func json<E: Error>(every limit: Int, _ emit: ([UInt8]) throws(E) -> Void) throws(E) {
        var out: [UInt8] = []
        out.reserveCapacity(min(limit, plan.pages.count * 1024) + 8192)
        out += #"{"pages":["#.utf8
        var first = true
        for page in plan.pages where page.isIndexable {
            if out.count >= limit {
                try emit(out)
                out.removeAll(keepingCapacity: true)
            }
            if !first { out.append(UInt8(ascii: ",")) }
            first = false
            if let source = page.kind.bodySource, let entries {
                // The entry of a page with a body, at the same place under the same
                // title, is the same in every portal (a document's place differs
                // between its customer's portal and the staff portal).
                out += entries.value(for: [source, page.path, page.title]) { SearchIndex.entry(page, bodies: bodies) }
            } else {
                out += SearchIndex.entry(page, bodies: bodies)
            }
        }
        out += #"],"portal":"#.utf8
        JSONText.append(plan.portal.id.rawValue, to: &out)
        out.append(UInt8(ascii: "}"))
        try emit(out)
    }

    /// `{"summary","title","url","words"}` for one page.
    static func entry(_ page: PlannedPage, bodies: [String: ParsedMarkdown]) -> [UInt8] {
        let words = page.kind.bodySource.flatMap { bodies[$0]?.searchWords } ?? ""
        let summary: String
        switch page.kind {
        case .article(let article, _): summary = article.summary ?? ""
        case .document(let document): summary = document.summary ?? ""
        default: summary = ""
        }
        var out: [UInt8] = []
        out.reserveCapacity(words.utf8.count + summary.utf8.count + 128)
        out += #"{"summary":"#.utf8
        JSONText.append(summary, to: &out)
        out += #","title":"#.utf8
        JSONText.append(page.title, to: &out)
        out += #","url":"#.utf8
        JSONText.append(RelativeURL.path(from: "", to: page.url), to: &out)
        out += #","words":"#.utf8
        JSONText.append(words, to: &out)
        out.append(UInt8(ascii: "}"))
        return out
    }

    static let scriptHead = Array("window.PORTICO_SEARCH = ".utf8)
    static let scriptTail = Array(";\n".utf8)

    /// `window.PORTICO_SEARCH = <json>;`, with every `</` written `<\/` so the
    /// data cannot close a script element.
    static func script(_ json: [UInt8]) -> [UInt8] { scriptHead + scriptSafe(json) + scriptTail }

    /// A piece of the index with every `</` written `<\/`. Pieces end between
    /// entries (after `}`), so no `</` is split across two.
    static func scriptSafe(_ json: [UInt8]) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(json.count + 32)
        json.withUnsafeBufferPointer { bytes in
            var start = 0
            for i in bytes.indices.dropFirst() where bytes[i] == UInt8(ascii: "/") && bytes[i - 1] == UInt8(ascii: "<") {
                out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[start..<i]))
                out.append(UInt8(ascii: "\\"))
                start = i
            }
            out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[start...]))
        }
        return out
    }
}

/// `sitemap.xml`, from the plan's pages.
enum Sitemap {
    static func file(plan: PortalPlan, config: SiteConfig) -> RenderedFile {
        let base = config.url(of: plan.portal.id) ?? ""
        var xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n"
        for page in plan.pages where page.isIndexable {
            xml += "  <url><loc>" + HTML.escape(base + page.url) + "</loc></url>\n"
        }
        xml += "</urlset>\n"
        return RenderedFile(path: "sitemap.xml", text: xml)
    }
}
