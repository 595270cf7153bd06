import Synchronization

/// The Markdown body of a page, with where it came from, so diagnostics
/// found while rendering point into the original file.
///
/// The body's text is needed once, by the parse; a build lets go of it
/// right after (`releaseBody()`), so it never holds every article's source
/// and its parsed form at the same time. Copies of a source share one text.
/// A source from the article cache holds no text until a parse asks for it
/// (`deferred`): an incremental publish never reads the bodies it does not parse.
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
        text = Text(.loaded(body))
    }

    /// A body read by `read` when first asked for, not before.
    init(path: String, displayPath: String, firstLine: Int, deferred read: @escaping @Sendable () throws(ContentError) -> String) {
        self.path = path
        self.displayPath = displayPath
        self.firstLine = firstLine
        text = Text(.deferred(read))
    }

    /// The Markdown text, read now if it was deferred (and kept for the
    /// other copies). Reading it after `releaseBody()` is a bug and stops the program.
    public func body() throws(ContentError) -> String {
        let state = text.state.withLock { $0 }
        switch state {
        case .loaded(let body):
            return body
        case .deferred(let read):
            let body = try read()
            text.state.withLock { $0 = .loaded(body) }
            return body
        case .released:
            preconditionFailure("\(path): the body was read after the parse released it")
        }
    }

    /// Frees the text for every copy of this source: called by the one parse that needs it.
    func releaseBody() {
        text.state.withLock { $0 = .released }
    }

    var bodyIsReleased: Bool {
        text.state.withLock { if case .released = $0 { true } else { false } }
    }

    var bodyIsDeferred: Bool {
        text.state.withLock { if case .deferred = $0 { true } else { false } }
    }

    /// Equal place and equal text; two sources whose text is released or
    /// not read yet compare by place alone.
    public static func == (a: MarkdownSource, b: MarkdownSource) -> Bool {
        guard a.path == b.path && a.displayPath == b.displayPath && a.firstLine == b.firstLine else { return false }
        guard a.text !== b.text else { return true }
        let (x, y) = (a.text.state.withLock { $0 }, b.text.state.withLock { $0 })
        if case .loaded(let one) = x, case .loaded(let other) = y { return one == other }
        if case .loaded = x { return false }
        if case .loaded = y { return false }
        return true
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(path)
        hasher.combine(displayPath)
        hasher.combine(firstLine)
    }

    private enum State: Sendable {
        case loaded(String)
        case deferred(@Sendable () throws(ContentError) -> String)
        case released
    }

    private final class Text: Sendable {
        let state: Mutex<State>
        init(_ state: State) { self.state = Mutex(state) }
    }
}
