import Foundation
import Yams

/// Reads YAML into typed `Decodable` values, the only way content YAML is
/// read. It refuses what makes YAML dangerous or surprising: files over a
/// size cap, anchors and aliases (a few hundred bytes of "billion laughs"
/// expand into gigabytes), and it reports every problem at its line.
struct YAMLDocument {
    static let maxBytes = 1 << 20

    let path: String
    /// Added to YAML line numbers: front matter starts below the `---` line.
    let lineOffset: Int
    let root: Node

    /// `resolvingTags: false` leaves plain scalars' tags unresolved (each is a
    /// regular-expression match); only `PlainFrontMatter` reads such a tree.
    init(text: String, path: String, lineOffset: Int = 0, resolvingTags: Bool = true) throws(ContentError) {
        self.path = path
        self.lineOffset = lineOffset
        guard text.utf8.count <= YAMLDocument.maxBytes else {
            throw ContentError([.error(path, line: lineOffset + 1, "YAML is larger than \(YAMLDocument.maxBytes / 1024) KiB; refusing to read it")])
        }
        let parser: Parser
        let node: Node?
        do {
            parser = try Parser(yaml: text, resolver: resolvingTags ? .default : .basic, encoding: .utf8)
            node = try parser.singleRoot()
        } catch YamlError.duplicatedKeysInMapping(let duplicates, let context) {
            throw ContentError([YAMLDocument.duplicate(duplicates, firstLine: context.mark.line, in: text, path: path, lineOffset: lineOffset)])
        } catch {
            throw ContentError([YAMLDocument.diagnostic(for: error, path: path, lineOffset: lineOffset)])
        }
        root = node ?? Node.mapping(Node.Mapping([]))
        // The parser owns the anchors its nodes point to; keep it alive while looking.
        try withExtendedLifetime(parser) { () throws(ContentError) in
            if let anchored = YAMLDocument.firstAnchored(root) {
                let line = (anchored.mark?.line ?? 1) + lineOffset
                let column = anchored.mark?.column ?? 1
                throw ContentError([.error(path, line: line, column: column,
                    "YAML anchors and aliases (&name, *name) are not allowed; write the value out in full")])
            }
        }
    }

    /// Decodes the whole document as `T`, mapping decoding failures to the
    /// line of the offending key.
    func decode<T: Decodable>(_ type: T.Type) throws(ContentError) -> T {
        do {
            return try YAMLDecoder().decode(type, from: root)
        } catch let error as DecodingError {
            throw ContentError([diagnostic(for: error)])
        } catch {
            throw ContentError([YAMLDocument.diagnostic(for: error, path: path, lineOffset: lineOffset)])
        }
    }

    /// Keys of the top-level mapping that `known` does not list, as warnings.
    func unknownKeys(known: Set<String>, what: String) -> [Diagnostic] { unknownKeys(known: known, in: root, what: what) }

    /// Keys of `node` (if it is a mapping) that `known` does not list, as warnings.
    func unknownKeys(known: Set<String>, in node: Node?, what: String) -> [Diagnostic] {
        guard case .mapping(let mapping)? = node else { return [] }
        return mapping.keys.compactMap { key in
            guard let name = key.string, !known.contains(name) else { return nil }
            return .warning(path, line: line(of: key), column: key.mark?.column ?? 1,
                            "unknown \(what) key '\(name)' (known keys: \(known.sorted().joined(separator: ", ")))")
        }
    }

    /// The ordered keys of a mapping at `key` of the root, with their lines.
    func orderedKeys(of key: String) -> [(name: String, line: Int, column: Int)] {
        guard case .mapping(let top) = root, case .mapping(let inner)? = top[key] else { return [] }
        return inner.keys.compactMap { k in
            k.string.map { ($0, line(of: k), k.mark?.column ?? 1) }
        }
    }

    func line(of node: Node) -> Int { (node.mark?.line ?? 1) + lineOffset }

    /// The node at a key path of plain keys.
    func node(at keys: [String]) -> Node { node(at: keys.map { PathKey(stringValue: $0) }) }

    /// The mapping value at a key path, or nil when any key is missing.
    func value(at keys: [String]) -> Node? {
        var current = root
        for key in keys {
            guard case .mapping(let m) = current, let next = m[key] else { return nil }
            current = next
        }
        return current
    }

    /// Where the value at a key path (`["portals", "acme", "roles", "1"]`) was
    /// written; the deepest existing node when the path runs out.
    func place(_ keys: String...) -> (line: Int, column: Int) {
        let n = node(at: keys.map { PathKey(stringValue: $0) })
        return (line(of: n), n.mark?.column ?? 1)
    }

    /// A diagnostic placed at a key path.
    func error(_ message: String, at keys: String...) -> Diagnostic {
        let n = node(at: keys.map { PathKey(stringValue: $0) })
        return .error(path, line: line(of: n), column: n.mark?.column ?? 1, message)
    }

