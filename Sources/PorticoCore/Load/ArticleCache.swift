import Foundation

/// `public/.article-cache`: each article as the last publish loaded it (its
/// file's stamp, digests, front matter and warnings), so the next publish
/// reads and decodes only the articles whose files changed.
///
/// Trusted as a whole only for the same program, content folder and
/// manifest roles (`context`), and entry by entry only for an unchanged
/// `FileStamp`. An entry is kept only for a file that had settled when it
/// was read (`settled`). A missing, damaged or foreign cache means every
/// article is read, as without one.
struct ArticleCache: Sendable, Equatable {
    struct Entry: Equatable, Sendable {
        var stamp: FileStamp
        var fileDigest: String
        var frontDigest: String
        var bodyDigest: String
        var bodyFirstLine: Int
        var url: String
        var title: String
        var summary: String?
        var audience: [String]
        var tags: [String]
        var version: String?
        var effective: String?
        var draft: Bool
        /// What loading the file warned about: reported again on every use.
        var warnings: [Diagnostic]
    }

    let context: String
    var entries: [String: Entry]

    /// How long a file must have been left alone before its stamp is kept:
    /// a write in the same clock tick as the read (file systems keep time in
    /// ticks of a few milliseconds, some in seconds) leaves the stamp as it was.
    static let settleTime: Int64 = 2_000_000_000

    static func settled(_ stamp: FileStamp, readingStartedAt start: Int64, settleTime: Int64 = settleTime) -> Bool {
        stamp.latest < start - settleTime
    }

    /// What the entries depend on besides the file: this very program (any
    /// other build of it may decode front matter differently), where the
    /// content is, and the roles an `audience` may name. nil when the
    /// program file cannot be told apart, and then no cache is used.
    static func context(contentPath: String, roles: Set<RoleName>) -> String? {
        guard let program = FileStamp(path: "/proc/self/exe") else { return nil }
        return ["portico-article-cache-1",
                program.numbers.map(String.init).joined(separator: ":"),
                contentPath, roles.sorted().map(\.rawValue).joined(separator: ",")].joined(separator: "\n")
    }

    static func path(publicPath: String) -> String { publicPath + "/.article-cache" }

    static func read(from path: String) -> ArticleCache? {
        CacheFile.read(path).flatMap(ArticleCache.init(decoding:))
    }

    func write(to path: String) {
        CacheFile.write(encoded(), to: path)
    }
}

// MARK: - The file (`BinaryWriter`)

extension ArticleCache {
    private static let magic = Array("portico-article-cache\n".utf8)

    func encoded() -> [UInt8] {
        var out = BinaryWriter()
        out.bytes += Self.magic
        out.string(context)
        out.int(entries.count)
        for (path, e) in entries.sorted(by: { $0.key < $1.key }) {
            out.string(path)
            for n in e.stamp.numbers { out.int(Int(n)) }
            out.string(e.fileDigest)
            out.string(e.frontDigest)
            out.string(e.bodyDigest)
            out.int(e.bodyFirstLine)
            out.string(e.url)
            out.string(e.title)
            out.optional(e.summary)
            out.strings(e.audience)
            out.strings(e.tags)
            out.optional(e.version)
            out.optional(e.effective)
            out.int(e.draft ? 1 : 0)
            out.diagnostics(e.warnings)
        }
        return out.bytes
    }

    /// nil for anything but a whole, well-formed cache.
    init?(decoding bytes: [UInt8]) {
        guard bytes.starts(with: Self.magic) else { return nil }
        var r = BinaryReader(bytes: bytes, offset: Self.magic.count)
        guard let context = r.string(), let count = r.int(), count >= 0 else { return nil }
        var entries: [String: Entry] = [:]
        entries.reserveCapacity(count)
        for _ in 0..<count {
            guard let path = r.string(),
                  let stamp = FileStamp(numbers: (0..<5).compactMap { _ in r.int().map(Int64.init) }),
                  let fileDigest = r.string(), let frontDigest = r.string(), let bodyDigest = r.string(),
                  let bodyFirstLine = r.int(), let url = r.string(), let title = r.string(), let summary = r.optional(),
                  let audience = r.strings(), let tags = r.strings(), let version = r.optional(), let effective = r.optional(),
                  let draft = r.int(), let warnings = r.diagnostics() else { return nil }
            entries[path] = Entry(stamp: stamp, fileDigest: fileDigest, frontDigest: frontDigest, bodyDigest: bodyDigest,
                                  bodyFirstLine: bodyFirstLine, url: url, title: title, summary: summary,
                                  audience: audience, tags: tags, version: version, effective: effective,
                                  draft: draft != 0, warnings: warnings)
        }
        guard r.isAtEnd else { return nil }
        self.context = context
        self.entries = entries
    }
}
