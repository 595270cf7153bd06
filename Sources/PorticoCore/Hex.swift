/// Lowercase hexadecimal digits, for SHA-256 digests and JSON `\u00XX` escapes.
enum Hex {
    static let digits = Array("0123456789abcdef".utf8)
}
