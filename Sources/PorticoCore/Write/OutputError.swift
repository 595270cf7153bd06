/// A failure to read or write the output folder (exit code 3), as opposed
/// to a problem in the content (exit code 1).
public struct OutputError: Error, Sendable, CustomStringConvertible {
    public let path: String
    public let message: String

    public init(_ path: String, _ message: String) {
        self.path = path
        self.message = message
    }

    public var description: String { "\(path): error: \(message)" }
}
