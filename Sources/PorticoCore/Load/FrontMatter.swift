/// Splits a Markdown file into its YAML front matter and body.
struct FrontMatter {
    let yaml: String
    /// Line of the first YAML line (the one after the opening `---`).
    let yamlFirstLine: Int
    let body: String
    let bodyFirstLine: Int

    /// nil when the file does not start with a `---` line.
    init?(splitting text: String) {
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        if let first = lines.first, first.hasPrefix("\u{FEFF}") { lines[0] = first.dropFirst() }
        guard let first = lines.first, first.trimmingTrailingSpace() == "---" else { return nil }
        guard let close = lines.indices.dropFirst().first(where: {
            let l = lines[$0].trimmingTrailingSpace()
            return l == "---" || l == "..."
        }) else { return nil }
        yaml = lines[1..<close].joined(separator: "\n")
        yamlFirstLine = 2
        body = lines[(close + 1)...].joined(separator: "\n")
        bodyFirstLine = close + 2
    }
}

extension Substring {
    func trimmingTrailingSpace() -> Substring {
        var s = self
        while let l = s.last, l == " " || l == "\t" || l == "\r" { s.removeLast() }
        return s
    }
}
