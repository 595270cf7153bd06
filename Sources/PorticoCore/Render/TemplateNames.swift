/// The context names a Mustache template can read, found by scanning its
/// text: what lets a rendering be shared between portals when the template
/// reads nothing that differs between them (`PageRenderer.shared`).
///
/// Conservative by design: anything it cannot follow (partials, parents,
/// blocks, changed delimiters, `{{.}}` outside a section) answers nil,
/// meaning "could read anything".
enum TemplateNames {
    static func referenced(in text: String) -> Set<String>? {
        var names: Set<String> = []
        var depth = 0
        var rest = Substring(text)
        while let open = rest.range(of: "{{") {
            let triple = rest[open.upperBound...].hasPrefix("{")
            let closer = triple ? "}}}" : "}}"
            guard let close = rest[open.upperBound...].range(of: closer) else { return nil }
            var tag = rest[open.upperBound..<close.lowerBound].drop { $0 == " " }
            rest = rest[close.upperBound...]
            if triple { tag = tag.dropFirst() }
            guard let sigil = tag.first else { continue }
            switch sigil {
            case "!", "%":
                continue
            case "=", ">", "<", "$":
                return nil
            case "#", "^":
                depth += 1
                tag = tag.dropFirst()
            case "/":
                depth -= 1
                tag = tag.dropFirst()
            case "&":
                tag = tag.dropFirst()
            default:
                break
            }
            // `uppercased(title)` reads `title`; `customer.name` reads `customer`.
            var name = tag.trimmingCharacters(" ")
            while let paren = name.lastIndex(of: "(") {
                name = name[name.index(after: paren)...].prefix { $0 != ")" }
            }
            if name == "." {
                if depth == 0 { return nil }
                continue
            }
            if let first = name.split(separator: ".").first { names.insert(String(first)) }
        }
        return names
    }
}
