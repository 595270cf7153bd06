import Foundation

/// A Markdown file with YAML front matter, read and split once.
struct MarkdownFile {
    let path: String
    let displayPath: String
    let yaml: String
    let yamlLineOffset: Int
    let source: MarkdownSource

    /// `what` names the kind of file in the error: "an article", "a document".
    init(_ path: String, in directory: ContentDirectory, what: String) throws(ContentError) {
        self.path = path
        displayPath = directory.display(path)
        guard let split = FrontMatter(splitting: try directory.read(path)) else {
            throw ContentError([.error(displayPath, "\(what) starts with YAML front matter between '---' lines, with at least a title")])
        }
        directory.reads?.note("front/" + path, Data(split.yaml.utf8))
        directory.reads?.note("body/" + path, Data(split.body.utf8))
        yaml = split.yaml
        yamlLineOffset = split.yamlFirstLine - 1
        source = MarkdownSource(path: path, displayPath: displayPath, body: split.body, firstLine: split.bodyFirstLine)
    }

    /// The front matter, with YAML's usual tag resolution.
    func frontMatter() throws(ContentError) -> YAMLDocument {
        try YAMLDocument(text: yaml, path: displayPath, lineOffset: yamlLineOffset)
    }

    /// The front matter with no implicit tags resolved (every plain scalar
    /// left as written), for `PlainFrontMatter`; nil if that reading fails.
    func untaggedFrontMatter() -> YAMLDocument? {
        try? YAMLDocument(text: yaml, path: displayPath, lineOffset: yamlLineOffset, resolvingTags: false)
    }
}
