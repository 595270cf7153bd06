/// A file of a portal, ready to write.
public struct RenderedFile: Sendable {
    /// Relative to the portal root.
    public let path: String
    public let bytes: [UInt8]

    public init(path: String, bytes: [UInt8]) {
        self.path = path
        self.bytes = bytes
    }

    public init(path: String, text: String) {
        self.init(path: path, bytes: Array(text.utf8))
    }
}

/// A link that a portal rendered as plain text because it does not receive the target.
public struct DroppedLink: Hashable, Sendable {
    public let portal: PortalID
    public let source: String
    public let line: Int
    public let column: Int
    public let target: String
}
