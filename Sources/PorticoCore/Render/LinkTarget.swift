/// Where a Markdown link points, seen from the file that holds it. Only
/// relative links to `.md` files are ours to rewrite; everything else
/// (web addresses, `#anchors`, assets) is left to cmark.
enum LinkTarget: Equatable {
    /// A content path such as `articles/policies/late-fees.md`, and `#fragment` or "".
    case page(String, fragment: String)
    /// `..` climbed above the content folder.
    case outside

    var fragment: String {
        if case .page(_, let f) = self { return f }
        return ""
    }

    /// nil when the link is not a relative `.md` link.
    init?(_ url: String, from sourcePath: String) {
        guard !url.isEmpty, !url.hasPrefix("#"), !url.hasPrefix("/"), !LinkTarget.hasScheme(url) else { return nil }
        let hash = url.firstIndex(of: "#")
        let pathPart = String(url[..<(hash ?? url.endIndex)]).split(separator: "?", maxSplits: 1).first.map(String.init) ?? ""
        guard pathPart.hasSuffix(".md") else { return nil }
        let fragment = hash.map { String(url[$0...]) } ?? ""
        var segments = sourcePath.split(separator: "/").dropLast().map(String.init)
        let decoded = pathPart.contains("%") ? pathPart.removingPercentEncoding ?? pathPart : pathPart
        for part in decoded.split(separator: "/") {
            switch part {
            case ".": continue
            case "..":
                guard !segments.isEmpty else {
                    self = .outside
                    return
                }
                segments.removeLast()
            default: segments.append(String(part))
            }
        }
        self = .page(segments.joined(separator: "/"), fragment: fragment == "#" ? "" : fragment)
    }

    private static func hasScheme(_ url: String) -> Bool {
        guard let colon = url.firstIndex(of: ":") else { return false }
        let scheme = url[..<colon]
        guard let first = scheme.first, first.isASCII, first.isLetter else { return false }
        return scheme.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || "+.-".contains($0)) }
    }
}
