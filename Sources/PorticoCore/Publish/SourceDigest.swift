import Crypto
import Foundation

/// Digests of everything a version is built from, derived from what the
/// loader read (`Site.sourceDigests`) and the theme, without reading again.
///
/// - `source`: every content file read, every theme file as the build saw it,
///   and the options that change output. Equal means publish would make the same version.
/// - `shell`: the same without article bodies (front matter included), so an
///   equal shell means only bodies changed (see `articlesChanged`).
/// - `bodies`: each article body, by content path.
struct SourceDigest: Codable, Equatable {
    let source: String
    let shell: String
    let bodies: [String: String]

    /// From the digests the loader noted while reading (`Site.sourceDigests`):
    /// nothing is read from disk again.
    static func compute(site: Site, theme: Theme, options: BuildOptions) -> SourceDigest {
        // What each digest covers, laid out in a buffer and hashed at once:
        // tens of thousands of small updates cost more than the hashing.
        var source: [UInt8] = [], shell: [UInt8] = []
        source.reserveCapacity(site.sourceDigests.count * 100)
        shell.reserveCapacity(site.sourceDigests.count * 100)
        func add(_ label: String, _ bytes: some Collection<UInt8>, shellToo: Bool = true) {
            func append(to out: inout [UInt8]) {
                out += label.utf8
                out.append(0)
                out += String(bytes.count).utf8
                out.append(0)
                out += bytes
            }
            append(to: &source)
            if shellToo { append(to: &shell) }
        }
        // Raised whenever the same sources render differently (3: search
        // indexes hold words), so the first publish after an upgrade is a new version.
        add("format", "portico-source-3".utf8)
        var bodies: [String: String] = [:]
        for (key, digest) in site.sourceDigests.sorted(by: { $0.key < $1.key }) {
            let kind = key.prefix { $0 != "/" }
            let path = key.dropFirst(kind.count + 1)
            let isArticle = path.hasPrefix("articles/") && path.hasSuffix(".md")
            if kind == "file" {
                // An article file counts in the shell through its front matter alone.
                add(key, digest.utf8, shellToo: !isArticle)
            } else if kind == "front", isArticle {
                shell += key.utf8
                shell.append(0)
                shell += digest.utf8
            } else if kind == "body", isArticle {
                bodies[String(path)] = digest
            }
        }
        for (path, bytes) in theme.files.sorted(by: { $0.key < $1.key }) { add("theme/" + path, bytes) }
        add("as-of", options.asOf.description.utf8)
        add("portals", options.portals.sorted().joined(separator: ",").utf8)
        add("unsafe", (site.config.unsafeMarkdown ? "1" : "0").utf8)
        return SourceDigest(source: SHA256Digest.hex(source), shell: SHA256Digest.hex(shell), bodies: bodies)
    }
}

extension SourceDigest {
    /// The articles whose bodies changed since `earlier`, when nothing else
    /// did; nil when anything in the shell changed and every page may differ.
    /// The rule `serve` and `publish` both follow: an article page depends on
    /// its own body and the shell, every other page on the shell alone, and
    /// the search index on every body.
    func articlesChanged(since earlier: SourceDigest, in site: Site) -> [Article]? {
        guard shell == earlier.shell else { return nil }
        return site.articles.filter { bodies[$0.path] != earlier.bodies[$0.path] }
    }
}
