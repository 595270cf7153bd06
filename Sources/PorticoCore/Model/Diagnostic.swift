/// A problem found in the content, with the place an author must look.
public struct Diagnostic: Hashable, Sendable, Codable, CustomStringConvertible {
    public enum Severity: String, Sendable, Comparable, Codable {
        /// Worth knowing, never a failure, even with --strict.
        case note, warning, error
        private var rank: Int { self == .note ? 0 : self == .warning ? 1 : 2 }
        public static func < (a: Self, b: Self) -> Bool { a.rank < b.rank }
    }

    public var severity: Severity
    public var path: String
    public var line: Int
    public var column: Int
    public var message: String

    public init(_ severity: Severity, _ path: String, line: Int = 1, column: Int = 1, _ message: String) {
        self.severity = severity
        self.path = path
        self.line = max(line, 1)
        self.column = max(column, 1)
        self.message = message
    }

    public static func error(_ path: String, line: Int = 1, column: Int = 1, _ message: String) -> Diagnostic {
        Diagnostic(.error, path, line: line, column: column, message)
    }

    public static func warning(_ path: String, line: Int = 1, column: Int = 1, _ message: String) -> Diagnostic {
        Diagnostic(.warning, path, line: line, column: column, message)
    }

    public static func note(_ path: String, line: Int = 1, column: Int = 1, _ message: String) -> Diagnostic {
        Diagnostic(.note, path, line: line, column: column, message)
    }

    /// Compiler style, so editors jump to it: `path:line:col: error: message`.
    public var description: String { "\(path):\(line):\(column): \(severity.rawValue): \(message)" }
}

extension [Diagnostic] {
    public var hasErrors: Bool { contains { $0.severity == .error } }
    public var errors: [Diagnostic] { filter { $0.severity == .error } }
    public var warnings: [Diagnostic] { filter { $0.severity == .warning } }
    public var notes: [Diagnostic] { filter { $0.severity == .note } }

    /// Stable order for output: by file, then place.
    public func sortedByPlace() -> [Diagnostic] {
        sorted { ($0.path, $0.line, $0.column, $0.message) < ($1.path, $1.line, $1.column, $1.message) }
    }
}

/// Thrown when content has errors; carries every diagnostic found, warnings too.
public struct ContentError: Error, Sendable, CustomStringConvertible {
    public let diagnostics: [Diagnostic]
    public init(_ diagnostics: [Diagnostic]) { self.diagnostics = diagnostics }
    public var description: String { diagnostics.map(\.description).joined(separator: "\n") }
}
