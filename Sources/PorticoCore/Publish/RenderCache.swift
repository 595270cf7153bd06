import Foundation

/// `public/.render-cache`: what the next publish needs to know of the
/// version it names without reading the version back: its digests, to tell
/// whether only article bodies changed; the warnings its bodies gave, so
/// bodies not parsed again still report them; and each body's search words
/// as its indexes hold them, so the indexes can be written again without
/// parsing the bodies. Trusted only when it names the previous version;
/// anything else (or a damaged file) means a full render.
struct RenderCache {
    let n: Int
    let digest: SourceDigest
    var bodyWarnings: [Diagnostic]
    /// By content path.
    var searchWords: [String: String]

    static func path(_ store: VersionStore) -> String { store.root + "/.render-cache" }

    static func read(_ store: VersionStore) -> RenderCache? {
        CacheFile.read(path(store)).flatMap(RenderCache.init(decoding:))
    }

    func write(_ store: VersionStore) {
        CacheFile.write(encoded(), to: Self.path(store))
        // Kept by earlier releases, in JSON, without search words.
        unlink(store.root + "/.render-cache.json")
    }

    private static let magic = Array("portico-render-cache-1\n".utf8)

    func encoded() -> [UInt8] {
        var out = BinaryWriter()
        out.bytes += Self.magic
        out.int(n)
        out.string(digest.source)
        out.string(digest.shell)
        out.stringMap(digest.bodies)
        out.diagnostics(bodyWarnings)
        out.stringMap(searchWords)
        return out.bytes
    }

    init(n: Int, digest: SourceDigest, bodyWarnings: [Diagnostic], searchWords: [String: String]) {
        self.n = n
        self.digest = digest
        self.bodyWarnings = bodyWarnings
        self.searchWords = searchWords
    }

    init?(decoding bytes: [UInt8]) {
        guard bytes.starts(with: Self.magic) else { return nil }
        var r = BinaryReader(bytes: bytes, offset: Self.magic.count)
        guard let n = r.int(), let source = r.string(), let shell = r.string(), let bodies = r.stringMap(),
              let warnings = r.diagnostics(), let words = r.stringMap(), r.isAtEnd else { return nil }
        self.init(n: n, digest: SourceDigest(source: source, shell: shell, bodies: bodies), bodyWarnings: warnings, searchWords: words)
    }
}
