import CCMark
import Foundation
import Synchronization

/// The only code that talks to libcmark. Every pointer stays in this file
/// and is freed with `defer`.
///
/// One call parses a body once and rewrites the tree: headings get ids,
/// ```` ```csv ```` blocks become tables, and relative `.md` links become
/// slots that each portal fills in (see `ParsedMarkdown`).
public struct MarkdownParser: Sendable {
    /// Counts the parses made in a task and its child tasks, so a test can
    /// hold the "each body parsed once per build" promise exactly.
    public final class Counter: Sendable {
        let parses = Atomic<Int>(0)
        public init() {}
        public var count: Int { parses.load(ordering: .relaxed) }
    }

    @TaskLocal public static var counter: Counter?

    public let unsafe: Bool

    public init(unsafe: Bool = false) {
        self.unsafe = unsafe
    }

    /// `linkable` holds the content paths (`articles/x.md`) a link may point
    /// at; a link to anything else is an error. Text that may link to no page
    /// at all passes `noPageLinks`: why, for the error.
    public func parse(_ source: MarkdownSource, linkable: Set<String>, noPageLinks: String? = nil) throws(ContentError) -> (ParsedMarkdown, [Diagnostic]) {
        MarkdownParser.counter?.parses.add(1, ordering: .relaxed)
        // U+0001/U+0002 delimit our slot markers; they never belong in prose.
        // Both are single bytes in UTF-8, never part of a longer sequence.
        let text = try source.body()
        let hasMarkers = text.utf8.withContiguousStorageIfAvailable { $0.contains { $0 == 1 || $0 == 2 } }
            ?? text.utf8.contains { $0 == 1 || $0 == 2 }
        let body = hasMarkers ? String(decoding: text.utf8.filter { $0 != 1 && $0 != 2 }, as: UTF8.self) : text
        let options = unsafe ? CMARK_OPT_UNSAFE : CMARK_OPT_DEFAULT
        guard let document = body.withCString({ cmark_parse_document($0, body.utf8.count, options) }) else {
            throw ContentError([.error(source.displayPath, "libcmark could not parse this file")])
        }
        defer { cmark_node_free(document) }

        var rewriter = TreeRewriter(source: source, linkable: linkable, noPageLinks: noPageLinks)
        rewriter.collect(document)
        try rewriter.rewrite()

        guard let rendered = cmark_render_html(document, options) else {
            throw ContentError([.error(source.displayPath, "libcmark could not render this file")])
        }
        defer { cmark_get_default_mem_allocator().pointee.free(rendered) }
        let html = UnsafeBufferPointer(start: UnsafeRawPointer(rendered).assumingMemoryBound(to: UInt8.self), count: strlen(rendered))
        let parsed = ParsedMarkdown(parts: Self.split(html), sourceDisplayPath: source.displayPath, links: rewriter.links,
                                    headings: rewriter.headings, searchWords: rewriter.plainText.withUnsafeBufferPointer { SearchWords.of(utf8: $0) })
        return (parsed, rewriter.warnings)
    }

    /// Cuts rendered HTML at our markers: `\u{1}H<anchor>\u{2}` right after
    /// `<hN>` becomes an id; `\u{1}L<i>\u{2}`/`\u{1}E<i>\u{2}` open and close link slot i.
    static func split(_ bytes: UnsafeBufferPointer<UInt8>) -> [ParsedMarkdown.Part] {
        var parts: [ParsedMarkdown.Part] = []
        // Gathered in a scratch buffer, so each part's string is exactly its size.
        var text: [UInt8] = []
        text.reserveCapacity(bytes.count)
        func flush() {
            if !text.isEmpty { parts.append(.html(String(decoding: text, as: UTF8.self))) }
            text.removeAll(keepingCapacity: true)
        }
        var i = 0
        while i < bytes.count {
            // Copy the run up to the next marker (or the end) in one go.
            let run = bytes[i...].firstIndex(of: 1) ?? bytes.count
            text.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[i..<run]))
            guard run + 1 < bytes.count else {
                if run < bytes.count { text.append(1) }
                break
            }
            let kind = bytes[run + 1]
            var end = run + 2
            while end < bytes.count, bytes[end] != 2 { end += 1 }
            let value = String(decoding: UnsafeBufferPointer(rebasing: bytes[(run + 2)..<end]), as: UTF8.self)
            i = end + 1
            switch kind {
            case UInt8(ascii: "H"):
                if text.last == UInt8(ascii: ">") { text.removeLast() }
                text += " id=\"\(value)\">".utf8
            case UInt8(ascii: "L"):
                flush()
                parts.append(.open(Int(value) ?? 0))
            default:
                flush()
                parts.append(.close(Int(value) ?? 0))
            }
        }
        flush()
        return parts
    }
}

