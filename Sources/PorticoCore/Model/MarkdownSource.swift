import Synchronization

/// The Markdown body of a page, with where it came from, so diagnostics
/// found while rendering point into the original file.
///
/// The body's text is needed once, by the parse; a build lets go of it
/// right after (`releaseBody()`), so it never holds every article's source
/// and its parsed form at the same time. Copies of a source share one text.
public struct MarkdownSource: Hashable, Sendable {
    /// Relative to the content folder: `articles/policies/late-fees.md`.
    public let path: String
    /// As shown in diagnostics: `content/articles/policies/late-fees.md`.
    public let displayPath: String
    /// 1-based line of the file on which the body starts.
    public let firstLine: Int
    private let text: Text

    public init(path: String, displayPath: String, body: String, firstLine: Int) {
        self.path = path
        self.displayPath = displayPath
        self.firstLine = firstLine
        text = Text(body)
    }

    /// The Markdown text. Reading it after `releaseBody()` is a bug and stops the program.
    public var body: String {
        guard let body = text.value.withLock({ $0 }) else {
            preconditionFailure("\(path): the body was read after the parse released it")
        }
        return body
    }

    /// Frees the text for every copy of this source: called by the one parse that needs it.
    func releaseBody() {
        text.value.withLock { $0 = nil }
    }

    var bodyIsReleased: Bool { text.value.withLock { $0 == nil } }

    /// Equal place and equal text; two released sources compare by place alone.
    public static func == (a: MarkdownSource, b: MarkdownSource) -> Bool {
        a.path == b.path && a.displayPath == b.displayPath && a.firstLine == b.firstLine
            && (a.text === b.text || a.text.value.withLock { $0 } == b.text.value.withLock { $0 })
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(path)
        hasher.combine(displayPath)
        hasher.combine(firstLine)
    }

    private final class Text: Sendable {
        let value: Mutex<String?>
        init(_ body: String) { value = Mutex(body) }
    }
}
