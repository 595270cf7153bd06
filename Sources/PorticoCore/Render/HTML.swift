/// Escaping for text placed in HTML by our own code (Mustache escapes
/// template values itself).
enum HTML {
    static func escape(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for ch in text.unicodeScalars {
            switch ch {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            default: out.unicodeScalars.append(ch)
            }
        }
        return out
    }
}

/// Relative links between pages of one portal, so a portal works under any
/// URL prefix and from `file://`. Folder URLs point at their `index.html`
/// because browsers open a folder, not its index, from disk.
public enum RelativeURL {
    /// `from` and `to` are folder URLs relative to the portal root (`articles/x/`, "" for the root)
    /// or file paths (`search.json`).
    public static func path(from pageURL: String, to target: String) -> String {
        let depth = pageURL.split(separator: "/").count
        let up = String(repeating: "../", count: depth)
        let file = target.isEmpty || target.hasSuffix("/") ? target + "index.html" : target
        return up + file
    }

    /// `../../` for a page at `articles/x/`; "" at the root.
    public static func root(from pageURL: String) -> String {
        String(repeating: "../", count: pageURL.split(separator: "/").count)
    }
}