/// Walks a cmark tree once, then rewrites it.
private struct TreeRewriter {
    let source: MarkdownSource
    let linkable: Set<String>
    let noPageLinks: String?

    var links: [ParsedMarkdown.InternalLink] = []
    var headings: [ParsedMarkdown.Heading] = []
    /// The body's text, as UTF-8, for `SearchWords`.
    var plainText: [UInt8] = []
    var warnings: [Diagnostic] = []
    private var errors: [Diagnostic] = []
    private var headingNodes: [OpaquePointer] = []
    private var csvNodes: [OpaquePointer] = []
    private var linkNodes: [(node: OpaquePointer, url: String)] = []

    init(source: MarkdownSource, linkable: Set<String>, noPageLinks: String?) {
        self.source = source
        self.linkable = linkable
        self.noPageLinks = noPageLinks
    }

    mutating func collect(_ document: OpaquePointer) {
        let iter = cmark_iter_new(document)
        defer { cmark_iter_free(iter) }
        while case let event = cmark_iter_next(iter), event != CMARK_EVENT_DONE {
            guard let node = cmark_iter_get_node(iter) else { continue }
            let type = cmark_node_get_type(node)
            if event == CMARK_EVENT_EXIT {
                if type == CMARK_NODE_PARAGRAPH || type == CMARK_NODE_HEADING || type == CMARK_NODE_ITEM { plainText.append(UInt8(ascii: " ")) }
                continue
            }
            switch type {
            case CMARK_NODE_TEXT, CMARK_NODE_CODE:
                appendLiteral(node)
            case CMARK_NODE_SOFTBREAK, CMARK_NODE_LINEBREAK:
                plainText.append(UInt8(ascii: " "))
            case CMARK_NODE_HEADING:
                headingNodes.append(node)
            case CMARK_NODE_CODE_BLOCK:
                if fenceInfo(node) == "csv" {
                    csvNodes.append(node)
                } else {
                    appendLiteral(node)
                    plainText.append(UInt8(ascii: " "))
                }
            case CMARK_NODE_LINK:
                linkNodes.append((node, String(cString: cmark_node_get_url(node))))
            case CMARK_NODE_PARAGRAPH:
                checkPipeTable(node)
            default:
                break
            }
        }
    }

    mutating func rewrite() throws(ContentError) {
        var used: [String: Int] = [:]
        for node in headingNodes {
            let text = descendantText(node)
            var anchor = Slug.anchor(for: text)
            if anchor.isEmpty { anchor = "section" }
            if let n = used[anchor] {
                used[anchor] = n + 1
                anchor += "-\(n)"
            } else {
                used[anchor] = 1
            }
            headings.append(.init(level: Int(cmark_node_get_heading_level(node)), text: text, anchor: anchor))
            let marker = cmark_node_new(CMARK_NODE_CUSTOM_INLINE)
            cmark_node_set_on_enter(marker, "\u{1}H\(anchor)\u{2}")
            cmark_node_prepend_child(node, marker)
        }
        for node in csvNodes { replaceCSV(node) }
        for (node, url) in linkNodes { rewriteLink(node, url: url) }
        guard errors.isEmpty else { throw ContentError(errors + warnings) }
    }

    private mutating func replaceCSV(_ node: OpaquePointer) {
        let (line, _) = place(node)
        let table: CSVTable
        do {
            table = try CSVTable(parsing: literal(node))
        } catch {
            errors.append(.error(source.displayPath, line: line + error.line, column: error.column, "in csv block: \(error.message)"))
            return
        }
        var html = "<div class=\"table-wrap\"><table>\n"
        for (i, record) in table.records.enumerated() {
            let cell = i == 0 ? "th" : "td"
            if i == 0 { html += "<thead>\n" } else if i == 1 { html += "<tbody>\n" }
            html += "<tr>" + record.fields.map { "<\(cell)>\(HTML.escape($0))</\(cell)>" }.joined() + "</tr>\n"
            if i == 0 { html += "</thead>\n" }
            for field in record.fields {
                plainText += field.utf8
                plainText.append(UInt8(ascii: " "))
            }
        }
        html += (table.records.count > 1 ? "</tbody>\n" : "") + "</table></div>"
        let block = cmark_node_new(CMARK_NODE_CUSTOM_BLOCK)
        cmark_node_set_on_enter(block, html)
        cmark_node_replace(node, block)
        cmark_node_free(node)
    }

