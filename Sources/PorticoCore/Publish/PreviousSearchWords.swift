/// An incremental publish (only article bodies changed) renders just the
/// changed articles' pages, and the search indexes of the portals that show
/// them. Those indexes need every other body's search words, which are the
/// same as in the previous version: they come from the render cache
/// (`RenderCache.searchWords`) instead of parsing every body again.
///
/// Only what is found is reused; any body whose words the cache lacks is
/// parsed as usual.
enum PreviousSearchWords {
    /// Search-only bodies (`ParsedMarkdown.searchOnly`) for the unchanged
    /// bodies shown by portals that hold a changed article, by content path.
    static func bodies(plans: [PortalPlan], changed: Set<String>, words: [String: String]) -> [String: ParsedMarkdown] {
        var found: [String: ParsedMarkdown] = [:]
        for plan in plans where plan.articles.contains(where: { changed.contains($0.article.path) }) {
            for page in plan.pages where page.isIndexable {
                guard let source = page.kind.bodySource, !changed.contains(source), found[source] == nil,
                      let displayPath = page.kind.bodyDisplayPath, let w = words[source] else { continue }
                found[source] = .searchOnly(words: w, sourceDisplayPath: displayPath)
            }
        }
        return found
    }
}
