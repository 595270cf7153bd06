/// An identifier that ends up in output paths. Validated once, at load,
/// against `[a-z0-9][a-z0-9-]*`, so a raw string from content never reaches
/// the file system. `Kind` keeps portal and customer ids apart.
public struct SlugID<Kind>: Hashable, Comparable, Sendable, CustomStringConvertible {
    public let rawValue: String
    public init?(_ raw: String) {
        guard Slug.isValid(raw) else { return nil }
        rawValue = raw
    }
    public var description: String { rawValue }
    public static func < (a: Self, b: Self) -> Bool { a.rawValue < b.rawValue }
}

public enum PortalKind {}
public enum CustomerKind {}
public typealias PortalID = SlugID<PortalKind>
public typealias CustomerID = SlugID<CustomerKind>

/// A role name as written in the manifest. Roles are only names; what they
/// grant lives in `Role`.
public struct RoleName: Hashable, Comparable, Sendable, CustomStringConvertible {
    public let rawValue: String
    public init(_ raw: String) { rawValue = raw }
    public var description: String { rawValue }
    public static func < (a: Self, b: Self) -> Bool { a.rawValue < b.rawValue }
}

/// The rule for ids and slugs: `[a-z0-9][a-z0-9-]*`.
public enum Slug {
    public static func isValid(_ s: String) -> Bool {
        guard let first = s.utf8.first, isLowerAlnum(first) else { return false }
        return s.utf8.allSatisfy { isLowerAlnum($0) || $0 == UInt8(ascii: "-") }
    }

    private static func isLowerAlnum(_ c: UInt8) -> Bool {
        (c >= UInt8(ascii: "a") && c <= UInt8(ascii: "z")) || (c >= UInt8(ascii: "0") && c <= UInt8(ascii: "9"))
    }

    /// A heading's anchor: lowercase, spaces to hyphens, punctuation dropped
    /// (the GitHub convention authors already know).
    public static func anchor(for text: String) -> String {
        asciiAnchor(text) ?? unicodeAnchor(text)
    }

    /// The same for plain ASCII, the usual heading, without Unicode
    /// properties; nil for any other text.
    static func asciiAnchor(_ text: String) -> String? {
        text.utf8.withContiguousStorageIfAvailable { bytes -> String? in
            guard !bytes.contains(where: { $0 >= 0x80 }) else { return nil }
            var out: [UInt8] = []
            out.reserveCapacity(bytes.count)
            for byte in bytes {
                switch byte {
                case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "-"), UInt8(ascii: "_"):
                    out.append(byte)
                case UInt8(ascii: "A")...UInt8(ascii: "Z"): out.append(byte | 0x20)
                case UInt8(ascii: " "): out.append(UInt8(ascii: "-"))
                default: break
                }
            }
            return String(decoding: out, as: UTF8.self)
        } ?? nil
    }

    static func unicodeAnchor(_ text: String) -> String {
        var out = ""
        for ch in text.lowercased() {
            if ch.isLetter || ch.isNumber || ch == "-" || ch == "_" {
                out.append(ch)
            } else if ch == " " {
                out.append("-")
            }
        }
        return out
    }
}