    private mutating func rewriteLink(_ node: OpaquePointer, url: String) {
        guard let target = LinkTarget(url, from: source.path) else { return }
        let (line, column) = place(node)
        let resolved: String
        switch target {
        case .outside:
            errors.append(.error(source.displayPath, line: line, column: column, "link '\(url)' points outside the content folder"))
            return
        case .page(let path, _):
            resolved = path
        }
        guard linkable.contains(resolved) else {
            errors.append(.error(source.displayPath, line: line, column: column,
                "link to '\(url)': " + (noPageLinks ?? "there is no page \(resolved) to link to")))
            return
        }
        let index = links.count
        links.append(.init(target: resolved, fragment: target.fragment,
                           title: cmark_node_get_title(node).map { String(cString: $0) } ?? "",
                           line: line, column: column))
        let slot = cmark_node_new(CMARK_NODE_CUSTOM_INLINE)
        cmark_node_set_on_enter(slot, "\u{1}L\(index)\u{2}")
        cmark_node_set_on_exit(slot, "\u{1}E\(index)\u{2}")
        while let child = cmark_node_first_child(node) { cmark_node_append_child(slot, child) }
        cmark_node_replace(node, slot)
        cmark_node_free(node)
    }

    /// CommonMark has no pipe tables; a paragraph shaped like one would
    /// render as a jumble of bars, so say what to do instead.
    private mutating func checkPipeTable(_ node: OpaquePointer) {
        guard let first = cmark_node_first_child(node), cmark_node_get_type(first) == CMARK_NODE_TEXT,
              let literal = cmark_node_get_literal(first), literal.pointee == CChar(UInt8(ascii: "|")) else { return }
        let lines = descendantText(node, breaks: "\n").split(separator: "\n")
        guard lines.count >= 2, lines.allSatisfy({ $0.trimmingCharacters(" ").hasPrefix("|") }) else { return }
        let rule = lines[1].filter { $0 != " " }
        guard rule.count >= 3, rule.allSatisfy({ "|-:".contains($0) }), rule.contains("-") else { return }
        let (line, column) = place(node)
        warnings.append(.warning(source.displayPath, line: line, column: column,
            "this looks like a pipe table, which CommonMark does not support; write it as a fenced ```csv block (first row is the header)"))
    }

    /// The file line and column of a node; inline nodes take their block's.
    private func place(_ node: OpaquePointer) -> (Int, Int) {
        var current: OpaquePointer? = node
        while let n = current {
            let line = Int(cmark_node_get_start_line(n))
            if line > 0 { return (line + source.firstLine - 1, Int(cmark_node_get_start_column(n))) }
            current = cmark_node_parent(n)
        }
        return (source.firstLine, 1)
    }

    private func descendantText(_ node: OpaquePointer, breaks: String = " ") -> String {
        var text = ""
        let iter = cmark_iter_new(node)
        defer { cmark_iter_free(iter) }
        while case let event = cmark_iter_next(iter), event != CMARK_EVENT_DONE {
            guard event == CMARK_EVENT_ENTER, let n = cmark_iter_get_node(iter) else { continue }
            switch cmark_node_get_type(n) {
            case CMARK_NODE_TEXT, CMARK_NODE_CODE: text += literal(n)
            case CMARK_NODE_SOFTBREAK, CMARK_NODE_LINEBREAK: text += breaks
            default: break
            }
        }
        return text
    }

    private mutating func appendLiteral(_ node: OpaquePointer) {
        guard let literal = cmark_node_get_literal(node) else { return }
        plainText.append(contentsOf: UnsafeBufferPointer(start: UnsafeRawPointer(literal).assumingMemoryBound(to: UInt8.self), count: strlen(literal)))
    }

    private func literal(_ node: OpaquePointer) -> String {
        cmark_node_get_literal(node).map { String(cString: $0) } ?? ""
    }

    private func fenceInfo(_ node: OpaquePointer) -> String {
        let info = cmark_node_get_fence_info(node).map { String(cString: $0) } ?? ""
        return String(info.split(separator: " ").first ?? "").lowercased()
    }
}

extension Substring {
    func trimmingCharacters(_ c: Character) -> Substring {
        var s = self
        while s.first == c { s.removeFirst() }
        while s.last == c { s.removeLast() }
        return s
    }
}
