/// The Markdown body of a page, with where it came from, so diagnostics
/// found while rendering point into the original file.
public struct MarkdownSource: Hashable, Sendable {
    /// Relative to the content folder: `articles/policies/late-fees.md`.
    public let path: String
    /// As shown in diagnostics: `content/articles/policies/late-fees.md`.
    public let displayPath: String
    public let body: String
    /// 1-based line of the file on which the body starts.
    public let firstLine: Int

    public init(path: String, displayPath: String, body: String, firstLine: Int) {
        self.path = path
        self.displayPath = displayPath
        self.body = body
        self.firstLine = firstLine
    }
}
