/// Escaping for text placed in HTML: by our own code, and for template
/// values (`Theme` has Mustache use it in place of its own, slower one).
enum HTML {
    /// `&`, `<`, `>`, `"` and `'` as entities, exactly as Mustache escapes
    /// them. Text without them (most) is returned as it is, without copying.
    static func escape(_ text: String) -> String {
        let utf8 = text.utf8
        let needs = utf8.withContiguousStorageIfAvailable { bytes in bytes.contains(where: isSpecial) }
            ?? utf8.contains(where: isSpecial)
        guard needs else { return text }
        var out: [UInt8] = []
        out.reserveCapacity(utf8.count + 16)
        for byte in utf8 {
            switch byte {
            case UInt8(ascii: "&"): out += "&amp;".utf8
            case UInt8(ascii: "<"): out += "&lt;".utf8
            case UInt8(ascii: ">"): out += "&gt;".utf8
            case UInt8(ascii: "\""): out += "&quot;".utf8
            case UInt8(ascii: "'"): out += "&#39;".utf8
            default: out.append(byte)
            }
        }
        return String(decoding: out, as: UTF8.self)
    }

    private static func isSpecial(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: "&") || byte == UInt8(ascii: "<") || byte == UInt8(ascii: ">")
            || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "'")
    }
}

/// Relative links between pages of one portal, so a portal works under any
/// URL prefix and from `file://`. Folder URLs point at their `index.html`
/// because browsers open a folder, not its index, from disk.
public enum RelativeURL {
    /// `from` and `to` are folder URLs relative to the portal root (`articles/x/`, "" for the root)
    /// or file paths (`search.json`).
    public static func path(from pageURL: String, to target: String) -> String {
        let file = target.isEmpty || target.hasSuffix("/") ? target + "index.html" : target
        return root(from: pageURL) + file
    }

    /// `../../` for a page at `articles/x/`; "" at the root, and for a file
    /// there (`404.html`), which sits in the root folder.
    public static func root(from pageURL: String) -> String {
        let folders = pageURL.split(separator: "/").count - (pageURL.isEmpty || pageURL.hasSuffix("/") ? 0 : 1)
        return String(repeating: "../", count: folders)
    }
}
