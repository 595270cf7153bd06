/// A path pattern from the manifest: `*` matches within one path segment,
/// `**` across segments, `?` one character. Matching is on content-relative
/// paths such as `articles/enterprise/sla.md`.
public struct Glob: Hashable, Sendable, CustomStringConvertible {
    public let pattern: String
    /// Where the pattern was written, for "matches nothing" diagnostics.
    public let line: Int
    /// The pattern's UTF-8, made once: a glob is matched against every article.
    private let bytes: [UInt8]

    public init(_ pattern: String, line: Int = 1) {
        self.pattern = pattern
        self.line = line
        bytes = Array(pattern.utf8)
    }

    public var description: String { pattern }

    public func matches(_ path: String) -> Bool {
        var path = path
        return path.withUTF8 { s in bytes.withUnsafeBufferPointer { p in Glob.match(p[...], s[...]) } }
    }

    private typealias Bytes = Slice<UnsafeBufferPointer<UInt8>>

    private static func match(_ p: Bytes, _ s: Bytes) -> Bool {
        guard let c = p.first else { return s.isEmpty }
        let slash = UInt8(ascii: "/")
        switch c {
        case UInt8(ascii: "*"):
            let rest = p.dropFirst()
            if rest.first == UInt8(ascii: "*") {
                let afterStars = rest.dropFirst()
                // `**/` also matches zero segments: `a/**/b` matches `a/b`.
                if afterStars.first == slash, match(afterStars.dropFirst(), s) { return true }
                var tail = s
                while true {
                    if match(afterStars, tail) { return true }
                    guard !tail.isEmpty else { return false }
                    tail = tail.dropFirst()
                }
            }
            var tail = s
            while true {
                if match(rest, tail) { return true }
                guard let first = tail.first, first != slash else { return false }
                tail = tail.dropFirst()
            }
        case UInt8(ascii: "?"):
            guard let first = s.first, first != slash else { return false }
            return match(p.dropFirst(), s.dropFirst())
        default:
            guard s.first == c else { return false }
            return match(p.dropFirst(), s.dropFirst())
        }
    }
}
