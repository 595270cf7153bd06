import Yams

/// A fast reading of the usual front matter: a mapping of plain keys to text,
/// lists of text and `true`/`false`, from a tree parsed without resolving
/// tags (`MarkdownFile.untaggedFrontMatter`). Yams resolves every scalar's
/// tag with regular expressions, which made YAML most of the time spent
/// loading a large site. Anything unusual (a null, an explicit tag, a
/// mapping where text belongs, a missing title) returns nil, and the caller
/// falls back to `YAMLDocument.decode`, which gives the same values and the
/// precise errors.
enum PlainFrontMatter {
    static func article(_ root: Node) -> ArticleFrontMatterFile? {
        guard let fields = mapping(root, known: ArticleFrontMatterFile.keys), let titleNode = fields["title"],
              let title = text(titleNode) else { return nil }
        var article = ArticleFrontMatterFile(title: title)
        for (key, node) in fields {
            switch key {
            case "summary": guard let v = text(node) else { return nil }; article.summary = v
            case "version": guard let v = text(node) else { return nil }; article.version = v
            case "effective": guard let v = text(node) else { return nil }; article.effective = v
            case "slug": guard let v = text(node) else { return nil }; article.slug = v
            case "audience": guard let v = texts(node) else { return nil }; article.audience = v
            case "tags": guard let v = texts(node) else { return nil }; article.tags = v
            case "draft": guard let v = bool(node) else { return nil }; article.draft = v
            default: break
            }
        }
        return article
    }

    /// The known keys' values, or nil when a key is not plain text.
    private static func mapping(_ root: Node, known: Set<String>) -> [String: Node]? {
        guard case .mapping(let mapping) = root else { return nil }
        var fields: [String: Node] = [:]
        for (key, value) in mapping {
            guard case .scalar(let scalar) = key, isText(scalar) else { return nil }
            if known.contains(scalar.string) { fields[scalar.string] = value }
        }
        return fields
    }

    private static let strTag = Tag.Name.str.rawValue
    private static let nulls: Set<String> = ["", "~", "null", "Null", "NULL"]
    /// YAML 1.1's booleans, as Yams resolves them.
    private static let booleans: [String: Bool] = [
        "true": true, "True": true, "TRUE": true, "yes": true, "Yes": true, "YES": true, "on": true, "On": true, "ON": true,
        "false": false, "False": false, "FALSE": false, "no": false, "No": false, "NO": false, "off": false, "Off": false, "OFF": false,
    ]

    /// Quoted text, or a plain scalar that is not a null.
    private static func isText(_ scalar: Node.Scalar) -> Bool {
        let tag = scalar.tag.rawValue
        if tag == strTag { return true }
        return tag.isEmpty && scalar.style == .plain && !nulls.contains(scalar.string)
    }

    private static func text(_ node: Node) -> String? {
        guard case .scalar(let scalar) = node, isText(scalar) else { return nil }
        return scalar.string
    }

    private static func texts(_ node: Node) -> [String]? {
        guard case .sequence(let sequence) = node else { return nil }
        var out: [String] = []
        out.reserveCapacity(sequence.count)
        for item in sequence {
            guard let value = text(item) else { return nil }
            out.append(value)
        }
        return out
    }

    private static func bool(_ node: Node) -> Bool? {
        guard case .scalar(let scalar) = node, scalar.tag.rawValue.isEmpty, scalar.style == .plain else { return nil }
        return booleans[scalar.string]
    }
}
