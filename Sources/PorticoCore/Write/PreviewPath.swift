/// Maps a request path of the preview server to a file inside the preview
/// folder, or nil. Decodes percent-escapes first, then refuses anything
/// that could leave the portal folders: `..`, `.`, empty or absolute
/// segments, backslashes, NUL, and unknown portals.
public enum PreviewPath {
    public enum Resolved: Equatable, Sendable {
        /// The index of all portals.
        case portalIndex
        /// `portal/relative/path`; folder paths end in `index.html`.
        case file(portal: String, path: String)
    }

    public static func resolve(_ requestPath: String, portals: Set<String>) -> Resolved? {
        let rawPath = String(requestPath.prefix { $0 != "?" && $0 != "#" })
        guard let decoded = rawPath.removingPercentEncoding, !decoded.contains("\0"), !decoded.contains("\\") else { return nil }
        guard decoded.hasPrefix("/") else { return nil }
        var segments = decoded.dropFirst().split(separator: "/", omittingEmptySubsequences: false).map(String.init)
        let isFolder = segments.last == "" || segments.count == 1
        if segments.last == "" { segments.removeLast() }
        if segments.isEmpty { return .portalIndex }
        guard segments.allSatisfy({ !$0.isEmpty && $0 != "." && $0 != ".." && !$0.hasPrefix(".") }) else { return nil }
        guard let portal = segments.first, portals.contains(portal) else { return nil }
        var rest = segments.dropFirst().joined(separator: "/")
        if isFolder || rest.isEmpty { rest += rest.isEmpty ? "index.html" : "/index.html" }
        return .file(portal: portal, path: rest)
    }
}
