/// Splits a Markdown file into its YAML front matter and body.
struct FrontMatter {
    let yaml: String
    /// Line of the first YAML line (the one after the opening `---`).
    let yamlFirstLine: Int
    let body: String
    let bodyFirstLine: Int

    /// nil when the file does not start with a `---` line. Scans for the
    /// closing `---` (or `...`) line without splitting the whole body.
    init?(splitting text: String) {
        var bytes = Array(text.utf8)[...]
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes = bytes.dropFirst(3) }
        func lineEnd(from start: Int) -> Int { bytes[start...].firstIndex(of: UInt8(ascii: "\n")) ?? bytes.endIndex }
        func isFence(_ line: ArraySlice<UInt8>) -> Bool {
            var l = line
            while let last = l.last, last == 32 || last == 9 || last == 13 { l = l.dropLast() }
            return l.elementsEqual("---".utf8) || l.elementsEqual("...".utf8)
        }
        let firstEnd = lineEnd(from: bytes.startIndex)
        guard isFence(bytes[bytes.startIndex..<firstEnd]), !bytes[bytes.startIndex..<firstEnd].elementsEqual("...".utf8) else { return nil }
        var line = 2
        var start = firstEnd + 1
        while start <= bytes.endIndex {
            let end = start < bytes.endIndex ? lineEnd(from: start) : bytes.endIndex
            if start < bytes.endIndex, isFence(bytes[start..<end]) {
                yaml = String(decoding: bytes[(firstEnd + 1)..<max(start - 1, firstEnd + 1)], as: UTF8.self)
                yamlFirstLine = 2
                body = end < bytes.endIndex ? String(decoding: bytes[(end + 1)...], as: UTF8.self) : ""
                bodyFirstLine = line + 1
                return
            }
            if end >= bytes.endIndex { break }
            start = end + 1
            line += 1
        }
        return nil
    }
}
