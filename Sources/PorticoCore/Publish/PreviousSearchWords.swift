import Foundation

/// An incremental publish (only article bodies changed) renders just the
/// changed articles' pages, and the search indexes of the portals that show
/// them. Those indexes need every other body's search words, which are the
/// same as in the previous version: they are read back from its indexes
/// instead of parsing every body again.
///
/// Only what is found is reused; any body whose words are not in a previous
/// index (one written by another format, or missing) is parsed as usual.
enum PreviousSearchWords {
    /// Search-only bodies (`ParsedMarkdown.searchOnly`) for the unchanged
    /// bodies shown by portals that hold a changed article, by content path.
    static func bodies(plans: [PortalPlan], changed: Set<String>, previousRoot: String) -> [String: ParsedMarkdown] {
        var found: [String: ParsedMarkdown] = [:]
        for plan in plans where plan.articles.contains(where: { changed.contains($0.article.path) }) {
            // Portals mostly share their bodies: read an index only for bodies still missing.
            let missing = plan.pages.contains { page in
                page.isIndexable && page.kind.bodySource.map { !changed.contains($0) && found[$0] == nil } == true
            }
            guard missing, let data = FileManager.default.contents(atPath: previousRoot + "/" + plan.portal.id.rawValue + "/search.json"),
                  let index = try? JSONDecoder().decode(Index.self, from: data) else { continue }
            var words: [String: String] = [:]
            for page in index.pages { if let w = page.words { words[page.url] = w } }
            for page in plan.pages where page.isIndexable {
                guard let source = page.kind.bodySource, !changed.contains(source), found[source] == nil,
                      let displayPath = page.kind.bodyDisplayPath,
                      let w = words[RelativeURL.path(from: "", to: page.url)] else { continue }
                found[source] = .searchOnly(words: w, sourceDisplayPath: displayPath)
            }
        }
        return found
    }

    /// The part of `search.json` read back (see `SearchIndex`).
    private struct Index: Decodable {
        struct Page: Decodable {
            let url: String
            let words: String?
        }
        let pages: [Page]
    }
}