    /// The node at a coding path, for the line of a decoding error.
    func node(at codingPath: [any CodingKey]) -> Node {
        var current = root
        for key in codingPath {
            switch current {
            case .mapping(let m):
                guard let next = m[key.stringValue] else { return current }
                current = next
            case .sequence(let s):
                guard let i = key.intValue, s.indices.contains(i) else { return current }
                current = s[i]
            default:
                return current
            }
        }
        return current
    }

    private func diagnostic(for error: DecodingError) -> Diagnostic {
        func place(_ path: [any CodingKey]) -> (Int, Int) {
            let n = node(at: path)
            return (line(of: n), n.mark?.column ?? 1)
        }
        func name(_ path: [any CodingKey]) -> String {
            path.map { $0.intValue.map { "[\($0)]" } ?? $0.stringValue }
                .joined(separator: ".").replacingOccurrences(of: ".[", with: "[")
        }
        switch error {
        case .keyNotFound(let key, let context):
            let (l, c) = place(context.codingPath)
            let inside = context.codingPath.isEmpty ? "" : " in '\(name(context.codingPath))'"
            return .error(path, line: l, column: c, "missing required key '\(key.stringValue)'\(inside)")
        case .typeMismatch(let type, let context), .valueNotFound(let type, let context):
            let (l, c) = place(context.codingPath)
            return .error(path, line: l, column: c, "'\(name(context.codingPath))' should be \(YAMLDocument.describe(type))")
        case .dataCorrupted(let context):
            let (l, c) = place(context.codingPath)
            let key = context.codingPath.isEmpty ? "" : "'\(name(context.codingPath))': "
            return .error(path, line: l, column: c, key + context.debugDescription)
        @unknown default:
            return .error(path, line: lineOffset + 1, "\(error)")
        }
    }

    private static func describe(_ type: Any.Type) -> String {
        let name = String(describing: type)
        if name.hasPrefix("Array") { return "a list" }
        if name.hasPrefix("Dictionary") { return "a mapping of keys to values" }
        switch name {
        case "String": return "text"
        case "Int": return "a whole number"
        case "Bool": return "true or false"
        case "Decimal": return "a number"
        default: return "a \(name)"
        }
    }

    static func diagnostic(for error: any Error, path: String, lineOffset: Int) -> Diagnostic {
        guard let yaml = error as? YamlError else {
            if let content = error as? ContentError, let first = content.diagnostics.first { return first }
            return .error(path, line: lineOffset + 1, "cannot read YAML: \(error)")
        }
        switch yaml {
        case .scanner(let context, let problem, let mark, _),
             .parser(let context, let problem, let mark, _),
             .composer(let context, let problem, let mark, _):
            let detail = context.map { "\(problem) (\($0.text))" } ?? problem
            return .error(path, line: mark.line + lineOffset, column: mark.column, "invalid YAML: \(detail)")
        case .duplicatedKeysInMapping(let duplicates, let context):
            return .error(path, line: context.mark.line + lineOffset, column: context.mark.column,
                          "duplicate key \(duplicates.map { "'\($0)'" }.joined(separator: ", ")): each key may appear once")
        default:
            return .error(path, line: lineOffset + 1, "invalid YAML: \(yaml)")
        }
    }

    /// Yams points at the first of two equal keys; the author needs the second.
    private static func duplicate(_ keys: [String], firstLine: Int, in text: String, path: String, lineOffset: Int) -> Diagnostic {
        let key = keys.first ?? ""
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        let hits = lines.indices.filter { i in
            let trimmed = lines[i].drop { $0 == " " }
            return trimmed.hasPrefix(key + ":") || trimmed.hasPrefix("\"\(key)\":") || trimmed.hasPrefix("'\(key)':")
        }
        let first = hits.first.map { $0 + 1 } ?? firstLine
        let second = hits.dropFirst().first.map { $0 + 1 } ?? first
        let column = second <= lines.count ? lines[second - 1].prefix { $0 == " " }.count + 1 : 1
        return .error(path, line: second + lineOffset, column: column,
                      "duplicate key '\(key)' (first on line \(first + lineOffset)): each key may appear once")
    }

    private struct PathKey: CodingKey {
        let stringValue: String
        var intValue: Int? { Int(stringValue) }
        init(stringValue: String) { self.stringValue = stringValue }
        init?(intValue: Int) { stringValue = String(intValue) }
    }

    private static func firstAnchored(_ node: Node) -> Node? {
        if node.anchor != nil { return node }
        switch node {
        case .mapping(let m):
            for (k, v) in m {
                if let found = firstAnchored(k) ?? firstAnchored(v) { return found }
            }
        case .sequence(let s):
            for item in s {
                if let found = firstAnchored(item) { return found }
            }
        case .alias:
            return node
        case .scalar:
            break
        }
        return nil
    }
}
