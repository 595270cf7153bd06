import Synchronization

/// Article pages' inner content (`article.mustache`), rendered once and
/// reused by every portal that shows the same article with the same body.
///
/// Only used when the theme's article template reads none of the context
/// names that differ between portals (`PageRenderer.portalKeys`): everything
/// else it can read is the article's own, or the same for a given page URL.
/// The body is compared whole, since links in it resolve per portal.
final class SharedArticleContent: Sendable {
    private let rendered = Mutex<[String: [(body: String, content: String)]]>([:])

    /// The content for `path` with `body`, rendering it with `render` the first time.
    func content(for path: String, body: String, render: () -> String) -> String {
        if let hit = rendered.withLock({ $0[path]?.first { $0.body == body }?.content }) { return hit }
        let content = render()
        rendered.withLock { table in
            if table[path]?.contains(where: { $0.body == body }) != true { table[path, default: []].append((body, content)) }
        }
        return content
    }
}
