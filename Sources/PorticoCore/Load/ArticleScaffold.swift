import Foundation

/// `portico new article`: a ready-to-edit article with front matter.
public enum ArticleScaffold {
    /// `policies/refunds`, `policies/refunds.md` or `articles/policies/refunds.md`
    /// → `articles/policies/refunds.md`.
    public static func contentPath(for raw: String) -> String {
        var path = raw.hasPrefix("articles/") ? String(raw.dropFirst("articles/".count)) : raw
        if !path.hasSuffix(".md") { path += ".md" }
        return "articles/" + path
    }

    public static func write(contentFolder: String, path raw: String, title: String, audience: [String], tags: [String],
                             today: CalendarDate) throws -> String {
        let relative = Self.contentPath(for: raw)
        for segment in relative.dropLast(3).split(separator: "/") where !Slug.isValid(String(segment)) {
            throw ContentError([.error(raw, "'\(segment)' cannot be part of a page URL: use lowercase letters, digits and hyphens (\(Slug.anchor(for: String(segment))))")])
        }
        if let manifest = try? SiteLoader(contentPath: contentFolder).load().site.manifest {
            for role in audience where manifest.roles[RoleName(role)] == nil {
                throw ContentError([.error("--audience", "role '\(role)' is not in the manifest (roles: \(manifest.roles.keys.sorted().map(\.rawValue).joined(separator: ", ")))")])
            }
        }
        let full = contentFolder + "/" + relative
        guard !FileManager.default.fileExists(atPath: full) else {
            throw OutputError(full, "already exists; portico new never overwrites a file")
        }
        func list(_ items: [String]) -> String { "[" + items.joined(separator: ", ") + "]" }
        let quoted = "\"" + title.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"") + "\""
        let text = """
        ---
        title: \(quoted)
        summary: ""
        audience: \(list(audience))
        tags: \(list(tags))
        version: 1
        effective: \(today)
        draft: true
        ---

        Write the article here. Link to other articles with relative paths, such as
        `[payment terms](../policies/payment-terms.md)`, and set `draft: false` to publish.

        """
        do {
            try FileManager.default.createDirectory(atPath: (full as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
        } catch {
            throw OutputError(full, "cannot create folder: \(error.localizedDescription)")
        }
        guard FileManager.default.createFile(atPath: full, contents: Data(text.utf8)) else { throw OutputError(full, "cannot write") }
        return full
    }
}
