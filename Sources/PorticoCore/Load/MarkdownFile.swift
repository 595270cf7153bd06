import Foundation

/// A Markdown file with YAML front matter, read and split once.
struct MarkdownFile {
    let path: String
    let displayPath: String
    let frontMatter: YAMLDocument
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
        frontMatter = try YAMLDocument(text: split.yaml, path: displayPath, lineOffset: split.yamlFirstLine - 1)
        source = MarkdownSource(path: path, displayPath: displayPath, body: split.body, firstLine: split.bodyFirstLine)
    }
}
